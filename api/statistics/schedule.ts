import { ScheduleOverlapPolicy } from '@temporalio/client';
import { registerTallies, registerTallyScheduleId } from '../../workflows/registerTallies';
import { ensureSchedule } from '../schedules';
import type { Temporal } from '../temporal';

// The register is counted again every `everyMinutes` (db/entityTallies.ts), and once as the API starts, so the
// dashboard's first reader finds fresh tallies. One Schedule per task queue, so test platforms stay apart.
export async function ensureRegisterTallySchedule(temporal: Temporal, everyMinutes: number): Promise<void> {
  const scheduleId = registerTallyScheduleId(temporal.taskQueue);
  await ensureSchedule(temporal, scheduleId, { intervals: [{ every: `${everyMinutes} minutes` }] }, registerTallies, []);
  await temporal.client.schedule.getHandle(scheduleId).trigger(ScheduleOverlapPolicy.SKIP);
}
