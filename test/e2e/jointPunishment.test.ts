import { addYears } from '../../domain/credit';
import { shanghaiDate } from '../../domain/workingDays';
import { as, browserSuite, chooseOutcome, claimFromQueue, FLOW_WAIT, logIn, menuItem, notified, openMenu, openRow, submitCompletion, tasksOf } from './browser';
import { testDatabases } from '../support/databases';
import { newEventId } from '../support/events';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';

// Joint punishment (联合惩戒) and supervision warnings (监管预警) through the admin UI (admin-ui/README.md),
// driven like test/e2e/spotCheck.test.ts: Debian's Chromium with playwright-core against the built UI.
// SQLite only. A failing step leaves a screenshot in /tmp (zongjian-e2e-jp-*.png).

const database = testDatabases[0]; // SQLite

/** 金山区市场监督管理局 decides the listings here; its abnormal-operation entries warn SCJGJ. */
const AUTHORITY = '金山区市场监督管理局';
const FEEDBACK = '已在政府采购平台标注该主体，限制其参与本区政府采购';
const DELIST_REASON = '已补报年度报告并公示，经营异常情形消失';

describe('joint punishment and warnings in the admin UI', () => {
  let p: TestPlatform;
  let creditKey: string;
  /** Active demo entities, in credit-code order; each test takes its own. */
  let entities: Array<{ creditCode: string; name: string }>;
  const today = shanghaiDate(new Date());

  const ui = browserSuite({
    start: async () => [(p = await startPlatform(database, { entities: 30 }))],
    screenshotPrefix: 'zongjian-e2e-jp-',
    // The session check before login answers 401, and the refusals this test provokes answer 422.
    expectedStatuses: [401, 422],
  });

  beforeAll(async () => {
    creditKey = await p.apiKey(['credit:write'], 'credit-system');
    entities = ((await p.db.models.entities.findAll({ where: { status: 'active' }, order: [['creditCode', 'ASC']], raw: true })) as any[]).map((e) => ({ creditCode: e.creditCode, name: e.name }));
    expect(entities.length).toBeGreaterThanOrEqual(3);
  });

  /** An external listing, as the credit platform sends it (`POST /api/ext/v1/credit-listings`). */
  async function listAbnormal(creditCode: string): Promise<{ listingId: string }> {
    const res = await p.api
      .post('/api/ext/v1/credit-listings')
      .set('Authorization', `Bearer ${creditKey}`)
      .send({
        eventId: newEventId('CL'),
        action: 'list',
        listType: 'abnormalOperationList',
        creditCode,
        reason: '未按规定期限公示年度报告',
        documentNo: `金市监异〔2026〕${Math.floor(Math.random() * 1e6)}号`,
        authority: AUTHORITY,
        listedOn: today,
      });
    expect(res.status).toBe(202);
    expect(res.body.status).toBe('listed');
    return res.body;
  }

  it('财政局 feeds back on a notice in the UI, the listing shows it, the district office delists it and the lifting reaches 财政局', async () => {
    const entity = entities[0];
    const { listingId } = await listAbnormal(entity.creditCode);
    const czj = await p.login('czj-clerk');
    // 金山区财政局 (CZJ) implements M01 (government procurement), which applies to the abnormal-operation list.
    const notice = await eventually(async () => (await tasksOf(p, czj, { type: 'punishmentNotice', entity: entity.creditCode, status: 'open' }))[0], FLOW_WAIT, 'the CZJ notice');
    expect(notice.data.measures.map((m: any) => m.code)).toEqual(['M01']);

    await ui.inBrowser(p, 'notice', async (page) => {
      await logIn(page, 'czj-clerk');
      // The notice is offered to the department (部门待认领); claimed, it is in 我的待办 with its type translated.
      await claimFromQueue(page, notice.id);
      const row = page.getByTestId(`task-row-${notice.id}`);
      await row.waitFor();
      await expect(row.textContent()).resolves.toContain('联合惩戒通知');
      await expect(row.textContent()).resolves.toContain(entity.name);
      await openRow(page, row, 'tasks', notice.id);

      // The page shows the measure to apply with its legal basis.
      const measure = page.getByTestId('task-measures').getByTestId('measure-M01');
      await measure.waitFor();
      await expect(measure.textContent()).resolves.toContain('限制参与政府采购活动');
      await expect(measure.textContent()).resolves.toContain('企业信息公示暂行条例');

      await page.getByTestId('complete-task').click();
      await page.getByTestId('complete-measures').getByTestId('measure-M01').waitFor();
      await chooseOutcome(page, '已实施惩戒');
      // Feedback without saying what was done: the form refuses and the dialog stays.
      await page.getByTestId('complete-submit').click();
      await page.getByTestId('complete-comment').locator('.MuiFormHelperText-root.Mui-error').filter({ hasText: '必填' }).waitFor();
      await expect(page.getByTestId('complete-submit').isVisible()).resolves.toBe(true);
      const unchanged = (await p.api.get(`/api/v1/tasks/${notice.id}`).set(as(czj))).body;
      expect(unchanged).toMatchObject({ status: 'claimed', outcome: null });

      await page.getByRole('textbox', { name: /^办理意见/ }).fill(FEEDBACK);
      await submitCompletion(page);

      // Completed, the page moves on to the next task; the notice's own page links to the listing, which
      // shows the department's feedback: outcome and what was done.
      await page.goto(`/#/tasks/${notice.id}/show`);
      await page.getByTestId('open-listing').click();
      await page.waitForURL(new RegExp(`#/credit-listings/${listingId}/show$`));
      const fed = page.locator(`[data-testid="notice-CZJ"][data-status="completed"][data-outcome="applied"]`);
      await fed.waitFor();
      await expect(fed.locator('[data-field="outcome"]').textContent()).resolves.toBe('已实施惩戒');
      await expect(fed.locator('[data-field="comment"]').textContent()).resolves.toBe(FEEDBACK);
      // Other departments were notified too (人社局 for honors, among others) and have not answered.
      await page.locator('[data-testid="notice-RSJ"][data-status="open"]').waitFor();

      // The feedback board counts the notice as sent and answered on time for 财政局.
      await menuItem(page, '惩戒反馈统计').click();
      const board = page.getByTestId('feedback-row-CZJ');
      await board.waitFor();
      for (const [field, value] of [['sent', '1'], ['fedBack', '1'], ['onTime', '1'], ['open', '0']]) {
        await expect(board.locator(`[data-field="punishmentNotice.${field}"]`).textContent()).resolves.toBe(value);
      }
    });
    const answered = (await p.api.get(`/api/v1/tasks/${notice.id}`).set(as(czj))).body;
    expect(answered).toMatchObject({ status: 'completed', outcome: 'applied', comment: FEEDBACK });

    await ui.inBrowser(p, 'delist', async (page) => {
      // The district office's supervisor may end any department's listing.
      await logIn(page, 'district');
      await openMenu(page, '信用名单', 'credit-listings');
      const row = page.getByTestId(`listing-row-${listingId}`);
      await row.waitFor();
      await openRow(page, row, 'credit-listings', listingId);
      await page.locator('[data-testid="listing-status"][data-status="active"]').first().waitFor();

      await page.getByTestId('delist-listing').click();
      await page.getByRole('textbox', { name: /^移出理由/ }).fill(DELIST_REASON);
      // A date before the listing: the API refuses (422) and the dialog says why; nothing changes.
      await page.getByLabel(/^移出日期/).fill(addYears(today, 0, -1));
      await page.getByTestId('delist-submit').click();
      const problem = page.getByTestId('delist-problem');
      await problem.waitFor();
      await expect(problem.textContent()).resolves.toMatch(/^移出失败：移出日期早于列入日期/);
      expect(((await p.db.models.credit_listings.findByPk(listingId, { raw: true })) as any).status).toBe('active');

      await page.getByLabel(/^移出日期/).fill(today);
      await page.getByTestId('delist-submit').click();
      await notified(page, '已移出，解除惩戒已启动');
      await page.locator('[data-testid="listing-status"][data-status="removed"]').first().waitFor();
      // The page looks again until the workflow has sent the lifting to the department that applied M01.
      await page.locator('[data-testid="lifting-CZJ"][data-status="open"]').waitFor({ timeout: FLOW_WAIT });
    });
    const ended = (await p.db.models.credit_listings.findByPk(listingId, { raw: true })) as any;
    expect(ended).toMatchObject({ status: 'removed', endReason: DELIST_REASON });
    expect(String(ended.endedOn)).toBe(today);

    const lifting = await eventually(async () => (await tasksOf(p, czj, { type: 'punishmentLifting', entity: entity.creditCode, status: 'open' }))[0], FLOW_WAIT, 'the CZJ lifting');
    expect(lifting.data).toMatchObject({ listingId, endStatus: 'removed' });
    await ui.inBrowser(p, 'lifting', async (page) => {
      await logIn(page, 'czj-clerk');
      await claimFromQueue(page, lifting.id);
      const row = page.getByTestId(`task-row-${lifting.id}`);
      await row.waitFor();
      await expect(row.textContent()).resolves.toContain('解除惩戒');
      await openRow(page, row, 'tasks', lifting.id);
      await page.getByTestId('task-measures').getByTestId('measure-M01').waitFor();
    });
  }, 120_000);

  it('the warnings page lists the abnormal-operation warning and a manual warning raised in its form; run now says what it raised', async () => {
    const [, listed, other] = entities;
    await listAbnormal(listed.creditCode);
    const supervisor = await p.login('supervisor');
    const warningsOf = async (query: Record<string, string>) => (await p.api.get('/api/v1/warnings').query(query).set(as(supervisor))).body.data as any[];
    // The listing raised a warning for the authority's department (SCJGJ), at the rule's level.
    const auto = await eventually(async () => (await warningsOf({ entity: listed.creditCode, ruleCode: 'abnormalOperationListed' }))[0], FLOW_WAIT, 'the abnormal-operation warning');
    expect(auto).toMatchObject({ departmentCode: 'SCJGJ', source: 'auto', level: 'yellow', status: 'open' });
    const subject = `经营场所疑似无人经营（${Date.now()}）`;
    const REASON = '群众举报该主体登记住所长期无人，疑似已停止经营';
    let manualId = '';

    await ui.inBrowser(p, 'warnings', async (page) => {
      await logIn(page, 'supervisor');
      await openMenu(page, '监管预警', 'warnings');
      const autoRow = page.getByTestId(`warning-row-${auto.id}`);
      await autoRow.waitFor();
      await expect(autoRow.textContent()).resolves.toContain('列入经营异常名录');
      // The level is shown in its colour: yellow.
      const chip = autoRow.locator('[data-testid="warning-level"][data-level="yellow"]');
      await expect(chip.textContent()).resolves.toBe('黄色');
      const [r, g, b] = (await chip.evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor as string)).match(/\d+/g)!.map(Number);
      expect(Math.min(r, g)).toBeGreaterThan(150);
      expect(b).toBeLessThan(100);

      // 主动预警 through the form: red, about another entity, for my own department.
      await page.getByTestId('create-warning').click();
      await page.waitForURL(/#\/warnings\/create$/);
      await page.getByLabel(/^统一社会信用代码/).fill(other.creditCode);
      await page.getByRole('radio', { name: '红色' }).check();
      await page.getByLabel(/^预警事项/).fill(subject);
      await page.getByRole('textbox', { name: /^预警原因/ }).fill(REASON);
      await page.getByRole('button', { name: '保存' }).click();
      await notified(page, '预警已发出，责任部门已收到处置待办');
      await page.waitForURL(/#\/warnings\/W[0-9a-f]+\/show$/);
      manualId = decodeURIComponent(page.url().match(/#\/warnings\/([^/]+)\/show$/)![1]);
      await page.locator('[data-testid="warning-level"][data-level="red"]').first().waitFor();
      // The page looks again until the handling task is there.
      await page.locator('[data-testid="warning-task"][data-status="open"]').waitFor({ timeout: FLOW_WAIT });
      // The task shows the warning's level and reason, and the dialog asks what was done.
      await page.getByTestId('open-warning-task').click();
      await page.waitForURL(/#\/tasks\/\d+\/show$/);
      await expect(page.getByTestId('task-reason').textContent()).resolves.toBe(REASON);
      await page.locator('[data-testid="warning-level"][data-level="red"]').first().waitFor();
      await page.getByTestId('complete-task').click();
      await page.getByTestId('complete-brief').getByText(REASON).waitFor();
      await page.getByRole('textbox', { name: /^办理意见/ }).waitFor();
      await expect(page.getByTestId('complete-comment').locator('.MuiFormHelperText-root').textContent()).resolves.toContain('必填');
      await page.getByRole('button', { name: '取消' }).click();

      // The list holds both; the level filter keeps only the red one.
      await openMenu(page, '监管预警', 'warnings');
      await page.getByTestId(`warning-row-${manualId}`).waitFor();
      await page.getByTestId(`warning-row-${auto.id}`).waitFor();
      await page.getByRole('combobox', { name: '预警级别' }).click();
      await page.getByRole('option', { name: '红色', exact: true }).click();
      await page.getByTestId(`warning-row-${auto.id}`).waitFor({ state: 'detached' });
      await page.getByTestId(`warning-row-${manualId}`).waitFor();
    });
    const manual = (await p.api.get(`/api/v1/warnings/${manualId}`).set(as(supervisor))).body;
    expect(manual).toMatchObject({ source: 'manual', level: 'red', subject, creditCode: other.creditCode, departmentCode: 'SCJGJ', raisedBy: 'user:supervisor' });
    expect(manual.tasks).toEqual([expect.objectContaining({ type: 'warningHandling', status: 'open', departmentCode: 'SCJGJ' })]);

    await ui.inBrowser(p, 'scan', async (page) => {
      await logIn(page, 'supervisor');
      await openMenu(page, '预警规则', 'warning-rules');
      await page.getByTestId('rule-row-abnormalOperationListed').waitFor();
      // Run now: what it says it raised is what was added; a second run finds nothing new.
      const before = await p.db.models.warnings.count();
      await page.getByTestId('run-warning-scan').click();
      const result = page.getByTestId('scan-result');
      await result.waitFor({ timeout: FLOW_WAIT });
      const raised = Number(await result.getAttribute('data-raised'));
      expect(raised).toBe((await p.db.models.warnings.count()) - before);
      await expect(result.textContent()).resolves.toBe(`最近一次扫描新增预警 ${raised} 条`);
      await notified(page, `扫描完成，新增预警 ${raised} 条`);
      // Let that notification go, so the next one is the second run's.
      await page.locator('.MuiSnackbar-root').waitFor({ state: 'detached', timeout: FLOW_WAIT });
      await page.getByTestId('run-warning-scan').click();
      await notified(page, '扫描完成，新增预警 0 条');
      await page.locator('[data-testid="scan-result"][data-raised="0"]').waitFor();
      expect(await p.db.models.warnings.count()).toBe(before + raised);
    });
  }, 120_000);

  it('the entry form offers each department only the lists it enters (RULES.md "entered by")', async () => {
    const offered = async (username: string): Promise<string[]> => {
      let names: string[] = [];
      await ui.inBrowser(p, `list-types-${username}`, async (page) => {
        await page.setViewportSize({ width: 1440, height: 900 });
        await logIn(page, username);
        await page.goto('/#/credit-listings/create');
        await page.getByRole('combobox').first().click();
        await page.getByRole('option').first().waitFor();
        names = (await page.getByRole('option').allTextContents()).map((t) => t.trim()).filter(Boolean);
        await page.screenshot({ path: `/tmp/zj-e2e-list-types-${username}.png` });
      });
      return names;
    };
    expect(await offered('jtw-clerk')).toEqual(['严重违法失信名单']);
    expect((await offered('clerk')).sort()).toEqual(['严重违法失信名单', '经营异常名录'].sort());
    expect(await offered('admin')).toHaveLength(4);
  }, 120_000);
});
