import * as wf from '@temporalio/workflow';
import type { Activities } from '../activities';
import { DELIVERY_LOG_PRUNE_BATCH } from '../domain/sharing';

// The webhook delivery log (信息共享, F13) would grow for ever: one row, with its payload, per attempt. A Schedule
// runs this nightly; it deletes rows past the retention in bounded batches (activities/sharing.ts pruneDeliveryLog).

export const deliveryLogPruningScheduleId = (taskQueue: string) => `delivery-log-pruning:${taskQueue}`;

export interface DeliveryLogPruningInput {
  /** DELIVERY_LOG_RETENTION_DAYS, set on the Schedule when the API starts. */
  retentionDays: number;
}

// Resumes where it stopped (its heartbeat) when a worker dies mid-way; a long prune after a first deployment
// on a big log is many batches, each a short statement.
const acts = wf.proxyActivities<Activities>({ startToCloseTimeout: '1 hour', heartbeatTimeout: '2 minutes', retry: { maximumInterval: '1 minute' } });

export async function deliveryLogPruning(input: DeliveryLogPruningInput): Promise<{ deleted: number }> {
  return acts.pruneDeliveryLog({ retentionDays: input.retentionDays, batch: DELIVERY_LOG_PRUNE_BATCH });
}
