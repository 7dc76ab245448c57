import { batches } from './activityOptions';

// The register's tallies for the dashboards (db/entityTallies.ts), counted again by a Schedule every
// REGISTER_TALLY_MINUTES (api/statistics/schedule.ts), so no leader waits seconds for a million rows to be counted.

export const registerTallyScheduleId = (taskQueue: string) => `register-tallies:${taskQueue}`;

export async function registerTallies(): Promise<{ groups: number; asOf: string }> {
  return batches.refreshEntityTallies();
}
