import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../db/seed';
import type { TestPlatform } from '../support/platform';
import { auditPage, PageAudit } from './a11y';

// What every browser test shares: Debian's Chromium (never a downloaded browser) beside the suite's own
// platforms, a browser context per session, screenshots of a failed step, logging in through the form,
// the menu, the task pages and the action notifications. Every page a session opens is audited (a11y.ts:
// WCAG 2.1 AA and no English in the Chinese UI); the findings fail the test when the session closes.

/**
 * A page step: an element appearing, a navigation. Generous, since `npm test` runs two suites at once on two
 * cores, each with its platform and a browser: CI saw a select's option take longer than 10 s to be clickable.
 * A wait is a bound on a hang, not a timing assertion.
 */
export const UI_WAIT = 20_000;
/** An effect that goes through a workflow and back (a task, a case, a notice, a publication). */
export const FLOW_WAIT = 20_000;

const UI_DIST = path.resolve(__dirname, '..', '..', 'admin-ui', 'dist', 'index.html');

/** Without the background-networking flags Chromium keeps calling out of this closed network. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

/** A browser context of its own (cookies, locale) with one page, collecting the page's own errors. */
export interface Session {
  page: Page;
  pageErrors: string[];
  /** Closes the context; throws the accessibility and language findings of the pages the session opened. */
  close(): Promise<void>;
}

export interface BrowserSuite {
  /** A session on `p`'s server, in Chinese and Shanghai time. */
  openSession(p: TestPlatform): Promise<Session>;
  /** Runs a step in a session; on failure saves a screenshot to /tmp and adds the page's own errors to the message. */
  step(name: string, session: Session, body: (page: Page) => Promise<void>): Promise<void>;
  /** A step in a fresh session on `p`'s server, closed afterwards. */
  inBrowser(p: TestPlatform, name: string, body: (page: Page) => Promise<void>): Promise<void>;
}

/**
 * Sets up a browser suite (its beforeAll and afterAll): once the admin UI is built, Chromium starts while
 * `start` starts the suite's platforms; after the suite, both stop.
 */
export function browserSuite(options: {
  /** Starts the suite's platforms (the suite keeps its own references to them). */
  start: () => Promise<TestPlatform[]>;
  /** A failed step's screenshot is /tmp/<screenshotPrefix><step>-<time>.png. */
  screenshotPrefix: string;
  /** The statuses of the failed requests the suite provokes, which the browser logs as console errors: not the page's. */
  expectedStatuses: readonly number[];
}): BrowserSuite {
  let browser: Browser | undefined;
  let platforms: TestPlatform[] = [];
  // The pages of this file already audited: each once per file.
  const audited = new Set<string>();
  // Audits whose findings no close reported (their test failed first): shown after the suite, not lost.
  const unreported: PageAudit[] = [];
  const expected = new RegExp(`status of (${options.expectedStatuses.join('|')})`);

  beforeAll(async () => {
    if (!fs.existsSync(UI_DIST)) throw new Error('admin UI not built: run `npx vite build --config admin-ui/vite.config.ts` (npm test builds it)');
    await Promise.all([launchChromium().then((b) => (browser = b)), options.start().then((ps) => (platforms = ps))]);
  }, 60_000);
  afterAll(async () => {
    const left = unreported.flatMap((a) => a.findings);
    if (left.length) console.warn(`accessibility and language findings of sessions whose test failed first:\n  ${[...new Set(left)].join('\n  ')}`);
    await Promise.allSettled([browser?.close(), ...platforms.map((p) => p.stop())]);
  });

  async function openSession(p: TestPlatform): Promise<Session> {
    const context = await browser!.newContext({ baseURL: p.server.url, viewport: { width: 1400, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    context.setDefaultTimeout(UI_WAIT);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !expected.test(msg.text())) pageErrors.push(msg.text());
    });
    const audit = new PageAudit(page, audited);
    unreported.push(audit);
    return {
      page,
      pageErrors,
      close: async () => {
        try {
          await audit.finish();
        } finally {
          await context.close();
        }
      },
    };
  }

  async function step(name: string, session: Session, body: (page: Page) => Promise<void>): Promise<void> {
    const { page, pageErrors } = session;
    try {
      await body(page);
      // The step's last wait leaves the page settled on what the step was about.
      await auditPage(page);
    } catch (err) {
      const shot = path.join('/tmp', `${options.screenshotPrefix}${name}-${Date.now()}.png`);
      await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
      if (err instanceof Error) {
        // Jest prints the stack, which already holds the original message: add to both.
        const extra = `\n  screenshot: ${shot} (at ${page.url()})${pageErrors.length ? `\n  page errors:\n    ${pageErrors.join('\n    ')}` : ''}`;
        const head = [err.message, `${err.name}: ${err.message}`].find((h) => err.stack?.startsWith(h));
        if (head && err.stack) err.stack = head + extra + err.stack.slice(head.length);
        err.message += extra;
      }
      throw err;
    }
  }

  async function inBrowser(p: TestPlatform, name: string, body: (page: Page) => Promise<void>): Promise<void> {
    const session = await openSession(p);
    try {
      await step(name, session, body);
    } catch (err) {
      // The step's own failure is the one to report; the audit's findings are shown after the suite.
      await session.page.context().close().catch(() => undefined);
      throw err;
    }
    await session.close();
  }

  return { openSession, step, inBrowser };
}

/**
 * Logs in through the login form, as a person would, and answers the page the app landed on (我的检查 for an
 * inspector, 我的待办 for the others); it then opens `landing` (我的待办 unless told) if it is not there.
 */
export async function logIn(page: Page, username: string, landing: 'tasks' | 'my-inspections' = 'tasks'): Promise<string> {
  await page.goto('/#/login');
  await page.getByLabel(/^用户名/).waitFor();
  await auditPage(page);
  await page.getByLabel(/^用户名/).fill(username);
  await page.getByLabel(/^密码/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  // Inspectors land on 我的检查, the others on 我的待办; a test that works tasks as an inspector goes there.
  await page.waitForURL(/#\/(tasks|my-inspections)(\?|$)/);
  const landed = new URL(page.url()).hash;
  if (!landed.startsWith(`#/${landing}`)) await openMenu(page, landing === 'tasks' ? '我的待办' : '我的检查', landing);
  await page.locator('#react-admin-title').filter({ hasText: landing === 'tasks' ? '我的待办' : '我的检查' }).waitFor();
  await auditPage(page);
  return landed;
}

// A task view's item may carry its count of open tasks after the label ("我的待办 3").
export const menuItem = (page: Page, name: string): Locator =>
  page.getByRole('menuitem', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\d+)?$`) });

/** Opens a list from the menu and waits for its page, `#/<resource>`. */
export async function openMenu(page: Page, name: string, resource: string): Promise<void> {
  await menuItem(page, name).click();
  await page.waitForURL(new RegExp(`#/${resource}(\\?|$)`));
  await auditPage(page);
}

/**
 * Opens a list row's record and waits for its page, `#/<resource>/<id>/show`. It clicks the first cell:
 * another may link elsewhere (a plan step's entity cell links to the plan itself).
 */
export async function openRow(page: Page, row: Locator, resource: string, id: string | number): Promise<void> {
  await row.locator('td').first().click();
  await page.waitForURL(new RegExp(`#/${resource}/${id}/show$`));
  await auditPage(page);
}

/** Waits for the notification (the snackbar) of an action; a failure notification fails at once, with its text. */
export async function notified(page: Page, text: string): Promise<void> {
  const alert = page.locator('.MuiSnackbar-root').getByRole('alert').filter({ hasText: new RegExp(`${text}|失败`) }).first();
  await alert.waitFor();
  expect((await alert.textContent())?.trim()).toBe(text);
}

/**
 * Opens a select and picks the option named. A page that re-renders just after it opened (its data arriving
 * on a loaded machine) can close the menu under the click, leaving the option detached for good (a CI run
 * waited 20 s on 记录类别's 行政处罚): the menu is opened again, three tries in all.
 */
export async function chooseOption(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  const choice = page.getByRole('option', typeof option === 'string' ? { name: option, exact: true } : { name: option });
  for (let attempt = 1; ; attempt++) {
    await select.click();
    try {
      await choice.click({ timeout: attempt < 3 ? UI_WAIT / 4 : UI_WAIT });
      return;
    } catch (error) {
      if (attempt === 3 || (await choice.count()) > 0) throw error;
    }
  }
}

/** Picks the outcome in the open completion dialog of a task's page. */
export async function chooseOutcome(page: Page, outcome: string): Promise<void> {
  await chooseOption(page, page.getByTestId('outcome-select'), outcome);
  // The completion dialog, filled in.
  await auditPage(page);
}

/** Sends the completion dialog: the task is done (notified) and the UI moves on, to my next task or to 我的待办. */
export async function submitCompletion(page: Page): Promise<void> {
  const taskPage = page.url();
  await page.getByTestId('complete-submit').click();
  await notified(page, '已办结');
  await page.waitForURL((url) => url.toString() !== taskPage);
}

/** Completes the task of the task's page with the outcome named. */
export async function completeTask(page: Page, outcome: string): Promise<void> {
  await page.getByTestId('complete-task').click();
  await chooseOutcome(page, outcome);
  await submitCompletion(page);
}

// The API beside the browser: what the UI should show, and what it did.

/** Claims a task from 部门待认领 and opens 我的待办, where it now is. */
export async function claimFromQueue(page: Page, taskId: number): Promise<void> {
  await menuItem(page, '部门待认领').click();
  const queueRow = page.getByTestId(`queue-row-${taskId}`);
  await queueRow.waitFor();
  await queueRow.getByTestId('claim-task').click();
  await notified(page, '已认领');
  await menuItem(page, '我的待办').click();
}

export const as = (token: string) => ({ Authorization: `Bearer ${token}` });

export async function tasksOf(p: TestPlatform, token: string, query: Record<string, string>): Promise<any[]> {
  const res = await p.api.get('/api/v1/tasks').query(query).set(as(token));
  expect(res.status).toBe(200);
  return res.body.data;
}
