import { warningScan } from '../../workflows/warnings';
import { ensureSchedule } from '../schedules';
import type { Temporal } from '../temporal';

// The automatic warning rules run on a Temporal Schedule (F7): created when the API starts, updated to the
// configured time when it exists. One per task queue, so test platforms on one dev server stay apart.

export const warningScheduleId = (taskQueue: string) => `warning-scan:${taskQueue}`;

export const ensureWarningSchedule = (temporal: Temporal, cron: string) =>
  ensureSchedule(temporal, warningScheduleId(temporal.taskQueue), { cronExpressions: [cron], timezone: 'Asia/Shanghai' }, warningScan, [{}]);
