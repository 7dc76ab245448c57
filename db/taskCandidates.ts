import { Op, Sequelize } from 'sequelize';
import type { Db } from './index';
import { OPEN_TASK_STATUSES } from '../domain/tasks';

/**
 * Sets `waiting` false on the pool rows of every task someone holds or that is closed (domain/tasks.ts
 * waitsForTaker): schema step 026 fills the new column with it; saveTask keeps it from then on.
 */
export async function markTakenPoolTasks(db: Db): Promise<number> {
  const taken = (db.sequelize.getQueryInterface() as any).queryGenerator
    .selectQuery('tasks', { attributes: ['id'], where: { [Op.or]: [{ assigneeUsername: { [Op.ne]: null } }, { status: { [Op.notIn]: OPEN_TASK_STATUSES } }] } }, db.models.tasks)
    .replace(/;\s*$/, '');
  const [n] = await db.models.task_candidates.update({ waiting: false }, { where: { waiting: true, taskId: { [Op.in]: Sequelize.literal(`(${taken})`) } } });
  return n;
}
