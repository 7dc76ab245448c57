import type { Db } from '../db';
import { WorkingDayCalendar, type CalendarOverride } from '../domain/workingDays';

export interface DeadlineOptions {
  /** Testing only: a working day lasts this many seconds (DESIGN.md "Tests": deadlines injected). */
  secondsPerWorkingDay?: number;
}

// Deadlines are computed here, not in workflow code: the calendar changes every year (DESIGN.md rule 2),
// and the absolute due time the activity returns is what the workflow's history keeps.
export function createDeadlineActivities(db: Db, options: DeadlineOptions) {
  async function calendar(): Promise<WorkingDayCalendar> {
    const rows = (await db.models.calendar_overrides.findAll({ raw: true })) as unknown as CalendarOverride[];
    return new WorkingDayCalendar(rows.map((r) => ({ date: String(r.date), workingDay: Boolean(r.workingDay), note: r.note ?? undefined })));
  }
  return {
    /** The close of the Nth working day after `from` (RULES.md "Working days"), as an ISO instant. */
    async computeDueAt(input: { from: string; workingDays: number }): Promise<string> {
      const from = new Date(input.from);
      if (options.secondsPerWorkingDay) {
        return new Date(from.getTime() + input.workingDays * options.secondsPerWorkingDay * 1000).toISOString();
      }
      return (await calendar()).addWorkingDays(from, input.workingDays).toISOString();
    },
  };
}
