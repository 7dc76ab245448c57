import { testDatabases } from '../support/databases';
import { eventually, registerWithTasks, startPlatform, type TestPlatform } from '../support/platform';
import { registration } from '../support/events';

// Working many tasks at once and the people on them (issue 9): tasks name people by display name and
// department beside the login; a reassignment says why and the timeline tells who reassigned to whom and
// why; bulk claim and bulk reassign run each task through the one-task use case and answer per task.
// Tasks come from registrations posted through the external API, as in inbox.test.ts.

const SUPERVISOR = '市场监管科长（演示）';
const INSPECTOR = '市场监管执法员（演示）';
const CLERK = '市场监管受理员（演示）';
const SCJGJ = '金山区市场监督管理局';

describe.each(testDatabases)('bulk actions and people by name on $name', (database) => {
  let p: TestPlatform;
  let regKey: string;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });

  beforeAll(async () => {
    p = await startPlatform(database);
    regKey = await p.apiKey(['registration:write'], 'registration-system');
    for (const u of ['admin', 'supervisor', 'inspector', 'clerk', 'jtw-clerk']) tokens[u] = await p.login(u);
  });
  afterAll(() => p?.stop());

  const register = () => registerWithTasks(p, regKey, tokens.admin);

  const task = async (id: number, user = 'admin') => (await p.api.get(`/api/v1/tasks/${id}`).set(as(user))).body;
  const counts = async (user: string) => (await p.api.get('/api/v1/tasks/counts').set(as(user))).body as { mine: number; offered: number };

  it('names the assignee and who completed a task, with their department, in the list, the task and the timeline', async () => {
    const f = await register();
    expect((await p.api.post(`/api/v1/tasks/${f.food.id}/claim`).set(as('clerk'))).status).toBe(200);
    const listed = (await p.api.get('/api/v1/tasks').query({ entity: f.entity, department: 'SCJGJ' }).set(as('supervisor'))).body.data as any[];
    expect(listed).toEqual([expect.objectContaining({ id: f.food.id, assignee: { username: 'clerk', displayName: CLERK }, assigneeName: CLERK, assigneeDepartmentName: SCJGJ, completedByName: null })]);

    expect((await p.api.post(`/api/v1/tasks/${f.food.id}/complete`).set(as('clerk')).send({ outcome: 'received' })).status).toBe(200);
    expect(await task(f.food.id)).toMatchObject({ completedBy: 'clerk', completedByName: CLERK, completedByDepartmentName: SCJGJ });

    const timeline = (await p.api.get(`/api/v1/tasks/${f.food.id}/timeline`).set(as('clerk'))).body.data as any[];
    expect(timeline.find((e) => e.step === 'claimed')).toMatchObject({ actor: 'clerk', actorName: CLERK, actorDepartmentName: SCJGJ });
    for (const e of timeline.filter((x) => x.actor)) expect(e).toMatchObject({ actorName: CLERK, actorDepartmentName: SCJGJ });
  }, 60_000);

  it('refuses a reassignment without a reason (400), and the timeline says who reassigned to whom and why', async () => {
    const f = await register();
    expect((await p.api.post(`/api/v1/tasks/${f.food.id}/claim`).set(as('clerk'))).status).toBe(200);
    for (const body of [{ assignee: 'inspector' }, { assignee: 'inspector', reason: '' }, { assignee: 'inspector', reason: 'x'.repeat(501) }]) {
      const res = await p.api.post(`/api/v1/tasks/${f.food.id}/reassign`).set(as('supervisor')).send(body);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    }
    expect((await task(f.food.id)).assigneeName).toBe(CLERK);

    const reason = '受理员休假，由执法员现场核实';
    const res = await p.api.post(`/api/v1/tasks/${f.food.id}/reassign`).set(as('supervisor')).send({ assignee: 'inspector', reason });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ assigneeName: INSPECTOR, assigneeDepartmentName: SCJGJ });

    const timeline = (await p.api.get(`/api/v1/tasks/${f.food.id}/timeline`).set(as('supervisor'))).body.data as any[];
    expect(timeline.filter((e) => e.step === 'reassigned')).toEqual([
      expect.objectContaining({ actor: 'supervisor', actorName: SUPERVISOR, assignee: 'inspector', assigneeName: INSPECTOR, assigneeDepartmentName: SCJGJ, reason }),
    ]);
  }, 60_000);

  it('refuses with a stable code naming who holds the task, when someone else claimed it first', async () => {
    const f = await register();
    expect((await p.api.post(`/api/v1/tasks/${f.food.id}/claim`).set(as('inspector'))).status).toBe(200);
    const res = await p.api.post(`/api/v1/tasks/${f.food.id}/claim`).set(as('clerk'));
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ type: expect.stringMatching(/\/claimed-by-other$/), params: { assignee: 'inspector', assigneeName: INSPECTOR } });
  }, 60_000);

  it('bulk claim: a task someone else claimed first is refused, the rest are claimed, and the counts follow', async () => {
    const tasks = [await register(), await register(), await register()].map((r) => r.food);
    expect((await p.api.post(`/api/v1/tasks/${tasks[0].id}/claim`).set(as('inspector'))).status).toBe(200);
    const before = await counts('clerk');

    const res = await p.api.post('/api/v1/tasks/bulk-claim').set(as('clerk')).send({ taskIds: tasks.map((t) => t.id) });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      { id: tasks[0].id, status: 'refused', code: 'claimed-by-other', params: { assignee: 'inspector', assigneeName: INSPECTOR } },
      { id: tasks[1].id, status: 'claimed' },
      { id: tasks[2].id, status: 'claimed' },
    ]);
    expect((await task(tasks[0].id)).assigneeName).toBe(INSPECTOR);
    for (const t of tasks.slice(1)) expect(await task(t.id)).toMatchObject({ status: 'claimed', assigneeName: CLERK });
    expect(await counts('clerk')).toMatchObject({ mine: before.mine + 2, offered: before.offered - 2 });
  }, 90_000);

  it('bulk reassign: supervisors only (403); each task reassigned with the reason, one outside the department refused', async () => {
    const a = await register();
    const b = await register();
    const ids = [a.food.id, b.food.id, a.transport.id];
    for (const user of ['clerk', 'inspector']) {
      expect((await p.api.post('/api/v1/tasks/bulk-reassign').set(as(user)).send({ taskIds: ids, assignee: 'inspector', reason: '统一安排' })).status).toBe(403);
    }
    expect((await p.api.post('/api/v1/tasks/bulk-reassign').set(as('supervisor')).send({ taskIds: ids, assignee: 'inspector' })).status).toBe(400);
    expect((await p.api.post('/api/v1/tasks/bulk-reassign').set(as('supervisor')).send({ taskIds: ids, assignee: 'nobody-here', reason: '统一安排' })).status).toBe(422);
    expect((await p.api.post('/api/v1/tasks/bulk-claim').set(as('clerk')).send({ taskIds: Array.from({ length: 101 }, (_, i) => i + 1) })).status).toBe(400);

    const before = await counts('inspector');
    const res = await p.api.post('/api/v1/tasks/bulk-reassign').set(as('supervisor')).send({ taskIds: ids, assignee: 'inspector', reason: '统一安排' });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      { id: a.food.id, status: 'reassigned' },
      { id: b.food.id, status: 'reassigned' },
      // The JTW receipt is not the SCJGJ supervisor's to see.
      { id: a.transport.id, status: 'refused', code: 'task-not-found', params: { id: a.transport.id } },
    ]);
    expect((await counts('inspector')).mine).toBe(before.mine + 2);
    const timeline = (await p.api.get(`/api/v1/tasks/${b.food.id}/timeline`).set(as('supervisor'))).body.data as any[];
    expect(timeline.find((e) => e.step === 'reassigned')).toMatchObject({ actorName: SUPERVISOR, assigneeName: INSPECTOR, reason: '统一安排' });
    expect((await task(a.transport.id)).assignee).toBeNull();
  }, 90_000);
});
