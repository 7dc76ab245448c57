import ExcelJS from 'exceljs';
import { auditPage } from './a11y';
import { as, browserSuite, chooseOutcome, claimFromQueue, FLOW_WAIT, logIn, submitCompletion, tasksOf } from './browser';
import { testDatabases } from '../support/databases';
import { newCreditCode, newRunTag } from '../support/events';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';

// An import row that names its entity only by a name two entities share (归集导入主体确认): the import does not
// guess; its department gets an importMatchConfirmation task. The clerk who imported claims it, opens it from the
// inbox, reads the candidates by name, town and address, chooses one in the completion dialog, and the row is
// stored for that entity: the dossier lists it. SQLite only; a failing step leaves /tmp/zongjian-e2e-import-match-*.png.

const database = testDatabases[0]; // SQLite
const PENALTY_HEADERS = ['统一社会信用代码', '主体名称', '决定书文号', '处罚事项', '处罚依据', '处罚种类', '罚款金额（元）', '处罚决定日期'];

describe('an import row naming an entity by a shared name', () => {
  let p: TestPlatform;
  const ui = browserSuite({
    start: async () => [(p = await startPlatform(database))],
    screenshotPrefix: 'zongjian-e2e-import-match-',
    // The session check before login answers 401.
    expectedStatuses: [401],
  });

  const entity = async (name: string, address: string) => {
    const creditCode = newCreditCode();
    await p.db.models.entities.create({ creditCode, name, entityType: '有限责任公司', industryCode: 'F5223', regionCode: '310116102', address, legalRepresentative: '张某', businessScope: '日用百货销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2020-01-01', status: 'active' });
    return creditCode;
  };

  it('asks the importing clerk to choose among the candidates by name, and stores the row for the one chosen', async () => {
    const run = newRunTag();
    // The same name once with Chinese and once with ASCII brackets: one name once normalised.
    const name = `上海枫泾同名商行${run}（普通合伙）`;
    const chosen = await entity(name, '上海市金山区枫泾镇新枫路 1 号');
    const other = await entity(name.replace('（', '(').replace('）', ')'), '上海市金山区枫泾镇亭枫公路 2 号');
    const decisionNo = `金市监处罚〔2026〕同名${run}号`;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('数据');
    sheet.addRow(PENALTY_HEADERS);
    sheet.addRow(['', name, decisionNo, '经营超过保质期的食品', '《中华人民共和国食品安全法》第一百二十四条', '警告', '', '2026-11-20']);
    const clerk = await p.login('clerk');
    const upload = await p.api.post('/api/v1/imports').set(as(clerk)).field('kind', 'penalty').attach('file', Buffer.from(await book.xlsx.writeBuffer()), '同名主体.xlsx');
    expect(upload.status).toBe(202);
    const task = await eventually(async () => (await tasksOf(p, clerk, { type: 'importMatchConfirmation', perPage: '100' })).find((t) => t.workflowId === upload.body.workflowId), FLOW_WAIT, 'the match task');
    expect(await p.db.models.records.count({ where: { recordKey: decisionNo } })).toBe(0);

    await ui.inBrowser(p, 'choose', async (page) => {
      await logIn(page, 'clerk');
      await claimFromQueue(page, task.id);
      await page.getByTestId(`task-row-${task.id}`).locator('td').first().click();
      await page.waitForURL(new RegExp(`#/tasks/${task.id}/show$`));
      // The task says which file and row, and lists the candidates by name with their address: no ids.
      const candidates = page.getByTestId('task-candidates');
      await candidates.filter({ hasText: '上海市金山区枫泾镇新枫路 1 号' }).filter({ hasText: '上海市金山区枫泾镇亭枫公路 2 号' }).waitFor();
      await page.getByTestId('open-import').filter({ hasText: '同名主体.xlsx' }).waitFor();
      await page.getByText('待确认主体的导入行').waitFor();
      await auditPage(page);

      await page.getByTestId('complete-task').click();
      await chooseOutcome(page, '已选定主体');
      await page.getByLabel(/^选定的主体/).click();
      const options = page.getByRole('option');
      await options.filter({ hasText: '亭枫公路 2 号' }).waitFor();
      expect(await options.count()).toBe(2);
      await options.filter({ hasText: '新枫路 1 号' }).click();
      await auditPage(page);
      await submitCompletion(page);

      // The row is stored for the entity chosen: its dossier lists it, the other's does not.
      await page.goto(`/#/entities/${chosen}/show`);
      await page.getByTestId('dossier-records').locator('tr', { hasText: decisionNo }).filter({ hasText: '经营超过保质期的食品' }).waitFor({ timeout: FLOW_WAIT });
    });
    const stored = await eventually(() => p.db.models.records.findOne({ where: { recordKey: decisionNo }, raw: true }), FLOW_WAIT, 'the chosen row stored');
    expect((stored as any).creditCode).toBe(chosen);
    expect(await p.db.models.records.count({ where: { creditCode: other } })).toBe(0);
  });
});
