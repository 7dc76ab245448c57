import { appendAudit } from '../../db/audit';
import { DEMO_PASSWORD } from '../../db/seed';
import { auditPage } from './a11y';
import { browserSuite, FLOW_WAIT } from './browser';
import { testDatabases } from '../support/databases';
import { newRunTag } from '../support/events';
import { startPlatform, type TestPlatform } from '../support/platform';

// The audit log (审计日志, F8/F15) as the auditor sees it: it is their landing page; they search a person by a
// fragment of the name and see that person's actions in words, open one entry and read its detail, verify the
// chain (intact, in words), and after a row is changed in the database the verification names that entry.
// On SQLite and MySQL; a failing step leaves a screenshot in /tmp (zongjian-e2e-audit-log-*.png).


describe.each(testDatabases)('the audit log in the admin UI on $name', (database) => {
  let p: TestPlatform;
  const run = newRunTag();

  const ui = browserSuite({
    start: async () => [(p = await startPlatform(database, { worker: false }))],
    screenshotPrefix: 'zongjian-e2e-audit-log-',
    // The session check before login answers 401.
    expectedStatuses: [401],
  });

  beforeAll(async () => {
    await appendAudit(p.db, { actorType: 'user', actor: 'clerk', action: 'task.claimed', targetType: 'task', targetId: `E2E-${run}`, detail: { comment: `认领 ${run}` } });
    await appendAudit(p.db, { actorType: 'user', actor: 'supervisor', action: 'task.reassigned', targetType: 'task', targetId: `E2E-${run}` });
    await appendAudit(p.db, { actorType: 'workflow', actor: `enforcement-case:E2E-${run}:91310116MA1K4L5G6X`, action: 'case.filing', targetType: 'case', targetId: `E2E-${run}` });
  });

  it('names a process by its kind in words, not its workflow id (the id on hover)', async () => {
    await ui.inBrowser(p, 'process-actor', async (page) => {
      await logInAsAuditor(page);
      await page.getByLabel('人员', { exact: true }).fill(`enforcement-case:E2E-${run}:91310116MA1K4L5G6X`);
      const row = page.locator('[data-testid^="audit-row-"]').filter({ hasText: '流程：案件办理' });
      await row.waitFor({ timeout: FLOW_WAIT });
      // The filter applies after a pause in typing: the other entries leave the page.
      await page.locator('[data-testid^="audit-row-"]').nth(1).waitFor({ state: 'detached', timeout: FLOW_WAIT });
      await expectCount(page.locator('[data-testid^="audit-row-"]'), 1);
      expect(await row.textContent()).not.toContain('enforcement-case');
      await expect(row.getByTitle(`enforcement-case:E2E-${run}:91310116MA1K4L5G6X`).textContent()).resolves.toBe('流程：案件办理');
      await auditPage(page);
    });
  });

  it('the auditor lands on it, finds a clerk’s entries by name, reads one, and verifies the chain before and after a row is changed', async () => {
    await ui.inBrowser(p, 'search-and-verify', async (page) => {
      // The auditor's landing page.
      await logInAsAuditor(page);
      await page.locator('#react-admin-title').filter({ hasText: '审计日志' }).waitFor();
      await auditPage(page);

      // A fragment of the clerk's name: their entries, in words, and nobody else's.
      await page.getByLabel('人员', { exact: true }).fill('受理员');
      const claimed = page.locator('[data-testid^="audit-row-"]').filter({ hasText: `E2E-${run}` });
      // The filter applies after a pause in typing: the supervisor's entry leaves the page.
      await page.locator('[data-testid^="audit-row-"]').filter({ hasText: '市场监管科长（演示）' }).waitFor({ state: 'detached', timeout: FLOW_WAIT });
      await claimed.filter({ hasText: '市场监管受理员（演示）' }).filter({ hasText: '认领待办' }).waitFor();
      await expectCount(claimed, 1);
      await auditPage(page);

      // One entry on its own page: the detail item by item, the hashes.
      await claimed.locator('td').first().click();
      await page.waitForURL(/#\/audit-log\/\d+\/show$/);
      await page.getByTestId('audit-detail').filter({ hasText: `认领 ${run}` }).waitFor();
      await page.getByText('本条哈希').waitFor();
      await auditPage(page);
      await page.goBack();
      await page.waitForURL(/#\/audit-log(\?|$)/);

      await page.getByTestId('verify-audit-chain').click();
      await page.getByTestId('audit-chain-intact').filter({ hasText: /审计链完整：已校验 \d+ 条记录/ }).waitFor({ timeout: FLOW_WAIT });
      await auditPage(page);
      await page.getByRole('button', { name: '关闭' }).click();

      // Someone changes the clerk's entry in the database: the verification names it.
      const row = (await p.db.models.audit_log.findOne({ where: { targetType: 'task', targetId: `E2E-${run}`, actor: 'clerk' }, raw: true })) as any;
      await p.db.models.audit_log.update({ detail: JSON.stringify({ comment: 'rewritten' }) }, { where: { id: row.id } });
      await page.getByTestId('verify-audit-chain').click();
      await page.getByTestId('audit-chain-broken').filter({ hasText: `第一处在第 ${row.id} 条记录（记录写入后被修改）` }).waitFor({ timeout: FLOW_WAIT });
      await auditPage(page);
    });
  });
});

/** Logs in as the auditor through the form; the auditor lands on the audit log. */
async function logInAsAuditor(page: import('playwright-core').Page): Promise<void> {
  await page.goto('/#/login');
  await page.getByLabel(/^用户名/).fill('auditor');
  await page.getByLabel(/^密码/).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL(/#\/audit-log(\?|$)/);
}

async function expectCount(locator: import('playwright-core').Locator, n: number): Promise<void> {
  expect(await locator.count()).toBe(n);
}
