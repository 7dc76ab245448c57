import type { Page } from 'playwright-core';
import { as, browserSuite, claimFromQueue, FLOW_WAIT, logIn, menuItem, notified, openMenu, openRow, submitCompletion, tasksOf } from './browser';
import { testDatabases } from '../support/databases';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';

// An enforcement case (案件) through the admin UI, the way test/e2e/spotCheck.test.ts drives it: Debian's
// Chromium with playwright-core against the built UI. A routine check with a suspected violation makes the
// case (through the API, as test/enforcementCase.test.ts does); the clerk finds it under 案件 and asks for
// the one extension, another supervisor approves it, the clerk records the filing decision on the task, and the
// public page (公示) lists the published result without a login and without personal data.
// SQLite only. A failing step leaves a screenshot in /tmp (zongjian-e2e-case-*.png).

const database = testDatabases[0]; // SQLite

const TEAM = ['inspector', 'scjgj-inspector-1'];
const REASON = '需送检验，检验报告待出具';
/** A resident identity card number (GB 11643): region, birth date, sequence, check digit. */
const ID_NUMBER = /(?<![0-9A-Z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Z])/;

const shanghai = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
/** How the admin UI shows a time (admin-ui/src/time.ts): `YYYY-MM-DD HH:mm` in Asia/Shanghai. */
function shownAs(iso: string): string {
  const part = Object.fromEntries(shanghai.formatToParts(new Date(iso)).map(({ type, value }) => [type, value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}
const exactly = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

describe('enforcement cases in the admin UI', () => {
  let p: TestPlatform;
  const ui = browserSuite({
    start: async () => [(p = await startPlatform(database, { entities: 60 }))],
    screenshotPrefix: 'zongjian-e2e-case-',
    // The session check before login answers 401.
    expectedStatuses: [401],
  });

  /** A routine check of `creditCode` whose team records a suspected violation and confirms it (as test/enforcementCase.test.ts). */
  async function suspectedViolation(creditCode: string): Promise<string> {
    const inspector = await p.login('inspector');
    const started = await p.api.post('/api/v1/routine-inspections').set(as(inspector)).send({ creditCode, checkItemCodes: ['SC002'], team: TEAM });
    expect(started.status).toBe(202);
    const row = await eventually(async () => ((await p.api.get('/api/v1/inspections').query({ entity: creditCode, status: 'open' }).set(as(inspector))).body.data as any[]).find((i) => i.inspectionKey === started.body.inspectionKey), FLOW_WAIT, 'the routine inspection');
    const rec = await p.api.post(`/api/v1/inspections/${row.id}/results`).set(as(inspector)).send({ results: [{ checkItemCode: 'SC002', result: 'non_compliant', finding: '销售超过保质期的食品' }], outcome: 'suspected_violation', finding: '货架发现过期食品12件' });
    expect(rec.status).toBe(200);
    for (const member of TEAM) {
      const token = await p.login(member);
      const t = await eventually(async () => (await tasksOf(p, token, { type: 'inspection', entity: creditCode, assignee: 'me', status: 'claimed' }))[0], FLOW_WAIT, `the inspection task of ${member}`);
      expect((await p.api.post(`/api/v1/tasks/${t.id}/complete`).set(as(token)).send({ outcome: 'confirmed' })).status).toBe(200);
    }
    return started.body.inspectionKey;
  }

  /** Opens a case from the 案件 menu: its row shows the stage and the filing deadline first. */
  async function openCase(page: Page, kase: { id: number; entityName: string }, stage: string, filingDue: string): Promise<void> {
    await openMenu(page, '案件', 'cases');
    const row = page.getByTestId(`case-row-${kase.id}`);
    await row.filter({ hasText: kase.entityName }).filter({ hasText: stage }).filter({ hasText: filingDue }).waitFor();
    await openRow(page, row, 'cases', kase.id);
    await page.locator('#react-admin-title').filter({ hasText: `案件 · ${kase.entityName}` }).waitFor();
  }

  /** The text of a field of the case page (SimpleShowLayout marks each field `ra-field-<source>`). */
  const field = (page: Page, source: string) => page.locator(`.ra-field-${source.replace(/\./g, '-')}`).first();
  /** Waits until the field shows exactly `text`, then checks it still does. */
  async function shows(page: Page, source: string, text: string): Promise<void> {
    const f = field(page, source);
    await f.locator('span, p, div').filter({ hasText: exactly(text) }).first().waitFor();
    expect(await f.innerText()).toContain(text);
  }

  it('the clerk sees the case, who found it and its deadline, asks for the one extension, the supervisor approves it, the clerk files it, and the result is public without personal data', async () => {
    // An individual business (个体工商户): its operator is a natural person, whose name must not be published.
    const entities = (await p.db.models.entities.findAll({ where: { status: 'active', entityType: '个体工商户' }, raw: true })) as any[];
    const entity = entities.find((e) => e.legalRepresentative && !entities.some((o) => o.name.includes(e.legalRepresentative)));
    expect(entity).toBeDefined();
    const { creditCode, legalRepresentative } = entity;

    const [clerk, supervisor] = await Promise.all([p.login('clerk'), p.login('supervisor')]);
    const inspectionKey = await suspectedViolation(creditCode);
    const kase = await eventually(async () => ((await p.api.get('/api/v1/cases').query({ entity: creditCode }).set(as(supervisor))).body.data as any[]).find((c) => c.caseKey === inspectionKey), FLOW_WAIT, 'the case');
    const caseView = (await p.api.get(`/api/v1/cases/${kase.id}`).set(as(clerk))).body;
    const partiesText = caseView.parties.map((x: any) => `${x.displayName}（${x.department.name}）`).join('、');
    expect(caseView.parties.map((x: any) => x.username).sort()).toEqual([...TEAM].sort());
    const department = caseView.parties[0].department.name as string;
    const clerkName = '市场监管受理员（演示）';
    const filing = await eventually(async () => (await tasksOf(p, clerk, { type: 'caseFiling', entity: creditCode, status: 'open' }))[0], FLOW_WAIT, 'the filing task');
    expect(kase).toMatchObject({ stage: 'filing', entityName: entity.name, departmentCode: 'SCJGJ', filedAt: null, decisionDueAt: null });
    expect(kase.filingDueAt).toBeTruthy();
    const firstDue = shownAs(kase.filingDueAt);

    const clerkSession = await ui.openSession(p);
    // 1. The clerk, whose department's case it is, finds it under 案件: stage 立案审查 and the filing deadline.
    await ui.step('open', clerkSession, async (page) => {
      await logIn(page, 'clerk');
      await openCase(page, kase, '立案审查', firstDue);
      await shows(page, 'stage', '立案审查');
      await shows(page, 'filingDueAt', firstDue);
      await shows(page, 'creditCode', creditCode);
      // People by name and department, no internal keys: who found the case (and so does not decide it).
      await page.getByTestId('case-parties').filter({ hasText: partiesText }).waitFor();
      expect(await page.locator('#main-content').innerText()).not.toContain(inspectionKey);
      // Not due yet, nor filed, nor decided: no red deadline, and the decision's deadline runs from the filing.
      await expect(field(page, 'filingDueAt').locator('[data-overdue]').count()).resolves.toBe(0);
      await shows(page, 'filedAt', '—');
      await shows(page, 'decisionDueAt', '立案后起算');
      // Only a supervisor approves an extension (the API answers 403 to a clerk): no button for the clerk.
      await page.getByTestId('case-stage').waitFor();
      await expect(page.getByTestId('extend-case').count()).resolves.toBe(0);
      // The clerk asks for the filing step's one extension, saying why (required).
      await page.getByTestId('request-extension').click();
      const dialog = page.getByRole('dialog', { name: `申请延期：${entity.name}` });
      await dialog.getByTestId('request-extension-submit').click();
      await dialog.getByText('必填').first().waitFor();
      await dialog.getByLabel(/^延期理由/).fill(REASON);
      await dialog.getByTestId('request-extension-submit').click();
      await notified(page, '已提交延期申请，等待负责人批准');
      await page.getByTestId('case-extension-request').filter({ hasText: `${clerkName}（${department}）申请延期：${REASON}` }).waitFor();
      await expect(page.getByTestId('request-extension').count()).resolves.toBe(0);
    });

    // 1b. An inspector of the team that found it may not file it: the filing task says why, with no button.
    await ui.inBrowser(p, 'party', async (page) => {
      await logIn(page, 'inspector');
      await page.goto(`/#/tasks/${filing.id}/show`);
      await page.getByTestId('complete-excluded').filter({ hasText: '您参与了发现本案的检查，不能作出本案的立案或处理决定，须由其他人员办理' }).waitFor();
      await expect(page.getByTestId('complete-task').count()).resolves.toBe(0);
    });

    // 2. The supervisor approves the clerk's request in the dialog; the step cannot be extended again.
    const supervisorSession = await ui.openSession(p);
    let extendedDue = '';
    await ui.step('extend', supervisorSession, async (page) => {
      await logIn(page, 'supervisor');
      await openCase(page, kase, '立案审查', firstDue);
      await page.getByTestId('extend-case').click();
      const dialog = page.getByRole('dialog', { name: `批准延期：${entity.name}` });
      await dialog.waitFor();
      await dialog.getByTestId('extend-request-reason').filter({ hasText: `${clerkName}（${department}）申请延期：${REASON}` }).waitFor();
      await dialog.getByTestId('extend-submit').click();
      await notified(page, '已批准延期');
      await dialog.waitFor({ state: 'detached' });

      const extended = (await p.api.get(`/api/v1/cases/${kase.id}`).set(as(supervisor))).body;
      expect(Date.parse(extended.filingDueAt)).toBeGreaterThan(Date.parse(kase.filingDueAt));
      expect(extended.stage).toBe('filing');
      extendedDue = shownAs(extended.filingDueAt);
      expect(extendedDue).not.toBe(firstDue);
      await shows(page, 'filingDueAt', extendedDue);

      // Extended once: neither a request nor an approval is offered for this step any more.
      await expect(page.getByTestId('extend-case').count()).resolves.toBe(0);
      await expect(page.getByTestId('request-extension').count()).resolves.toBe(0);
      await shows(page, 'filingDueAt', extendedDue);
    });
    await supervisorSession.close();
    expect((await p.api.get(`/api/v1/cases/${kase.id}`).set(as(supervisor))).body.filingDueAt).not.toBe(kase.filingDueAt);

    // 3. The clerk's filing task follows the extension; the clerk records 立案 in the task's dialog.
    let filed: any;
    await ui.step('file', clerkSession, async (page) => {
      // The filing step is offered to the department (部门待认领): the clerk takes it, then works it in 我的待办.
      await claimFromQueue(page, filing.id);
      await openRow(page, page.getByTestId(`task-row-${filing.id}`).filter({ has: page.locator(`[data-due-at="${extendedDue}"]`) }), 'tasks', filing.id);
      await page.getByText(`立案审查：${entity.name}`).first().waitFor();
      await page.locator('.ra-field-dueAt').filter({ hasText: extendedDue }).waitFor();

      await page.getByTestId('complete-task').click();
      await page.getByTestId('outcome-select').click();
      // The filing step offers its own outcomes only.
      await expect(page.getByRole('option').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['立案', '不予立案']));
      await expect(page.getByRole('option', { name: '给予处罚', exact: true }).count()).resolves.toBe(0);
      await page.getByRole('option', { name: '立案', exact: true }).click();
      await submitCompletion(page);

      filed = await eventually(async () => {
        const c = (await p.api.get(`/api/v1/cases/${kase.id}`).set(as(clerk))).body;
        return c.stage === 'deciding' && c.decisionDueAt ? c : null;
      }, FLOW_WAIT, 'the filed case');
      await openCase(page, kase, '案件处理', extendedDue);
      await shows(page, 'stage', '案件处理');
      await shows(page, 'filingDueAt', extendedDue);
      await shows(page, 'filedAt', shownAs(filed.filedAt));
      await shows(page, 'decisionDueAt', shownAs(filed.decisionDueAt));
      await shows(page, 'decidedAt', '—');
    });
    expect((await p.api.get(`/api/v1/tasks/${filing.id}`).set(as(clerk))).body).toMatchObject({ status: 'completed', outcome: 'filed' });
    expect(Date.parse(filed.decisionDueAt)).toBeGreaterThan(Date.parse(filed.filedAt));

    // 3b. A supervisor who asks for the decision step's extension is not offered its approval, in Chinese and in English.
    await ui.inBrowser(p, 'own-extension', async (page) => {
      await logIn(page, 'supervisor');
      await openCase(page, kase, '案件处理', extendedDue);
      await page.getByTestId('request-extension').click();
      const dialog = page.getByRole('dialog', { name: `申请延期：${entity.name}` });
      await dialog.getByLabel(/^延期理由/).fill('需组织听证');
      await dialog.getByTestId('request-extension-submit').click();
      await notified(page, '已提交延期申请，等待负责人批准');
      await page.getByTestId('own-extension-request').filter({ hasText: '延期申请由您提出，须由其他负责人批准' }).waitFor();
      await expect(page.getByTestId('extend-case').count()).resolves.toBe(0);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByRole('button', { name: '简体中文' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByTestId('own-extension-request').filter({ hasText: 'You asked for this extension: another supervisor approves it' }).waitFor();
      await expect(page.getByTestId('extend-case').count()).resolves.toBe(0);
    });
    const own = await p.api.post(`/api/v1/cases/${kase.id}/extension`).set(as(supervisor)).send({});
    expect([own.status, own.body.type.split('/').pop()]).toEqual([403, 'own-extension-approval']);

    // 4. 公示 opens the public page in a new tab; with the session's cookie gone it still lists the result.
    const published = await eventually(async () => ((await p.api.get('/public/v1/inspection-results').query({ entity: creditCode })).body.data as any[])[0], FLOW_WAIT, 'the published result');
    expect(published).toMatchObject({ creditCode, entityName: entity.name, planId: null, outcome: 'suspected_violation', department: { code: 'SCJGJ' } });
    const total = (await p.api.get('/public/v1/inspection-results')).body.total as number;
    const publishedOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(published.publishedAt));
    await ui.step('public', clerkSession, async (page) => {
      await page.context().clearCookies();
      const [tab] = await Promise.all([page.context().waitForEvent('page'), menuItem(page, '公示').click()]);
      await tab.waitForLoadState();
      expect(tab.url()).toBe(`${p.server.url}/public`);
      await expect(tab.context().cookies()).resolves.toEqual([]);
      await expect(tab.title()).resolves.toBe('金山区双随机一公开 · 抽查结果公示');
      const row = tab.locator('#results tbody tr').filter({ hasText: creditCode });
      await row.waitFor();
      await expect(tab.locator('#results tbody tr').count()).resolves.toBe(total);
      await expect(row.locator('td').allInnerTexts()).resolves.toEqual([entity.name, creditCode, published.department.name, '日常监管', '涉嫌违法，已移交', publishedOn]);
      // No personal data: not the operator's name, no identity card number, not the finding or the team.
      const text = await tab.locator('body').innerText();
      expect(text).not.toContain(legalRepresentative);
      expect(text).not.toMatch(ID_NUMBER);
      expect(text).not.toContain('货架发现过期食品');
      for (const member of TEAM) expect(text).not.toContain(member);
      await tab.close();
    });

    // 5. The public page dates a publication in Shanghai time: 16:30 UTC is already the next day there.
    const anonymous = await ui.openSession(p);
    await ui.step('public-date', anonymous, async (page) => {
      await page.route('**/public/v1/inspection-results?*', async (route) => {
        const response = await route.fetch();
        const json = await response.json();
        json.data = json.data.map((x: any) => ({ ...x, publishedAt: '2026-03-01T16:30:00.000Z' }));
        await route.fulfill({ response, json });
      });
      await page.goto('/public');
      await page.locator('#results tbody tr').filter({ hasText: creditCode }).locator('td').nth(5).filter({ hasText: exactly('2026-03-02') }).waitFor();
    });
    await anonymous.close();
    await clerkSession.close();
  }, 120_000);
});
