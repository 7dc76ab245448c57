import { auditPage } from './a11y';
import { browserSuite, logIn, menuItem } from './browser';
import { testDatabases } from '../support/databases';
import { startPlatform, type TestPlatform } from '../support/platform';

// Collection (归集) in the admin UI as a clerk sees it: a record entered online (在线录入) — the kind first, then
// its fields, the entity found by a fragment of its name — is saved, and the link after saving opens the
// entity's dossier (一户一档), which lists it; the records list shows it by entity name and department name.
// SQLite only; a failing step leaves a screenshot in /tmp (zongjian-e2e-records-*.png).

const database = testDatabases[0]; // SQLite

describe('collected records in the admin UI', () => {
  let p: TestPlatform;
  let entity: { creditCode: string; name: string };

  const ui = browserSuite({
    start: async () => [(p = await startPlatform(database, { entities: 12, worker: false }))],
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
      await page.getByLabel(/^记录类别/).click();
      await page.getByRole('option', { name: '行政处罚', exact: true }).click();
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
});
