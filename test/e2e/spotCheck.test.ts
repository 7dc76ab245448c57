import type { Page } from 'playwright-core';
import { as, browserSuite, claimFromQueue, completeTask, FLOW_WAIT, logIn, notified, openMenu, openRow, tasksOf } from './browser';
import { testDatabases } from '../support/databases';
import { newCreditCode } from '../support/events';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';

// A double-random spot check (双随机一公开) through the admin UI (admin-ui/README.md), the way
// test/e2e/inbox.test.ts drives it: Debian's Chromium with playwright-core against the built UI.
// SQLite only. A failing step leaves a screenshot in /tmp (zongjian-e2e-spot-*.png).

const database = testDatabases[0]; // SQLite

const TITLE = '2026年12月食品销售者双随机抽查（界面）';
const PERIOD = { periodFrom: '2026-12-01', periodTo: '2026-12-31' };
const CHECK_ITEMS = ['SC001', 'SC002'];
/** The wizard's default strata (RULES.md's local example) and what the test switches to: two entities. */
const BY_RISK = [{ key: 'A', ratio: 0.05 }, { key: 'B', ratio: 0.1 }, { key: 'C', ratio: 0.3 }, { key: 'D', ratio: 0.7 }];
const TWO = [{ key: 'all', count: 2 }];
const FINDING = '未公示食品经营许可证';
/** The API's problem for another department's item (api/inspections/routes.ts), and its Chinese words. */
const FOREIGN = { code: 'check-item-of-other-department', params: { items: '食品销售者经营行为的检查' } };
const FOREIGN_ZH = '以下检查事项属于未参加本计划的部门：食品销售者经营行为的检查；请将该部门加为联合抽查部门';

describe('spot checks in the admin UI', () => {
  let p: TestPlatform;
  const ui = browserSuite({
    start: async () => [(p = await startPlatform(database, { entities: 300 }))],
    screenshotPrefix: 'zongjian-e2e-spot-',
    // The session check before login answers 401.
    expectedStatuses: [401],
  });

  /** Claims a task offered to the department (部门待认领), opens it from 我的待办 and completes it with the outcome named. */
  async function claimAndComplete(page: Page, taskId: number, outcome: string): Promise<void> {
    await claimFromQueue(page, taskId);
    await openRow(page, page.getByTestId(`task-row-${taskId}`), 'tasks', taskId);
    await completeTask(page, outcome);
  }
  async function preview(token: string, strata: unknown): Promise<{ strata: Array<{ key: string; poolSize: number; toDraw: number }>; inspectors: number; teams: number }> {
    const res = await p.api.post('/api/v1/inspection-plans/preview').set(as(token)).send({ title: TITLE, checkItemCodes: CHECK_ITEMS, ...PERIOD, strata, teamSize: 2, drawMode: 'planning' });
    expect(res.status).toBe(200);
    return res.body;
  }

  /** The preview table shows these numbers for a stratum (it is debounced: wait for them). */
  async function previewShows(page: Page, key: string, poolSize: number, toDraw: number): Promise<void> {
    const row = page.getByTestId(`preview-row-${key}`);
    await row.locator('[data-field="poolSize"]').filter({ hasText: new RegExp(`^${poolSize}$`) }).waitFor();
    await row.locator('[data-field="toDraw"]').filter({ hasText: new RegExp(`^${toDraw}$`) }).waitFor();
  }

  /** The plan page's main view shows no hash, seed, plan number or CLI command; the verification details, unfolded, do. */
  async function hiddenUntilUnfolded(page: Page, view: any): Promise<void> {
    await page.getByTestId('draw-verification-toggle').waitFor();
    const text = await page.locator('#main-content').innerText();
    for (const hidden of [view.draw.poolHash, view.draw.seedHashes.entities, view.id, 'npm run cli', view.workflowId]) expect(text).not.toContain(hidden);
    await expect(page.getByTestId('draw-pool-hash').count()).resolves.toBe(0);
    await page.getByTestId('draw-verification-toggle').click();
    await expect(page.getByTestId('draw-pool-hash').textContent()).resolves.toBe(view.draw.poolHash);
  }

  it('a clerk plans in the wizard, the supervisor approves, the clerk draws, the team records and confirms, and the result is published', async () => {
    const [clerk, supervisor] = await Promise.all([p.login('clerk'), p.login('supervisor')]);
    const [byRisk, two] = await Promise.all([preview(clerk, BY_RISK), preview(clerk, TWO)]);
    expect(byRisk.strata.map((s) => s.toDraw).reduce((a, b) => a + b)).toBeGreaterThan(0);
    expect(two.strata[0]).toMatchObject({ key: 'all', toDraw: 2 });
    let planId = '';
    // The clerk plans and, after the approval, draws: one session for both (closing the browser ends it on a failure).
    const clerkSession = await ui.openSession(p);

    // 1. The clerk makes the plan in the wizard and sees what it would draw before creating it.
    await ui.step('wizard', clerkSession, async (page) => {
      await logIn(page, 'clerk');
      await openMenu(page, '抽查计划', 'inspection-plans');
      await page.getByTestId('create-plan').click();
      await page.waitForURL(/#\/inspection-plans\/create$/);

      await page.getByLabel(/^计划名称/).fill(TITLE);
      await page.getByLabel(/^开始日期/).fill(PERIOD.periodFrom);
      await page.getByLabel(/^结束日期/).fill(PERIOD.periodTo);
      await page.getByRole('checkbox', { name: 'SC001 企业公示信息的检查' }).check();
      await page.getByRole('checkbox', { name: 'SC002 食品销售者经营行为的检查' }).check();
      // Another department's item is not offered without making it a joint check.
      await expect(page.getByRole('checkbox', { name: /^JT001/ }).count()).resolves.toBe(0);
      await page.getByTestId('wizard-next').click();

      // Step 2 starts from the local example A 5%, B 10%, C 30%, D 70%: the preview counts each class.
      for (const [key, percent] of [['A', '5'], ['B', '10'], ['C', '30'], ['D', '70']]) {
        await expect(page.getByLabel(new RegExp(`^${key} 类（%）`)).inputValue()).resolves.toBe(percent);
      }
      for (const s of byRisk.strata) await previewShows(page, s.key, s.poolSize, s.toDraw);
      await page.getByTestId('preview-inspectors').filter({ hasText: `符合条件的执法人员 ${byRisk.inspectors} 人，可组成 ${byRisk.teams} 个检查组` }).waitFor();

      // Two entities of the whole pool keep the test short.
      await page.getByRole('radio', { name: '不分类统一抽取', exact: true }).check();
      await page.getByRole('radio', { name: '按户数', exact: true }).check();
      await page.getByLabel(/^户数/).fill('2');
      await previewShows(page, 'all', two.strata[0].poolSize, 2);
      await page.getByTestId('wizard-next').click();

      // Step 3: teams of two, drawn by the planning department (the defaults).
      await expect(page.getByLabel(/^每组执法人员数/).inputValue()).resolves.toBe('2');
      await expect(page.getByRole('radio', { name: /^计划部门抽取对象和人员/ }).isChecked()).resolves.toBe(true);

      // A refusal's field errors (problem+json errors[].field) land on their inputs, on their step. The
      // wizard offers no way to send a wrong item, so this one answer is the API's 422 for one, stubbed.
      await page.route('**/api/v1/inspection-plans', (route) =>
        route.fulfill({
          status: 422,
          contentType: 'application/problem+json',
          body: JSON.stringify({ type: `https://zongjian.dev/problems/${FOREIGN.code}`, title: 'Unprocessable Content', status: 422, detail: 'check items of a department not in the plan: SC002', params: FOREIGN.params, errors: [{ field: 'checkItemCodes', message: 'add the department as a joint department', ...FOREIGN }] }),
        }), { times: 1 });
      await page.getByTestId('wizard-submit').click();
      // The problem's code in words, never the server's English.
      await notified(page, `创建失败：${FOREIGN_ZH}`);
      await page.getByTestId('plan-step-basics').getByText(FOREIGN_ZH).waitFor();
      await page.getByTestId('wizard-next').click();
      await page.getByTestId('wizard-next').click();
      // The failure's snackbar goes first, so the next notification read is the creation's.
      await page.locator('.MuiSnackbar-root').waitFor({ state: 'detached' });
      await page.getByTestId('wizard-submit').click();
      await notified(page, '抽查计划已创建，等待审批');
      await page.waitForURL(/#\/inspection-plans\/[^/]+\/show$/);
      planId = decodeURIComponent(page.url().match(/#\/inspection-plans\/([^/]+)\/show$/)![1]);
      await page.getByText(TITLE).first().waitFor();
      await page.getByTestId('draw-not-committed').waitFor();
    });
    expect(planId).toMatch(/^SCJGJ-2026-[0-9A-F]{6}$/);
    const created = (await p.api.get(`/api/v1/inspection-plans/${planId}`).set(as(clerk))).body;
    expect(created).toMatchObject({ title: TITLE, checkItemCodes: CHECK_ITEMS, ...PERIOD, strata: TWO, teamSize: 2, drawMode: 'planning', departmentCode: 'SCJGJ' });

    // 2. The supervisor approves it from the task, which shows the plan (a plan step has no entity).
    const approval = await eventually(async () => (await tasksOf(p, supervisor, { type: 'planApproval', status: 'open' })).find((t) => t.data.planId === planId), FLOW_WAIT, 'the approval task');
    expect(approval.entity).toBeNull();
    await ui.inBrowser(p, 'approve', async (page) => {
      await logIn(page, 'supervisor');
      await claimFromQueue(page, approval.id);
      const row = page.getByTestId(`task-row-${approval.id}`);
      await row.filter({ hasText: planId }).waitFor();
      await openRow(page, row, 'tasks', approval.id);
      await page.getByTestId('open-plan').waitFor();
      await page.getByText(TITLE).first().waitFor();
      await completeTask(page, '批准');
    });

    // 3. The clerk draws from the draw task; the plan page then shows the revealed seeds and how to verify.
    const drawTask = await eventually(async () => (await tasksOf(p, clerk, { type: 'draw', status: 'open' })).find((t) => t.data.planId === planId), FLOW_WAIT, 'the draw task');
    let drawn: any;
    await ui.step('draw', clerkSession, async (page) => {
      await openMenu(page, '我的待办', 'tasks');
      await claimAndComplete(page, drawTask.id, '已摇号');
      drawn = await eventually(async () => {
        const view = (await p.api.get(`/api/v1/inspection-plans/${planId}`).set(as(clerk))).body;
        const rows = (await p.api.get('/api/v1/inspections').query({ planId }).set(as(clerk))).body.data;
        return view.status === 'inProgress' && view.draw?.resultHash && rows.length === 2 ? { view, rows } : null;
      }, FLOW_WAIT, 'the draw and its two inspections');
      // Completed, the page has moved on to the next task: back to the draw task, which links to its plan.
      await page.goto(`/#/tasks/${drawTask.id}/show`);
      await page.getByTestId('open-plan').click();
      await page.waitForURL(/#\/inspection-plans\/[^/]+\/show$/);
      // Written for people: the drawn teams by name; no hash, seed, plan number or command until unfolded.
      for (const d of drawn.view.draw.inspections) {
        for (const c of d.team) await page.getByTestId(`drawn-${d.creditCode}`).filter({ hasText: drawn.view.members[c].displayName }).waitFor();
      }
      await hiddenUntilUnfolded(page, drawn.view);
      await expect(page.getByTestId('draw-seed-entities').textContent()).resolves.toBe(drawn.view.draw.seeds.entities);
      await expect(page.getByTestId('draw-seed-teams').textContent()).resolves.toBe(drawn.view.draw.seeds.teams);
      await expect(page.getByTestId('draw-result-hash').textContent()).resolves.toBe(drawn.view.draw.resultHash);
      await expect(page.getByTestId('draw-pool-hash').textContent()).resolves.toBe(drawn.view.draw.poolHash);
      await expect(page.getByTestId('draw-verify-cli').textContent()).resolves.toBe(`npm run cli -- draw verify ${planId} --url ${p.server.url}`);
      await expect(page.getByTestId('draw-public-link').getAttribute('href')).resolves.toBe(`/public/v1/inspection-plans/${planId}/draw`);
      await page.getByTestId('plan-status').filter({ hasText: '检查中' }).waitFor();
      for (const i of drawn.rows) await page.getByTestId(`inspection-row-${i.id}`).waitFor();
    });
    await clerkSession.close();

    // 4. A drawn team member records the results in the form, then confirms on the task.
    const first = drawn.rows[0];
    const [m1, m2] = first.team as string[];
    const [t1, t2] = await Promise.all(
      [m1, m2].map(async (m) => {
        const token = await p.login(m);
        return eventually(async () => (await tasksOf(p, token, { type: 'inspection', entity: first.creditCode, assignee: 'me' }))[0], FLOW_WAIT, `the inspection task of ${m}`);
      }),
    );
    await ui.inBrowser(p, 'record', async (page) => {
      await logIn(page, m1);
      await openRow(page, page.getByTestId(`task-row-${t1.id}`), 'tasks', t1.id);
      await page.getByTestId('open-inspection').click();
      await page.waitForURL(new RegExp(`#/inspections/${first.id}/show$`));

      await page.getByTestId('check-item-SC001').getByRole('radio', { name: '符合', exact: true }).check();
      const sc002 = page.getByTestId('check-item-SC002');
      await sc002.getByRole('radio', { name: '不符合', exact: true }).check();
      // A non-compliant item needs its finding: the form refuses to save without it.
      await page.getByTestId('record-outcome').click();
      await page.getByRole('option', { name: '发现问题已责令改正', exact: true }).click();
      await page.getByTestId('record-submit').click();
      await sc002.getByText('请描述不符合的情况').waitFor();
      await sc002.getByLabel(/^问题描述/).fill(FINDING);
      await page.getByTestId('record-submit').click();
      await notified(page, '检查结果已录入');
      await page.locator('[data-testid="result-SC002"][data-result="non_compliant"]').waitFor();
      await page.getByTestId('inspection-status').filter({ hasText: '已录入待确认' }).waitFor();

      await page.getByTestId('open-my-task').click();
      await page.waitForURL(new RegExp(`#/tasks/${t1.id}/show$`));
      await completeTask(page, '确认');
    });
    const recorded = (await p.api.get(`/api/v1/inspections/${first.id}`).set(as(supervisor))).body;
    expect(recorded).toMatchObject({ status: 'recorded', outcome: 'rectified_on_spot', recordedBy: m1 });
    expect((await p.api.get(`/api/v1/tasks/${t1.id}`).set(as(supervisor))).body).toMatchObject({ status: 'completed', outcome: 'confirmed' });
    expect(recorded.results).toEqual([{ checkItemCode: 'SC001', result: 'compliant' }, { checkItemCode: 'SC002', result: 'non_compliant', finding: FINDING }]);

    // 5. The second member sees the frozen results (no form any more) and confirms too.
    await ui.inBrowser(p, 'confirm', async (page) => {
      await logIn(page, m2);
      await openRow(page, page.getByTestId(`task-row-${t2.id}`), 'tasks', t2.id);
      await page.getByTestId('open-inspection').click();
      await page.locator('[data-testid="result-SC001"][data-result="compliant"]').waitFor();
      await expect(page.getByTestId('record-results').count()).resolves.toBe(0);
      await page.goBack();
      await page.waitForURL(new RegExp(`#/tasks/${t2.id}/show$`));
      await completeTask(page, '确认');
    });

    await eventually(async () => ((await p.api.get(`/api/v1/inspections/${first.id}`).set(as(supervisor))).body.status === 'completed' ? true : null), FLOW_WAIT, 'the completed inspection');
    for (const t of [t1, t2]) expect((await p.api.get(`/api/v1/tasks/${t.id}`).set(as(supervisor))).body).toMatchObject({ status: 'completed', outcome: 'confirmed' });

    // 6. The result is published: on the public API and on the public page.
    const published = await eventually(async () => ((await p.api.get('/public/v1/inspection-results').query({ entity: first.creditCode })).body.data as any[])[0], FLOW_WAIT, 'the published result');
    expect(published).toMatchObject({ creditCode: first.creditCode, planId, outcome: 'rectified_on_spot', department: { code: 'SCJGJ' } });
    expect(published.items.map((i: any) => i.result)).toEqual(['compliant', 'non_compliant']);
    await ui.inBrowser(p, 'public', async (page) => {
      await page.goto('/public');
      await page.locator('#results tr').filter({ hasText: first.creditCode }).filter({ hasText: '发现问题已责令改正' }).waitFor();
    });
  }, 240_000);

  it('nobody approves their own plan: its creator sees why instead of the approve button, in Chinese and in English', async () => {
    const supervisor = await p.login('supervisor');
    const created = await p.api.post('/api/v1/inspection-plans').set(as(supervisor)).send({ title: '科长自拟的抽查计划', checkItemCodes: ['SC001'], ...PERIOD, strata: [{ key: 'all', count: 1 }], teamSize: 2 });
    expect(created.status).toBe(201);
    const approval = await eventually(async () => (await tasksOf(p, supervisor, { type: 'planApproval', status: 'open' })).find((t) => t.data.planId === created.body.id), FLOW_WAIT, 'the approval task');
    await ui.inBrowser(p, 'own-approval', async (page) => {
      await logIn(page, 'supervisor');
      // Not offered to claim either.
      await openMenu(page, '部门待认领', 'queue');
      await page.getByTestId(`queue-row-${approval.id}`).waitFor();
      await expect(page.getByTestId(`queue-row-${approval.id}`).getByTestId('claim-task').count()).resolves.toBe(0);
      await page.goto(`/#/tasks/${approval.id}/show`);
      await page.getByTestId('complete-excluded').filter({ hasText: '您是本计划的创建人，不能审批自己创建的计划，须由其他负责人审批' }).waitFor();
      await expect(page.getByTestId('complete-task').count()).resolves.toBe(0);
      await page.getByRole('button', { name: '简体中文' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByTestId('complete-excluded').filter({ hasText: 'You created this plan, so you may not approve it: another supervisor does' }).waitFor();
      await expect(page.getByTestId('complete-task').count()).resolves.toBe(0);
    });
    // Another supervisor of the department sees the button.
    await ui.inBrowser(p, 'other-approval', async (page) => {
      await logIn(page, 'scjgj-supervisor');
      await page.goto(`/#/tasks/${approval.id}/show`);
      await page.getByTestId('complete-task').waitFor();
      await expect(page.getByTestId('complete-excluded').count()).resolves.toBe(0);
    });
  }, 60_000);

  /** Plan `id` approved by the supervisor and drawn by the clerk, each from their open task, through the API. */
  async function approveAndDraw(id: string, tokens: { clerk: string; supervisor: string }) {
    for (const [type, who, outcome] of [['planApproval', tokens.supervisor, 'approved'], ['draw', tokens.clerk, 'drawn']] as const) {
      const task = await eventually(async () => (await tasksOf(p, who, { type, status: 'open' })).find((t) => t.data.planId === id), FLOW_WAIT, `the ${type} task`);
      expect((await p.api.post(`/api/v1/tasks/${task.id}/complete`).set(as(who)).send({ outcome })).status).toBe(200);
    }
  }

  it('a plan whose items need an expert and a third-party body names both on its teams and on each member’s task (随组专家, 随组第三方机构), in Chinese and in English', async () => {
    // SC005 needs a drugs expert, SC007 a metrology body, as in the demo (db/demo/resources.ts).
    const [clerk, supervisor] = await Promise.all([p.login('clerk'), p.login('supervisor')]);
    expect((await p.api.put('/api/v1/check-items/SC005/expertise').set(as(supervisor)).send({ field: 'drugs', need: 'expert' })).status).toBe(200);
    expect((await p.api.put('/api/v1/check-items/SC007/expertise').set(as(supervisor)).send({ field: 'metrology', need: 'thirdParty' })).status).toBe(200);
    expect((await p.api.post('/api/v1/experts').set(as(supervisor)).send({ name: '吴慧', employer: '复旦大学药学院', fields: ['drugs'], phone: '13900001004' })).status).toBe(201);
    expect((await p.api.post('/api/v1/third-parties').set(as(supervisor)).send({ name: '上海湾区计量校准有限公司', creditCode: newCreditCode(), fields: ['metrology'], qualificationNo: 'CNAS-L-10732', validUntil: '2030-12-31' })).status).toBe(201);
    const created = await p.api.post('/api/v1/inspection-plans').set(as(clerk)).send({ title: '药品零售与计量器具联合检查', checkItemCodes: ['SC005', 'SC007'], ...PERIOD, strata: [{ key: 'all', count: 1 }], teamSize: 2 });
    const id = created.body.id as string;
    await approveAndDraw(id, { clerk, supervisor });
    const view = await eventually(async () => {
      const v = (await p.api.get(`/api/v1/inspection-plans/${id}`).set(as(clerk))).body;
      return v.draw?.inspections?.[0]?.thirdParties ? v : null;
    }, FLOW_WAIT, 'the drawn plan');
    expect(view.draw.algorithm).toBe('zj-draw-4');
    const [drawn] = view.draw.inspections;
    const body = view.thirdParties[drawn.thirdParties[0]].name as string;
    const expert = view.experts[drawn.experts[0]].name as string;
    const member = view.members[drawn.team[0]].username as string;
    const memberToken = await p.login(member);
    const task = await eventually(async () => (await tasksOf(p, memberToken, { type: 'inspection', entity: drawn.creditCode, assignee: 'me' })).find((t) => t.data.planId === id), FLOW_WAIT, 'the member’s inspection task');
    await ui.inBrowser(p, 'outside-parties-plan', async (page) => {
      await logIn(page, 'clerk');
      await page.goto(`/#/inspection-plans/${encodeURIComponent(id)}/show`);
      await page.getByTestId(`drawn-${drawn.creditCode}`).getByTestId('drawn-third-party').filter({ hasText: `第三方机构 ${body}` }).waitFor();
      await page.getByTestId(`drawn-${drawn.creditCode}`).getByTestId('drawn-expert').filter({ hasText: expert }).waitFor();
    });
    await ui.inBrowser(p, 'outside-parties-task', async (page) => {
      await logIn(page, member);
      await page.goto(`/#/tasks/${task.id}/show`);
      const field = (label: string) => page.locator('.RaLabeled-label').filter({ hasText: label }).locator('..');
      await field('随组第三方机构').filter({ hasText: body }).waitFor();
      await field('随组专家').filter({ hasText: expert }).waitFor();
      await page.getByRole('button', { name: '简体中文' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await field('Third-party bodies with the team').filter({ hasText: body }).waitFor();
    });
  }, 90_000);

  it('a draw that cannot staff its teams shows 未能组队 with what to change, folds its verification away, and offers a new plan from it; so does the public page', async () => {
    const [clerk, supervisor] = await Promise.all([p.login('clerk'), p.login('supervisor')]);
    const title = '执法人员不足的抽查计划';
    const created = await p.api.post('/api/v1/inspection-plans').set(as(clerk)).send({ title, checkItemCodes: ['SC001'], ...PERIOD, strata: [{ key: 'all', count: 1 }], teamSize: 40 });
    const id = created.body.id as string;
    await approveAndDraw(id, { clerk, supervisor });
    const view = await eventually(async () => {
      const v = (await p.api.get(`/api/v1/inspection-plans/${id}`).set(as(clerk))).body;
      return v.status === 'understaffed' ? v : null;
    }, FLOW_WAIT, 'the understaffed plan');
    await ui.inBrowser(p, 'understaffed', async (page) => {
      await logIn(page, 'clerk');
      await page.goto(`/#/inspection-plans/${encodeURIComponent(id)}/show`);
      await page.getByTestId('plan-status').filter({ hasText: '未能组队' }).waitFor();
      await page.getByTestId('plan-staffing').filter({ hasText: '未能组队：抽中的 1 户都没能组成检查组，本计划未开展检查' }).waitFor();
      await page.getByTestId('plan-staffing-reason').filter({ hasText: `符合条件（持有执法证、无需回避）的执法人员只有 ${view.staffing.eligible} 名，每个检查组需要 40 名` }).waitFor();
      await page.getByTestId('drawn-unstaffed').first().waitFor();
      await hiddenUntilUnfolded(page, view);
      // Scrolled down, the app bar (and its language menu) slides away: back to the top first.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByRole('button', { name: '简体中文' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByTestId('plan-status').filter({ hasText: 'Could not staff teams' }).waitFor();
      await page.getByTestId('plan-staffing').filter({ hasText: 'none of the 1 drawn entities got a team' }).waitFor();
      // A new plan from this one: the wizard opens with its values, to change the team size.
      await page.getByTestId('plan-again').click();
      await page.waitForURL(/#\/inspection-plans\/create$/);
      await expect(page.getByLabel(/^Title/).inputValue()).resolves.toBe(title);
    });
    await ui.inBrowser(p, 'understaffed-public', async (page) => {
      await page.goto('/public');
      const row = page.locator('#plans tr').filter({ hasText: title });
      await row.getByTestId('plan-status').filter({ hasText: '未能组队' }).waitFor();
      await row.getByTestId('plan-staffing').filter({ hasText: '每组 40 名' }).waitFor();
      await expect(row.textContent()).resolves.not.toContain('已完成');
    });
  }, 60_000);
});
