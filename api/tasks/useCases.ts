import type { Db } from '../../db';
import { peopleOf } from '../../db/people';
import type { UpdateDefinition } from '@temporalio/common';
import type { Actor, TaskState } from '../../domain/tasks';
import { claimTaskUpdate, completeTaskUpdate, reassignTaskUpdate } from '../../workflows/humanTasks';
import type { SessionUser } from '../../db/credentials';
import { AppError, forbidden, notFound, unprocessable, type ProblemParams } from '../errors';
import { update, type Temporal } from '../temporal';
import { findTaskByKey, findVisibleTask, type TaskView } from './repository';
import { penaltyItemOfDecision } from '../catalogs/penaltyItems';

const actorOf = (u: SessionUser): Actor => ({ username: u.username, departmentCode: u.department.code, roles: u.roles });

async function visibleTask(db: Db, user: SessionUser, id: number): Promise<TaskView> {
  const task = await findVisibleTask(db, user, id);
  if (!task) throw notFound(`task ${id} does not exist or is not visible to you`, { code: 'task-not-found', params: { id } });
  return task;
}

/** After the workflow's update returns, its activity has written the row: read it back for the answer. */
async function reread(db: Db, taskKey: string): Promise<TaskView> {
  const t = await findTaskByKey(db, taskKey);
  if (!t) throw notFound('task vanished', { code: 'task-not-found' });
  return t;
}

/**
 * Sends a task's update; a refusal naming the person who holds the task (the workflow knows only the login)
 * gets their display name added, so the message a person reads names a person.
 */
async function updateTask<Arg>(db: Db, temporal: Temporal, task: TaskView, def: UpdateDefinition<TaskState, [Arg]>, arg: Arg): Promise<void> {
  try {
    await update(temporal, task.workflowId, def, arg);
  } catch (err) {
    const assignee = err instanceof AppError ? err.problem?.params?.assignee : undefined;
    if (err instanceof AppError && typeof assignee === 'string') {
      const holder = (await peopleOf(db, [assignee])).get(assignee)!;
      const params: ProblemParams = { ...err.problem!.params, assigneeName: holder.displayName };
      throw new AppError(err.status, err.title, err.message, err.errors, { code: err.code, params });
    }
    throw err;
  }
}

export async function claimTask(db: Db, temporal: Temporal, user: SessionUser, id: number): Promise<TaskView> {
  const task = await visibleTask(db, user, id);
  await updateTask(db, temporal, task, claimTaskUpdate, { taskKey: task.taskKey, actor: actorOf(user) });
  return reread(db, task.taskKey);
}

export async function completeTask(
  db: Db,
  temporal: Temporal,
  user: SessionUser,
  id: number,
  input: { outcome: string; comment?: string; data?: Record<string, unknown> },
): Promise<TaskView> {
  const task = await visibleTask(db, user, id);
  // A penalty decision carries the penalty item's version in force now, with its legal basis (F1): the case keeps it.
  if (task.type === 'caseDecision' && input.outcome === 'penalty') {
    input = { ...input, data: { ...input.data, penaltyItem: await penaltyItemOfDecision(db, input.data?.penaltyItem, task.department?.code ?? null) } };
  }
  try {
    await updateTask(db, temporal, task, completeTaskUpdate, { taskKey: task.taskKey, actor: actorOf(user), ...input });
  } catch (err) {
    // The workflow refuses an outcome its task does not allow; name the field (CONTRACT.md: bad input has errors[].field).
    if (err instanceof AppError && err.status === 422 && !err.errors && task.allowedOutcomes.length > 0 && !task.allowedOutcomes.includes(input.outcome)) {
      throw unprocessable(err.message, [{ field: 'outcome', message: `must be one of: ${task.allowedOutcomes.join(', ')}`, code: 'outcome-not-allowed' }], err.problem);
    }
    throw err;
  }
  return reread(db, task.taskKey);
}

export interface Reassign {
  /** The username of the person who takes the task over. */
  assignee: string;
  /** Why; the task's timeline shows it. */
  reason: string;
}

async function activeUser(db: Db, username: string) {
  const user = await db.models.users.findOne({ where: { username, active: true } });
  if (!user) throw unprocessable(`no active user ${username}`, [{ field: 'assignee', message: 'unknown user', code: 'unknown-user' }], { code: 'unknown-user' });
  return user;
}

export async function reassignTask(db: Db, temporal: Temporal, user: SessionUser, id: number, { assignee, reason }: Reassign): Promise<TaskView> {
  const task = await visibleTask(db, user, id);
  const target = await activeUser(db, assignee);
  // A department supervisor reassigns within the task's department; the district office and admins across.
  const acrossDepartments = user.roles.includes('admin') || user.department.kind === 'district';
  const taskDepartment = task.department?.code ?? user.department.code;
  if (!acrossDepartments && (target.get('departmentCode') !== taskDepartment || taskDepartment !== user.department.code)) {
    throw forbidden('a supervisor reassigns within their own department', { code: 'reassign-other-department' });
  }
  await updateTask(db, temporal, task, reassignTaskUpdate, {
    taskKey: task.taskKey,
    actor: actorOf(user),
    assignee: { username: target.get('username'), departmentCode: target.get('departmentCode') },
    reason,
  });
  return reread(db, task.taskKey);
}

/** One task's answer in a bulk action: done, or refused with the problem code a single action would answer. */
export interface BulkResult {
  id: number;
  status: 'claimed' | 'reassigned' | 'refused';
  code?: string;
  params?: ProblemParams;
}

/** Tasks a bulk action works on at once: enough to be quick, few enough not to crowd out other people's updates. */
const BULK_CONCURRENCY = 4;

/**
 * Runs the one-task use case for each task, a few at a time; a task refused (taken by someone else first,
 * already completed, not visible) is answered as refused with its code, the others go ahead.
 */
async function eachTask(ids: number[], done: BulkResult['status'], act: (id: number) => Promise<unknown>): Promise<BulkResult[]> {
  const unique = [...new Set(ids)];
  const results: BulkResult[] = new Array(unique.length);
  let next = 0;
  const worker = async () => {
    while (next < unique.length) {
      const i = next++;
      const id = unique[i];
      try {
        await act(id);
        results[i] = { id, status: done };
      } catch (err) {
        // Only the task's own refusals; an outage or a bug answers the whole request as such.
        if (!(err instanceof AppError) || err.status >= 500) throw err;
        results[i] = { id, status: 'refused', code: err.code, ...(err.problem?.params ? { params: err.problem.params } : {}) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(BULK_CONCURRENCY, unique.length) }, worker));
  return results;
}

export const bulkClaim = (db: Db, temporal: Temporal, user: SessionUser, ids: number[]) =>
  eachTask(ids, 'claimed', (id) => claimTask(db, temporal, user, id));

export async function bulkReassign(db: Db, temporal: Temporal, user: SessionUser, ids: number[], reassign: Reassign): Promise<BulkResult[]> {
  // An unknown assignee is the request's fault, not each task's.
  await activeUser(db, reassign.assignee);
  return eachTask(ids, 'reassigned', (id) => reassignTask(db, temporal, user, id, reassign));
}
