import { browserSuite, FLOW_WAIT, logIn } from './browser';
import { auditPage } from './a11y';
import { testDatabases } from '../support/databases';
import { registration } from '../support/events';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';

// The dossier page (一户一档, admin-ui/src/entities): a registered entity's register data, notices, open tasks
// and timeline on one screen, in Chinese and in English, and a link from it to a task's page. SQLite only;
// a failing step leaves a screenshot in /tmp (zongjian-e2e-dossier-*.png).

const database = testDatabases[0]; // SQLite

describe('the entity dossier in the admin UI', () => {
  let p: TestPlatform;
  let creditCode: string;

  const ui = browserSuite({
    start: async () => [(p = await startPlatform(database))],
    screenshotPrefix: 'zongjian-e2e-dossier-',
    // The session check before login answers 401.
    expectedStatuses: [401],
  });

  beforeAll(async () => {
    const regKey = await p.apiKey(['registration:write'], 'registration-system');
    const event = registration({ name: '上海枫泾档案测试食品有限公司' });
    event.entity.legalRepresentative = '王小明';
    creditCode = event.entity.creditCode;
    expect((await p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${regKey}`).send(event)).status).toBe(202);
    const admin = await p.login('admin');
    await eventually(async () => ((await p.api.get('/api/v1/tasks').query({ entity: creditCode }).set('Authorization', `Bearer ${admin}`)).body.data as any[]).length === 3, FLOW_WAIT, 'three tasks of the registration');
  });

  it('shows the dossier in Chinese and English and leads to the department’s task', async () => {
    await ui.inBrowser(p, 'dossier', async (page) => {
      await logIn(page, 'clerk');
      await page.goto(`/#/entities/${creditCode}/show`);
      await page.locator('#react-admin-title').filter({ hasText: '市场主体 · 上海枫泾档案测试食品有限公司' }).waitFor();
      for (const section of ['登记信息', '许可', '双告知', '检查', '案件与处罚', '信用名单', '预警', '归集记录', '各部门待办', '时间轴']) {
        await page.getByText(section, { exact: true }).first().waitFor();
      }
      // 金山区市场监督管理局 registered the entity and holds its notice: its clerk sees the legal representative's name.
      await page.getByText('王小明', { exact: true }).waitFor();
      await page.getByTestId('dossier-timeline').locator('[data-kind="registration"]').first().waitFor();
      await page.getByTestId('dossier-notifications').waitFor();
      await auditPage(page);

      await page.getByRole('button', { name: '简体中文' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByText('Register data', { exact: true }).waitFor();
      await page.getByText('Open tasks by department', { exact: true }).waitFor();
      await auditPage(page);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('menuitem', { name: '简体中文' }).click();
      await page.getByText('登记信息', { exact: true }).waitFor();

      // The department's own task opens its page.
      await page.getByTestId('dossier-tasks').getByRole('link').first().click();
      await page.waitForURL(/#\/tasks\/\d+\/show$/);
    });
  });
});
