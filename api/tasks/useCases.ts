import type { Db } from '../../db';
import type { Actor } from '../../domain/tasks';
import { claimTaskUpdate, completeTaskUpdate, reassignTaskUpdate } from '../../workflows/humanTasks';
import type { SessionUser } from '../../db/credentials';
import { AppError, forbidden, notFound, unprocessable } from '../errors';
import { update, type Temporal } from '../temporal';
import { findTaskByKey, findVisibleTask, type TaskView } from './repository';

const actorOf = (u: SessionUser): Actor => ({ username: u.username, departmentCode: u.department.code, roles: u.roles });

async function visibleTask(db: Db, user: SessionUser, id: number): Promise<TaskView> {
  const task = await findVisibleTask(db, user, id);
  if (!task) throw notFound(`task ${id} does not exist or is not visible to you`);
  return task;
}

/** After the workflow's update returns, its activity has written the row: read it back for the answer. */
async function reread(db: Db, taskKey: string): Promise<TaskView> {
  const t = await findTaskByKey(db, taskKey);
  if (!t) throw notFound('task vanished');
  return t;
}

export async function claimTask(db: Db, temporal: Temporal, user: SessionUser, id: number): Promise<TaskView> {
  const task = await visibleTask(db, user, id);
  await update(temporal, task.workflowId, claimTaskUpdate, { taskKey: task.taskKey, actor: actorOf(user) });
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
  try {
    await update(temporal, task.workflowId, completeTaskUpdate, { taskKey: task.taskKey, actor: actorOf(user), ...input });
  } catch (err) {
    // The workflow refuses an outcome its task does not allow; name the field (CONTRACT.md: bad input has errors[].field).
    if (err instanceof AppError && err.status === 422 && !err.errors && task.allowedOutcomes.length > 0 && !task.allowedOutcomes.includes(input.outcome)) {
      throw unprocessable(err.message, [{ field: 'outcome', message: `must be one of: ${task.allowedOutcomes.join(', ')}` }]);
    }
    throw err;
  }
  return reread(db, task.taskKey);
}

export async function reassignTask(db: Db, temporal: Temporal, user: SessionUser, id: number, assignee: string): Promise<TaskView> {
  const task = await visibleTask(db, user, id);
  const target = await db.models.users.findOne({ where: { username: assignee, active: true } });
  if (!target) throw unprocessable(`no active user ${assignee}`, [{ field: 'assignee', message: 'unknown user' }]);
  // A department supervisor reassigns within the task's department; the district office and admins across.
  const acrossDepartments = user.roles.includes('admin') || user.department.kind === 'district';
  const taskDepartment = task.department?.code ?? user.department.code;
  if (!acrossDepartments && (target.get('departmentCode') !== taskDepartment || taskDepartment !== user.department.code)) {
    throw forbidden('a supervisor reassigns within their own department');
  }
  await update(temporal, task.workflowId, reassignTaskUpdate, {
    taskKey: task.taskKey,
    actor: actorOf(user),
    assignee: { username: target.get('username'), departmentCode: target.get('departmentCode') },
  });
  return reread(db, task.taskKey);
}
