import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type ScheduleOptionsStartWorkflowAction, type ScheduleSpec } from '@temporalio/client';
import type { Workflow } from '@temporalio/workflow';
import type { Temporal } from './temporal';

/**
 * Creates a Temporal Schedule that starts `workflowType` (workflow id = schedule id), or updates the one there
 * to this spec and these arguments: the API sets its Schedules at every start, so a changed setting takes effect.
 * One per task queue, so test platforms stay apart; a run still going when the next is due is not doubled (SKIP).
 */
export async function ensureSchedule<W extends Workflow>(temporal: Temporal, scheduleId: string, spec: ScheduleSpec, workflowType: W, args: Parameters<W>): Promise<void> {
  // The SDK's conditional type for `args` cannot be checked against a generic W; the callers' arguments are.
  const action = { type: 'startWorkflow', workflowType, args, taskQueue: temporal.taskQueue, workflowId: scheduleId } as ScheduleOptionsStartWorkflowAction<W>;
  try {
    await temporal.client.schedule.create({ scheduleId, spec, action, policies: { overlap: ScheduleOverlapPolicy.SKIP } });
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
    await temporal.client.schedule.getHandle(scheduleId).update((s) => ({ ...s, spec, action }));
  }
}
