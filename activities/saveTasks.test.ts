import { verifyAudit } from '../db/audit';
import { recountOpenTasks } from '../db/openTaskCounts';
import { testDatabases } from '../test/support/databases';
import { eachTaskDatabase, taskState } from '../test/support/tasks';

// saveTasks (activities/tasks.ts): a batch of new tasks written in one transaction (a scan's warnings, handed to a
// `warningBatch` workflow). What it leaves must be what saveTask leaves for each task written alone: one row, its
// claim-pool rows, its open-task count, one audit entry in an unbroken chain; and a retried or doubled attempt
// changes nothing more.

const batch = (n: number, prefix = 'w') =>
  Array.from({ length: n }, (_, i) => taskState(`${prefix}-${i}`, { type: 'warningHandling', departmentCode: i % 2 ? 'JTW' : 'SCJGJ', workflowId: 'warning-batch:test', allowedOutcomes: ['resolved'] }));

describe.each(testDatabases)('saveTasks on $name', (database) => {
  const store = eachTaskDatabase(database);

  const auditOf = async (ids: number[]) =>
    ((await store.db.models.audit_log.findAll({ where: { targetType: 'task', targetId: ids.map(String) }, order: [['id', 'ASC']], raw: true })) as any[]).map((r) => `${r.targetId} ${r.action}`);

  it('writes a batch as saveTask writes each task: rows, pool rows, counts and one audit entry each, in an unbroken chain', async () => {
    const tasks = batch(5);
    tasks[0] = { ...tasks[0], type: 'claim', departmentCode: null, candidateDepartmentCodes: ['SCJGJ', 'JTW'] };
    const ids = await store.saveMany({ tasks, change: 'created', actor: null });
    expect(ids).toHaveLength(5);
    const rows = (await store.db.models.tasks.findAll({ order: [['id', 'ASC']], raw: true })) as any[];
    expect(rows.map((r) => [r.id, r.taskKey, r.workflowId])).toEqual(tasks.map((t, i) => [ids[i], t.taskKey, 'warning-batch:test']));
    expect(((await store.db.models.task_candidates.findAll({ raw: true })) as any[]).map((r) => [r.taskId, r.departmentCode, !!r.isOpen]).sort()).toEqual([[ids[0], 'JTW', true], [ids[0], 'SCJGJ', true]]);
    expect(await auditOf(ids)).toEqual(ids.map((id) => `${id} task.created`));
    const counted = ((await store.db.models.open_task_counts.findAll({ raw: true })) as any[]).reduce((n, r) => n + Number(r.n), 0);
    expect([counted, await recountOpenTasks(store.db)]).toEqual([5, 5]);
    // An entry written by saveTask after the batch chains on from the batch's last.
    await store.save({ task: { ...tasks[1], status: 'claimed', assigneeUsername: 'jtw-clerk' }, change: 'claimed', actor: 'jtw-clerk' });
    expect(await verifyAudit(store.db)).toMatchObject({ problems: [] });
  });

  it('a retried batch (its first attempt committed) adds nothing: the same ids, no row or audit entry more', async () => {
    const tasks = batch(4);
    const first = await store.saveMany({ tasks, change: 'created', actor: null });
    const again = await store.saveMany({ tasks, change: 'created', actor: null });
    expect(again).toEqual(first);
    expect(await store.db.models.tasks.count()).toBe(4);
    expect(await auditOf(first)).toEqual(first.map((id) => `${id} task.created`));
    expect(await recountOpenTasks(store.db)).toBe(4);
    expect(await verifyAudit(store.db)).toMatchObject({ problems: [] });
  });

  it('two attempts of one batch at once leave each task once: the loser meets the unique key and its retry finds the rows', async () => {
    const tasks = batch(6);
    const results = await Promise.allSettled([store.saveMany({ tasks, change: 'created', actor: null }), store.saveMany({ tasks, change: 'created', actor: null })]);
    const won = results.filter((r): r is PromiseFulfilledResult<number[]> => r.status === 'fulfilled').map((r) => r.value);
    expect(won.length).toBeGreaterThanOrEqual(1);
    // Temporal retries a failed attempt: it finds the rows written.
    const retried = await store.saveMany({ tasks, change: 'created', actor: null });
    for (const ids of won) expect(ids).toEqual(retried);
    expect(await store.db.models.tasks.count()).toBe(6);
    expect(await auditOf(retried)).toEqual(retried.map((id) => `${id} task.created`));
    expect(await recountOpenTasks(store.db)).toBe(6);
    expect(await verifyAudit(store.db)).toMatchObject({ problems: [] });
  });

  it('bad input changes nothing: a task whose due time is not a time fails the whole batch, not part of it', async () => {
    const tasks = batch(3);
    tasks[2] = { ...tasks[2], dueAt: 'not a time' };
    await expect(store.saveMany({ tasks, change: 'created', actor: null })).rejects.toThrow();
    expect([await store.db.models.tasks.count(), await store.db.models.audit_log.count({ where: { targetType: 'task' } })]).toEqual([0, 0]);
  });
});
