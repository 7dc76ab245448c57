import { auditPage } from './a11y';
import { browserSuite, logIn, menuItem, notified, openMenu } from './browser';
import { testDatabases } from '../support/databases';
import { startPlatform, type TestPlatform } from '../support/platform';
import { apiKeyParts } from '../../db/credentials';

// Administration (F15) in the admin UI as the administrator: 用户管理 — a new account with a generated password
// shown once, a taken username refused in Chinese, the account deactivated (its login then refused); 接口密钥 — a
// key listed without its secret and revoked (its next call 401). A supervisor has neither page. On SQLite and MySQL; a
// failing step leaves a screenshot in /tmp (zongjian-e2e-admin-*.png).

describe.each(testDatabases)('administration of users and API keys in the admin UI on $name', (database) => {
  let p: TestPlatform;
  const ui = browserSuite({
    start: async () => [(p = await startPlatform(database, { worker: false }))],
    screenshotPrefix: 'zongjian-e2e-admin-',
    expectedStatuses: [401, 409],
  });

  it('the administrator creates a user with a generated password, is refused a taken username, and deactivates the user', async () => {
    let password = '';
    await ui.inBrowser(p, 'user-create', async (page) => {
      await logIn(page, 'admin');
      await openMenu(page, '用户管理', 'users');
      await page.locator('[data-testid^="user-row-"]').filter({ hasText: 'clerk' }).first().waitFor();
      await page.getByTestId('user-create').click();
      await page.waitForURL(/#\/users\/create$/);
      await page.getByLabel(/^用户名/).fill('clerk');
      await page.getByLabel(/^姓名/).fill('孙丽');
      await page.getByLabel(/^所属部门/).click();
      await page.getByRole('option', { name: '金山区市场监督管理局', exact: true }).click();
      await page.getByRole('checkbox', { name: '经办人' }).check();
      await auditPage(page);
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.getByText('用户名 clerk 已被使用').first().waitFor();
      expect(await p.db.models.users.count({ where: { displayName: '孙丽' } })).toBe(0);

      await page.getByLabel(/^用户名/).fill('sun.li');
      await page.getByRole('checkbox', { name: '执法人员' }).check();
      await page.getByLabel(/^执法证号/).fill('31011600456');
      await page.getByLabel(/^所在镇（街道）/).click();
      await page.getByRole('option').first().click();
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.getByTestId('user-password').filter({ hasText: '初始密码只显示这一次' }).waitFor();
      password = (await page.getByTestId('user-password-value').textContent()) ?? '';
      await auditPage(page);
      await page.getByTestId('user-password-done').click();
      await page.waitForURL(/#\/users(\?|$)/);
    });
    expect(password).toMatch(/^[A-Za-z0-9]{16}$/);
    const created = (await p.db.models.users.findOne({ where: { username: 'sun.li' }, raw: true })) as any;
    expect(created).toMatchObject({ displayName: '孙丽', departmentCode: 'SCJGJ', credentialNo: '31011600456' });
    expect(!!created.active).toBe(true);
    expect(JSON.parse(created.roles)).toEqual(['inspector', 'clerk']);
    expect((await p.api.post('/api/v1/session').send({ username: 'sun.li', password })).status).toBe(200);

    await ui.inBrowser(p, 'user-deactivate', async (page) => {
      await logIn(page, 'admin');
      await openMenu(page, '用户管理', 'users');
      await page.getByPlaceholder('搜索').fill('孙丽');
      const row = page.getByTestId(`user-row-${created.id}`);
      await row.filter({ hasText: '孙丽' }).filter({ hasText: '执法人员' }).filter({ hasText: '金山区市场监督管理局' }).waitFor();
      await row.getByTestId('user-deactivate').click();
      await page.getByRole('dialog').filter({ hasText: '停用 孙丽？' }).waitFor();
      await auditPage(page);
      await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
      await notified(page, '已停用 孙丽');
      await row.waitFor({ state: 'detached' });
      await page.getByLabel(/^状态/).first().click();
      await page.getByRole('option', { name: '已停用', exact: true }).click();
      await page.getByTestId(`user-row-${created.id}`).getByTestId('user-status').filter({ hasText: '已停用' }).waitFor();
      await auditPage(page);
    });
    expect((await p.api.post('/api/v1/session').send({ username: 'sun.li', password })).status).toBe(401);
  });

  it('the administrator revokes an API key from 接口密钥; its next call is refused; the secret is never on the page, the scopes are in words', async () => {
    const key = await p.apiKey(['feed:read'], 'city-sharing', 'SCJGJ');
    const { prefix, secret } = apiKeyParts(key)!;
    const feed = () => p.api.get('/api/ext/v1/feed').query({ after: 0 }).set('Authorization', `Bearer ${key}`);
    expect((await feed()).status).toBe(200);
    const id = ((await p.db.models.api_keys.findOne({ where: { prefix }, raw: true })) as any).id;
    await ui.inBrowser(p, 'api-key-revoke', async (page) => {
      await logIn(page, 'admin');
      await openMenu(page, '接口密钥', 'api-keys');
      const row = page.getByTestId(`api-key-row-${id}`);
      await row.filter({ hasText: 'city-sharing' }).filter({ hasText: '订阅共享信息' }).filter({ hasText: '金山区市场监督管理局' }).filter({ hasText: '使用中' }).waitFor();
      expect(await page.getByText(secret).count()).toBe(0);
      await row.getByTestId('api-key-revoke').click();
      await page.getByRole('dialog').filter({ hasText: '吊销此接口密钥？' }).filter({ hasText: 'city-sharing' }).waitFor();
      await auditPage(page);
      await page.getByRole('dialog').getByRole('button', { name: '吊销' }).click();
      await notified(page, '已吊销 city-sharing 的接口密钥');
      await row.getByTestId('api-key-status').filter({ hasText: '已于' }).waitFor();
      expect(await row.getByTestId('api-key-revoke').count()).toBe(0);
      await auditPage(page);
    });
    expect((await feed()).status).toBe(401);
  });

  it('a supervisor has neither page', async () => {
    await ui.inBrowser(p, 'supervisor-no-admin', async (page) => {
      await logIn(page, 'supervisor');
      expect(await menuItem(page, '用户管理').count()).toBe(0);
      expect(await menuItem(page, '接口密钥').count()).toBe(0);
    });
  });
});
