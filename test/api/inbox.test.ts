import { countTasks, listTasks } from '../../api/tasks/repository';
import { loadUser } from '../../db/credentials';
import { testDatabases } from '../support/databases';
import { eventually, registerWithTasks, startPlatform, type TestPlatform } from '../support/platform';
import { newRunTag, registration } from '../support/events';
import { taskState } from '../support/tasks';
import { createTaskActivities } from '../../activities/tasks';
import type { TaskState } from '../../domain/tasks';

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

// The inbox as its users work it (issue 9): 我的待办 (`assignee=me`: assigned to me) and 待认领
// (`offered=mine`: nobody holds it, offered to my department) are separate views, the menu's counts
// (`/tasks/counts`) agree with them, and the list filters narrow what each user sees. Tasks come from
// registrations posted through the external API, as in access.test.ts: an SCJGJ receipt, a JTW receipt
// and a claim-pool item offered to SCJGJ and NYNCW.

describe.each(testDatabases)('the inbox on $name', (database) => {
  let p: TestPlatform;
  let regKey: string;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });

  beforeAll(async () => {
    p = await startPlatform(database);
    regKey = await p.apiKey(['registration:write'], 'registration-system');
    for (const u of ['admin', 'supervisor', 'inspector', 'clerk', 'jtw-clerk', 'nyncw-clerk']) tokens[u] = await p.login(u);
  });
  afterAll(() => p?.stop());

  async function ids(user: string, query: Record<string, string>): Promise<number[]> {
    const res = await p.api.get('/api/v1/tasks').query({ perPage: '500', ...query }).set(as(user));
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(res.body.data.length);
    return (res.body.data as any[]).map((t) => t.id).sort((a, b) => a - b);
  }

  async function counts(user: string): Promise<{ mine: number; offered: number; overdue: number; dueSoon: number; capped: string[] }> {
    const res = await p.api.get('/api/v1/tasks/counts').set(as(user));
    expect(res.status).toBe(200);
    return res.body;
  }

  const register = () => registerWithTasks(p, regKey, tokens.admin);
  const sorted = (...n: number[]) => n.sort((a, b) => a - b);

  it('我的待办 lists only what is assigned to me; 待认领 what my department may claim; the counts follow a claim', async () => {
    const before = await counts('clerk');
    const f = await register();
    // Nobody holds anything yet: the clerk's inbox is empty, its department's offer holds its receipt and the pool item.
    expect(await ids('clerk', { entity: f.entity, assignee: 'me' })).toEqual([]);
    expect(await ids('clerk', { entity: f.entity, offered: 'mine' })).toEqual(sorted(f.food.id, f.pool.id));
    expect(await ids('nyncw-clerk', { entity: f.entity, offered: 'mine' })).toEqual([f.pool.id]);
    expect(await ids('jtw-clerk', { entity: f.entity, offered: 'mine' })).toEqual([f.transport.id]);
    // An inspector is offered its department's open tasks, not the claim pool.
    expect(await ids('inspector', { entity: f.entity, offered: 'mine' })).toEqual([f.food.id]);
    expect(await counts('clerk')).toMatchObject({ mine: before.mine, offered: before.offered + 2 });

    expect((await p.api.post(`/api/v1/tasks/${f.food.id}/claim`).set(as('clerk'))).status).toBe(200);
    // Claimed, the receipt moves from 待认领 to 我的待办: the two views never show the same row.
    expect(await ids('clerk', { entity: f.entity, assignee: 'me' })).toEqual([f.food.id]);
    expect(await ids('clerk', { entity: f.entity, offered: 'mine' })).toEqual([f.pool.id]);
    expect(await ids('inspector', { entity: f.entity, offered: 'mine' })).toEqual([]);
    expect(await counts('clerk')).toMatchObject({ mine: before.mine + 1, offered: before.offered + 1 });

    // Once completed, it is no longer open: it leaves the count, and the view unless asked for closed tasks.
    expect((await p.api.post(`/api/v1/tasks/${f.food.id}/complete`).set(as('clerk')).send({ outcome: 'received' })).status).toBe(200);
    expect(await ids('clerk', { entity: f.entity, assignee: 'me', status: 'open,claimed' })).toEqual([]);
    expect(await ids('clerk', { entity: f.entity, assignee: 'me', status: 'completed' })).toEqual([f.food.id]);
    expect((await counts('clerk')).mine).toBe(before.mine);
  }, 60_000);

  it('counts overdue and due-soon tasks within what the caller sees, as the boards list them', async () => {
    const f = await register();
    const before = { supervisor: await counts('supervisor'), jtw: await counts('jtw-clerk') };
    // The workflow's own deadline is days away; the projection's dueAt, which lists and counts read, is moved past.
    await p.db.models.tasks.update({ dueAt: new Date(Date.now() - 60_000) }, { where: { id: f.food.id } });
    const after = await counts('supervisor');
    expect(after.overdue).toBe(before.supervisor.overdue + 1);
    // JTW sees no SCJGJ task: its count does not move.
    expect((await counts('jtw-clerk')).overdue).toBe(before.jtw.overdue);
    for (const user of ['supervisor', 'clerk', 'jtw-clerk', 'admin']) {
      const c = await counts(user);
      expect(c.overdue).toBe((await ids(user, { overdue: 'true' })).length);
      expect(c.dueSoon).toBe((await ids(user, { dueSoon: 'true' })).length);
    }
  }, 60_000);

  it('filters by type, entity, due range, department, assignee and escalation level', async () => {
    const f = await register();
    const g = await register();
    const e = { entity: f.entity };
    expect(await ids('admin', { ...e, type: 'claim' })).toEqual([f.pool.id]);
    expect(await ids('admin', { ...e, department: 'JTW' })).toEqual([f.transport.id]);
    expect(await ids('admin', { entity: g.entity, type: 'receipt' })).toEqual(sorted(g.food.id, g.transport.id));

    // The due range: from is inclusive, before exclusive.
    const due = new Date(f.food.dueAt).getTime();
    const at = (ms: number) => new Date(ms).toISOString();
    expect(await ids('admin', { ...e, department: 'SCJGJ', dueFrom: at(due) })).toEqual([f.food.id]);
    expect(await ids('admin', { ...e, department: 'SCJGJ', dueFrom: at(due + 1) })).toEqual([]);
    expect(await ids('admin', { ...e, department: 'SCJGJ', dueBefore: at(due) })).toEqual([]);
    expect(await ids('admin', { ...e, department: 'SCJGJ', dueFrom: at(due - 1), dueBefore: at(due + 1) })).toEqual([f.food.id]);

    // The assignee by username, within what the caller sees.
    expect((await p.api.post(`/api/v1/tasks/${f.food.id}/claim`).set(as('clerk'))).status).toBe(200);
    expect(await ids('supervisor', { ...e, assignee: 'clerk' })).toEqual([f.food.id]);
    expect(await ids('supervisor', { ...e, assignee: 'jtw-clerk' })).toEqual([]);

    // Escalation level exactly (the escalation itself is the workflow's, tested in escalation.test.ts; here the projection's level is set).
    await p.db.models.tasks.update({ escalationLevel: 2 }, { where: { id: f.transport.id } });
    expect(await ids('admin', { ...e, escalation: '2' })).toEqual([f.transport.id]);
    expect(await ids('admin', { ...e, escalation: '1' })).toEqual([]);
    expect(await ids('admin', { ...e, escalation: '0' })).toEqual(sorted(f.food.id, f.pool.id));
  }, 60_000);

  it('counts a list exactly up to its cap, a task in two of the caller’s branches once, and past the cap says only "more than"', async () => {
    const f = await register();
    const clerk = (await loadUser(p.db, { username: 'clerk' }))!;
    const admin = (await loadUser(p.db, { username: 'admin' }))!;
    const first = { page: 1, perPage: 25, sort: 'dueAt', order: 'ASC' } as const;
    const list = (user: typeof clerk, cap: number) => listTasks(p.db, user, { entity: f.entity }, first, cap);
    // The clerk sees the entity's tasks in two branches (its department's receipt, the claim pool offered to it).
    expect(await list(clerk, 2)).toMatchObject({ total: 2, totalIsLowerBound: false });
    // Each branch within the cap, their union past it.
    const capped = await list(clerk, 1);
    expect(capped).toMatchObject({ total: 1, totalIsLowerBound: true });
    // The page is whole whatever the count: the cap bounds the counting, not the rows.
    expect(capped.data.map((t) => t.id).sort((a, b) => a - b)).toEqual(sorted(f.food.id, f.pool.id));
    // Claimed, the receipt is in the clerk's own branch and its department's: counted once.
    expect((await p.api.post(`/api/v1/tasks/${f.food.id}/claim`).set(as('clerk'))).status).toBe(200);
    expect(await list(clerk, 2)).toMatchObject({ total: 2, totalIsLowerBound: false });
    // One branch (the administrator sees everything) past the cap, at it, and counted exactly without one.
    expect(await list(admin, 2)).toMatchObject({ total: 2, totalIsLowerBound: true });
    expect(await list(admin, 3)).toMatchObject({ total: 3, totalIsLowerBound: false });
    expect(await list(admin, Infinity)).toMatchObject({ total: 3, totalIsLowerBound: false });
    // Over HTTP, at the API’s cap: a small list is exact and says so.
    const res = await p.api.get('/api/v1/tasks').query({ entity: f.entity }).set(as('clerk'));
    expect(res.body).toMatchObject({ total: 2, totalIsLowerBound: false });

    // The menu's counts stop at the same cap and name the ones that reached it.
    const exact = await countTasks(p.db, clerk, Infinity);
    expect(exact.mine).toBeGreaterThanOrEqual(1);
    expect(exact.capped).toEqual([]);
    expect(await countTasks(p.db, clerk, exact.mine)).toMatchObject({ mine: exact.mine, capped: expect.not.arrayContaining(['mine']) });
    expect(await countTasks(p.db, clerk, exact.mine - 1)).toMatchObject({ mine: exact.mine - 1, capped: expect.arrayContaining(['mine']) });
    expect((await counts('clerk')).capped).toEqual([]);
  }, 60_000);

  it('pages the overdue boards highest escalation first, then longest overdue, across branches, statuses and levels', async () => {
    // Task rows written as the processes write them (saveTask), named by this run's tag: the supervisor's department
    // (open and claimed), one held by the supervisor, the claim pool offered to SCJGJ, and JTW's; not overdue and
    // completed ones stay off the board. Each branch is read once per status (api/tasks/repository.ts readBranches).
    const tag = newRunTag();
    const save = createTaskActivities(p.db).saveTask;
    const hour = 3_600_000;
    const rows: Array<Partial<TaskState> & { key: string }> = [
      { key: 'a', escalationLevel: 0, dueAt: ago(1 * hour) },
      { key: 'b', escalationLevel: 1, dueAt: ago(30 * hour), status: 'claimed', assigneeUsername: 'clerk' },
      { key: 'c', escalationLevel: 2, dueAt: ago(200 * hour) },
      { key: 'd', escalationLevel: 2, dueAt: ago(300 * hour), status: 'claimed', assigneeUsername: 'clerk' },
      { key: 'e', escalationLevel: 1, dueAt: ago(40 * hour) },
      { key: 'f', escalationLevel: 0, dueAt: ago(2 * hour), status: 'claimed', assigneeUsername: 'supervisor' },
      { key: 'g', escalationLevel: 2, dueAt: ago(250 * hour), type: 'claim', departmentCode: null, candidateDepartmentCodes: ['SCJGJ', 'NYNCW'] },
      { key: 'h', escalationLevel: 1, dueAt: ago(35 * hour), type: 'claim', departmentCode: null, candidateDepartmentCodes: ['SCJGJ', 'NYNCW'] },
      { key: 'i', escalationLevel: 2, dueAt: ago(220 * hour), departmentCode: 'JTW' },
      { key: 'j', escalationLevel: 0, dueAt: ago(-48 * hour) },
      { key: 'k', escalationLevel: 2, dueAt: ago(400 * hour), status: 'completed', assigneeUsername: 'clerk', completedAt: ago(1 * hour), outcome: 'received' },
    ];
    const id = new Map<string, number>();
    for (const { key, ...over } of rows) {
      const task = taskState(`board-${tag}-${key}`, { title: `看板${key}`, entityName: `看板排序测试${tag}`, workflowId: `board-${tag}`, createdAt: ago(500 * hour), ...over });
      id.set(key, await save({ task, change: 'created', actor: null }));
    }
    const board = async (username: string, perPage: number) => {
      const user = (await loadUser(p.db, { username }))!;
      const pages: string[] = [];
      for (let page = 1; page <= 10; page++) {
        const got = await listTasks(p.db, user, { overdue: true, q: `看板排序测试${tag}` }, { page, perPage, sort: 'escalationLevel', order: 'DESC' });
        pages.push(...got.data.map((t) => [...id].find(([, v]) => v === t.id)![0]));
        if (got.data.length < perPage) return { keys: pages, total: got.total };
      }
      throw new Error('more than 10 pages');
    };
    // The SCJGJ supervisor: its department's, its own and the pool's; not JTW's, not the future or completed ones.
    for (const perPage of [2, 3, 25]) expect(await board('supervisor', perPage)).toEqual({ keys: ['d', 'g', 'c', 'e', 'h', 'b', 'f', 'a'], total: 8 });
    // The district office's supervisor: every task at the district level, whichever department's.
    for (const perPage of [1, 25]) expect(await board('district', perPage)).toEqual({ keys: ['d', 'g', 'i', 'c'], total: 4 });
    // The clerk's 我的待办 over both open statuses, by deadline.
    const clerk = (await loadUser(p.db, { username: 'clerk' }))!;
    // Its department's queue of unclaimed open tasks, the pool's among them (read from the pool's open rows).
    const queue = await listTasks(p.db, clerk, { unassigned: true, status: ['open'], q: `看板排序测试${tag}` }, { page: 1, perPage: 25, sort: 'dueAt', order: 'ASC' });
    expect(queue.data.map((t) => t.id)).toEqual(['g', 'c', 'e', 'h', 'a', 'j'].map((k) => id.get(k)));
    const mine = await listTasks(p.db, clerk, { mine: true, status: ['open', 'claimed', 'completed'], q: `看板排序测试${tag}` }, { page: 1, perPage: 25, sort: 'dueAt', order: 'ASC' });
    expect(mine.data.map((t) => t.id)).toEqual([id.get('k'), id.get('d'), id.get('b')]);
  }, 60_000);

  it('refuses a filter it does not know the meaning of (400), and counts only for a signed-in user (401)', async () => {
    for (const query of [{ escalation: '3' }, { offered: 'yours' }, { dueFrom: 'tomorrow' }]) {
      const res = await p.api.get('/api/v1/tasks').query(query).set(as('clerk'));
      expect(res.status).toBe(400);
      expect(res.type).toBe('application/problem+json');
    }
    expect((await p.api.get('/api/v1/tasks/counts')).status).toBe(401);
  });
});
