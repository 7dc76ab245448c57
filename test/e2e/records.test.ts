import ExcelJS from 'exceljs';
import { Op } from 'sequelize';
import { auditPage } from './a11y';
import { browserSuite, chooseOption, FLOW_WAIT, logIn, menuItem } from './browser';
import { testDatabases } from '../support/databases';
import { startPlatform, type TestPlatform } from '../support/platform';

// Collection (归集) in the admin UI as a clerk sees it: a record entered online (在线录入) — the kind first, then
// its fields, the entity found by a fragment of its name — is saved, and the link after saving opens the
// entity's dossier (一户一档), which lists it; the records list shows it by entity name and department name. An
// import (导入) of a workbook with good and bad rows shows the bad rows' errors in Chinese; the fixed file is
// imported, and the dossier lists its rows. SQLite only; a failing step leaves a screenshot in /tmp (zongjian-e2e-records-*.png).

const database = testDatabases[0]; // SQLite

describe('collected records in the admin UI', () => {
  let p: TestPlatform;
  let entity: { creditCode: string; name: string };

  const ui = browserSuite({
    start: async () => [(p = await startPlatform(database, { entities: 12 }))],
    screenshotPrefix: 'zongjian-e2e-records-',
    // The session check before login answers 401.
    expectedStatuses: [401],
  });

  beforeAll(async () => {
    const row = (await p.db.models.entities.findOne({ where: { status: 'active' }, order: [['creditCode', 'ASC']], raw: true })) as any;
    entity = { creditCode: row.creditCode, name: row.name };
  });

  it('a clerk enters a penalty record online and finds it in the dossier and the records list', async () => {
    const decisionNo = `金市监处罚〔2026〕${Date.now() % 100000}号`;
    await ui.inBrowser(p, 'online-entry', async (page) => {
      await logIn(page, 'clerk');
      await menuItem(page, '归集记录').click();
      await page.waitForURL(/#\/records(\?|$)/);
      await page.getByTestId('create-record').click();
      await page.waitForURL(/#\/records\/create$/);

      // The kind first: its fields appear once it is chosen.
      await page.getByLabel('决定书文号').waitFor({ state: 'detached' });
      await chooseOption(page, page.getByLabel(/^记录类别/), '行政处罚');
      await page.getByTestId('record-department').filter({ hasText: '金山区市场监督管理局' }).waitFor();
      // A fragment of the name finds the entity; the option shows its name with its credit code.
      await page.getByLabel(/^市场主体/).fill([...entity.name].slice(-6).join(''));
      await page.getByRole('option', { name: new RegExp(entity.creditCode) }).click();
      await page.getByLabel(/^处罚决定日期/).fill('2026-11-20');
      await page.getByLabel(/^决定书文号/).fill(decisionNo);
      await page.getByLabel(/^处罚事项/).fill('经营超过保质期的食品');
      await page.getByLabel(/^处罚依据/).fill('《中华人民共和国食品安全法》第一百二十四条');
      await page.getByRole('checkbox', { name: '罚款' }).check();
      await page.getByLabel(/^罚款金额/).fill('5000');
      await auditPage(page);
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.getByTestId('record-saved').filter({ hasText: decisionNo }).waitFor();
      await auditPage(page);

      // Saving again the same number updates that record: the page says so.
      await page.getByLabel(/^罚款金额/).fill('6000');
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.getByTestId('record-saved').filter({ hasText: '已按本次填写更新' }).waitFor();

      await page.getByTestId('record-dossier-link').click();
      await page.waitForURL(new RegExp(`#/entities/${entity.creditCode}/show$`));
      const row = page.getByTestId('dossier-records').locator('tr', { hasText: decisionNo });
      await row.filter({ hasText: '行政处罚' }).filter({ hasText: '经营超过保质期的食品' }).filter({ hasText: '金山区市场监督管理局' }).waitFor();
      await auditPage(page);

      await menuItem(page, '归集记录').click();
      await page.waitForURL(/#\/records(\?|$)/);
      const listed = page.locator('[data-testid^="record-row-"]', { hasText: decisionNo });
      await listed.filter({ hasText: entity.name }).filter({ hasText: entity.creditCode }).filter({ hasText: '金山区市场监督管理局' }).waitFor();
    });
    const stored = await p.db.models.records.findAll({ where: { kind: 'penalty', recordKey: decisionNo }, raw: true });
    expect(stored).toHaveLength(1);
    expect((stored[0] as any).creditCode).toBe(entity.creditCode);
  });

  /** A workbook of penalty rows with the template's own headers (GET /api/v1/import-templates/penalty). */
  async function penaltyWorkbook(token: string, rows: Array<Record<string, string | number>>): Promise<Buffer> {
    const res = await p.api.get('/api/v1/import-templates/penalty').set('Authorization', `Bearer ${token}`).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    const template = new ExcelJS.Workbook();
    await template.xlsx.load(res.body);
    const headers = (template.getWorksheet('数据')!.getRow(1).values as unknown[]).slice(1).map(String);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('数据');
    sheet.addRow(headers);
    for (const row of rows) sheet.addRow(headers.map((h) => row[h] ?? ''));
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('a clerk imports a workbook: the bad rows’ errors are shown, the fixed file is imported, the dossier lists its rows', async () => {
    const token = await p.login('clerk');
    const run = Date.now() % 100000;
    const row = (n: number, extra: Record<string, string | number> = {}) => ({
      统一社会信用代码: entity.creditCode,
      决定书文号: `金市监处罚〔2026〕导${run}-${n}号`,
      处罚事项: '未按规定公示食品经营许可证',
      处罚依据: '《中华人民共和国食品安全法》第一百二十六条',
      处罚种类: '警告',
      处罚决定日期: '2026-11-02',
      ...extra,
    });
    const withErrors = await penaltyWorkbook(token, [row(1), row(2, { 统一社会信用代码: '91310116MA1H2K3L0X' }), row(3), row(4, { 处罚决定日期: '2026-02-30' })]);
    const fixed = await penaltyWorkbook(token, [row(1), row(2), row(3), row(4)]);
    const upload = async (page: import('playwright-core').Page, file: Buffer, name: string) => {
      await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
      await page.getByTestId('import-upload').click();
      await page.waitForURL(/#\/imports\/\d+\/show$/);
    };

    await ui.inBrowser(p, 'import', async (page) => {
      await logIn(page, 'clerk');
      await menuItem(page, '导入').click();
      await page.waitForURL(/#\/imports(\?|$)/);
      await page.getByTestId('create-import').click();
      await chooseOption(page, page.getByLabel(/^记录类别/), '行政处罚');
      await page.getByTestId('import-template').filter({ hasText: '下载“行政处罚”模板' }).waitFor();
      await auditPage(page);
      await upload(page, withErrors, '处罚记录.xlsx');

      // Every row checked before anything is stored: two valid, two with errors, in Chinese by row and column.
      await page.locator('[data-testid="import-status"][data-status="needsReview"]').waitFor({ timeout: FLOW_WAIT });
      await page.getByTestId('import-status-text').filter({ hasText: '2 行有效，2 行有错误' }).waitFor();
      const errors = page.getByTestId('import-errors');
      await errors.locator('tr', { hasText: '统一社会信用代码' }).filter({ hasText: '统一社会信用代码无效' }).filter({ hasText: /^3/ }).waitFor();
      await errors.locator('tr', { hasText: '处罚决定日期' }).filter({ hasText: /^5/ }).waitFor();
      // The errors as a workbook, downloaded as the page offers it (the session cookie goes with the link).
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-errors-download').click()]);
      const errorBook = new ExcelJS.Workbook();
      await errorBook.xlsx.readFile((await download.path())!);
      const errorRows = errorBook.worksheets[0].getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1).map(String));
      expect(errorRows[0].slice(0, 3)).toEqual(['行号', '列', '错误']);
      expect(errorRows.slice(1).map((r) => [r[0], r[1]])).toEqual([['3', '统一社会信用代码'], ['5', '处罚决定日期']]);
      await page.getByTestId('import-confirm').filter({ hasText: '导入 2 行有效记录' }).waitFor();
      await auditPage(page);

      // Fixed and uploaded again, as the same kind.
      await page.getByTestId('import-again').click();
      await page.waitForURL(/#\/imports\/create$/);
      await page.getByText('行政处罚', { exact: true }).first().waitFor();
      await upload(page, fixed, '处罚记录（已更正）.xlsx');
      const status = page.locator('[data-testid="import-status"]');
      await status.and(page.locator('[data-status="done"], [data-status="needsReview"]')).waitFor({ timeout: FLOW_WAIT });
      if ((await status.getAttribute('data-status')) === 'needsReview') {
        await page.getByTestId('import-confirm').click();
        await page.getByRole('dialog').getByRole('button', { name: '导入', exact: true }).click();
      }
      await page.locator('[data-testid="import-status"][data-status="done"]').waitFor({ timeout: FLOW_WAIT });
      await page.getByTestId('import-status-text').filter({ hasText: '导入完成：新增 4 条' }).waitFor();
      await auditPage(page);

      await page.goto(`/#/entities/${entity.creditCode}/show`);
      for (const n of [1, 2, 3, 4]) {
        await page.getByTestId('dossier-records').locator('tr', { hasText: `金市监处罚〔2026〕导${run}-${n}号` }).filter({ hasText: '未按规定公示食品经营许可证' }).waitFor();
      }
    });
    expect(await p.db.models.records.count({ where: { kind: 'penalty', creditCode: entity.creditCode } })).toBeGreaterThanOrEqual(4);
  });

  it('a clerk uploads a workbook with merged cells: accepted from its first rows, then failed in validation with the range named in Chinese, nothing stored', async () => {
    const token = await p.login('clerk');
    const run = Date.now() % 100000;
    const row = (n: number) => ({ 统一社会信用代码: entity.creditCode, 决定书文号: `金市监处罚〔2026〕并${run}-${n}号`, 处罚事项: '未按规定公示食品经营许可证', 处罚依据: '《中华人民共和国食品安全法》第一百二十六条', 处罚种类: '警告', 处罚决定日期: '2026-11-02' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await penaltyWorkbook(token, [row(1), row(2)]));
    book.getWorksheet('数据')!.mergeCells('E2:E3');
    const merged = Buffer.from(await book.xlsx.writeBuffer());
    await ui.inBrowser(p, 'import-merged', async (page) => {
      await logIn(page, 'clerk');
      await page.goto('/#/imports/create');
      await chooseOption(page, page.getByLabel(/^记录类别/), '行政处罚');
      await page.locator('input[type="file"]').setInputFiles({ name: '合并单元格.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: merged });
      await page.getByTestId('import-upload').click();
      await page.waitForURL(/#\/imports\/\d+\/show$/);
      await page.locator('[data-testid="import-status"][data-status="failed"]').waitFor({ timeout: FLOW_WAIT });
      await page.getByTestId('import-failure').filter({ hasText: '单元格 E2:E3 为合并单元格，请取消合并并逐行填写' }).waitFor();
      await auditPage(page);
    });
    expect(await p.db.models.records.count({ where: { recordKey: { [Op.like]: `金市监处罚〔2026〕并${run}-%` } } })).toBe(0);
  });
});
