import type { Db } from '../../db';
import type { Temporal } from '../temporal';
import { failedProcesses, retryingProcesses, withEntityNames, type StuckProcess } from './repository';

// The operators' list of stuck processes (DESIGN.md rule 9: a step that fails on its data fails visibly):
// runs that failed, and runs whose current step has been failing for longer than STUCK_PROCESS_MINUTES.

export interface StuckSnapshot {
  at: Date;
  rows: StuckProcess[];
  /** More runs than one refresh examines (repository SCAN_LIMIT): the list may be incomplete. */
  truncated: boolean;
}

export interface StuckProcessWatch {
  /** The list as of at most `maxAgeMs` ago; one refresh at a time, shared by whoever asks meanwhile. */
  current(maxAgeMs: number): Promise<StuckSnapshot>;
  /** The last list made, however old, without waiting; null before the first. */
  last(): StuckSnapshot | null;
}

async function findStuckProcesses(db: Db, temporal: Temporal, thresholdMinutes: number): Promise<StuckSnapshot> {
  const at = new Date();
  const [failed, retrying] = await Promise.all([failedProcesses(temporal), retryingProcesses(temporal, new Date(at.getTime() - thresholdMinutes * 60_000))]);
  const rows = [...failed.rows, ...retrying.rows].sort((a, b) => b.since.localeCompare(a.since));
  return { at, rows: await withEntityNames(db, rows), truncated: failed.truncated || retrying.truncated };
}

// One watch per Temporal connection, so the list endpoint and the metric share refreshes.
const watches = new WeakMap<Temporal, StuckProcessWatch>();

export function stuckProcessWatch(db: Db, temporal: Temporal, thresholdMinutes: number): StuckProcessWatch {
  const existing = watches.get(temporal);
  if (existing) return existing;
  let snapshot: StuckSnapshot | null = null;
  let refreshing: Promise<StuckSnapshot> | null = null;
  const watch: StuckProcessWatch = {
    current(maxAgeMs) {
      if (snapshot && Date.now() - snapshot.at.getTime() <= maxAgeMs) return Promise.resolve(snapshot);
      refreshing ??= findStuckProcesses(db, temporal, thresholdMinutes)
        .then((s) => (snapshot = s))
        .finally(() => (refreshing = null));
      return refreshing;
    },
    last: () => snapshot,
  };
  watches.set(temporal, watch);
  return watch;
}
