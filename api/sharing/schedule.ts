import { ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import { deliveryLogPruning, deliveryLogPruningScheduleId } from '../../workflows/deliveryLogPruning';
import type { Temporal } from '../temporal';

// The delivery log is pruned on a Temporal Schedule, created when the API starts and updated to the configured
// retention when it exists (as the warning and audit checkpoint Schedules). One per task queue, so test platforms
// stay apart. At 03:30 Shanghai time, when no department is at work and few events are shared.

export async function ensureDeliveryLogPruningSchedule(temporal: Temporal, retentionDays: number): Promise<void> {
  const scheduleId = deliveryLogPruningScheduleId(temporal.taskQueue);
  const spec = { cronExpressions: ['30 3 * * *'], timezone: 'Asia/Shanghai' };
  const action = { type: 'startWorkflow' as const, workflowType: deliveryLogPruning, args: [{ retentionDays }] as [{ retentionDays: number }], taskQueue: temporal.taskQueue, workflowId: scheduleId };
  try {
    await temporal.client.schedule.create({ scheduleId, spec, action, policies: { overlap: ScheduleOverlapPolicy.SKIP } });
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
    await temporal.client.schedule.getHandle(scheduleId).update((s) => ({ ...s, spec, action }));
  }
}
