import { proxyActivities } from '@temporalio/workflow';
import type { createWarningActivities } from '../activities/warnings';

// bench/warnings.ts: one call of the raiseWarnings activity through a real worker (it heartbeats through
// Context.current()), with the timeouts of workflows/warnings.ts's scans and no retry, so a run that would
// time out in production fails here instead of being retried.

type WarningActivities = ReturnType<typeof createWarningActivities>;

const { raiseWarnings } = proxyActivities<WarningActivities>({ startToCloseTimeout: '30 minutes', heartbeatTimeout: '2 minutes', retry: { maximumAttempts: 1 } });

export async function benchWarningScan(input: Parameters<WarningActivities['raiseWarnings']>[0]): Promise<{ raised: number; checked: number }> {
  return raiseWarnings(input);
}
