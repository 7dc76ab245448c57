import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { appendAudit } from '../../db/audit';
import { XLSX_TYPE } from '../../api/workbook';
import { testDatabases } from '../support/databases';
import { startPlatform, type TestPlatform } from '../support/platform';

// The audit log in the auditor's hands (F8/F15): searched by person, action, target and day, newest first and
// paged; exported; its chain verified as `cli audit verify` does, naming the first entry someone changed in
// the database. Only the auditor; every look is itself an entry.

const binary = (res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

const shanghaiDay = (offsetDays = 0) => new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe.each(testDatabases)('audit log API on $name', (database) => {
  let p: TestPlatform;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });
  const run = crypto.randomBytes(4).toString('hex');
  const list = (q: string, user = 'auditor') => p.api.get(`/api/v1/audit-log?${q}`).set(as(user));

  beforeAll(async () => {
    p = await startPlatform(database, { worker: false });
    for (const u of ['auditor', 'clerk', 'admin']) tokens[u] = await p.login(u);
    // The demo clerk (市场监管受理员（演示）) claims and completes two tasks; a workflow raises a warning; the
    // administrator is created a user by the CLI: each entry about this run's own targets.
    await appendAudit(p.db, { actorType: 'user', actor: 'clerk', action: 'task.claimed', targetType: 'probe', targetId: `A-${run}`, detail: { comment: '认领' } });
    await appendAudit(p.db, { actorType: 'user', actor: 'clerk', action: 'task.completed', targetType: 'probe', targetId: `A-${run}`, detail: { outcome: 'received' } });
    await appendAudit(p.db, { actorType: 'user', actor: 'clerk', action: 'task.claimed', targetType: 'probe', targetId: `B-${run}` });
    await appendAudit(p.db, { actorType: 'workflow', actor: `warning:${run}`, action: 'warning.raised', targetType: 'probe', targetId: `A-${run}` });
    await appendAudit(p.db, { actorType: 'workflow', actor: `task:${run}`, action: 'task.reassigned', targetType: 'probe', targetId: `C-${run}`, detail: { departmentCode: 'SCJGJ', assignee: 'clerk', outcome: 'received' } });
    await appendAudit(p.db, { actorType: 'operator', actor: 'cli', action: 'user.created', targetType: 'user', targetId: 'supervisor', detail: { run } });
  });
  afterAll(() => p?.stop());

  it('answers 401 without a session, and 403 to a clerk and to the administrator (only the auditor reads or verifies it)', async () => {
    expect((await p.api.get('/api/v1/audit-log')).status).toBe(401);
    for (const user of ['clerk', 'admin']) {
      const res = await list('', user);
      expect([user, res.status, res.body.type]).toEqual([user, 403, 'https://zongjian.dev/problems/role-required']);
      expect([user, (await p.api.post('/api/v1/audit-log/verify').set(as(user))).status]).toEqual([user, 403]);
    }
  });

  it('finds a person’s entries by a fragment of their name, newest first, with the actor and target in words', async () => {
    const res = await list(`actor=${encodeURIComponent('受理员')}&targetType=probe`);
    expect(res.status).toBe(200);
    const mine = res.body.data.filter((e: any) => e.target.id.endsWith(run));
    const created = await list(`actor=cli&action=user.created&targetId=supervisor`);
    expect(mine.map((e: any) => [e.action, e.target.id])).toEqual([
      ['task.claimed', `B-${run}`],
      ['task.completed', `A-${run}`],
      ['task.claimed', `A-${run}`],
    ]);
    expect(mine[0].actor).toEqual({ id: 'clerk', name: '市场监管受理员（演示）', department: { code: 'SCJGJ', name: expect.stringContaining('市场监督管理局') } });
    expect(mine[1].detail).toEqual({ outcome: 'received' });
    // A department code or a login in the detail is named.
    expect(created.body.data[0].names).toEqual({});
    const named = (await list(`targetType=probe&targetId=C-${run}`)).body.data[0];
    expect([named.detail, named.names]).toEqual([{ departmentCode: 'SCJGJ', assignee: 'clerk', outcome: 'received' }, { SCJGJ: expect.stringContaining('市场监督管理局'), clerk: '市场监管受理员（演示）' }]);
    expect(res.body.data.every((e: any) => e.actor.id === 'clerk')).toBe(true);
    // A user target is named too; a login filter is exact.
    expect(created.body.data[0]).toMatchObject({ actorType: 'operator', target: { type: 'user', id: 'supervisor', label: '市场监管科长（演示）' }, detail: { run } });
  });

  it('filters by action, target and day, and pages through the result', async () => {
    const byTarget = await list(`targetType=probe&targetId=A-${run}`);
    expect([byTarget.body.total, byTarget.body.data.map((e: any) => e.action)]).toEqual([3, ['warning.raised', 'task.completed', 'task.claimed']]);
    const byAction = await list(`targetType=probe&targetId=A-${run}&action=task.claimed`);
    expect(byAction.body.total).toBe(1);
    const first = await list(`targetType=probe&targetId=A-${run}&perPage=2&page=1`);
    const second = await list(`targetType=probe&targetId=A-${run}&perPage=2&page=2`);
    expect([first.body.total, first.body.data.length, second.body.data.length]).toEqual([3, 2, 1]);
    expect(second.body.data[0].id).toBeLessThan(first.body.data[1].id);
    const today = await list(`targetType=probe&targetId=A-${run}&from=${shanghaiDay()}&to=${shanghaiDay()}`);
    expect(today.body.total).toBe(3);
    const tomorrow = await list(`targetType=probe&targetId=A-${run}&from=${shanghaiDay(1)}`);
    const yesterday = await list(`targetType=probe&targetId=A-${run}&to=${shanghaiDay(-1)}`);
    expect([tomorrow.body.total, yesterday.body.total]).toEqual([0, 0]);
  });

  it('refuses a bad filter with 400 naming it, and records nothing for it', async () => {
    const before = await p.db.models.audit_log.count({ where: { action: 'auditLog.viewed' } });
    const cases: Array<[string, string]> = [
      ['from=2026-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['perPage=501', 'perPage'],
      ['page=0', 'page'],
      [`actor=${encodeURIComponent('a\u0000b')}`, 'actor'],
      [`targetId=${'x'.repeat(201)}`, 'targetId'],
      ['format=csv', 'format'],
    ];
    for (const [q, field] of cases) {
      const res = await list(q);
      expect([q, res.status, res.body.errors?.[0]?.field]).toEqual([q, 400, field]);
    }
    const reversed = await list('from=2026-11-30&to=2026-11-01');
    expect([reversed.status, reversed.body.type]).toEqual([400, 'https://zongjian.dev/problems/date-range-reversed']);
    expect(await p.db.models.audit_log.count({ where: { action: 'auditLog.viewed' } })).toBe(before);
  });

  it('shows one entry with its hashes, 404 for one that does not exist, and records the reading', async () => {
    const [entry] = (await list(`targetType=probe&targetId=B-${run}`)).body.data;
    const one = await p.api.get(`/api/v1/audit-log/${entry.id}`).set(as('auditor'));
    expect([one.status, one.body]).toEqual([200, { ...entry, hash: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    const read = await list(`actor=auditor&action=auditLog.viewed&targetType=auditLog&targetId=${entry.id}`);
    expect(read.body.total).toBe(1);
    expect((await p.api.get('/api/v1/audit-log/999999999').set(as('auditor'))).status).toBe(404);
    expect((await p.api.get('/api/v1/audit-log/abc').set(as('auditor'))).status).toBe(400);
    expect((await p.api.get(`/api/v1/audit-log/${entry.id}`).set(as('clerk'))).status).toBe(403);
  });

  it('records each search as an entry of the auditor, with its filters', async () => {
    await list(`targetType=probe&targetId=B-${run}`);
    const viewed = await list(`actor=auditor&action=auditLog.viewed&perPage=1`);
    expect(viewed.body.data[0]).toMatchObject({ actor: { id: 'auditor', name: '审计员（演示）' }, action: 'auditLog.viewed', detail: { targetType: 'probe', targetId: `B-${run}`, total: 1 } });
  });

  it('exports the filtered log as a workbook in words, and records the export', async () => {
    const res = await list(`targetType=probe&targetId=A-${run}&format=xlsx`).buffer(true).parse(binary as never);
    expect([res.status, res.headers['content-type']]).toEqual([200, XLSX_TYPE]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['序号', '时间', '操作人', '账号', '操作人类型', '所属部门', '操作', '对象类型', '对象', '对象编号', '详情', '哈希']);
    expect(rows.slice(1).map((r) => [r[2], r[6], r[9]])).toEqual([
      [`warning:${run}`, '发出监管预警', `A-${run}`],
      ['市场监管受理员（演示）', '办结待办', `A-${run}`],
      ['市场监管受理员（演示）', '认领待办', `A-${run}`],
    ]);
    const exported = await list(`actor=auditor&action=auditLog.exported&perPage=1`);
    expect(exported.body.data[0].detail).toMatchObject({ targetType: 'probe', targetId: `A-${run}` });
  });

  it('verifies the chain as intact, records the verification, then names the entry changed in the database', async () => {
    const entries = await p.db.models.audit_log.count();
    const intact = await p.api.post('/api/v1/audit-log/verify').set(as('auditor'));
    expect(intact.status).toBe(200);
    expect(intact.body).toMatchObject({ intact: true, checked: entries, problemCount: 0, firstProblem: null, summary: expect.stringContaining(`intact: ${entries} entries verified`) });
    // The test platform runs no worker: no checkpoint has completed, and the answer says the end was not compared.
    // On a loaded machine the Schedule's description can outlast the read's 15 s deadline (cli/auditVerify.ts): that
    // answer is also "not compared", and says Temporal did not answer in time (seen in a CI rehearsal on 2026-12-03).
    const { checkpoints } = intact.body;
    expect(checkpoints.compared).toBe(false);
    if (checkpoints.code === 'temporal-unreachable') expect(checkpoints.reason).toMatch(/DEADLINE_EXCEEDED|deadline/i);
    else expect(checkpoints.code).toBe('no-checkpoint-yet');
    const verified = await p.db.models.audit_log.findOne({ where: { action: 'auditLog.verified' }, order: [['id', 'DESC']], raw: true }) as any;
    expect([verified.actor, JSON.parse(verified.detail)]).toEqual(['auditor', { checked: entries, intact: true, problems: 0, checkpoints: 0 }]);

    const victim = (await p.db.models.audit_log.findOne({ where: { targetType: 'probe', targetId: `B-${run}` }, raw: true })) as any;
    await p.db.models.audit_log.update({ actor: 'someone-else' }, { where: { id: victim.id } });
    const broken = await p.api.post('/api/v1/audit-log/verify').set(as('auditor'));
    expect(broken.status).toBe(200);
    expect(broken.body).toMatchObject({ intact: false, problemCount: 1, firstProblem: { id: victim.id, problem: 'hashMismatch' } });
    expect(broken.body.summary).toContain(`the first at entry ${victim.id}`);
  });
});
