import { batches } from './activityOptions';

// The settled tasks' tallies for the efficiency board and the dual-notification statistic (db/taskTallies.ts),
// counted again by a Schedule every TASK_TALLY_MINUTES (api/statistics/schedule.ts). The counts are exact
// whenever this last ran; running often keeps the part read live (tasks settled since) small.

export const taskTallyScheduleId = (taskQueue: string) => `task-tallies:${taskQueue}`;

export async function taskTallies(): Promise<{ groups: number; cut: string }> {
  return batches.refreshTaskTallies();
}
