import { browserSuite, claimFromQueue, completeTask, FLOW_WAIT, logIn, menuItem, notified, openMenu, openRow, tasksOf, UI_WAIT } from './browser';
import type { Page } from 'playwright-core';
import { testDatabases } from '../support/databases';
import { registration } from '../support/events';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';

// Browser tests of the admin UI (admin-ui/README.md): Debian's Chromium driven by playwright-core
// against the built UI, which the API serves from admin-ui/dist. SQLite only, to keep the run short.
// A failing test leaves a screenshot in /tmp (zongjian-e2e-*.png).

/** Only 食品销售 is licensed: SCJGJ alone gets a receipt task (5 working days), no claim pool item. */
const FOOD_ONLY = '许可项目：食品销售。（依法须经批准的项目，经相关部门批准后方可开展经营活动）一般项目：日用百货销售。';
const INSPECTOR = 'scjgj-inspector-1';
const SCJGJ = '金山区市场监督管理局';
const CLERK_NAME = '市场监管受理员（演示）';
const SUPERVISOR_NAME = '市场监管科长（演示）';

const database = testDatabases[0]; // SQLite

describe('admin UI', () => {
  /** Deadlines in real working days. */
  let platform: TestPlatform;
  /** One working day lasts four seconds: a receipt deadline (5 working days) passes in 20 s. */
  let fast: TestPlatform;
  const { inBrowser } = browserSuite({
    start: async () => ([platform, fast] = await Promise.all([startPlatform(database), startPlatform(database, { secondsPerWorkingDay: 4 })])),
    screenshotPrefix: 'zongjian-e2e-',
    // The session check before login answers 401.
    expectedStatuses: [401],
  });

  async function postRegistration(p: TestPlatform) {
    const key = await p.apiKey(['registration:write'], 'registration-system');
    const event = registration({ businessScope: FOOD_ONLY });
    const res = await p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${key}`).send(event);
    expect(res.status).toBe(202);
    return event;
  }

  /** A person's display name, as the UI must show them (never the login). */
  async function displayNameOf(p: TestPlatform, username: string): Promise<string> {
    const admin = await p.login('admin');
    const res = await p.api.get('/api/v1/users').query({ department: 'SCJGJ' }).set('Authorization', `Bearer ${admin}`);
    const user = (res.body.data as any[]).find((u) => u.username === username);
    expect(user).toBeDefined();
    return user.displayName;
  }

  /** Receipts of new FOOD_ONLY registrations, one each, as the clerk sees them. */
  async function newReceipts(p: TestPlatform, token: string, n: number): Promise<any[]> {
    const entities = [];
    for (let i = 0; i < n; i++) entities.push((await postRegistration(p)).entity.creditCode);
    return Promise.all(entities.map((entity) => eventually(async () => (await tasksOf(p, token, { entity, type: 'receipt' }))[0], FLOW_WAIT, 'a receipt task')));
  }

  async function taskAs(p: TestPlatform, token: string, id: number): Promise<any> {
    const res = await p.api.get(`/api/v1/tasks/${id}`).set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    return res.body;
  }

  it('a clerk logs in, sees the receipt task in 我的待办 and confirms it', async () => {
    const event = await postRegistration(platform);
    const entity = event.entity.creditCode;
    const clerk = await platform.login('clerk');
    const receipt = await eventually(async () => (await tasksOf(platform, clerk, { entity, type: 'receipt' }))[0], FLOW_WAIT, 'the SCJGJ receipt task');
    expect(receipt).toMatchObject({ status: 'open', assignee: null, department: { code: 'SCJGJ' } });

    await inBrowser(platform, 'clerk-receipt', async (page) => {
      await logIn(page, 'clerk');

      // 我的待办 lists the tasks assigned to me (README: assignee=me); a receipt task pushed to the
      // department is nobody's yet, so the clerk takes it from 部门待认领 first.
      await claimFromQueue(page, receipt.id);
      const row = page.getByTestId(`task-row-${receipt.id}`);
      await row.waitFor();
      await expect(row.textContent()).resolves.toContain(event.entity.name);
      // The deadline in working days left on the official calendar, as the API counts them, green or yellow.
      expect(receipt.workingDaysLeft).toBeGreaterThan(0);
      const chip = row.getByTestId('due-chip');
      await expect(chip.textContent()).resolves.toBe(`剩 ${receipt.workingDaysLeft} 个工作日`);
      await expect(chip.getAttribute('data-light')).resolves.toBe(receipt.light);
      // Not escalated: the 督办级别 column says so with a dash rather than staying empty.
      await expect(row.locator('[data-escalation="0"]').textContent()).resolves.toBe('—');
      await openRow(page, row, 'tasks', receipt.id);

      await completeTask(page, '已接收');
      // Nothing else is assigned to the clerk: back to 我的待办, with a word saying so.
      await page.waitForURL(/#\/tasks(\?|$)/);
      await notified(page, '我的待办已全部办完');
      // The task's page shows it as it now is: completed, nothing left to do, the receipt on the timeline.
      await page.goto(`/#/tasks/${receipt.id}/show`);
      await page.locator('.ra-field-status').filter({ hasText: '已办结' }).waitFor();
      await expect(page.getByTestId('complete-task').count()).resolves.toBe(0);
      await page.getByTestId('task-timeline').locator('[data-step="received"]').waitFor();
    });

    const done = await taskAs(platform, clerk, receipt.id);
    expect(done).toMatchObject({ status: 'completed', outcome: 'received', assignee: { username: 'clerk' } });
    const decision = await eventually(async () => (await tasksOf(platform, clerk, { entity, type: 'licenseDecision' }))[0], FLOW_WAIT, 'the licenseDecision task');
    expect(decision).toMatchObject({ status: 'open', department: { code: 'SCJGJ' }, data: { licenseItem: '食品经营许可' } });
  }, 45_000);

  it('the menu counts my tasks and those offered to my department; completing one opens the next', async () => {
    const clerk = await platform.login('clerk');
    const entities = [(await postRegistration(platform)).entity.creditCode, (await postRegistration(platform)).entity.creditCode];
    const receipts = await Promise.all(entities.map((entity) => eventually(async () => (await tasksOf(platform, clerk, { entity, type: 'receipt' }))[0], FLOW_WAIT, 'a receipt task')));
    const counts = async () => (await platform.api.get('/api/v1/tasks/counts').set('Authorization', `Bearer ${clerk}`)).body;
    /** The menu shows the count the API gives (nothing when zero); it follows claims at once, and polls. */
    const menuShows = async (page: Page, view: 'tasks' | 'queue', key: 'mine' | 'offered') =>
      (await eventually(async () => {
        const n = (await counts())[key];
        const badge = page.getByTestId(`menu-count-${view}`);
        const shown = (await badge.count()) ? (await badge.textContent())!.trim() : '0';
        // Wrapped: a count of 0 is an answer, which eventually() would take for "not yet".
        return shown === String(n) ? { n } : null;
      }, UI_WAIT, `the menu count of ${view}`)).n;

    await inBrowser(platform, 'menu-counts-next-task', async (page) => {
      await logIn(page, 'clerk');
      expect(await menuShows(page, 'queue', 'offered')).toBeGreaterThanOrEqual(2);
      const mineBefore = await menuShows(page, 'tasks', 'mine');
      for (const r of receipts) await claimFromQueue(page, r.id);
      expect(await menuShows(page, 'tasks', 'mine')).toBe(mineBefore + 2);
      await menuItem(page, `我的待办 ${mineBefore + 2}`).waitFor();

      // My open tasks by deadline, as 我的待办 lists them: completing the first opens the second.
      const mine = await tasksOf(platform, clerk, { assignee: 'me', status: 'open,claimed', sort: 'dueAt', order: 'ASC', perPage: '500' });
      expect(mine.map((t) => t.id)).toEqual(expect.arrayContaining(receipts.map((r) => r.id)));
      await openRow(page, page.getByTestId(`task-row-${mine[0].id}`), 'tasks', mine[0].id);
      await completeTask(page, '已接收');
      await page.waitForURL(new RegExp(`#/tasks/${mine[1].id}/show$`));
      await notified(page, '已打开下一项待办（办理时限最近）');
      expect(await menuShows(page, 'tasks', 'mine')).toBe(mineBefore + 1);
      expect((await taskAs(platform, clerk, mine[0].id)).status).toBe('completed');
    });
  }, 60_000);

  it('a supervisor sees an overdue task on 超期督办 and reassigns it', async () => {
    const event = await postRegistration(fast);
    const entity = event.entity.creditCode;
    const supervisor = await fast.login('supervisor');
    const receipt = await eventually(async () => (await tasksOf(fast, supervisor, { entity, type: 'receipt' }))[0], FLOW_WAIT, 'the SCJGJ receipt task');

    await inBrowser(fast, 'supervisor-overdue', async (page) => {
      // Logging in while the receipt deadline (5 working days of 4 s) runs out. The second escalation comes 5 working
      // days later: 20 s for the board to show the first, even on a loaded machine (at 1 s a day it sometimes did not).
      await logIn(page, 'supervisor');
      const escalated = await eventually(async () => {
        const t = await taskAs(fast, supervisor, receipt.id);
        return t.escalationLevel >= 1 ? t : null;
      }, FLOW_WAIT * 2, 'the first escalation');
      expect(escalated).toMatchObject({ escalationLevel: 1, overdue: true, status: 'open' });

      await page.goto('/#/overdue');
      const row = page.getByTestId(`overdue-row-${receipt.id}`);
      await row.waitFor();
      // The deadline is shown as working days overdue on a red chip, the level as 一级督办.
      const due = row.locator('[data-overdue="true"]');
      await due.waitFor();
      await expect(due.textContent()).resolves.toMatch(/^逾期 [1-9]\d* 个工作日$/);
      await expect(due.getAttribute('data-light')).resolves.toBe('red');
      const [r, g, b] = (await due.evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor as string)).match(/\d+/g)!.map(Number);
      expect(r).toBeGreaterThan(150);
      expect(Math.max(g, b)).toBeLessThan(100);
      await expect(row.locator('[data-escalation="1"]').textContent()).resolves.toBe('一级督办');

      // People are picked by name, and a reassignment says why: without a reason the dialog does not send.
      const inspectorName = await displayNameOf(fast, INSPECTOR);
      await row.getByTestId('reassign-task').click();
      await page.getByTestId('reassign-user').click();
      await page.getByRole('option', { name: inspectorName, exact: true }).click();
      await page.getByTestId('reassign-submit').click();
      await page.getByRole('dialog').getByText('必填').waitFor();
      const reason = '受理员休假，请执法员现场核实';
      await page.getByTestId('reassign-reason').fill(reason);
      await page.getByTestId('reassign-submit').click();
      await notified(page, '已转派');

      const reassigned = await eventually(async () => {
        const t = await taskAs(fast, supervisor, receipt.id);
        return t.assignee?.username === INSPECTOR ? t : null;
      }, UI_WAIT, `the task assigned to ${INSPECTOR}`);
      expect(reassigned).toMatchObject({ status: 'claimed', department: { code: 'SCJGJ' } });
      // The board refreshes and shows the new assignee on the row, by name and department, not by login.
      await row.filter({ hasText: `${inspectorName}（${SCJGJ}）` }).waitFor();
      await expect(row.textContent()).resolves.not.toContain(INSPECTOR);
      // The task's timeline says who reassigned it to whom, and why. (The board's first cell selects the row.)
      await row.locator('td').nth(2).click();
      await page.waitForURL(new RegExp(`#/tasks/${receipt.id}/show$`));
      const reassignment = page.getByTestId('timeline-reassignment');
      await expect(reassignment.textContent()).resolves.toBe(`${SUPERVISOR_NAME} 转派给 ${inspectorName}（${SCJGJ}）：${reason}`);
      await expect(page.getByTestId('task-assignee').textContent()).resolves.toBe(`${inspectorName}（${SCJGJ}）`);
      // Nobody by login; the escalations by level, not in the workflow's English.
      await expect(page.locator('main').textContent()).resolves.not.toMatch(/scjgj-inspector|supervisor|district/);
      await page.getByTestId('task-timeline').getByText('一级督办').waitFor();
      await page.goBack();

      // 临期提醒 sits beside 超期督办: the same board over the tasks due soon, which this overdue one is not.
      await openMenu(page, '临期提醒', 'due-soon');
      await page.getByText('暂无临近到期的任务').or(page.getByTestId(/^due-soon-row-/).first()).first().waitFor();
      await expect(page.getByTestId(`due-soon-row-${receipt.id}`).count()).resolves.toBe(0);
    });
  }, 90_000);

  it('a clerk claims several tasks of 部门待认领 at once; one someone else took first is refused', async () => {
    const clerk = await platform.login('clerk');
    const inspector = await platform.login('inspector');
    const receipts = await newReceipts(platform, clerk, 3);

    await inBrowser(platform, 'bulk-claim', async (page) => {
      await logIn(page, 'clerk');
      await openMenu(page, '部门待认领', 'queue');
      const rows = receipts.map((r) => page.getByTestId(`queue-row-${r.id}`));
      for (const row of rows) await row.waitFor();
      // While the clerk looks at the queue, an inspector claims the first.
      expect((await platform.api.post(`/api/v1/tasks/${receipts[0].id}/claim`).set('Authorization', `Bearer ${inspector}`)).status).toBe(200);
      for (const row of rows) await row.getByRole('checkbox').check();
      await page.getByTestId('bulk-claim').click();
      await notified(page, '2 认领成功，1 已被他人认领');
      for (const row of rows) await row.waitFor({ state: 'detached' });

      // 我的待办 holds the two; each names the clerk, never the login.
      await openMenu(page, '我的待办', 'tasks');
      for (const r of receipts.slice(1)) await page.getByTestId(`task-row-${r.id}`).waitFor();
      await openRow(page, page.getByTestId(`task-row-${receipts[1].id}`), 'tasks', receipts[1].id);
      await expect(page.getByTestId('task-assignee').textContent()).resolves.toBe(`${CLERK_NAME}（${SCJGJ}）`);
      await page.getByTestId('task-timeline').locator('[data-step="claimed"]').filter({ hasText: `${CLERK_NAME}（${SCJGJ}）` }).waitFor();
      await expect(page.locator('main').textContent()).resolves.not.toContain('clerk');
    });
    for (const r of receipts.slice(1)) expect(await taskAs(platform, clerk, r.id)).toMatchObject({ status: 'claimed', assigneeName: CLERK_NAME });
    expect((await taskAs(platform, clerk, receipts[0].id)).assignee.username).toBe('inspector');
  }, 60_000);

  it('a filtered view of 我的待办 is saved and reopened', async () => {
    await inBrowser(platform, 'saved-view', async (page) => {
      await logIn(page, 'clerk');
      // Only the overdue tasks, saved under a name.
      const overdueOnly = page.getByLabel('仅看超期');
      await overdueOnly.check();
      await page.waitForURL(/%22overdue%22%3Atrue/);
      await page.getByTestId('save-view').click();
      await page.getByLabel('查询名称').fill('我的超期待办');
      await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
      const saved = page.getByTestId('saved-views').getByRole('button', { name: '我的超期待办' });
      await saved.waitFor();

      // Back to all my open tasks, then the saved view again with one click.
      await overdueOnly.uncheck();
      await page.waitForURL(/%22overdue%22%3Afalse/);
      await saved.click();
      await page.waitForURL(/%22overdue%22%3Atrue/);
      await eventually(() => overdueOnly.isChecked(), UI_WAIT, 'the saved filter shown in the form');
    });
  }, 45_000);

  it('in English: a supervisor reassigns from the task page with a reason, and the timeline and the names say so', async () => {
    const supervisor = await platform.login('supervisor');
    const [receipt] = await newReceipts(platform, supervisor, 1);
    const inspectorName = await displayNameOf(platform, INSPECTOR);

    await inBrowser(platform, 'reassign-english', async (page) => {
      await logIn(page, 'supervisor');
      await page.getByRole('button', { name: '简体中文' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await menuItem(page, 'My inbox').waitFor();
      await page.goto(`/#/tasks/${receipt.id}/show`);
      await page.getByTestId('reassign-task').click();
      await page.getByTestId('reassign-user').click();
      await page.getByRole('option', { name: inspectorName, exact: true }).click();
      await page.getByTestId('reassign-reason').fill('On leave this week');
      await page.getByTestId('reassign-submit').click();
      await notified(page, 'Task reassigned');
      const reassignment = page.getByTestId('timeline-reassignment');
      await reassignment.waitFor();
      const text = await reassignment.textContent();
      expect(text).toMatch(new RegExp(`^${SUPERVISOR_NAME} reassigned the task to ${inspectorName} \\(.+\\): On leave this week$`));
      await expect(page.getByTestId('task-assignee').textContent()).resolves.toMatch(new RegExp(`^${inspectorName} \\(`));
    });
  }, 45_000);

  it('the language switch turns the menu to English', async () => {
    await inBrowser(platform, 'language-switch', async (page) => {
      await logIn(page, 'supervisor');
      await menuItem(page, '超期督办').waitFor();
      await page.getByRole('button', { name: '简体中文' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      for (const name of ['My inbox', 'Department queue', 'Overdue escalations', 'Due soon', 'Departments']) await menuItem(page, name).waitFor();
      await page.locator('#react-admin-title').filter({ hasText: 'My inbox' }).waitFor();
      await expect(menuItem(page, '我的待办').count()).resolves.toBe(0);
    });
  }, 30_000);
});
