import { deliveryLogPruning, deliveryLogPruningScheduleId } from '../../workflows/deliveryLogPruning';
import { ensureSchedule } from '../schedules';
import type { Temporal } from '../temporal';

// The delivery log is pruned on a Temporal Schedule, created when the API starts and updated to the configured
// retention when it exists (as the warning and audit checkpoint Schedules). One per task queue, so test platforms
// stay apart. At 03:30 Shanghai time, when no department is at work and few events are shared.

export const ensureDeliveryLogPruningSchedule = (temporal: Temporal, retentionDays: number) =>
  ensureSchedule(temporal, deliveryLogPruningScheduleId(temporal.taskQueue), { cronExpressions: ['30 3 * * *'], timezone: 'Asia/Shanghai' }, deliveryLogPruning, [{ retentionDays }]);
