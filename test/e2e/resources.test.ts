import { auditPage } from './a11y';
import { browserSuite, logIn, notified, openMenu } from './browser';
import { testDatabases } from '../support/databases';
import { startPlatform, type TestPlatform } from '../support/platform';

// Supervision resources (监管资源, F2) in the admin UI as a supervisor: 执法人员 — an inspector's fields of competence
// and status changed (on leave: no longer drawn); 专家库 — an expert added, the same expert refused in Chinese, then
// deactivated; 资源分布 — the charts and tables. On SQLite and MySQL; a failing step leaves a screenshot in /tmp
// (zongjian-e2e-resources-*.png).

describe.each(testDatabases)('supervision resources in the admin UI on $name', (database) => {
  let p: TestPlatform;
  const ui = browserSuite({
    start: async () => [(p = await startPlatform(database, { worker: false }))],
    screenshotPrefix: 'zongjian-e2e-resources-',
    expectedStatuses: [409],
  });

  it('a supervisor manages an inspector’s profile and an expert of the pool', async () => {
    const inspector = (await p.db.models.users.findOne({ where: { username: 'scjgj-inspector-1' }, raw: true })) as any;
    await ui.inBrowser(p, 'inspector-profile', async (page) => {
      await logIn(page, 'supervisor');
      await openMenu(page, '执法人员', 'inspectors');
      const row = page.getByTestId(`inspector-row-${inspector.id}`);
      await row.filter({ hasText: inspector.displayName }).filter({ hasText: inspector.credentialNo }).filter({ hasText: '在岗' }).waitFor();
      await row.click();
      await page.waitForURL(new RegExp(`#/inspectors/${inspector.id}$`));
      await page.getByRole('checkbox', { name: '食品' }).check();
      await page.getByRole('checkbox', { name: '药品' }).check();
      await page.getByRole('radio', { name: '休假' }).check();
      await auditPage(page);
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await notified(page, `已保存${inspector.displayName}的执法人员信息`);
      await page.waitForURL(/#\/inspectors(\?|$)/);
      await row.filter({ hasText: '食品' }).filter({ hasText: '药品' }).filter({ hasText: '休假' }).waitFor();
    });
    const profile = (await p.db.models.inspector_profiles.findByPk(inspector.id))!.get({ plain: true }) as any;
    expect(profile).toMatchObject({ fields: ['drugs', 'food'], status: 'onLeave', updatedBy: 'supervisor' });

    await ui.inBrowser(p, 'expert-pool', async (page) => {
      await logIn(page, 'supervisor');
      await openMenu(page, '专家库', 'experts');
      const add = async () => {
        await page.getByTestId('expert-create').click();
        await page.waitForURL(/#\/experts\/create$/);
        await page.getByLabel(/^姓名/).fill('周立新');
        await page.getByLabel(/^工作单位/).fill('上海市特种设备监督检验技术研究院');
        await page.getByRole('checkbox', { name: '特种设备' }).check();
        await page.getByLabel(/^联系电话/).fill('13916668888');
        await page.getByRole('button', { name: '保存', exact: true }).click();
      };
      await add();
      await notified(page, '已将周立新加入专家库');
      await page.waitForURL(/#\/experts(\?|$)/);
      const row = page.locator('[data-testid^="expert-row-"]').filter({ hasText: '周立新' });
      await row.filter({ hasText: '特种设备' }).filter({ hasText: '13916668888' }).filter({ hasText: '可用' }).waitFor();
      await auditPage(page);
      await add();
      await page.getByText('专家库中已有同名同电话的专家').first().waitFor();
      await openMenu(page, '专家库', 'experts');
      await row.getByTestId('resource-deactivate').click();
      await page.getByRole('dialog').filter({ hasText: '周立新' }).waitFor();
      await auditPage(page);
      await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
      await notified(page, '已停用周立新');
      await row.getByTestId('resource-status').filter({ hasText: '停用' }).waitFor();
    });
    const experts = (await p.db.models.experts.findAll({ where: { name: '周立新' }, raw: true })) as any[];
    expect(experts).toHaveLength(1);
    expect(experts[0]).toMatchObject({ departmentCode: 'SCJGJ', status: 'inactive', phone: '13916668888' });
  });

  it('资源分布 shows each section as a chart and a table', async () => {
    await ui.inBrowser(p, 'distribution', async (page) => {
      await logIn(page, 'supervisor');
      await openMenu(page, '资源分布', 'resource-distribution');
      for (const key of ['byDepartment', 'byRegion', 'byField', 'byStatus']) await page.getByTestId(`table-resources-${key}`).waitFor();
      await page.getByTestId('table-resources-byDepartment').getByRole('row').filter({ hasText: '金山区市场监督管理局' }).waitFor();
      await auditPage(page);
    });
  });

  it('a supervisor marks a check item as needing an expert (需专家的检查事项)', async () => {
    await ui.inBrowser(p, 'expertise', async (page) => {
      await logIn(page, 'supervisor');
      await openMenu(page, '需专家的检查事项', 'check-item-expertise');
      await page.getByTestId('expertise-create').click();
      await page.waitForURL(/#\/check-item-expertise\/create$/);
      await page.getByLabel(/^检查事项/).click();
      await page.getByRole('option', { name: /^SC003 / }).click();
      await page.getByLabel(/^专业领域/).click();
      await page.getByRole('option', { name: '食品', exact: true }).click();
      await auditPage(page);
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await notified(page, '已保存：餐饮服务提供者经营行为的检查');
      await page.getByTestId('expertise-row-SC003').filter({ hasText: '食品' }).filter({ hasText: '每个检查组随机抽取一名专家' }).waitFor();
      await auditPage(page);
    });
    expect(((await p.db.models.check_item_expertise.findByPk('SC003')) as any).get({ plain: true })).toMatchObject({ field: 'food', need: 'expert', setBy: 'supervisor' });
  });
});
