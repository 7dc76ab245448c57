import type { Transaction } from 'sequelize';
import type { Db } from '.';
import { WorkingDayCalendar, type CalendarOverride } from '../domain/workingDays';

/** The official calendar with this district's overrides (the calendar_overrides table) applied. */
export async function loadWorkingDayCalendar(db: Db, transaction?: Transaction): Promise<WorkingDayCalendar> {
  const rows = (await db.models.calendar_overrides.findAll({ raw: true, transaction })) as unknown as CalendarOverride[];
  return new WorkingDayCalendar(rows.map((r) => ({ date: String(r.date), workingDay: Boolean(r.workingDay), note: r.note ?? undefined })));
}
