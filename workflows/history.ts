import * as wf from '@temporalio/workflow';

/**
 * The most history events a long-lived polling process (the risk rescoring, a webhook subscription) keeps before it
 * continues as new. A process evicted from a worker's cache is replayed from its whole history at its next step, and
 * Temporal suggests continuing only at about 4,000 events: bench/workerMemory.ts saw the rescoring poll's 2,077
 * events take 11–13 s to replay on a loaded worker, over the 10-s workflow task timeout, four times in a row.
 */
export const POLLING_HISTORY_EVENTS = 1_000;

/**
 * Whether a polling process should continue as new now: Temporal suggests it, or its history holds `limit` events.
 * The bound came after these processes first ran, so it is behind a patch: a history written without it replays as
 * it was written.
 */
export function historyIsLong(limit = POLLING_HISTORY_EVENTS): boolean {
  const info = wf.workflowInfo();
  if (info.continueAsNewSuggested) return true;
  return info.historyLength >= limit && wf.patched('bounded-polling-history');
}
