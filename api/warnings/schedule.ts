import { ScheduleAlreadyRunning, ScheduleOverlapPolicy } from '@temporalio/client';
import { warningScan } from '../../workflows/warnings';
import type { Temporal } from '../temporal';

// The automatic warning rules run on a Temporal Schedule (F7): created when the API starts, updated to the
// configured time when it exists. One per task queue, so test platforms on one dev server stay apart.

export const warningScheduleId = (taskQueue: string) => `warning-scan:${taskQueue}`;

export async function ensureWarningSchedule(temporal: Temporal, cron: string): Promise<void> {
  const scheduleId = warningScheduleId(temporal.taskQueue);
  const spec = { cronExpressions: [cron], timezone: 'Asia/Shanghai' };
  const action = { type: 'startWorkflow' as const, workflowType: warningScan, args: [{}] as [object], taskQueue: temporal.taskQueue, workflowId: `warning-scan:${temporal.taskQueue}` };
  try {
    await temporal.client.schedule.create({ scheduleId, spec, action, policies: { overlap: ScheduleOverlapPolicy.SKIP } });
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
    await temporal.client.schedule.getHandle(scheduleId).update((s) => ({ ...s, spec, action }));
  }
}
