import { migrate, openDb, type Db } from './index';
import { markTakenPoolTasks } from './taskCandidates';
import { createTaskActivities } from '../activities/tasks';
import type { TaskState } from '../domain/tasks';
import { testDatabases } from '../test/support/databases';

// The claim pool's `waiting` flag (schema step 026): 待认领 reads only the pool rows of tasks nobody holds yet, so the
// flag must follow every write of the task row (activities/tasks.ts saveTask), and step 026 must set it right on the
// rows written before it existed (markTakenPoolTasks).

function poolTask(key: string, over: Partial<TaskState> = {}): TaskState {
  return {
    taskKey: key, type: 'claim', title: key, status: 'open', departmentCode: null, candidateDepartmentCodes: ['SCJGJ', 'NYNCW'], assigneeUsername: null,
    creditCode: null, entityName: null, dueAt: '2026-03-20T15:59:59.000Z', escalationLevel: 0, workflowId: `wf-${key}`, createdAt: '2026-03-10T02:00:00.000Z',
    completedAt: null, outcome: null, comment: null, completedBy: null, allowedOutcomes: ['claimed'], data: {}, ...over,
  };
}

describe.each(testDatabases)('the claim pool’s waiting rows on $name', (database) => {
  let db: Db;
  let url: string;
  let save: ReturnType<typeof createTaskActivities>['saveTask'];
  beforeEach(async () => {
    url = await database.create();
    db = await openDb(url);
    await migrate(db);
    save = createTaskActivities(db).saveTask;
  });
  afterEach(async () => {
    await db.close();
    await database.drop(url);
  });

  /** The pool rows as `taskKey department: waiting|taken`, sorted. */
  async function pool(): Promise<string[]> {
    const tasks = new Map(((await db.models.tasks.findAll({ raw: true })) as any[]).map((t) => [t.id, t.taskKey]));
    const rows = (await db.models.task_candidates.findAll({ raw: true })) as any[];
    return rows.map((r) => `${tasks.get(r.taskId)} ${r.departmentCode}: ${r.waiting ? 'waiting' : 'taken'}`).sort();
  }

  it('wait while the task is open and nobody holds it, and stop when it is claimed, taken or closed; a retried write changes nothing', async () => {
    const t = poolTask('pooled');
    await save({ task: t, change: 'created', actor: null });
    await save({ task: t, change: 'created', actor: null });
    expect(await pool()).toEqual(['pooled NYNCW: waiting', 'pooled SCJGJ: waiting']);
    // A candidate claims it: the claim step completes and settles the department.
    const claimed = { ...t, status: 'completed' as const, departmentCode: 'SCJGJ', outcome: 'claimed', completedBy: 'clerk', completedAt: '2026-03-11T02:00:00.000Z' };
    await save({ task: claimed, change: 'completed', actor: 'clerk' });
    expect(await pool()).toEqual(['pooled NYNCW: taken', 'pooled SCJGJ: taken']);
    await save({ task: claimed, change: 'completed', actor: 'clerk' });
    expect(await pool()).toEqual(['pooled NYNCW: taken', 'pooled SCJGJ: taken']);

    // Held by a person while open, then given back (reassigned to nobody): it waits again.
    const held = poolTask('held');
    await save({ task: held, change: 'created', actor: null });
    await save({ task: { ...held, status: 'claimed', assigneeUsername: 'clerk' }, change: 'claimed', actor: 'clerk' });
    expect((await pool()).filter((r) => r.startsWith('held'))).toEqual(['held NYNCW: taken', 'held SCJGJ: taken']);
    await save({ task: held, change: 'reassigned', actor: 'supervisor', reassignment: { from: 'clerk', to: '' } });
    expect((await pool()).filter((r) => r.startsWith('held'))).toEqual(['held NYNCW: waiting', 'held SCJGJ: waiting']);
    await save({ task: { ...held, status: 'cancelled' }, change: 'cancelled', actor: null });
    expect((await pool()).filter((r) => r.startsWith('held'))).toEqual(['held NYNCW: taken', 'held SCJGJ: taken']);

    // A task with no pool writes no pool rows.
    await save({ task: poolTask('direct', { type: 'receipt', departmentCode: 'SCJGJ', candidateDepartmentCodes: [] }), change: 'created', actor: null });
    expect(await pool()).toHaveLength(4);
  });

  it('are set by schema step 026 from the task rows written before the flag: taken, closed and waiting tasks', async () => {
    await save({ task: poolTask('open'), change: 'created', actor: null });
    await save({ task: poolTask('held', { status: 'claimed', assigneeUsername: 'clerk' }), change: 'created', actor: null });
    await save({ task: poolTask('done', { status: 'completed', departmentCode: 'NYNCW', outcome: 'claimed' }), change: 'created', actor: null });
    await save({ task: poolTask('cancelled', { status: 'cancelled' }), change: 'created', actor: null });
    // As the column arrives on a database of version 25: true on every row.
    await db.models.task_candidates.update({ waiting: true }, { where: {} });
    expect(await markTakenPoolTasks(db)).toBe(6);
    expect(await pool()).toEqual([
      'cancelled NYNCW: taken', 'cancelled SCJGJ: taken', 'done NYNCW: taken', 'done SCJGJ: taken',
      'held NYNCW: taken', 'held SCJGJ: taken', 'open NYNCW: waiting', 'open SCJGJ: waiting',
    ]);
    // Run again, it finds nothing to change.
    expect(await markTakenPoolTasks(db)).toBe(0);
  });
});
