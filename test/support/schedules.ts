import { ScheduleOverlapPolicy } from '@temporalio/client';
import { eventually, type TestPlatform } from './platform';

/**
 * A Schedule's description. It asks the Schedule's own workflow, which on a loaded dev server may not answer within
 * the call's deadline (CI: DEADLINE_EXCEEDED right after the platform started): asked again, as a read may be.
 */
export const describeSchedule = (p: TestPlatform, scheduleId: string) => eventually(() => p.client.schedule.getHandle(scheduleId).describe(), 60_000, `the description of ${scheduleId}`);

/**
 * Runs a Schedule of the platform now and waits for that run's result. The run the API triggered at its start may
 * still be going: it is let finish first, so the run awaited is this one; ALLOW_ALL, so the Schedule's
 * skip-on-overlap cannot drop this trigger.
 */
export async function runScheduleNow<T>(p: TestPlatform, scheduleId: string): Promise<T> {
  const schedule = p.client.schedule.getHandle(scheduleId);
  await eventually(async () => (await schedule.describe()).info.runningActions.length === 0, 20_000, `the start-up run of ${scheduleId}`);
  const before = (await describeSchedule(p, scheduleId)).info.recentActions.length;
  await schedule.trigger(ScheduleOverlapPolicy.ALLOW_ALL);
  const run = await eventually(async () => (await schedule.describe()).info.recentActions[before], 20_000, `the triggered run of ${scheduleId}`);
  return p.client.workflow.getHandle(run.action.workflow.workflowId, run.action.workflow.firstExecutionRunId).result();
}
