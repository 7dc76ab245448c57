import ExcelJS from 'exceljs';
import { as, browserSuite, chooseOutcome, FLOW_WAIT, logIn, menuItem, notified, openMenu, openRow, submitCompletion, tasksOf } from './browser';
import { testDatabases } from '../support/databases';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';
import { enforcementCase } from '../../workflows';

// 事项清单 in the admin UI (README "Function lists"): the district office's supervisor changes a penalty item (a new
// version, the old one kept in the history), retires another after confirming, and imports a workbook whose bad row
// is listed by row and column with nothing stored; a department's clerk reads the list and changes nothing.

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('数据');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(testDatabases)('the function lists in the admin UI on $name', (database) => {
  let platform: TestPlatform;
  const { inBrowser } = browserSuite({
    start: async () => [(platform = await startPlatform(database, { entities: 10 }))],
    screenshotPrefix: 'zongjian-e2e-catalogs-',
    expectedStatuses: [422],
  });

  it('the district office changes, retires and imports penalty items; a clerk only reads', async () => {
    await inBrowser(platform, 'district-manages', async (page) => {
      await logIn(page, 'district');
      await openMenu(page, '行政处罚事项', 'catalog-penalty-items');
      await openRow(page, page.getByTestId('catalog-row-CF-SC003'), 'catalog-penalty-items', 'CF-SC003');
      await page.getByText('经营超过保质期的食品').first().waitFor();

      // 修改: a new version, in force today, with its reason.
      await page.getByTestId('change-catalog-item').click();
      await page.getByLabel(/^设定依据/).fill('《中华人民共和国食品安全法》第一百二十四条第一款第（五）项（2026年修订）');
      await page.getByLabel(/^修改原因/).fill('法律修订');
      await page.getByRole('button', { name: '保存' }).click();
      await notified(page, '已生成新版本');
      await page.waitForURL(/#\/catalog-penalty-items\/CF-SC003\/show$/);
      await page.locator('[data-testid="version-state"][data-state="superseded"]').waitFor();
      await expect(page.locator('[data-testid="version-state"][data-state="current"]').count()).resolves.toBe(1);
      await page.getByText('法律修订').waitFor();

      // 废止, after confirming, with a reason.
      await page.getByTestId('retire-catalog-item').click();
      await page.getByTestId('retire-reason').locator('textarea').first().fill('事项调整');
      await page.getByRole('dialog').getByRole('button', { name: '废止' }).click();
      await notified(page, '事项已废止');
      await page.locator('[data-testid="catalog-status"][data-status="retired"]').waitFor();
      expect(await page.getByTestId('change-catalog-item').count()).toBe(0);

      // 从 Excel 导入: a bad row refuses the whole file, each error by row and column.
      await openMenu(page, '行政处罚事项', 'catalog-penalty-items');
      await page.getByTestId('import-catalog').click();
      const header = ['事项编码', '事项名称', '实施部门', '设定依据'];
      await page.getByTestId('import-catalog-file').setInputFiles({ name: '处罚事项.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await workbook([header, ['CF-NEW1', '新增的处罚事项', '金山区市场监督管理局', '《条例》第一条'], ['CF-NEW2', '部门写错', '不存在的局', '《条例》第二条']]) });
      await page.getByTestId('import-catalog-send').click();
      const errors = page.getByTestId('import-catalog-errors');
      await errors.waitFor();
      expect(await errors.textContent()).toContain('未导入任何事项');
      await errors.locator('tr', { hasText: '实施部门' }).filter({ hasText: '3' }).waitFor();
      expect(await platform.db.models.penalty_items.count({ where: { code: ['CF-NEW1', 'CF-NEW2'] } })).toBe(0);
      await page.getByTestId('import-catalog-file').setInputFiles({ name: '处罚事项.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await workbook([header, ['CF-NEW1', '新增的处罚事项', '金山区市场监督管理局', '《条例》第一条']]) });
      await page.getByTestId('import-catalog-send').click();
      await notified(page, '导入完成：新增 1 项，修改 0 项，未变 0 项');
      await page.getByTestId('catalog-row-CF-NEW1').waitFor();
    });
    expect(((await platform.db.models.penalty_items.findByPk('CF-SC003', { raw: true })) as any)).toMatchObject({ version: 2, effectiveTo: expect.any(String) });

    await inBrowser(platform, 'clerk-reads', async (page) => {
      await logIn(page, 'jtw-clerk');
      await openMenu(page, '行政许可事项', 'catalog-license-items');
      await page.getByTestId('catalog-row-L003').waitFor();
      expect(await page.getByTestId('catalog-row-L001').count()).toBe(0);
      expect(await page.getByTestId('create-catalog-item').count()).toBe(0);
      expect(await page.getByTestId('import-catalog').count()).toBe(0);
      expect(await menuItem(page, '监管事项').count()).toBe(1);
    });
  });

  it('a penalty decision picks one of the department’s penalty items, and the case shows its legal basis', async () => {
    const entity = (await platform.db.models.entities.findOne({ where: { status: 'active' }, raw: true })) as any;
    const caseKey = `e2e-catalog-${Date.now()}`;
    await platform.client.workflow.start(enforcementCase, {
      taskQueue: platform.config.TASK_QUEUE,
      workflowId: `enforcement-case:${caseKey}`,
      args: [{ caseKey, inspectionKey: caseKey, creditCode: entity.creditCode, entityName: entity.name, departmentCode: 'SCJGJ', discoveredAt: new Date().toISOString(), finding: '货架发现过期食品' }],
    });
    const clerk = await platform.login('clerk');
    const filing = await eventually(async () => (await tasksOf(platform, clerk, { type: 'caseFiling', entity: entity.creditCode, status: 'open' }))[0], FLOW_WAIT, 'the filing task');
    expect((await platform.api.post(`/api/v1/tasks/${filing.id}/complete`).set(as(clerk)).send({ outcome: 'filed' })).status).toBe(200);
    const decision = await eventually(async () => (await tasksOf(platform, clerk, { type: 'caseDecision', entity: entity.creditCode, status: 'open' }))[0], FLOW_WAIT, 'the decision task');

    await inBrowser(platform, 'clerk-decides', async (page) => {
      await logIn(page, 'clerk');
      await page.goto(`/#/tasks/${decision.id}/show`);
      await page.getByTestId('complete-task').click();
      await chooseOutcome(page, '给予处罚');
      await page.getByLabel(/^决定书文号/).fill('金市监案处〔2026〕901号');
      await page.getByTestId('penalty-item-select').click();
      // The clerk's department's items only: another department's is not offered.
      expect(await page.getByRole('option', { name: /CF-JT001/ }).count()).toBe(0);
      await page.getByRole('option', { name: 'CF-SC001 未取得食品经营许可从事食品经营活动', exact: true }).click();
      expect(await page.getByTestId('penalty-item-basis').textContent()).toContain('《中华人民共和国食品安全法》第一百二十二条');
      await page.getByLabel(/^处罚种类/).click();
      await page.getByRole('option', { name: '警告', exact: true }).click();
      await submitCompletion(page);
    });
    const kase = await eventually(async () => ((await platform.api.get('/api/v1/cases').query({ entity: entity.creditCode }).set(as(clerk))).body.data as any[]).find((c) => c.caseKey === caseKey && c.stage === 'closed'), FLOW_WAIT, 'the decided case');
    expect(kase.penalty.penaltyItem).toMatchObject({ code: 'CF-SC001', legalBasis: '《中华人民共和国食品安全法》第一百二十二条', version: 1 });
    await inBrowser(platform, 'clerk-reads-case', async (page) => {
      await logIn(page, 'clerk');
      await page.goto(`/#/cases/${kase.id}/show`);
      await page.getByText('《中华人民共和国食品安全法》第一百二十二条').first().waitFor();
      await page.getByText('未取得食品经营许可从事食品经营活动').first().waitFor();
    });
  });
});
