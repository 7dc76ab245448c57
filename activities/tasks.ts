import type { Db } from '../db';
import { type Transaction, ValidationError } from 'sequelize';
import { appendAudit, appendAudits, type AuditEntry } from '../db/audit';
import { OPEN_TASK_STATUSES, type TaskState } from '../domain/tasks';

/** Who a reassigned task went from and to, and why: the task's timeline tells it (api/tasks/timeline.ts). */
export interface Reassignment {
  from: string | null;
  to: string;
  /** Absent on reassignments recorded before a reason was asked for. */
  reason?: string;
}

export interface SaveTaskInput {
  task: TaskState;
  /** What happened, for the audit trail: created, claimed, completed, escalated, reassigned, cancelled. */
  change: string;
  actor: string | null;
  reassignment?: Reassignment;
}

// The `tasks` rows are projections of task state held by workflows (DESIGN.md rule 1): written only here,
// upserted by the natural key `taskKey`, so a retried activity leaves one row.
export function createTaskActivities(db: Db) {
  const rowValues = (task: TaskState) => ({
    ...task,
    dueAt: instant(task, 'dueAt'),
    createdAt: instant(task, 'createdAt'),
    completedAt: task.completedAt ? instant(task, 'completedAt') : null,
  });

  /** One task's write, inside `t`: its row, its claim-pool rows, its audit entry once. */
  async function writeTask({ task, change, actor, reassignment }: SaveTaskInput, t: Transaction): Promise<number> {
    const { tasks, task_candidates } = db.models;
    const values = rowValues(task);
    // An existing row is read again locked (MySQL; SQLite's write transaction holds the file): two writes of one
    // task, a retried activity beside its first attempt, move its open-task count (db/openTaskCounts.ts) from what
    // the other left, not both from one state. Not a locking read of a missing key: that locks the gap, and
    // concurrent creates of different tasks deadlock on it; two creates of one task meet at the unique key instead.
    const where = { taskKey: task.taskKey };
    let row = await tasks.findOne({ where, transaction: t });
    if (row) row = await tasks.findOne({ where, transaction: t, lock: t.LOCK.UPDATE });
    const isNew = !row;
    if (row) await row.update(values, { transaction: t });
    else row = await tasks.create(values, { transaction: t });
    const id = row.get('id') as number;
    // The claim pool's rows say whether the task is open, changed in this transaction with the row (db/schema.ts).
    const isOpen = OPEN_TASK_STATUSES.includes(task.status);
    if (isNew && task.candidateDepartmentCodes.length > 0) {
      await task_candidates.bulkCreate(
        task.candidateDepartmentCodes.map((departmentCode) => ({ taskId: id, departmentCode, isOpen })),
        { transaction: t, ignoreDuplicates: true },
      );
    } else if (!isNew && task.candidateDepartmentCodes.length > 0) {
      await task_candidates.update({ isOpen }, { where: { taskId: id, isOpen: !isOpen }, transaction: t });
    }
    // A retried activity writes the same state again; the trail records the change once (a new row has no entry yet).
    const already =
      !isNew &&
      (await db.models.audit_log.findOne({
        where: { targetType: 'task', targetId: String(id), action: `task.${change}`, detail: JSON.stringify(auditDetail(task, reassignment)) },
        transaction: t,
      }));
    if (!already) await appendAudit(db, auditEntry(id, { task, change, actor, reassignment }), t);
    return id;
  }

  return {
    saveTask: (input: SaveTaskInput): Promise<number> => db.writeTransaction((t) => writeTask(input, t)),

    /**
     * Creates a batch of new tasks (a scan's warnings: workflows/warnings.ts) in one transaction: the new rows in
     * one INSERT and their audit entries in one append, instead of a transaction of five statements each. A task
     * already written (a retried activity whose first attempt committed) is written as saveTask writes it.
     */
    async saveTasks({ tasks: batch, change, actor }: { tasks: TaskState[]; change: string; actor: string | null }): Promise<number[]> {
      return db.writeTransaction(async (t) => {
        const { tasks, task_candidates } = db.models;
        const keys = batch.map((task) => task.taskKey);
        const written = new Set(((await tasks.findAll({ attributes: ['taskKey'], where: { taskKey: keys }, raw: true, transaction: t })) as any[]).map((r) => r.taskKey));
        const fresh = batch.filter((task) => !written.has(task.taskKey));
        // Two attempts creating one batch meet at the unique taskKey: the loser fails, and its retry finds the rows.
        if (fresh.length) await tasks.bulkCreate(fresh.map(rowValues), { transaction: t });
        const ids = new Map(((await tasks.findAll({ attributes: ['id', 'taskKey'], where: { taskKey: fresh.map((task) => task.taskKey) }, raw: true, transaction: t })) as any[]).map((r) => [r.taskKey, r.id as number]));
        const pool = fresh.flatMap((task) => task.candidateDepartmentCodes.map((departmentCode) => ({ taskId: ids.get(task.taskKey)!, departmentCode, isOpen: OPEN_TASK_STATUSES.includes(task.status) })));
        if (pool.length) await task_candidates.bulkCreate(pool, { transaction: t, ignoreDuplicates: true });
        await appendAudits(db, fresh.map((task) => auditEntry(ids.get(task.taskKey)!, { task, change, actor })), t);
        const out: number[] = [];
        for (const task of batch) out.push(ids.get(task.taskKey) ?? (await writeTask({ task, change, actor }, t)));
        return out;
      });
    },
  };
}

/** A time of the task: one that is not a time fails the write as bad data (SQLite would store "Invalid date"). */
function instant(task: TaskState, field: 'dueAt' | 'createdAt' | 'completedAt'): Date {
  const at = new Date(task[field] ?? '');
  if (Number.isNaN(at.getTime())) throw new ValidationError(`task ${task.taskKey}: ${field} is not a time (${String(task[field])})`, []);
  return at;
}

function auditEntry(id: number, { task, change, actor, reassignment }: SaveTaskInput): AuditEntry {
  return { actorType: actor ? 'user' : 'workflow', actor: actor ?? task.workflowId, action: `task.${change}`, targetType: 'task', targetId: String(id), detail: auditDetail(task, reassignment) };
}

function auditDetail(task: TaskState, reassignment?: Reassignment): Record<string, unknown> {
  return {
    taskKey: task.taskKey,
    status: task.status,
    departmentCode: task.departmentCode,
    assignee: task.assigneeUsername,
    escalationLevel: task.escalationLevel,
    outcome: task.outcome,
    ...(reassignment ? { reassignment } : {}),
  };
}
