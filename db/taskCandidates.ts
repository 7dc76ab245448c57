import { Op, Sequelize } from 'sequelize';
import type { Db } from './index';
import { OPEN_TASK_STATUSES } from '../domain/tasks';

/**
 * Sets `isOpen` false on the pool rows of every task that is closed (completed or cancelled): schema step 026 fills
 * the new column with it; saveTask keeps it from then on.
 */
export async function markClosedPoolTasks(db: Db): Promise<number> {
  const closed = (db.sequelize.getQueryInterface() as any).queryGenerator
    .selectQuery('tasks', { attributes: ['id'], where: { status: { [Op.notIn]: OPEN_TASK_STATUSES } } }, db.models.tasks)
    .replace(/;\s*$/, '');
  const [n] = await db.models.task_candidates.update({ isOpen: false }, { where: { isOpen: true, taskId: { [Op.in]: Sequelize.literal(`(${closed})`) } } });
  return n;
}
