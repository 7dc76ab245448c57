import type { Db } from '../db';
import { appendAudit } from '../db/audit';
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
  return {
    async saveTask({ task, change, actor, reassignment }: SaveTaskInput): Promise<number> {
      return db.writeTransaction(async (t) => {
        const { tasks, task_candidates } = db.models;
        const values = {
          ...task,
          dueAt: new Date(task.dueAt),
          createdAt: new Date(task.createdAt),
          completedAt: task.completedAt ? new Date(task.completedAt) : null,
        };
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
        // A retried activity writes the same state again; the trail records the change once.
        const already = await db.models.audit_log.findOne({
          where: { targetType: 'task', targetId: String(id), action: `task.${change}`, detail: JSON.stringify(auditDetail(task, reassignment)) },
          transaction: t,
        });
        if (!already) {
          await appendAudit(
            db,
            { actorType: actor ? 'user' : 'workflow', actor: actor ?? task.workflowId, action: `task.${change}`, targetType: 'task', targetId: String(id), detail: auditDetail(task, reassignment) },
            t,
          );
        }
        return id;
      });
    },
  };
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
