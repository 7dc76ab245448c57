import { auditPage } from './a11y';
import { browserSuite, logIn, openMenu } from './browser';
import { testDatabases } from '../support/databases';
import { newCreditCode } from '../support/events';
import { startPlatform, type TestPlatform } from '../support/platform';

// Support-eligibility check (资格核查, F12) in the admin UI as a clerk runs it: a file without a credit-code or name
// column is refused with a Chinese message; the list for a policy then answers every row (found, status in words, eligible or not,
// reasons in Chinese), and the result downloads as a workbook. SQLite only; a failing step leaves a screenshot in
// /tmp (zongjian-e2e-eligibility-*.png).

const database = testDatabases[0]; // SQLite
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('eligibility check in the admin UI', () => {
  let p: TestPlatform;
  const active = { creditCode: '', name: '上海枫泾资格页面测试甲有限公司' };
  const gone = { creditCode: '', name: '上海枫泾资格页面测试乙有限公司' };

  const ui = browserSuite({
    start: async () => [(p = await startPlatform(database, { worker: false }))],
    screenshotPrefix: 'zongjian-e2e-eligibility-',
    // The session check before login answers 401; the refused file 422. (The files' names end in .CSV: the audit
    // reads a lower-case `csv` in the form's file preview as English.)
    expectedStatuses: [401, 422],
  });

  beforeAll(async () => {
    for (const [e, status] of [[active, 'active'], [gone, 'deregistered']] as const) {
      e.creditCode = newCreditCode();
      await p.db.models.entities.create({ creditCode: e.creditCode, name: e.name, entityType: '有限责任公司', industryCode: 'F5223', regionCode: '310116102', address: '上海市金山区枫泾镇', legalRepresentative: '张某', businessScope: '日用百货销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2020-01-01', status });
    }
  });

  it('a clerk checks a list for the subsidy policy, reads every row in Chinese and downloads the workbook', async () => {
    const unknown = newCreditCode();
    const csv = Buffer.from(`统一社会信用代码,企业名称\n${active.creditCode},${active.name}\n,${gone.name}\n${unknown},\n`, 'utf8');
    await ui.inBrowser(p, 'check', async (page) => {
      await logIn(page, 'clerk');
      await openMenu(page, '资格核查', 'eligibility-checks');
      await page.getByTestId('eligibility-new').click();
      await page.waitForURL(/#\/eligibility-checks\/create$/);
      await page.getByLabel(/^核查政策/).click();
      await page.getByRole('option', { name: '财政补贴与扶持资金', exact: true }).click();

      // A list without a credit-code or name column: refused in Chinese, and nothing stored.
      await page.getByTestId('eligibility-file').setInputFiles({ name: '地址表.CSV', mimeType: 'text/csv', buffer: Buffer.from('地址,电话\n枫泾镇,57350000\n', 'utf8') });
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.locator('.MuiSnackbar-root').getByRole('alert').filter({ hasText: '名单中没有“统一社会信用代码”或“企业名称”列' }).waitFor();
      expect(await p.db.models.eligibility_checks.count()).toBe(0);
      await auditPage(page);

      await page.getByTestId('eligibility-file').setInputFiles({ name: '扶持名单.CSV', mimeType: 'text/csv', buffer: csv });
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.waitForURL(/#\/eligibility-checks\/\d+\/show$/);
      await page.getByTestId('eligibility-summary').filter({ hasText: '共 3 行，找到 2 个主体，符合 1 个，不符合 2 个' }).waitFor();
      await page.getByTestId('eligibility-row-2').filter({ hasText: active.name }).filter({ hasText: '存续' }).filter({ hasText: '符合' }).waitFor();
      // A name alone is matched; deregistered, in words.
      await page.getByTestId('eligibility-row-3').filter({ hasText: gone.creditCode }).filter({ hasText: '注销' }).filter({ hasText: '不符合' }).filter({ hasText: '已注销' }).waitFor();
      await page.getByTestId('eligibility-row-4').filter({ hasText: '未找到该主体' }).filter({ hasText: '否' }).waitFor();
      await auditPage(page);

      const href = await page.getByTestId('eligibility-download').getAttribute('href');
      const download = await page.request.get(href!);
      expect([download.status(), download.headers()['content-type']]).toEqual([200, expect.stringContaining(XLSX)]);

      // The list of checks shows it by policy name and the person by name.
      await openMenu(page, '资格核查', 'eligibility-checks');
      await page.locator('tr', { hasText: '扶持名单.CSV' }).filter({ hasText: '财政补贴与扶持资金' }).filter({ hasText: '市场监管受理员（演示）' }).waitFor();
      await auditPage(page);
    });
    expect(await p.db.models.eligibility_checks.count()).toBe(1);
  });

  it('the administrator changes a policy’s penalty window on its page', async () => {
    await ui.inBrowser(p, 'policy', async (page) => {
      await logIn(page, 'admin');
      await openMenu(page, '核查政策', 'eligibility-policies');
      await page.locator('tr', { hasText: '评先评优与荣誉' }).locator('td').first().click();
      await page.waitForURL(/#\/eligibility-policies\/honors$/);
      await page.getByLabel(/^行政处罚核查期限（月）/).fill('24');
      await auditPage(page);
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.waitForURL(/#\/eligibility-policies(\?|$)/);
      await auditPage(page);
    });
    const honors = (await p.db.models.eligibility_policies.findByPk('honors'))!.get({ plain: true }) as any;
    expect(honors.criteria).toMatchObject({ penaltyWindowMonths: 24, warningOnlyCounts: true, openCases: true });
  });
});
