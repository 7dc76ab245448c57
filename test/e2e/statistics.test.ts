import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../db/seed';
import { browserSuite, FLOW_WAIT } from './browser';
import { testDatabases } from '../support/databases';
import { startPlatform, type TestPlatform } from '../support/platform';

// 综合统计 (F9) as the leader: the dashboard is their home page, each chart is drawn (its svg) with its
// numbers in the table below, and a click on a bar opens the entity search with the bar's filter.
// On SQLite, and on MySQL when TEST_MYSQL_URL is set. A failing step leaves a screenshot in /tmp (zongjian-e2e-stats-*.png).


describe.each(testDatabases)('the leader’s statistics dashboard on $name', (database) => {
  let p: TestPlatform;
  const ui = browserSuite({
    start: async () => [(p = await startPlatform(database, { entities: 60, worker: false }))],
    screenshotPrefix: 'zongjian-e2e-stats-',
    expectedStatuses: [401],
  });

  it('draws the cases, credit, warnings and hot-spot charts with their numbers, and drills from a heat cell to the entity search', async () => {
    // A few rows of each kind about two demo entities, so every new chart has data; counted here by hand.
    const m = p.db.models;
    const [first, second] = (await m.entities.findAll({ where: { status: 'active' }, order: [['creditCode', 'ASC']], limit: 2, raw: true })) as any[];
    const at = (s: string) => new Date(`${s}T12:00:00+08:00`);
    const year = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4);
    await m.enforcement_cases.bulkCreate([
      { caseKey: 'e2e/C1', inspectionKey: 'e2e/I1', creditCode: first.creditCode, entityName: first.name, departmentCode: 'SCJGJ', stage: 'closed', filedAt: at(`${year}-01-10`), decidedAt: at(`${year}-01-20`), outcome: 'penalty', penalty: { decisionNo: '金市监处罚〔e2e〕1号', penaltyKind: 'fine', amount: 3000 }, workflowId: 'e2e-C1' },
      { caseKey: 'e2e/C2', inspectionKey: 'e2e/I2', creditCode: second.creditCode, entityName: second.name, departmentCode: 'SCJGJ', stage: 'deciding', filedAt: at(`${year}-01-12`), decidedAt: null, outcome: null, penalty: null, workflowId: 'e2e-C2' },
    ]);
    await m.warnings.bulkCreate([
      { id: 'e2e-W1', ruleCode: 'caseFiled', source: 'auto', level: 'red', creditCode: first.creditCode, entityName: first.name, subject: '案件立案', reason: '测试', departmentCode: 'SCJGJ', status: 'open', dedupeKey: 'e2e:W1', raisedBy: 'test', raisedAt: at(`${year}-01-10`), workflowId: 'e2e-W1' },
    ]);
    // Only the second entity is listed in the period: its cell is the one cell with a listing.
    await m.credit_listings.bulkCreate([
      { id: 'e2e-L1', creditCode: second.creditCode, entityName: second.name, listType: 'seriousViolationList', reason: '测试', documentNo: 'e2e-1', authority: '金山区市场监督管理局', listedOn: `${year}-01-15`, status: 'active', source: 'test', workflowId: 'e2e-L1', createdAt: new Date(), updatedAt: new Date() },
    ]);

    await ui.inBrowser(p, 'new-sections', async (page) => {
      await signInAsLeader(page);
      // Eight statistics load together: on a busy machine the first chart may take longer than one step.
      await page.locator('[data-testid=chart-cases-byDepartment] svg').first().waitFor({ timeout: FLOW_WAIT });
      for (const key of ['cases-byMonth', 'cases-penalties', 'credit-byList', 'warnings-byLevel', 'warnings-byRule', 'hotSpots-matrix']) {
        await page.locator(`[data-testid=chart-${key}] svg`).first().waitFor();
      }
      // The numbers under the charts, as inserted above.
      await waitText(page.locator('[data-testid=table-cases-byDepartment] tbody tr').first().locator('td').nth(0), '金山区市场监督管理局');
      await waitText(page.locator('[data-testid=table-cases-byDepartment] tbody tr').first().locator('[data-field=filed]'), '2');
      await waitText(page.locator('[data-testid=table-cases-penalties] tbody tr').nth(1).locator('[data-field=decisionAmount]'), '3,000');
      await waitText(page.locator('[data-testid=table-credit-byList] tbody tr').nth(2).locator('[data-field=listed]'), '1');
      await waitText(page.locator('[data-testid=table-warnings-byLevel] tbody tr').first().locator('[data-field=open]'), '1');

      // The hot-spot matrix coloured by listings: the one cell with a listing is the one at the top of the scale.
      await page.getByRole('combobox', { name: '热力图显示' }).click();
      await page.getByRole('option', { name: '列入名单', exact: true }).click();
      // The matrix is redrawn with the new numbers when every cell shows 0 or 1 (60 entities fill some cell with more).
      const cellNumbers = () => page.locator('[data-testid=chart-hotSpots-matrix] svg text').evaluateAll((texts) => texts.map((t) => t.textContent ?? '').filter((x) => /^\d+$/.test(x)).map(Number));
      for (let tries = 0; (await cellNumbers()).some((n) => n > 1); tries++) {
        if (tries > 100) throw new Error('the heat matrix was not redrawn with the listings');
        await page.waitForTimeout(100);
      }
      // The hottest cell, clicked where it is drawn now. The matrix may still be redrawn once more with the same
      // numbers (its SVG rebuilt, the paths in another order), and the pointer may rest on a cell whose colour the
      // scale's hover marker repeats; so the pointer leaves the chart, the cell is found again, and a click that
      // lands on a cell being replaced is tried again, a few times at most.
      const matrixPaths = page.locator('[data-testid=chart-hotSpots-matrix] svg path');
      const entityList = /#\/entities\?/;
      for (let tries = 1; !entityList.test(page.url()); tries++) {
        if (tries > 5) throw new Error('a click on the hottest heat cell did not open the entity list');
        await page.mouse.move(1, 1);
        const hottest = await matrixPaths.evaluateAll((paths) =>
          paths.findIndex((el) => /^(#c62828|rgba?\(198,\s*40,\s*40)/i.test(el.getAttribute('fill') ?? '')),
        );
        expect(hottest).toBeGreaterThanOrEqual(0);
        // Its label lies on it (a click on either is a click on the cell).
        await matrixPaths.nth(hottest).click({ force: true });
        await page.waitForURL(entityList, { timeout: 4000 }).catch(() => undefined);
      }
      const filter = JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('filter')!);
      expect(filter).toEqual({ region: second.regionCode, industry: second.industryCode.slice(0, 1) });
      await page.locator('#react-admin-title').filter({ hasText: '市场主体' }).waitFor();
      await page.getByText(second.name).first().waitFor();

      // A bar of the cases chart opens the cases list of that department.
      await page.goBack();
      await page.locator('[data-testid=table-cases-byDepartment] tbody tr').first().click();
      await page.waitForURL(/#\/cases\?/);
      expect(JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('filter')!)).toEqual({ department: 'SCJGJ' });
      const rows = page.locator('[data-testid^=case-row-]');
      await rows.nth(1).waitFor();
      expect(await rows.count()).toBe(2);

      // A month opens the cases filed in it (its own first and last day, within the period): C1 and C2 in January.
      await page.goBack();
      await page.locator('[data-testid=table-cases-byMonth] tbody tr').first().click();
      await page.waitForURL(/#\/cases\?/);
      const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
      expect(JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('filter')!)).toEqual({ filedFrom: `${year}-01-01`, filedTo: today < `${year}-01-31` ? today : `${year}-01-31` });
      await page.getByLabel('立案日期自').waitFor();
      await rows.nth(1).waitFor();
      expect(await rows.count()).toBe(2);

      // A penalty kind opens the cases decided with it in the period: the fine of C1, not the open C2.
      await page.goBack();
      await page.locator('[data-testid=table-cases-penalties] tbody tr').nth(1).click();
      await page.waitForURL(/#\/cases\?/);
      expect(JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('filter')!)).toEqual({ penaltyKind: 'fine', outcome: 'penalty', decidedFrom: `${year}-01-01`, decidedTo: today });
      await page.getByText('罚款', { exact: true }).first().waitFor();
      await page.getByText(first.name).first().waitFor();
      expect(await rows.count()).toBe(1);

      // A credit list opens its entries listed in the period, the filter bar naming the days: e2e-L1 alone.
      await page.goBack();
      await page.locator('[data-testid=table-credit-byList] tbody tr').nth(2).click();
      await page.waitForURL(/#\/credit-listings\?/);
      expect(JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('filter')!)).toEqual({ listType: 'seriousViolationList', listedFrom: `${year}-01-01`, listedTo: today });
      await page.getByLabel('列入日期自').waitFor();
      const listings = page.locator('[data-testid^=listing-row-]');
      await page.getByText(second.name).first().waitFor();
      expect(await listings.count()).toBe(1);
    });
  });

  it('lands the leader on 综合统计, draws every chart with its numbers, and drills from a bar to the entity search', async () => {
    // Counted from the demo rows themselves, independently of the statistics queries.
    const byRegion = new Map<string, number>();
    for (const e of (await p.db.models.entities.findAll({ attributes: ['regionCode'], raw: true })) as any[]) byRegion.set(e.regionCode, (byRegion.get(e.regionCode) ?? 0) + 1);
    const names = new Map(((await p.db.models.regions.findAll({ raw: true })) as any[]).map((r) => [r.code, r.name]));
    const [topRegion, topCount] = [...byRegion].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];

    await ui.inBrowser(p, 'dashboard', async (page) => {
      await signInAsLeader(page);
      await page.locator('#react-admin-title').filter({ hasText: '综合统计' }).waitFor();
      // First in the menu.
      await waitText(page.getByRole('menuitem').first(), '综合统计');

      // Every chart of the entities and registrations statistics is drawn, and its table holds numbers.
      for (const key of ['entities-byType', 'entities-byIndustry', 'entities-byRegion', 'entities-byStatus', 'entities-byRiskClass', 'registrations-byMonth']) {
        await page.locator(`[data-testid=chart-${key}] svg`).first().waitFor();
        expect(await page.locator(`[data-testid=table-${key}] tbody tr`).count()).toBeGreaterThan(0);
      }
      // A chart counted with the register says when, and how often it is counted.
      await page.locator('[data-testid=section-registrations-byMonth]').filter({ hasText: /\d{4}-\d{2}-\d{2} \d{2}:\d{2} 清点的数字（每 10 分钟清点一次）/ }).waitFor();
      // The dual-notification and spot-check sections answer too (the demo without a worker has none: their tables say so or show rows).
      for (const key of ['dualNotification-byDepartment', 'spotChecks-coverage']) await page.locator(`[data-testid=section-${key}]`).waitFor();
      await page.locator('[data-testid=chart-spotChecks-coverage] svg').first().waitFor();

      // The town with the most entities heads the region table with the count counted above.
      const first = page.locator('[data-testid=table-entities-byRegion] tbody tr').first();
      await waitText(first.locator('td').nth(0), names.get(topRegion)!);
      await waitText(first.locator('td').nth(1), String(topCount));

      // A click on its bar (the first, the longest) opens the entity search filtered to that town.
      const bars = page.locator('[data-testid=chart-entities-byRegion] svg path[fill="#1976d2"]');
      await bars.first().click();
      await page.waitForURL(/#\/entities\?/);
      const filter = JSON.parse(new URL(page.url().replace('#/', '')).searchParams.get('filter')!);
      expect(filter).toEqual({ region: topRegion });
      await page.locator('#react-admin-title').filter({ hasText: '市场主体' }).waitFor();
    });
  });
});

/** Logs in as the leader, who lands on 综合统计. */
async function signInAsLeader(page: Page) {
  await page.goto('/#/login');
  await page.getByLabel(/^用户名/).fill('leader');
  await page.getByLabel(/^密码/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL(/#\/statistics(\?|$)/);
}

/** Waits for a locator to show `text`, then checks it shows exactly that. */
async function waitText(locator: Locator, text: string) {
  await locator.filter({ hasText: text }).waitFor();
  expect((await locator.innerText()).trim()).toBe(text);
}
