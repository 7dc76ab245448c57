import type { Locator } from 'playwright-core';
import { DEMO_PASSWORD } from '../../db/seed';
import { browserSuite } from './browser';
import { testDatabases } from '../support/databases';
import { startPlatform, type TestPlatform } from '../support/platform';

// 综合统计 (F9) as the leader: the dashboard is their home page, each chart is drawn (its svg) with its
// numbers in the table below, and a click on a bar opens the entity search with the bar's filter.
// SQLite only. A failing step leaves a screenshot in /tmp (zongjian-e2e-stats-*.png).

const database = testDatabases[0];

describe('the leader’s statistics dashboard', () => {
  let p: TestPlatform;
  const ui = browserSuite({
    start: async () => [(p = await startPlatform(database, { entities: 60, worker: false }))],
    screenshotPrefix: 'zongjian-e2e-stats-',
    expectedStatuses: [401],
  });

  it('lands the leader on 综合统计, draws every chart with its numbers, and drills from a bar to the entity search', async () => {
    // Counted from the demo rows themselves, independently of the statistics queries.
    const byRegion = new Map<string, number>();
    for (const e of (await p.db.models.entities.findAll({ attributes: ['regionCode'], raw: true })) as any[]) byRegion.set(e.regionCode, (byRegion.get(e.regionCode) ?? 0) + 1);
    const names = new Map(((await p.db.models.regions.findAll({ raw: true })) as any[]).map((r) => [r.code, r.name]));
    const [topRegion, topCount] = [...byRegion].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];

    await ui.inBrowser(p, 'dashboard', async (page) => {
      await page.goto('/#/login');
      await page.getByLabel(/^用户名/).fill('leader');
      await page.getByLabel(/^密码/).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await page.waitForURL(/#\/statistics(\?|$)/);
      await page.locator('#react-admin-title').filter({ hasText: '综合统计' }).waitFor();
      // First in the menu.
      await waitText(page.getByRole('menuitem').first(), '综合统计');

      // Every chart of the entities and registrations statistics is drawn, and its table holds numbers.
      for (const key of ['entities-byType', 'entities-byIndustry', 'entities-byRegion', 'entities-byStatus', 'entities-byRiskClass', 'registrations-byMonth']) {
        await page.locator(`[data-testid=chart-${key}] svg`).first().waitFor();
        expect(await page.locator(`[data-testid=table-${key}] tbody tr`).count()).toBeGreaterThan(0);
      }
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

/** Waits for a locator to show `text`, then checks it shows exactly that. */
async function waitText(locator: Locator, text: string) {
  await locator.filter({ hasText: text }).waitFor();
  expect((await locator.innerText()).trim()).toBe(text);
}
