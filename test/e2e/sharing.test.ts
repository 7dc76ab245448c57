import http from 'node:http';
import type { AddressInfo } from 'node:net';
import crypto from 'node:crypto';
import { recordSharedEvents } from '../../db/sharedEvents';
import { auditPage } from './a11y';
import { as, browserSuite, FLOW_WAIT, logIn, menuItem } from './browser';
import { testDatabases } from '../support/databases';
import { newCreditCode } from '../support/events';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';

// Information sharing (信息共享) in the admin UI as the department's clerk sees it: the subscriptions list with
// its events by their Chinese names, status and last delivery; a subscription's delivery log with a payload
// opened; a subscription paused by a receiver that keeps failing, resumed from its page. SQLite only; a failing
// step leaves a screenshot in /tmp (zongjian-e2e-sharing-*.png).

describe('webhook subscriptions in the admin UI', () => {
  let p: TestPlatform;
  let receiver: http.Server;
  let down = true;
  const ui = browserSuite({
    start: async () => [(p = await startPlatform(testDatabases[0], { config: { SHARING_POLL_SECONDS: '0.2', DELIVERY_FIRST_RETRY_SECONDS: '0.1', DELIVERY_MAX_RETRY_SECONDS: '0.2', DELIVERY_ATTEMPTS: '2' } }))],
    screenshotPrefix: 'zongjian-e2e-sharing-',
    expectedStatuses: [401],
  });

  afterAll(() => new Promise((r) => receiver?.close(r)));

  it('a clerk sees the department’s subscriptions and their delivery log, and resumes a paused one', async () => {
    receiver = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(req.url === '/down' && down ? 500 : 204).end());
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    const key = await p.apiKey(['feed:read'], 'city-sharing', 'SCJGJ');
    const up = (await p.api.post('/api/ext/v1/subscriptions').set(as(key)).send({ url: `${base}/up`, types: ['warning.raised', 'entity.registered'] })).body;
    const failing = (await p.api.post('/api/ext/v1/subscriptions').set(as(key)).send({ url: `${base}/down`, types: ['warning.raised'] })).body;
    await p.db.writeTransaction((t) => recordSharedEvents(p.db, [{ type: 'warning.raised', key: crypto.randomUUID(), occurredAt: new Date(), creditCode: newCreditCode(), data: { entityName: '上海枫泾共享测试有限公司', level: 'red' } }], t));
    await eventually(async () => ((await p.db.models.subscriptions.findByPk(up.id, { raw: true })) as any).lastDeliveryStatus === 'sent', FLOW_WAIT, 'the delivery');
    await eventually(async () => ((await p.db.models.subscriptions.findByPk(failing.id, { raw: true })) as any).status === 'paused', FLOW_WAIT, 'the pause');

    await ui.inBrowser(p, 'subscriptions', async (page) => {
      await logIn(page, 'clerk');
      await menuItem(page, '信息共享订阅').click();
      await page.waitForURL(/#\/subscriptions(\?|$)/);
      const upRow = page.getByTestId(`subscription-row-${up.id}`);
      await upRow.filter({ hasText: '监管预警' }).filter({ hasText: '主体设立登记' }).filter({ hasText: '已送达' }).waitFor();
      await page.getByTestId(`subscription-row-${failing.id}`).getByTestId('subscription-status').filter({ hasText: '已暂停' }).waitFor();
      await auditPage(page);

      await upRow.locator('td').first().click();
      await page.waitForURL(new RegExp(`#/subscriptions/${up.id}/show`));
      const sent = page.getByTestId('delivery-row').filter({ hasText: '已送达' }).first();
      await sent.filter({ hasText: '监管预警' }).waitFor();
      await sent.getByRole('button', { name: '查看内容' }).click();
      await page.getByTestId('delivery-payload').filter({ hasText: '上海枫泾共享测试有限公司' }).waitFor();
      await auditPage(page);

      await page.goto(`${p.server.url}/#/subscriptions/${failing.id}/show`);
      await page.getByTestId('delivery-row').filter({ hasText: '失败' }).first().waitFor();
      down = false;
      await page.getByTestId('subscription-resume').click();
      await page.getByText('已恢复推送，将从中断处继续').waitFor();
      await auditPage(page);
    });
    await eventually(async () => ((await p.db.models.subscriptions.findByPk(failing.id, { raw: true })) as any).lastDeliveryStatus === 'sent', FLOW_WAIT, 'delivered after resuming');
  });

  it('the administrator subscribes a department: the platform’s own address is refused in Chinese, the secret is shown once, the clerk does not get the form', async () => {
    const path = `/new-${crypto.randomBytes(4).toString('hex')}`;
    let secret = '';
    await ui.inBrowser(p, 'subscription-create', async (page) => {
      await logIn(page, 'admin');
      await menuItem(page, '信息共享订阅').click();
      await page.getByTestId('subscription-create').click();
      await page.waitForURL(/#\/subscriptions\/create$/);
      await page.getByLabel(/^所属部门/).click();
      await page.getByRole('option', { name: '金山区市场监督管理局', exact: true }).click();
      await page.getByLabel(/^推送地址/).fill(`${p.server.url}/hook`);
      await page.getByRole('checkbox', { name: '监管预警' }).check();
      await page.getByRole('checkbox', { name: '主体设立登记' }).check();
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.getByText('推送地址不能指向本平台自身的服务').first().waitFor();
      await auditPage(page);
      expect(await p.db.models.subscriptions.count({ where: { url: `${p.server.url}/hook` } })).toBe(0);

      await page.getByLabel(/^推送地址/).fill(`http://127.0.0.1:9/${path}`);
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.getByTestId('subscription-secret').filter({ hasText: '密钥仅在此显示一次' }).waitFor();
      secret = (await page.getByTestId('subscription-secret-value').textContent()) ?? '';
      await auditPage(page);
      await page.getByTestId('subscription-secret-done').click();
      await page.waitForURL(/#\/subscriptions\/[^/]+\/show$/);
      await page.getByText('金山区市场监督管理局').first().waitFor();
      await page.getByText('监管预警').first().waitFor();
      // The secret is not on the subscription's page: it was shown once.
      expect(await page.getByText(secret).count()).toBe(0);
    });
    const stored = (await p.db.models.subscriptions.findOne({ where: { url: `http://127.0.0.1:9/${path}` }, raw: true })) as any;
    expect(stored).toMatchObject({ departmentCode: 'SCJGJ', system: 'user:admin' });
    expect(secret).toMatch(/^whsec_/);

    await ui.inBrowser(p, 'subscription-create-clerk', async (page) => {
      await logIn(page, 'clerk');
      await menuItem(page, '信息共享订阅').click();
      await page.waitForURL(/#\/subscriptions(\?|$)/);
      await page.locator('[data-testid^="subscription-row-"]').first().waitFor();
      expect(await page.getByTestId('subscription-create').count()).toBe(0);
    });
  });
});
