import type { Db } from '../db';
import { loadWorkingDayCalendar } from '../db/calendar';
import { endOfShanghaiDay, shanghaiDate } from '../domain/workingDays';

export interface DeadlineOptions {
  /** Testing only: a working day lasts this many seconds (DESIGN.md "Tests": deadlines injected). */
  secondsPerWorkingDay?: number;
}

// Deadlines are computed here, not in workflow code: the calendar changes every year (DESIGN.md rule 2),
// and the absolute due time the activity returns is what the workflow's history keeps.
export function createDeadlineActivities(db: Db, options: DeadlineOptions) {
  const calendar = () => loadWorkingDayCalendar(db);
  return {
    /** The close of the Nth working day after `from` (RULES.md "Working days"), as an ISO instant. */
    async computeDueAt(input: { from: string; workingDays: number }): Promise<string> {
      const from = new Date(input.from);
      if (options.secondsPerWorkingDay) {
        return new Date(from.getTime() + input.workingDays * options.secondsPerWorkingDay * 1000).toISOString();
      }
      return (await calendar()).addWorkingDays(from, input.workingDays).toISOString();
    },

    /** The close of a Shanghai calendar date, e.g. the last day of a credit listing (RULES.md "Credit lists"). */
    async endOfDate(input: { date: string }): Promise<string> {
      const end = endOfShanghaiDay(input.date);
      if (options.secondsPerWorkingDay) {
        // Testing: each calendar day from today lasts `secondsPerWorkingDay`, like the working days.
        const days = Math.round((Date.parse(input.date) - Date.parse(shanghaiDate(new Date()))) / 86_400_000) + 1;
        return new Date(Date.now() + Math.max(0, days) * options.secondsPerWorkingDay * 1000).toISOString();
      }
      return end.toISOString();
    },

    /**
     * The close of the Nth calendar day after `from` (Asia/Shanghai), for periods the law states in days
     * above ten (e.g. a penalty decision within 90 days of filing; 行政处罚法 Art. 85 counts those in days).
     */
    async computeCalendarDueAt(input: { from: string; days: number }): Promise<string> {
      const from = new Date(input.from);
      if (options.secondsPerWorkingDay) return new Date(from.getTime() + input.days * options.secondsPerWorkingDay * 1000).toISOString();
      const shanghaiDate = new Date(from.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
      const end = new Date(`${shanghaiDate}T23:59:59.999+08:00`);
      return new Date(end.getTime() + input.days * 86_400_000).toISOString();
    },
  };
}
