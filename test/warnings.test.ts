import { warningScheduleId } from '../api/warnings/schedule';
import { warningBatchWorkflowId, warningScan } from '../workflows/warnings';
import { addYears } from '../domain/credit';
import { shanghaiDate } from '../domain/workingDays';
import { testDatabases } from './support/databases';
import { newEventId, registration } from './support/events';
import { eventually, startPlatform, type TestPlatform } from './support/platform';

// Supervision warnings (监管预警, F7): the automatic rules on a Schedule and on events, manual warnings,
// one open warning per fact, handling with an outcome, and the rules' settings.
describe.each(testDatabases)('warnings on $name', (database) => {
  let p: TestPlatform;
  let fast: TestPlatform;
  const tokens = new Map<TestPlatform, Record<string, string>>();
  const as = (pl: TestPlatform, user: string) => ({ Authorization: `Bearer ${tokens.get(pl)![user]}` });
  const users = ['admin', 'supervisor', 'inspector', 'clerk', 'jtw-clerk', 'jtw-supervisor', 'fgw-clerk'];
  const today = shanghaiDate(new Date());
  let entities: string[];

  beforeAll(async () => {
    [p, fast] = await Promise.all([startPlatform(database, { entities: 30 }), startPlatform(database, { entities: 10, secondsPerWorkingDay: 1 })]);
    for (const pl of [p, fast]) {
      const t: Record<string, string> = {};
      for (const u of users) t[u] = await pl.login(u);
      tokens.set(pl, t);
    }
    entities = ((await p.db.models.entities.findAll({ where: { status: 'active' }, order: [['creditCode', 'ASC']], raw: true })) as any[]).map((e) => e.creditCode);
  });
  afterAll(async () => {
    await p?.stop();
    await fast?.stop();
  });

  const scan = async (pl: TestPlatform, body: object) => {
    const res = await pl.api.post('/api/v1/warning-scans').set(as(pl, 'admin')).send(body);
    expect(res.status).toBe(200);
    return res.body as { raised: number; workflowId: string };
  };
  const warningsOf = async (pl: TestPlatform, q: Record<string, string>) => (await pl.api.get('/api/v1/warnings').query({ perPage: '100', ...q }).set(as(pl, 'admin'))).body.data as any[];
  const license = (pl: TestPlatform, creditCode: string, licenseNo: string, validTo: string, item = 'L003', departmentCode = 'JTW') =>
    pl.db.models.licenses.create({ creditCode, licenseItemCode: item, departmentCode, licenseNo, validFrom: addYears(today, -5, 0), validTo, source: 'test', createdAt: new Date() });

  it('a license expiring within the threshold warns its department once; a per-item threshold and a disabled rule are obeyed', async () => {
    const [a, b] = entities;
    await license(p, a, 'JT-EXP-10', addYears(today, 0, 10));
    await license(p, a, 'JT-EXP-60', addYears(today, 0, 60));
    const first = await scan(p, { rules: ['licenseExpiring'], creditCode: a });
    expect(first.raised).toBe(1);
    const [w] = await warningsOf(p, { entity: a, ruleCode: 'licenseExpiring' });
    expect(w).toMatchObject({ departmentCode: 'JTW', level: 'blue', status: 'open', source: 'auto' });
    expect(w.subject).toContain('JT-EXP-10');
    // Its handling task is in the department's queue, with the reason.
    const task = await eventually(async () => ((await p.api.get('/api/v1/tasks').query({ type: 'warningHandling', entity: a }).set(as(p, 'jtw-clerk'))).body.data as any[])[0]);
    expect(task.data.reason).toContain('JT-EXP-10');
    // The same fact is not raised again, by a second scan or the scheduled one.
    expect((await scan(p, { rules: ['licenseExpiring'], creditCode: a })).raised).toBe(0);
    expect(await warningsOf(p, { entity: a, ruleCode: 'licenseExpiring' })).toHaveLength(1);

    // 道路运输经营许可 warns 5 days ahead only: a license 8 days from expiry is not yet due.
    await p.db.models.license_items.update({ expiryWarningDays: 5 }, { where: { code: 'L003' } });
    await license(p, b, 'JT-EXP-8', addYears(today, 0, 8));
    expect((await scan(p, { rules: ['licenseExpiring'], creditCode: b })).raised).toBe(0);
    await p.db.models.license_items.update({ expiryWarningDays: null }, { where: { code: 'L003' } });

    // Rules are the district's: a bureau supervisor may not change them; bad settings change nothing.
    const rule = { enabled: false, thresholdDays: 30, level: 'blue', departmentCode: null };
    expect((await p.api.put('/api/v1/warning-rules/licenseExpiring').set(as(p, 'jtw-supervisor')).send(rule)).status).toBe(403);
    expect((await p.api.put('/api/v1/warning-rules/licenseExpiring').set(as(p, 'admin')).send({ ...rule, level: 'purple' })).status).toBe(400);
    expect((await p.api.put('/api/v1/warning-rules/licenseExpiring').set(as(p, 'admin')).send({ ...rule, departmentCode: 'NOPE' })).status).toBe(422);
    expect((await p.api.put('/api/v1/warning-rules/noSuchRule').set(as(p, 'admin')).send(rule)).status).toBe(400);
    expect((await p.api.put('/api/v1/warning-rules/licenseExpiring').set(as(p, 'admin')).send(rule)).status).toBe(200);
    expect((await scan(p, { rules: ['licenseExpiring'], creditCode: b })).raised).toBe(0);
    await p.db.models.license_items.update({ expiryWarningDays: 5 }, { where: { code: 'L003' } });
    expect((await p.api.put('/api/v1/warning-rules/licenseExpiring').set(as(p, 'admin')).send({ ...rule, enabled: true, level: 'yellow' })).status).toBe(200);
    await p.db.models.license_items.update({ expiryWarningDays: null }, { where: { code: 'L003' } });
    expect((await scan(p, { rules: ['licenseExpiring'], creditCode: b })).raised).toBe(1);
    expect((await warningsOf(p, { entity: b }))[0].level).toBe('yellow');
  });

  it('a scan hands its warnings to batches page by page, continuing as new, each warning to one batch once', async () => {
    const c = entities[5];
    for (let n = 1; n <= 5; n++) await license(p, c, `JT-MANY-${n}`, addYears(today, 0, n));
    // Batches of 2, one a run: three runs (2 + 2 + 1 warnings), the last ending on its short page.
    const handle = await p.client.workflow.start(warningScan, { workflowId: `warning-scan:test:${p.config.TASK_QUEUE}`, taskQueue: p.config.TASK_QUEUE, args: [{ rules: ['licenseExpiring'], creditCode: c, batchSize: 2, batchesPerRun: 1 }] });
    // The client follows the chain to the last run's result.
    expect(await handle.result()).toEqual({ raised: 5 });
    // Visibility is eventually consistent: wait for the three runs to be listed.
    await eventually(async () => {
      const runs = [];
      for await (const w of p.client.workflow.list({ query: `WorkflowId = 'warning-scan:test:${p.config.TASK_QUEUE}'` })) runs.push(w.runId);
      return runs.length === 3;
    }, 20_000, 'three runs of the scan');
    // Each warning's handling task, once, in its batch (a batch takes its warnings, then writes their tasks).
    const tasks = await eventually(async () => {
      const rows = (await p.db.models.tasks.findAll({ where: { type: 'warningHandling', creditCode: c }, raw: true })) as any[];
      return rows.length === 5 && rows;
    }, 20_000, 'five handling tasks');
    const raised = await warningsOf(p, { entity: c, ruleCode: 'licenseExpiring' });
    expect(raised).toHaveLength(5);
    // Each warning names its batch, named by the batch's first warning (in id order); each batch runs.
    const ids = raised.map((w) => w.id).sort();
    const batches = [ids[0], ids[2], ids[4]].map(warningBatchWorkflowId);
    expect(raised.map((w) => [w.id, w.workflowId]).sort()).toEqual(ids.map((id, i) => [id, batches[Math.floor(i / 2)]]));
    for (const id of batches) expect((await p.client.workflow.getHandle(id).describe()).status.name).toBe('RUNNING');
    // The warning's page shows its own task only.
    expect(tasks.map((t) => [t.taskKey, t.workflowId]).sort()).toEqual(ids.map((id, i) => [`warning:${id}/handle`, batches[Math.floor(i / 2)]]));
    const page = (await p.api.get(`/api/v1/warnings/${ids[1]}`).set(as(p, 'jtw-clerk'))).body;
    expect(page.tasks.map((t: any) => t.taskKey)).toEqual([`warning:${ids[1]}/handle`]);

    // Handling one warning of a batch closes that warning alone; the batch ends with its last.
    const complete = async (id: string, outcome: string) => {
      const task = tasks.find((t) => t.taskKey === `warning:${id}/handle`);
      return p.api.post(`/api/v1/tasks/${task.id}/complete`).set(as(p, 'jtw-clerk')).send({ outcome, comment: '已电话提醒企业办理延续' });
    };
    expect((await complete(ids[0], 'resolved')).status).toBe(200);
    await eventually(async () => (await p.api.get(`/api/v1/warnings/${ids[0]}`).set(as(p, 'jtw-clerk'))).body.status === 'closed', 20_000, 'the first warning closed');
    expect((await p.api.get(`/api/v1/warnings/${ids[1]}`).set(as(p, 'jtw-clerk'))).body.status).toBe('open');
    expect((await p.client.workflow.getHandle(batches[0]).describe()).status.name).toBe('RUNNING');
    // A second completion of a handled task is refused by the batch, and changes nothing.
    expect((await complete(ids[0], 'referred')).status).toBe(409);
    expect((await complete(ids[1], 'no_action_needed')).status).toBe(200);
    expect(await p.client.workflow.getHandle(batches[0]).result()).toEqual({ handled: 2 });
    expect(((await p.api.get(`/api/v1/warnings/${ids[0]}`).set(as(p, 'jtw-clerk'))).body as any).outcome).toBe('resolved');
  });

  it('a batch escalates each late task as a warning of its own would: to the supervisor, then to the district', async () => {
    const c = ((await fast.db.models.entities.findOne({ where: { status: 'active' }, order: [['creditCode', 'DESC']], raw: true })) as any).creditCode;
    for (let n = 1; n <= 2; n++) await license(fast, c, `JT-LATE-${n}`, addYears(today, 0, n));
    // Blue: 15 working days to handle (15 s here), then SECOND_ESCALATION_WORKING_DAYS more to the district.
    expect((await scan(fast, { rules: ['licenseExpiring'], creditCode: c })).raised).toBe(2);
    const levels = async () => ((await fast.db.models.tasks.findAll({ where: { type: 'warningHandling', creditCode: c }, order: [['taskKey', 'ASC']], raw: true })) as any[]).map((t) => t.escalationLevel);
    await eventually(async () => (await levels()).join() === '2,2', 60_000, 'both tasks escalated to the district');
    const [w] = await warningsOf(fast, { entity: c, ruleCode: 'licenseExpiring' });
    expect(w.workflowId).toMatch(/^warning-batch:/);
    expect((await fast.client.workflow.getHandle(w.workflowId).describe()).status.name).toBe('RUNNING');
  }, 90_000);

  it('handling needs a comment and an outcome, and closes the warning', async () => {
    const [a] = entities;
    const [w] = await warningsOf(p, { entity: a, ruleCode: 'licenseExpiring' });
    const task = await eventually(async () => ((await p.api.get('/api/v1/tasks').query({ type: 'warningHandling', entity: a, status: 'open' }).set(as(p, 'jtw-clerk'))).body.data as any[])[0]);
    expect((await p.api.post(`/api/v1/tasks/${task.id}/complete`).set(as(p, 'jtw-clerk')).send({ outcome: 'resolved' })).status).toBe(422);
    expect((await p.api.post(`/api/v1/tasks/${task.id}/complete`).set(as(p, 'jtw-clerk')).send({ outcome: 'ignored', comment: 'x' })).status).toBe(422);
    expect((await p.api.post(`/api/v1/tasks/${task.id}/complete`).set(as(p, 'jtw-clerk')).send({ outcome: 'resolved', comment: '已电话提醒企业办理延续' })).status).toBe(200);
    const closed = await eventually(async () => {
      const x = (await p.api.get(`/api/v1/warnings/${w.id}`).set(as(p, 'jtw-clerk'))).body;
      return x.status === 'closed' && x;
    });
    expect(closed).toMatchObject({ outcome: 'resolved', handling: '已电话提醒企业办理延续' });
    // Handled: a later scan does not raise the same fact again.
    expect((await scan(p, { rules: ['licenseExpiring'], creditCode: a })).raised).toBe(0);
  });

  it('manual warnings: one open per entity and subject, for the responsible department; bad input changes nothing', async () => {
    const c = entities[2];
    const input = { creditCode: c, level: 'orange', subject: '群众投诉夜间违规施工', reason: '12345热线近一周投诉3次' };
    const created = await p.api.post('/api/v1/warnings').set(as(p, 'inspector')).send(input);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ source: 'manual', departmentCode: 'SCJGJ', status: 'open', raisedBy: 'user:inspector' });
    expect((await p.api.post('/api/v1/warnings').set(as(p, 'inspector')).send(input)).status).toBe(409);
    const count = await p.db.models.warnings.count();
    expect((await p.api.post('/api/v1/warnings').set(as(p, 'inspector')).send({ ...input, level: 'purple' })).status).toBe(400);
    expect((await p.api.post('/api/v1/warnings').set(as(p, 'inspector')).send({ ...input, creditCode: '91310116MA1H2K3L0T' })).status).toBe(422);
    expect((await p.api.post('/api/v1/warnings').set(as(p, 'inspector')).send({ ...input, subject: '另一事项', departmentCode: 'NOPE' })).status).toBe(422);
    expect((await p.api.post('/api/v1/warnings').set(as(p, 'inspector')).send({ ...input, reason: '' })).status).toBe(400);
    expect(await p.db.models.warnings.count()).toBe(count);

    // Handled and closed, the same subject may be raised again.
    const task = await eventually(async () => ((await p.api.get('/api/v1/tasks').query({ type: 'warningHandling', entity: c, status: 'open' }).set(as(p, 'clerk'))).body.data as any[])[0]);
    expect(task.data.level).toBe('orange');
    await p.api.post(`/api/v1/tasks/${task.id}/complete`).set(as(p, 'clerk')).send({ outcome: 'referred', comment: '移交城管执法局' });
    await eventually(async () => (await p.api.get(`/api/v1/warnings/${created.body.id}`).set(as(p, 'clerk'))).body.status === 'closed');
    expect((await p.api.post('/api/v1/warnings').set(as(p, 'inspector')).send(input)).status).toBe(201);
    // Another department does not see it.
    expect((await p.api.get(`/api/v1/warnings/${created.body.id}`).set(as(p, 'jtw-clerk'))).status).toBe(404);
  });

  it('a deregistered entity still holding valid licenses warns the licensing department, on the event', async () => {
    const c = entities[3];
    await license(p, c, 'JT-DEREG-1', addYears(today, 2, 0));
    const key = await p.apiKey(['registration:write']);
    const entity = (await p.db.models.entities.findByPk(c, { raw: true })) as any;
    const res = await p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${key}`).send(registration({ action: 'deregister', creditCode: c, name: entity.name }));
    expect(res.status).toBe(202);
    const w = await eventually(async () => (await warningsOf(p, { entity: c, ruleCode: 'deregisteredWithLicenses' })).find((x) => x.subject.includes('JT-DEREG-1')));
    expect(w).toMatchObject({ departmentCode: 'JTW', level: 'orange', status: 'open' });
  });

  it('an overdue feedback is warned about by the scan, and the Schedule exists and runs the scan', async () => {
    const c = ((await fast.db.models.entities.findOne({ where: { status: 'active' }, raw: true })) as any).creditCode;
    const creditKey = await fast.apiKey(['credit:write']);
    await fast.api.post('/api/ext/v1/credit-listings').set('Authorization', `Bearer ${creditKey}`).send({ eventId: newEventId('CL'), action: 'list', listType: 'dishonestDebtor', creditCode: c, reason: '拒不履行', documentNo: '（2026）沪0116执1号', authority: '上海市金山区人民法院', listedOn: today });
    // Feedback is due in 10 working days (10 s here); the FGW notice goes overdue unanswered.
    await eventually(async () => ((await fast.api.get('/api/v1/tasks').query({ type: 'punishmentNotice', entity: c, overdue: 'true' }).set(as(fast, 'fgw-clerk'))).body.data as any[])[0], 40_000);
    const handle = fast.client.schedule.getHandle(warningScheduleId(fast.config.TASK_QUEUE));
    const described = await handle.describe();
    // Daily at 06:00 in Shanghai by default (WARNING_SCAN_CRON).
    expect(described.spec.timezone).toBe('Asia/Shanghai');
    expect(described.spec.calendars?.[0]).toMatchObject({ hour: [{ start: 6, end: 6, step: 1 }] });
    await handle.trigger();
    const w = await eventually(async () => (await warningsOf(fast, { entity: c, ruleCode: 'taskOverdue', departmentCode: 'FGW' }))[0], 30_000, 'the scheduled scan');
    expect(w.reason).toMatch(/超期/);
    expect((await handle.describe()).info.recentActions.length).toBeGreaterThan(0);
  }, 90_000);
});
