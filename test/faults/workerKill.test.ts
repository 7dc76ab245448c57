import type { ChildProcess } from 'node:child_process';
import type { WhereOptions } from 'sequelize';
import { createActivities } from '../../activities';
import { addYears } from '../../domain/credit';
import { shanghaiDate } from '../../domain/workingDays';
import { jointPunishmentWorkflowId, listingStateQuery } from '../../workflows/jointPunishment';
import { warningScan } from '../../workflows/warnings';
import { testDatabases } from '../support/databases';
import { newEventId } from '../support/events';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';
import { countsBy, kill, workerProcess } from './support';

// The worker process killed (SIGKILL) in the middle of each long process, then a new one started: Temporal
// replays each workflow from its history and runs unfinished activities again, and the upserts by natural
// key keep one row. Dual notification has its own suite (test/workerRestart.test.ts).
// An activity the killed worker was running is given to the new one only when its start-to-close timeout
// (1 minute for a step, workflows/activityOptions.ts) has passed: hence the long waits after a restart.
const AFTER_RESTART_MS = 150_000;

describe('worker killed mid-process', () => {
  let p: TestPlatform;
  let worker: ChildProcess | null = null;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });
  const login = async (user: string) => (tokens[user] ??= await p.login(user));
  const tasksOf = async (user: string, q: Record<string, string>) => (await p.api.get('/api/v1/tasks').query(q).set(as(user))).body.data as any[];
  const today = shanghaiDate(new Date());

  const restartWorker = async () => {
    await kill(worker!);
    worker = workerProcess(p);
  };

  beforeAll(async () => {
    // Two inspections per plan run, so the plan continues as new while its inspections launch.
    p = await startPlatform(testDatabases[0], { entities: 300, worker: false, config: { PLAN_CHILDREN_PER_RUN: '2' } });
    for (const u of ['clerk', 'supervisor', 'admin', 'czj-clerk']) await login(u);
    worker = workerProcess(p);
  });
  afterAll(async () => {
    if (worker) await kill(worker);
    await p?.stop();
  });

  /** Each task found by `taskWhere` has one row, and its creation is in the audit trail once. */
  async function expectOneOfEach(taskWhere: WhereOptions) {
    const rows = (await p.db.models.tasks.findAll({ where: taskWhere, attributes: ['id', 'taskKey'], raw: true })) as any[];
    expect(new Set(rows.map((r) => r.taskKey)).size).toBe(rows.length);
    const created = await countsBy(p, 'audit_log', 'targetId', { action: 'task.created', targetType: 'task', targetId: rows.map((r) => String(r.id)) });
    expect(rows.filter((r) => created.get(String(r.id)) !== 1).map((r) => r.taskKey)).toEqual([]);
    return rows;
  }

  it('a spot-check plan launching its inspections completes with each inspection, task and publication once', async () => {
    const INSPECTIONS = 6;
    const created = await p.api.post('/api/v1/inspection-plans').set(as('clerk')).send({ title: '故障测试抽查计划', checkItemCodes: ['SC001', 'SC002'], periodFrom: '2026-12-01', periodTo: '2026-12-31', strata: [{ key: 'all', count: INSPECTIONS }], teamSize: 2 });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const approval = await eventually(async () => (await tasksOf('supervisor', { type: 'planApproval', status: 'open' })).find((t) => t.data.planId === id), 60_000, 'approval task');
    expect((await p.api.post(`/api/v1/tasks/${approval.id}/complete`).set(as('supervisor')).send({ outcome: 'approved' })).status).toBe(200);
    const draw = await eventually(async () => (await tasksOf('clerk', { type: 'draw', status: 'open' })).find((t) => t.data.planId === id), 60_000, 'draw task');
    expect((await p.api.post(`/api/v1/tasks/${draw.id}/complete`).set(as('clerk')).send({ outcome: 'drawn' })).status).toBe(200);

    // Killed as soon as the first inspection is stored, while the plan is still launching the others.
    await eventually(async () => (await p.db.models.inspections.count({ where: { planId: id } })) >= 1, 60_000, 'first inspection');
    await restartWorker();

    const inspections = await eventually(async () => {
      const rows = (await p.api.get('/api/v1/inspections').query({ planId: id }).set(as('supervisor'))).body.data as any[];
      return rows.length === INSPECTIONS ? rows : null;
    }, AFTER_RESTART_MS, 'every inspection');
    for (const i of inspections) {
      for (const m of i.team as string[]) await login(m);
      const results = [{ checkItemCode: 'SC001', result: 'compliant' }, { checkItemCode: 'SC002', result: 'compliant' }];
      expect((await p.api.post(`/api/v1/inspections/${i.id}/results`).set(as(i.team[0])).send({ results, outcome: 'no_problem' })).status).toBe(200);
      for (const m of i.team as string[]) {
        const t = await eventually(async () => (await tasksOf(m, { type: 'inspection', entity: i.creditCode, assignee: 'me', status: 'claimed' }))[0], AFTER_RESTART_MS, 'inspection task');
        expect((await p.api.post(`/api/v1/tasks/${t.id}/complete`).set(as(m)).send({ outcome: 'confirmed' })).status).toBe(200);
      }
    }
    await eventually(async () => (await p.api.get(`/api/v1/inspection-plans/${id}`).set(as('clerk'))).body.status === 'completed', AFTER_RESTART_MS, 'the plan to complete');

    const perEntity = await countsBy(p, 'inspections', 'creditCode', { planId: id });
    expect([...perEntity.values()]).toEqual(Array(INSPECTIONS).fill(1));
    const inspectionWorkflows = ((await p.db.models.inspections.findAll({ where: { planId: id }, attributes: ['workflowId'], raw: true })) as any[]).map((r) => r.workflowId);
    const inspectionTasks = await expectOneOfEach({ type: 'inspection', workflowId: inspectionWorkflows });
    expect(inspectionTasks).toHaveLength(2 * INSPECTIONS);
    // The plan counts inspections completed in the database, and the last one publishes just after saying so:
    // its publication may follow the plan's completion by a moment.
    const refKey = inspections.map((i: any) => `${id}:${i.creditCode}`);
    await eventually(async () => (await p.db.models.publications.count({ where: { refKey } })) >= INSPECTIONS, AFTER_RESTART_MS, 'every publication');
    const published = await countsBy(p, 'publications', 'refKey', { refKey });
    expect([...published.values()]).toEqual(Array(INSPECTIONS).fill(1));
  }, 300_000);

  it('a joint punishment sends each department one notice and one lifting, and ends', async () => {
    const creditKey = await p.apiKey(['credit:write'], 'credit-system');
    const creditCode = ((await p.db.models.entities.findOne({ where: { status: 'active' }, order: [['creditCode', 'DESC']], raw: true })) as any).creditCode;
    const listing = { eventId: newEventId('CL'), action: 'list', listType: 'seriousViolationList', creditCode, reason: '提供虚假材料骗取登记，被处以罚款', documentNo: `金市监列严〔2026〕${Date.now() % 1e6}号`, authority: '金山区市场监督管理局', listedOn: today };
    const listed = await p.api.post('/api/ext/v1/credit-listings').set('Authorization', `Bearer ${creditKey}`).send(listing);
    expect(listed.status).toBe(202);
    const workflowId = jointPunishmentWorkflowId(listed.body.listingId);

    // Killed as soon as the first department's notice is stored.
    await eventually(async () => (await p.db.models.tasks.count({ where: { workflowId, type: 'punishmentNotice' } })) >= 1, 60_000, 'first notice');
    await restartWorker();

    const handle = p.client.workflow.getHandle(workflowId);
    const departments = (await createActivities({ db: p.db, deadlines: {} }).punishmentNotices({ listType: 'seriousViolationList' })).map((n) => n.departmentCode);
    expect(departments.length).toBeGreaterThan(1);
    const notices = await eventually(async () => {
      const s = await handle.query(listingStateQuery);
      const rows = await p.db.models.tasks.count({ where: { workflowId, type: 'punishmentNotice' } });
      return s.notices.length === departments.length && rows === departments.length ? s.notices : null;
    }, AFTER_RESTART_MS, 'every notice');
    expect(notices.map((n) => n.departmentCode).sort()).toEqual([...departments].sort());
    for (const n of notices) {
      const task = (await p.db.models.tasks.findOne({ where: { taskKey: n.taskKey }, raw: true })) as any;
      expect((await p.api.post(`/api/v1/tasks/${task.id}/complete`).set(as('admin')).send({ outcome: 'applied', comment: '已执行限制措施' })).status).toBe(200);
    }
    const delist = { eventId: newEventId('CL'), action: 'delist', listType: 'seriousViolationList', creditCode, documentNo: listing.documentNo, exitType: 'removed', reason: '决定撤销', delistedOn: today };
    expect((await p.api.post('/api/ext/v1/credit-listings').set('Authorization', `Bearer ${creditKey}`).send(delist)).status).toBe(202);
    const liftings = await eventually(async () => {
      const rows = (await p.db.models.tasks.findAll({ where: { workflowId, type: 'punishmentLifting', status: 'open' }, raw: true })) as any[];
      return rows.length === notices.length ? rows : null;
    }, AFTER_RESTART_MS, 'every lifting');
    for (const t of liftings) {
      const outcome = (typeof t.allowedOutcomes === 'string' ? JSON.parse(t.allowedOutcomes) : t.allowedOutcomes)[0];
      expect((await p.api.post(`/api/v1/tasks/${t.id}/complete`).set(as('admin')).send({ outcome, comment: '已解除' })).status).toBe(200);
    }
    expect(await handle.result()).toEqual({ status: 'removed', lifted: notices.length });

    const rows = await expectOneOfEach({ workflowId });
    expect(rows).toHaveLength(2 * notices.length);
    expect(await p.db.models.credit_listings.count({ where: { creditCode } })).toBe(1);
  }, 300_000);

  it('a warning scan handing its warnings to batches page by page raises each warning, and its handling task, once', async () => {
    const WARNINGS = 8;
    const creditCode = ((await p.db.models.entities.findOne({ where: { status: 'active' }, order: [['creditCode', 'ASC']], raw: true })) as any).creditCode;
    for (let n = 1; n <= WARNINGS; n++) {
      await p.db.models.licenses.create({ creditCode, licenseItemCode: 'L003', departmentCode: 'JTW', licenseNo: `JT-FAULT-${n}`, validFrom: addYears(today, -5, 0), validTo: addYears(today, 0, n), source: 'test', createdAt: new Date() });
    }
    const handle = await p.client.workflow.start(warningScan, { workflowId: `warning-scan:fault:${p.config.TASK_QUEUE}`, taskQueue: p.config.TASK_QUEUE, args: [{ rules: ['licenseExpiring'], creditCode, batchSize: 2, batchesPerRun: 2 }] });

    // Killed as soon as the first warning is stored, while the scan is still starting the others.
    await eventually(async () => (await p.db.models.warnings.count({ where: { creditCode } })) >= 1, 60_000, 'first warning');
    await restartWorker();

    expect(await handle.result()).toEqual({ raised: WARNINGS });
    const warnings = (await p.db.models.warnings.findAll({ where: { creditCode }, raw: true })) as any[];
    expect(warnings).toHaveLength(WARNINGS);
    expect(new Set(warnings.map((w) => w.subject)).size).toBe(WARNINGS);
    const handling = await eventually(async () => {
      const rows = await p.db.models.tasks.count({ where: { type: 'warningHandling', creditCode } });
      return rows === WARNINGS;
    }, AFTER_RESTART_MS, 'every handling task');
    expect(handling).toBe(true);
    await expectOneOfEach({ type: 'warningHandling', creditCode });
  }, 300_000);
});
