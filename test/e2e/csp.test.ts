import type { Page } from 'playwright-core';
import { browserSuite, claimFromQueue, FLOW_WAIT, logIn, tasksOf, type Session } from './browser';
import { testDatabases } from '../support/databases';
import { registration } from '../support/events';
import { watchViolations } from './cspWatch';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';

// Every page the platform serves works under its Content-Security-Policy (api/security/headers.ts) in Chromium:
// the admin UI (log in, the department queue, a claim: a cookie-authenticated write through the same-origin
// check, the inbox), the public page and the API docs. Any CSP violation, reported by the page's
// securitypolicyviolation events or as a console error, fails the test.

const database = testDatabases[0]; // SQLite

describe('Content-Security-Policy in Chromium', () => {
  let p: TestPlatform;
  const ui = browserSuite({
    start: async () => [(p = await startPlatform(database))],
    screenshotPrefix: 'zongjian-csp-',
    // The session check before login answers 401.
    expectedStatuses: [401],
  });

  let session: Session;
  let violations: string[];
  beforeEach(async () => {
    session = await ui.openSession(p);
    violations = await watchViolations(session.page);
  });
  afterEach(() => session.close());

  /** Opens `path` and checks the answer carries the policy the test is about. */
  async function open(page: Page, path: string) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
  }

  function expectClean() {
    expect({ violations, errors: session.pageErrors }).toEqual({ violations: [], errors: [] });
  }

  it('notices a violation when one happens (the watch itself works)', async () => {
    await ui.step('canary', session, async (page) => {
      await open(page, '/public');
      await page.evaluate(() => {
        const inline = document.createElement('script');
        inline.textContent = 'document.title = "inline ran"';
        document.body.append(inline);
      });
      await eventually(async () => violations.some((v) => v.startsWith('script-src-elem blocked inline')), 5_000, 'the violation report');
    });
    expect(await session.page.title()).not.toBe('inline ran');
  });

  it('the admin UI: log in, the department queue, a claim and the inbox', async () => {
    const key = await p.apiKey(['registration:write'], 'registration-system');
    const event = registration({ businessScope: '许可项目：食品销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动）一般项目：日用百货销售。' });
    expect((await p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${key}`).send(event)).status).toBe(202);
    const clerk = await p.login('clerk');
    const receipt = await eventually(async () => (await tasksOf(p, clerk, { entity: event.entity.creditCode, type: 'receipt' }))[0], FLOW_WAIT, 'the receipt task');

    await ui.step('admin-ui', session, async (page) => {
      await open(page, '/');
      await logIn(page, 'clerk');
      await claimFromQueue(page, receipt.id);
      await expect(page.getByTestId(`task-row-${receipt.id}`).textContent()).resolves.toContain(event.entity.name);
    });
    expectClean();
  }, 60_000);

  it('the public page runs its script: it asks the public API for plans and results', async () => {
    await ui.step('public', session, async (page) => {
      const plans = page.waitForResponse((r) => r.url().includes('/public/v1/inspection-plans') && r.status() === 200);
      const results = page.waitForResponse((r) => r.url().includes('/public/v1/inspection-results') && r.status() === 200);
      await open(page, '/public');
      await Promise.all([plans, results]);
      await page.getByRole('heading', { name: /抽查计划与结果公示/ }).waitFor();
    });
    expectClean();
  });

  it('the API docs render the operations of the OpenAPI document', async () => {
    await ui.step('docs', session, async (page) => {
      await open(page, '/api/docs');
      await page.locator('.swagger-ui .info .title').filter({ hasText: 'Zongjian' }).waitFor();
      // Every tag is listed, folded; a tag opens its operations.
      await page.locator('.opblock-tag').filter({ hasText: /^catalogs/ }).first().waitFor();
      await page.locator('.opblock-tag').filter({ hasText: /^session/ }).first().click();
      await page.locator('.opblock-summary-path').filter({ hasText: /^\/api\/v1\/session$/ }).first().waitFor();
    });
    expectClean();
  });
});
