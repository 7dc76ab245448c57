import { browserSuite, logIn, openMenu, openRow, UI_WAIT } from './browser';
import { auditPage } from './a11y';
import { indexEntityNames } from '../../db/entitySearch';
import { testDatabases } from '../support/databases';
import { newCreditCode } from '../support/events';
import { startPlatform, type TestPlatform } from '../support/platform';

// Entity search in the admin UI (市场主体/一户一档, admin-ui/src/entities/EntityList.tsx): a fragment of the name
// finds an entity, filters narrow it, more than the counted matches say so, and a row opens the dossier, whose
// long sections show their first 50 rows (collected records: of each kind) and the rest on "more"; a date-only fact
// shows its date in the timeline, not 00:00.
// SQLite only; a failing step leaves a screenshot in /tmp (zongjian-e2e-search-*.png).

const database = testDatabases[0]; // SQLite
const FENGJING = '310116102';
const ZHUJING = '310116101';

describe('entity search in the admin UI', () => {
  let p: TestPlatform;
  const target = { creditCode: newCreditCode(), name: '上海枫泾寻档测试食品有限公司' };
  const other = { creditCode: newCreditCode(), name: '上海朱泾寻档测试食品有限公司' };

  const ui = browserSuite({
    start: async () => [(p = await startPlatform(database))],
    screenshotPrefix: 'zongjian-e2e-search-',
    // The session check before login answers 401.
    expectedStatuses: [401],
  });

  beforeAll(async () => {
    const base = { entityType: '有限责任公司（自然人投资或控股）', industryCode: 'F5223', riskClass: 'B', status: 'active', address: '上海市金山区枫泾镇环东一路1号', legalRepresentative: '赵某', businessScope: '食品销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2022-03-01', lastEventAt: null };
    // 1,001 more names with 枫泾: more than the search counts (1,000).
    const many = Array.from({ length: 1001 }, (_, i) => ({ ...base, creditCode: newCreditCode(), name: `上海枫泾批量${i}号商贸有限公司`, regionCode: FENGJING, industryCode: 'F5199' }));
    // The class the risk model gives these two (a background rescoring may score them while the test runs).
    const rows = [{ ...base, ...target, regionCode: FENGJING }, { ...base, ...other, regionCode: ZHUJING }, ...many];
    await p.db.writeTransaction(async (t) => {
      await p.db.models.entities.bulkCreate(rows, { transaction: t });
      await indexEntityNames(p.db, rows, t);
    });
    // 60 warnings: the dossier holds the first 50, "more" reads the rest.
    const at = Date.now();
    await p.db.models.warnings.bulkCreate(Array.from({ length: 60 }, (_, i) => ({
      id: `W-e2e-more-${target.creditCode}-${i}`, ruleCode: null, source: 'manual', level: 'yellow', creditCode: target.creditCode, entityName: target.name, subject: `翻页预警${i}`,
      reason: '投诉线索', departmentCode: 'SCJGJ', status: 'open', dedupeKey: null, raisedBy: 'user:clerk', raisedAt: new Date(at - i * 60_000), workflowId: `warning-e2e-more-${target.creditCode}-${i}`,
    })));
    // 53 complaints collected, one a day back from 2026-10-31: the dossier holds 50, "more" reads the rest of the kind.
    const now = new Date();
    await p.db.models.records.bulkCreate(Array.from({ length: 53 }, (_, i) => ({
      kind: 'complaint', departmentCode: 'SCJGJ', recordKey: `TS-e2e-${String(i).padStart(2, '0')}`, keyHash: `${target.creditCode}-e2e-${String(i).padStart(2, '0')}-`.padEnd(64, '0'), creditCode: target.creditCode, entityName: target.name,
      occurredOn: new Date(Date.UTC(2026, 9, 31 - i)).toISOString().slice(0, 10), data: { summary: `投诉${i}` }, sourceDepartmentCode: 'SCJGJ', system: 'complaint-system', createdAt: now, updatedAt: now,
    })));
  }, 60_000);

  it('finds an entity by a fragment of its name, narrows by filters, and opens its dossier', async () => {
    await ui.inBrowser(p, 'search', async (page) => {
      await logIn(page, 'clerk');
      await openMenu(page, '市场主体/一户一档', 'entities');
      const search = page.getByPlaceholder('名称片段或统一社会信用代码');
      await search.fill('枫泾');
      await page.getByTestId('entities-capped').filter({ hasText: '超过 1000 户' }).waitFor({ timeout: UI_WAIT });
      // The range below the list says the same: more than 1000, not "共 1000 条".
      await page.getByText('第 1-25 条，共超过 1000 条').waitFor();
      await auditPage(page);

      await search.fill('寻档');
      const row = (code: string) => page.getByTestId(`entity-row-${code}`);
      await row(target.creditCode).waitFor();
      await row(other.creditCode).waitFor();
      await page.getByTestId('entities-capped').waitFor({ state: 'detached' });
      // The row in words: the town and the industry by name, the status and the risk class.
      await row(target.creditCode).getByText('枫泾镇').waitFor();
      await row(target.creditCode).getByText('批发和零售业').waitFor();
      await row(target.creditCode).getByText('存续').waitFor();
      await row(target.creditCode).getByText('B 类（信用风险一般）').waitFor();

      // The town filter leaves the one in 枫泾.
      await page.getByLabel('所属街镇').click();
      await page.getByRole('option', { name: '枫泾镇' }).click();
      await row(other.creditCode).waitFor({ state: 'detached' });
      await row(target.creditCode).waitFor();
      await auditPage(page);

      await openRow(page, row(target.creditCode), 'entities', target.creditCode);
      await page.locator('#react-admin-title').filter({ hasText: `市场主体 · ${target.name}` }).waitFor();
      await page.getByText('登记信息', { exact: true }).first().waitFor();
      // A long section: the first 50 warnings, then the rest on "more".
      await page.getByTestId('dossier-warnings').getByText('翻页预警49', { exact: true }).waitFor();
      expect(await page.getByTestId('dossier-warnings').getByText('翻页预警50', { exact: true }).count()).toBe(0);
      await page.getByTestId('dossier-more-warnings').filter({ hasText: '已显示 50 条，共 60 条' }).click();
      await page.getByTestId('dossier-warnings').getByText('翻页预警59', { exact: true }).waitFor();
      await page.getByTestId('dossier-more-warnings').waitFor({ state: 'detached' });
      // Collected records page by kind: 50 complaints, then the other 3.
      await page.getByTestId('dossier-records').getByText('TS-e2e-49', { exact: true }).waitFor();
      expect(await page.getByTestId('dossier-records').getByText('TS-e2e-50', { exact: true }).count()).toBe(0);
      await page.getByTestId('dossier-more-records-complaint').filter({ hasText: '更多投诉举报（已显示 50 条，共 53 条）' }).click();
      await page.getByTestId('dossier-records').getByText('TS-e2e-52', { exact: true }).waitFor();
      await page.getByTestId('dossier-more-records-complaint').waitFor({ state: 'detached' });
      // The timeline (60 warnings, then the complaints): a record's date is a date, not midnight.
      for (const shown of [50, 100]) await page.getByTestId('dossier-more-timeline').filter({ hasText: `已显示 ${shown} 条，共 113 条` }).click();
      const record = page.getByTestId('dossier-timeline').locator('[data-kind="record"]').first();
      await record.getByText('2026-10-31 · 金山区市场监督管理局', { exact: true }).waitFor();
      expect(await page.getByTestId('dossier-timeline').locator('[data-kind="record"]').filter({ hasText: '00:00' }).count()).toBe(0);
      await auditPage(page);
    });
  });
});
