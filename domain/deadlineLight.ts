// The traffic light (亮灯) on an open task's deadline: red once overdue, yellow within N working days,
// green before. N is per task type (a licence decision wants warning earlier than a receipt), so the
// policy carries a default and per-type values; the calendar carries the official days and overrides.
import type { TaskType } from './tasks';
import type { WorkingDayCalendar } from './workingDays';

export const LIGHTS = ['green', 'yellow', 'red'] as const;
export type Light = (typeof LIGHTS)[number];

/** How many working days before its deadline a task turns yellow. */
export interface DueSoonPolicy {
  workingDays: number;
  byType: Partial<Record<TaskType, number>>;
}

export const dueSoonWorkingDays = (policy: DueSoonPolicy, type: TaskType): number => policy.byType[type] ?? policy.workingDays;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whole working days from today (Asia/Shanghai) to the due day: 0 when due today, negative when overdue.
 * An overdue task counts at least one working day overdue, even on the day it fell due (a deadline earlier
 * than the close of its day) or on a weekend after it: "overdue by 0" would read as not overdue.
 */
export function workingDaysLeft(calendar: WorkingDayCalendar, dueAt: Date, now: Date): number {
  const days = calendar.workingDaysBetween(now, dueAt);
  return dueAt < now ? Math.min(days, -1) : days;
}

export function deadlineLight(calendar: WorkingDayCalendar, dueAt: Date, now: Date, dueSoonDays: number): { workingDaysLeft: number; light: Light } {
  const left = workingDaysLeft(calendar, dueAt, now);
  return { workingDaysLeft: left, light: dueAt < now ? 'red' : left <= dueSoonDays ? 'yellow' : 'green' };
}

/**
 * The first instant whose due day lies more than N working days from today, so that, for a task not yet
 * overdue, `dueAt < yellowUntil` is exactly `workingDaysLeft <= N`: the start of the (N+1)th working day
 * (the close of the Nth working day, or of the rest day after it). Lets the light be a range on `dueAt`.
 */
export function yellowUntil(calendar: WorkingDayCalendar, now: Date, dueSoonDays: number): Date {
  const closeOfNext = calendar.addWorkingDays(now, dueSoonDays + 1);
  return new Date(closeOfNext.getTime() + 1 - DAY_MS);
}
