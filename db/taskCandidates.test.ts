import { markClosedPoolTasks } from './taskCandidates';
import type { TaskState } from '../domain/tasks';
import { testDatabases } from '../test/support/databases';
import { eachTaskDatabase, taskState } from '../test/support/tasks';

// The claim pool's `isOpen` flag (schema step 026): 待认领, the queues, the overdue boards and the menu's counts read only
// the pool rows of open tasks, so the flag must follow every write of the task row (activities/tasks.ts saveTask), and
// step 026 must set it right on the rows written before it existed (markClosedPoolTasks).

/** A claim-pool task offered to SCJGJ and NYNCW. */
const poolTask = (key: string, over: Partial<TaskState> = {}) => taskState(key, { type: 'claim', departmentCode: null, candidateDepartmentCodes: ['SCJGJ', 'NYNCW'], allowedOutcomes: ['claimed'], ...over });

describe.each(testDatabases)('the claim pool’s open rows on $name', (database) => {
  const store = eachTaskDatabase(database);

  /** The pool rows of the tasks whose key starts with `prefix`, as `taskKey department: open|closed`, sorted. */
  async function pool(prefix = ''): Promise<string[]> {
    const tasks = new Map(((await store.db.models.tasks.findAll({ raw: true })) as any[]).map((t) => [t.id, t.taskKey]));
    const rows = (await store.db.models.task_candidates.findAll({ raw: true })) as any[];
    return rows.map((r) => `${tasks.get(r.taskId)} ${r.departmentCode}: ${r.isOpen ? 'open' : 'closed'}`).filter((r) => r.startsWith(prefix)).sort();
  }

  it('are open while the task is open or held, and closed once it is claimed for a department, completed or cancelled; a retried write changes nothing', async () => {
    const t = poolTask('pooled');
    await store.save({ task: t, change: 'created', actor: null });
    await store.save({ task: t, change: 'created', actor: null });
    expect(await pool()).toEqual(['pooled NYNCW: open', 'pooled SCJGJ: open']);
    // A candidate claims it: the claim step completes and settles the department.
    const claimed = { ...t, status: 'completed' as const, departmentCode: 'SCJGJ', outcome: 'claimed', completedBy: 'clerk', completedAt: '2026-03-11T02:00:00.000Z' };
    await store.save({ task: claimed, change: 'completed', actor: 'clerk' });
    expect(await pool()).toEqual(['pooled NYNCW: closed', 'pooled SCJGJ: closed']);
    await store.save({ task: claimed, change: 'completed', actor: 'clerk' });
    expect(await pool()).toEqual(['pooled NYNCW: closed', 'pooled SCJGJ: closed']);

    // Held by a person it is still open; cancelled it is not.
    const held = poolTask('held');
    await store.save({ task: held, change: 'created', actor: null });
    await store.save({ task: { ...held, status: 'claimed', assigneeUsername: 'clerk' }, change: 'claimed', actor: 'clerk' });
    expect(await pool('held')).toEqual(['held NYNCW: open', 'held SCJGJ: open']);
    await store.save({ task: { ...held, status: 'cancelled' }, change: 'cancelled', actor: null });
    expect(await pool('held')).toEqual(['held NYNCW: closed', 'held SCJGJ: closed']);

    // A task with no pool writes no pool rows.
    await store.save({ task: poolTask('direct', { type: 'receipt', departmentCode: 'SCJGJ', candidateDepartmentCodes: [] }), change: 'created', actor: null });
    expect(await pool()).toHaveLength(4);
  });

  it('are set by schema step 026 from the task rows written before the flag: open, held, completed and cancelled tasks', async () => {
    await store.save({ task: poolTask('open'), change: 'created', actor: null });
    await store.save({ task: poolTask('held', { status: 'claimed', assigneeUsername: 'clerk' }), change: 'created', actor: null });
    await store.save({ task: poolTask('done', { status: 'completed', departmentCode: 'NYNCW', outcome: 'claimed' }), change: 'created', actor: null });
    await store.save({ task: poolTask('cancelled', { status: 'cancelled' }), change: 'created', actor: null });
    // As the column arrives on a database of version 25: true on every row.
    await store.db.models.task_candidates.update({ isOpen: true }, { where: {} });
    expect(await markClosedPoolTasks(store.db)).toBe(4);
    expect(await pool()).toEqual([
      'cancelled NYNCW: closed', 'cancelled SCJGJ: closed', 'done NYNCW: closed', 'done SCJGJ: closed',
      'held NYNCW: open', 'held SCJGJ: open', 'open NYNCW: open', 'open SCJGJ: open',
    ]);
    // Run again, it finds nothing to change.
    expect(await markClosedPoolTasks(store.db)).toBe(0);
  });
});
