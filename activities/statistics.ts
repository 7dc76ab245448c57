import type { Db } from '../db';
import { refreshEntityTallies } from '../db/entityTallies';
import { refreshTaskTallies } from '../db/taskTallies';

// The dashboards' tallies counted again: the register (workflows/registerTallies.ts), how many combinations it
// holds; the settled tasks (workflows/taskTallies.ts), how many groups, and the cut.
export function createStatisticsActivities(db: Db) {
  return {
    refreshEntityTallies: async (): Promise<{ groups: number; asOf: string }> => {
      const { rows, asOf } = await refreshEntityTallies(db);
      return { groups: rows.length, asOf: asOf.toISOString() };
    },
    refreshTaskTallies: async (): Promise<{ groups: number; cut: string }> => {
      const { groups, cut } = await refreshTaskTallies(db);
      return { groups, cut: cut.toISOString() };
    },
  };
}
