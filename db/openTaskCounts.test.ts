import { recountOpenTasks } from './openTaskCounts';
import type { TaskState } from '../domain/tasks';
import { testDatabases } from '../test/support/databases';
import { eachTaskDatabase, taskState } from '../test/support/tasks';

// The open tasks' counts (db/openTaskCounts.ts) follow every write of a task row: through the task projection
// (activities/tasks.ts), as a process writes it, one at a time and at once.

const MARCH = '2026-03-10T02:00:00.000Z'; // 10:00 in Shanghai
const LAST_OF_FEBRUARY = '2026-02-28T17:00:00.000Z'; // 01:00 on 03-01 in Shanghai: a March task

const task = (key: string, over: Partial<TaskState> = {}) => taskState(key, { createdAt: MARCH, ...over });

describe.each(testDatabases)('open task counts on $name', (database) => {
  const store = eachTaskDatabase(database);

  /** The groups with a count other than 0, as `month dept assignee type escalated: n`. */
  async function counts(): Promise<string[]> {
    const rows = (await store.db.models.open_task_counts.findAll({ raw: true })) as any[];
    return rows.filter((r) => Number(r.n) !== 0).map((r) => `${r.month} ${r.departmentCode || '-'} ${r.assigneeUsername || '-'} ${r.type} ${r.escalated}: ${r.n}`).sort();
  }

  it('follow a task through its life: created, claimed, escalated, reassigned to another department, completed', async () => {
    const t = task('life');
    await store.save({ task: t, change: 'created', actor: null });
    expect(await counts()).toEqual(['2026-03 SCJGJ - receipt 0: 1']);
    await store.save({ task: { ...t, status: 'claimed', assigneeUsername: 'clerk' }, change: 'claimed', actor: 'clerk' });
    expect(await counts()).toEqual(['2026-03 SCJGJ clerk receipt 0: 1']);
    await store.save({ task: { ...t, status: 'claimed', assigneeUsername: 'clerk', escalationLevel: 1 }, change: 'escalated', actor: null });
    expect(await counts()).toEqual(['2026-03 SCJGJ clerk receipt 1: 1']);
    await store.save({ task: { ...t, status: 'claimed', assigneeUsername: 'jtw-clerk', departmentCode: 'JTW', escalationLevel: 1 }, change: 'reassigned', actor: 'supervisor', reassignment: { from: 'clerk', to: 'jtw-clerk', reason: '属交通委职责' } });
    expect(await counts()).toEqual(['2026-03 JTW jtw-clerk receipt 1: 1']);
    await store.save({ task: { ...t, status: 'completed', assigneeUsername: 'jtw-clerk', departmentCode: 'JTW', escalationLevel: 1, completedAt: '2026-03-21T02:00:00.000Z', outcome: 'received' }, change: 'completed', actor: 'jtw-clerk' });
    expect(await counts()).toEqual([]);
  });

  it('count a task in the month of its creation in Shanghai, and a retried write (the same state again) once', async () => {
    const t = task('early', { createdAt: LAST_OF_FEBRUARY });
    await store.save({ task: t, change: 'created', actor: null });
    await store.save({ task: t, change: 'created', actor: null });
    await store.save({ task: task('cancelled'), change: 'created', actor: null });
    await store.save({ task: { ...task('cancelled'), status: 'cancelled', completedAt: MARCH }, change: 'cancelled', actor: null });
    expect(await counts()).toEqual(['2026-03 SCJGJ - receipt 0: 1']);
  });

  it('writes of one task at once (a retried activity beside its first attempt) leave one count, where the last write put it', async () => {
    const t = task('raced');
    await store.save({ task: t, change: 'created', actor: null });
    // Twenty writes at once, each moving the task between two people and two escalation levels.
    const states = Array.from({ length: 20 }, (_, i) => ({ ...t, status: 'claimed' as const, assigneeUsername: i % 2 ? 'clerk' : 'clerk2', escalationLevel: i % 3 ? 1 : 0 }));
    await Promise.all(states.map((s, i) => store.save({ task: s, change: `step-${i}`, actor: s.assigneeUsername })));
    const row = (await store.db.models.tasks.findOne({ where: { taskKey: 'raced' }, raw: true })) as any;
    expect(await counts()).toEqual([`2026-03 SCJGJ ${row.assigneeUsername} receipt ${row.escalationLevel > 0 ? 1 : 0}: 1`]);
  });

  it('are what a count from the rows gives, after many writes of many tasks at once', async () => {
    const steps = Array.from({ length: 30 }, (_, i) => task(`many-${i}`, { departmentCode: i % 3 ? 'SCJGJ' : 'JTW', type: i % 2 ? 'receipt' : 'licenseDecision' }));
    await Promise.all(steps.map((t) => store.save({ task: t, change: 'created', actor: null })));
    await Promise.all(
      steps.map((t, i) =>
        i % 4 === 0
          ? store.save({ task: { ...t, status: 'completed', assigneeUsername: 'clerk', completedAt: MARCH, outcome: 'received' }, change: 'completed', actor: 'clerk' })
          : store.save({ task: { ...t, status: 'claimed', assigneeUsername: i % 5 ? 'clerk' : null, escalationLevel: i % 7 === 0 ? 1 : 0 }, change: 'claimed', actor: 'clerk' }),
      ),
    );
    const kept = await counts();
    // By hand: 30 tasks, the 8 with i % 4 = 0 completed; the rest open in March, grouped by department, holder, type and escalation.
    const expected = new Map<string, number>();
    steps.forEach((t, i) => {
      if (i % 4 === 0) return;
      const key = `2026-03 ${t.departmentCode} ${i % 5 ? 'clerk' : '-'} ${t.type} ${i % 7 === 0 ? 1 : 0}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    });
    expect(kept).toEqual([...expected].map(([k, n]) => `${k}: ${n}`).sort());
    expect([...expected.values()].reduce((a, b) => a + b, 0)).toBe(22);
    // Counting again from the rows gives the same.
    expect(await recountOpenTasks(store.db)).toBe(22);
    expect(await counts()).toEqual(kept);
  });

  it('refuse a bulk insert that may skip rows, which would count tasks that are not there', async () => {
    const row = { ...task('bulk'), dueAt: new Date(MARCH), createdAt: new Date(MARCH) };
    await expect(store.db.models.tasks.bulkCreate([row], { ignoreDuplicates: true })).rejects.toThrow(/open_task_counts/);
    expect([await counts(), await store.db.models.tasks.count()]).toEqual([[], 0]);
  });
});
