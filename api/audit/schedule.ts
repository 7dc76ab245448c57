import { ScheduleOverlapPolicy } from '@temporalio/client';
import { auditCheckpoint, auditCheckpointScheduleId } from '../../workflows/auditCheckpoint';
import { ensureSchedule } from '../schedules';
import type { Temporal } from '../temporal';

// The audit checkpoint runs on a Temporal Schedule, created when the API starts and updated to the configured
// interval when it exists (as the warning Schedule). One per task queue, so test platforms stay apart.

export async function ensureAuditCheckpointSchedule(temporal: Temporal, everyMinutes: number): Promise<void> {
  const scheduleId = auditCheckpointScheduleId(temporal.taskQueue);
  await ensureSchedule(temporal, scheduleId, { intervals: [{ every: `${everyMinutes} minutes` }] }, auditCheckpoint, []);
  // A checkpoint now, not one interval later: the log's end is anchored from the first minutes after a start.
  await temporal.client.schedule.getHandle(scheduleId).trigger(ScheduleOverlapPolicy.SKIP);
}
