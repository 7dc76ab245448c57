import type { Db } from '../db';
import { refreshEntityTallies } from '../db/entityTallies';

// The register counted again for the dashboards (workflows/registerTallies.ts): how many combinations it holds.
export function createStatisticsActivities(db: Db) {
  return {
    refreshEntityTallies: async (): Promise<{ groups: number; asOf: string }> => {
      const { rows, asOf } = await refreshEntityTallies(db);
      return { groups: rows.length, asOf: asOf.toISOString() };
    },
  };
}
