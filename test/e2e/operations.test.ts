import { browserSuite, FLOW_WAIT, logIn, menuItem, openMenu } from './browser';
import { testDatabases } from '../support/databases';
import { registration } from '../support/events';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';
import { dualNotification } from '../../workflows';

// 异常流程 in the admin UI (README "When a process is stuck"): an administrator sees a process that failed on
// its data by name, with its entity, step and state in words; other roles have no such menu item.

describe('the stuck-process page of the admin UI', () => {
  let platform: TestPlatform;
  const { inBrowser } = browserSuite({
    start: async () => [(platform = await startPlatform(testDatabases[0]))],
    screenshotPrefix: 'zongjian-e2e-operations-',
    expectedStatuses: [401],
  });

  it('an administrator finds a registration that stopped on its data; a clerk has no such page', async () => {
    // A registered entity, then a change event for it without a name: the model refuses it. It goes straight to
    // the workflow, as data past the API edge would; the list names the entity from the register.
    const event = registration({ action: 'change', name: '上海枫泾异常流程测试有限公司' });
    await platform.db.models.entities.create({ ...event.entity, status: 'active', lastEventAt: new Date('2026-01-05T02:00:00Z') });
    (event.entity as any).name = null;
    const workflowId = `dual-notification:${event.eventId}`;
    await platform.client.workflow.start(dualNotification, { taskQueue: platform.config.TASK_QUEUE, workflowId, args: [event as any] });
    const admin = await platform.login('admin');
    const row = await eventually(async () => ((await platform.api.get('/api/v1/operations/stuck-processes').set('Authorization', `Bearer ${admin}`)).body.data as any[]).find((r) => r.workflowId === workflowId), FLOW_WAIT, 'the failed run on the list');
    expect(row).toMatchObject({ state: 'failed', errorType: 'DataError', step: 'recordRegistration' });

    await inBrowser(platform, 'admin-stuck', async (page) => {
      await logIn(page, 'admin');
      await openMenu(page, '异常流程', 'stuck-processes');
      const line = page.getByTestId(`stuck-row-${row.id}`);
      await line.waitFor();
      await expect(line.getByTestId('stuck-state').textContent()).resolves.toBe('已失败：数据有误，已停止');
      const text = await line.textContent();
      for (const words of ['双告知', workflowId, '上海枫泾异常流程测试有限公司', event.entity.creditCode, '记录登记信息']) expect(text).toContain(words);
    });

    await inBrowser(platform, 'clerk-no-stuck', async (page) => {
      await logIn(page, 'clerk');
      await menuItem(page, '我的待办').waitFor();
      expect(await menuItem(page, '异常流程').count()).toBe(0);
    });
  });
});
