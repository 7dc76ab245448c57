import type { Page } from 'playwright-core';
import { auditPage, axeFindingsNow } from './a11y';
import { as, browserSuite, FLOW_WAIT, logIn, tasksOf } from './browser';
import { testDatabases } from '../support/databases';
import { registration } from '../support/events';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';

// Every page of the menu, for each kind of user, with a record's page and a create form where the list has
// them: the pages no process test walks through get the same audit (a11y.ts: WCAG 2.1 AA, and no English in
// the Chinese UI) as those that one does.

const USERS = ['clerk', 'supervisor', 'district', 'inspector', 'czj-clerk', 'admin'];

describe('accessibility and language of every menu page', () => {
  let p: TestPlatform;
  const ui = browserSuite({
    start: async () => [(p = await startPlatform(testDatabases[0]))],
    screenshotPrefix: 'zongjian-a11y-',
    // The session check before login answers 401.
    expectedStatuses: [401],
  });

  beforeAll(async () => {
    // A registration, so the task lists, a task's page and the entity's records have something to show.
    const key = await p.apiKey(['registration:write'], 'registration-system');
    const event = registration({ businessScope: '许可项目：食品销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动）一般项目：日用百货销售。' });
    expect((await p.api.post('/api/ext/v1/registrations').set(as(key)).send(event)).status).toBe(202);
    const clerk = await p.login('clerk');
    await eventually(async () => (await tasksOf(p, clerk, { entity: event.entity.creditCode }))[0], FLOW_WAIT, 'the receipt task');
  }, 60_000);

  /** Opens `href` from the menu and waits for its page to have a title. */
  async function openFromMenu(page: Page, href: string) {
    await page.locator(`a[role="menuitem"][href="${href}"]`).click();
    await page.waitForURL((url) => url.hash.startsWith(href));
    await page.locator('#react-admin-title').filter({ hasText: /\S/ }).waitFor();
  }

  /** From a list: its first record's page and its create form, each audited, then back to the list. */
  async function openRecordAndForm(page: Page) {
    const list = page.url();
    const row = page.locator('tbody tr.RaDatagrid-row').first();
    if (await row.isVisible()) {
      // The first cell that is not the row's selection box (which would select, not open).
      await row.locator('td:not(:has(input[type=checkbox]))').first().click();
      if (page.url() !== list) {
        await auditPage(page);
        await page.goto(list);
      }
    }
    const create = page.locator('a[href$="/create"]').first();
    if (await create.isVisible()) {
      await create.click();
      await page.waitForURL(/\/create/);
      await auditPage(page);
      await page.goto(list);
    }
  }

  it('notices faint text and an English word when a page has them (the audit itself works)', async () => {
    const session = await ui.openSession(p);
    await session.page.goto('/public');
    await session.page.getByRole('heading', { name: /抽查计划与结果公示/ }).waitFor();
    await session.page.evaluate(() => {
      const faint = document.createElement('p');
      faint.style.color = '#bbbbbb';
      faint.textContent = 'approved';
      document.body.append(faint);
    });
    const failure = await session.close().then(() => '', (err: Error) => err.message);
    expect(failure).toContain('/public (');
    expect(failure).toMatch(/axe color-contrast \(serious\) at body > p/);
    expect(failure).toContain('English "approved"');
  });

  it('names what a list slower than a second shows while it loads (react-admin’s placeholder table with its checkboxes)', async () => {
    await ui.inBrowser(p, 'slow-list', async (page) => {
      await logIn(page, 'clerk');
      // The department queue's tasks are held back until the placeholder has been audited: CI's loaded machine
      // once met the placeholder's unnamed checkboxes (axe label, critical) where a quiet one never shows them.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/api\/v1\/tasks\?/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto('/#/queue');
      const placeholder = page.locator('.RaDataTable-root tbody tr input[type=checkbox]');
      await placeholder.first().waitFor();
      expect(await placeholder.count()).toBe(5);
      const findings = await axeFindingsNow(page);
      // The placeholder's boxes read 加载中 (the app bar's hidden text); the list that replaces it is audited as usual.
      const name = await placeholder.first().evaluate((input) => document.getElementById(input.getAttribute('aria-labelledby') ?? '')?.textContent);
      release();
      expect(findings.map((f) => `${f.rule} at ${f.target}`)).toEqual([]);
      expect(name).toBe('加载中');
      // The held request goes on and the list replaces the placeholder.
      await page.locator('.RaDataTable-root tbody tr td:not(:has(input))').filter({ hasText: /\S/ }).first().waitFor();
    });
  });

  for (const username of USERS) {
    it(`as ${username}`, async () => {
      await ui.inBrowser(p, `menu-${username}`, async (page) => {
        await logIn(page, username);
        const hrefs = await page.locator('a[role="menuitem"][href^="#/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
        expect(hrefs.length).toBeGreaterThan(0);
        for (const href of hrefs) {
          await openFromMenu(page, href);
          await auditPage(page);
          await openRecordAndForm(page);
        }
      });
      // The administrator's menu has some thirty pages, each with a record and a form (the three catalogs of 事项清单
      // among them): more than two minutes on a loaded machine.
    }, 300_000);
  }
});
