import { auditPage } from './a11y';
import { browserSuite, menuItem } from './browser';
import { DEMO_PASSWORD } from '../../db/seed';
import { testDatabases } from '../support/databases';
import { startPlatform, type TestPlatform } from '../support/platform';

// 效能监督 (F8) as a leader sees it: the table per department with the numbers of the tasks behind it, a
// click on a number opens exactly those tasks, the trend by month and by week opens a period's tasks, and the
// forecast beside it opens the tasks due within the next working day. On SQLite and MySQL; a failing step leaves a screenshot in /tmp (zongjian-e2e-efficiency-*.png).

const sh = (local: string) => new Date(`${local}+08:00`);
// Titles a person reads (the page audit refuses English in the Chinese UI).
const TITLES: Record<string, string> = { 'on-time': '按期办结', late: '超期办结', 'due-soon': '即将到期' };

describe.each(testDatabases)('efficiency supervision in the admin UI on $name', (database) => {
  let p: TestPlatform;
  const ui = browserSuite({
    start: async () => [(p = await startPlatform(database, { worker: false }))],
    screenshotPrefix: 'zongjian-e2e-efficiency-',
    // The session check before login answers 401.
    expectedStatuses: [401],
  });

  const task = (key: string, fields: Record<string, unknown>) => ({
    taskKey: `efficiency-e2e:${key}`,
    type: 'receipt',
    title: `效能演示${TITLES[key]}`,
    departmentCode: 'JTW',
    creditCode: null,
    entityName: null,
    escalationLevel: 0,
    workflowId: `efficiency-e2e-${key}`,
    completedAt: null,
    allowedOutcomes: [],
    data: {},
    ...fields,
  });

  beforeAll(async () => {
    const soon = new Date(Date.now() + 3600_000);
    await p.db.models.tasks.bulkCreate([
      // Two of JTW's receipts came in in March 2026: one completed on time, one late.
      task('on-time', { status: 'completed', assigneeUsername: 'jtw-clerk', createdAt: sh('2026-03-02T10:00:00'), completedAt: sh('2026-03-03T10:00:00'), dueAt: sh('2026-03-09T23:59:59'), outcome: 'received' }),
      task('late', { status: 'completed', assigneeUsername: 'jtw-clerk', createdAt: sh('2026-03-03T10:00:00'), completedAt: sh('2026-03-12T10:00:00'), dueAt: sh('2026-03-10T23:59:59'), outcome: 'received' }),
      // Open, due within the hour: the forecast's next working day.
      task('due-soon', { status: 'claimed', assigneeUsername: 'jtw-clerk', createdAt: new Date(), dueAt: soon }),
    ]);
  });

  it('a leader opens 效能监督, reads the numbers and drills down to the late task and to what will be overdue', async () => {
    await ui.inBrowser(p, 'leader', async (page) => {
      await page.goto('/#/login');
      await page.getByLabel(/^用户名/).fill('leader');
      await page.getByLabel(/^密码/).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await menuItem(page, '效能监督').click();
      await page.waitForURL(/#\/efficiency(\?|$)/);
      // The board first, with its default period (today's task is in it): a period typed before the filter form is
      // up is lost (a full run saw the March numbers never come).
      const row = page.getByTestId('efficiency-row-JTW|receipt');
      await row.waitFor();
      await page.getByLabel('起始日期').fill('2026-03-01');
      await page.getByLabel('截止日期').fill('2026-03-31');
      await auditPage(page);
      await page.getByTestId('efficiency-received-JTW|receipt').filter({ hasText: /^2$/ }).waitFor();
      await page.getByTestId('efficiency-onTime-JTW|receipt').filter({ hasText: /^1$/ }).waitFor();
      await page.getByTestId('efficiency-overdue-JTW|receipt').filter({ hasText: /^1$/ }).waitFor();
      // The task created today is outside March: only the forecast counts it.
      await page.getByTestId('forecast-within1-JTW').filter({ hasText: /^1$/ }).waitFor();

      // 超期办结 1: the drill-down lists the late task, and only it.
      await page.getByTestId('efficiency-overdue-JTW|receipt').click();
      await page.waitForURL(/#\/efficiency-tasks\?/);
      await page.getByRole('cell', { name: '效能演示超期办结' }).waitFor();
      await page.getByText('效能演示按期办结').waitFor({ state: 'detached' });
      await auditPage(page);

      await page.goBack();
      // 办理趋势: the 12 months up to the period's end; March holds both, the week of 3月2日 too.
      const trend = page.getByTestId('efficiency-trend');
      await trend.locator('svg').first().waitFor();
      await page.getByTestId('trend-2026-03-received').filter({ hasText: /^2$/ }).waitFor();
      await page.getByTestId('trend-row-2026-03').filter({ hasText: '50%' }).waitFor();
      await page.getByTestId('trend-week').click();
      await page.getByTestId('trend-row-2026-03-02').filter({ hasText: '3月2日–3月8日' }).waitFor();
      await page.getByTestId('trend-2026-03-02-received').filter({ hasText: /^2$/ }).click();
      await page.waitForURL(/#\/efficiency-tasks\?/);
      await page.getByRole('cell', { name: '效能演示按期办结' }).waitFor();
      await page.getByRole('cell', { name: '效能演示超期办结' }).waitFor();
      await page.getByText('效能演示即将到期').waitFor({ state: 'detached' });

      await page.goBack();
      await page.getByTestId('forecast-within1-JTW').click();
      await page.waitForURL(/#\/efficiency-tasks\?/);
      await page.getByRole('cell', { name: '效能演示即将到期' }).waitFor();
      await page.getByText('效能演示超期办结').waitFor({ state: 'detached' });
    });
  });
});
