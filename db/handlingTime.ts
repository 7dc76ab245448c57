import { Op, type Transaction } from 'sequelize';
import type { Db, Row } from './index';
import { loadWorkingDayCalendar } from './calendar';

// 办理用时: how many working days a task took, from the day it came to the day it was completed (0 for one done
// the day it came), on the official calendar with the district's overrides (DESIGN.md rule 6). It is fixed
// when the task is completed, on the calendar then in force, and kept on the row, so that the efficiency
// board's medians (api/efficiency) are read by the database over a million tasks instead of recomputed here
// task by task.

/** Stamps the rows being written whose completion is new or changed (a model hook: every writer of a task). */
export async function stampHandlingTime(db: Db, rows: Row[], transaction?: Transaction | null): Promise<void> {
  const due = rows.filter((r) => r.changed('completedAt') || r.changed('createdAt') || (r.isNewRecord && r.get('completedAt')));
  // An open task has no handling time; only a completed one needs the calendar (not read for every new task).
  const completed = due.filter((r) => r.get('completedAt'));
  for (const r of due) if (!r.get('completedAt')) r.set('handlingWorkingDays', null);
  if (completed.length === 0) return;
  const calendar = await loadWorkingDayCalendar(db, transaction ?? undefined);
  for (const r of completed) r.set('handlingWorkingDays', calendar.workingDaysBetween(new Date(r.get('createdAt') as Date), new Date(r.get('completedAt') as Date)));
}

/**
 * Stamps the completed tasks that have no handling time yet (the tasks completed before schema step 21, and
 * rows a benchmark loaded with SQL), a batch at a time by id. Returns how many it stamped.
 */
export async function fillHandlingTime(db: Db, batch = 2000): Promise<number> {
  const calendar = await loadWorkingDayCalendar(db);
  let after = 0;
  let stamped = 0;
  for (;;) {
    const rows = (await db.models.tasks.findAll({
      where: { id: { [Op.gt]: after }, completedAt: { [Op.ne]: null }, handlingWorkingDays: null },
      attributes: ['id', 'createdAt', 'completedAt'],
      order: [['id', 'ASC']],
      limit: batch,
      raw: true,
    })) as any[];
    if (rows.length === 0) return stamped;
    const days = rows.map((r) => calendar.workingDaysBetween(new Date(r.createdAt), new Date(r.completedAt)));
    // One statement a batch: a CASE on the id (the values are integers the calendar computed, never input).
    await db.execute(`UPDATE tasks SET handlingWorkingDays = CASE id ${rows.map((r, i) => `WHEN ${Number(r.id)} THEN ${days[i]}`).join(' ')} END WHERE id IN (${rows.map((r) => Number(r.id)).join(', ')})`);
    stamped += rows.length;
    after = rows[rows.length - 1].id;
  }
}
