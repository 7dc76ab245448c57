import { ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import { auditCheckpoint, auditCheckpointScheduleId } from '../../workflows/auditCheckpoint';
import type { Temporal } from '../temporal';

// The audit checkpoint runs on a Temporal Schedule, created when the API starts and updated to the configured
// interval when it exists (as the warning Schedule). One per task queue, so test platforms stay apart.

export async function ensureAuditCheckpointSchedule(temporal: Temporal, everyMinutes: number): Promise<void> {
  const scheduleId = auditCheckpointScheduleId(temporal.taskQueue);
  const spec = { intervals: [{ every: `${everyMinutes} minutes` as const }] };
  const action = { type: 'startWorkflow' as const, workflowType: auditCheckpoint, args: [] as [], taskQueue: temporal.taskQueue, workflowId: scheduleId };
  try {
    await temporal.client.schedule.create({ scheduleId, spec, action, policies: { overlap: ScheduleOverlapPolicy.SKIP } });
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
    await temporal.client.schedule.getHandle(scheduleId).update((s) => ({ ...s, spec, action }));
  }
  // A checkpoint now, not one interval later: the log's end is anchored from the first minutes after a start.
  await temporal.client.schedule.getHandle(scheduleId).trigger(ScheduleOverlapPolicy.SKIP);
}
