import { ScheduleOverlapPolicy } from '@temporalio/client';
import { registerTallies, registerTallyScheduleId } from '../../workflows/registerTallies';
import { taskTallies, taskTallyScheduleId } from '../../workflows/taskTallies';
import { ensureSchedule } from '../schedules';
import type { Temporal } from '../temporal';

// The dashboards' tallies are counted again every few minutes, and once as the API starts, so the first reader
// finds them fresh: the register (db/entityTallies.ts) every `registerMinutes`, the settled tasks
// (db/taskTallies.ts) every `taskMinutes`. One Schedule each per task queue, so test platforms stay apart.
export async function ensureTallySchedules(temporal: Temporal, registerMinutes: number, taskMinutes: number): Promise<void> {
  for (const [scheduleId, workflow, minutes] of [
    [registerTallyScheduleId(temporal.taskQueue), registerTallies, registerMinutes],
    [taskTallyScheduleId(temporal.taskQueue), taskTallies, taskMinutes],
  ] as const) {
    await ensureSchedule(temporal, scheduleId, { intervals: [{ every: `${minutes} minutes` }] }, workflow, []);
    await temporal.client.schedule.getHandle(scheduleId).trigger(ScheduleOverlapPolicy.SKIP);
  }
}
