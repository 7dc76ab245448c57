import { NativeConnection, Worker } from '@temporalio/worker';
import type { Config } from '../config';
import { STARTUP_RETRY, withRetry, type RetryOptions } from '../config/retry';
import { createActivities } from '../activities';
import { openDb } from '../db';
import { activityRetryInterceptors } from './activityRetries';
import { dataErrorInterceptors } from './dataErrors';

/** The workflow interceptors, bundled with the workflows (a prebuilt bundle must be built with them too). */
export const WORKFLOW_INTERCEPTOR_MODULES = [require.resolve('../workflows/interceptors')];

/**
 * Builds the worker of `TASK_QUEUE`: every workflow and every activity. A Temporal server still starting
 * (`14 UNAVAILABLE`, connection refused, the namespace not yet registered) delays it instead of stopping it.
 */
export async function createWorker(config: Config, options: { workflowBundle?: { code: string }; onRetry?: RetryOptions['onRetry'] } = {}) {
  const db = await openDb(config.DATABASE_URL);
  const connection = await withRetry(() => NativeConnection.connect({ address: config.TEMPORAL_ADDRESS }), { ...STARTUP_RETRY, onRetry: options.onRetry });
  // The namespace served first: a Worker.create that fails on it (a frontend not yet healthy) stays registered in
  // the SDK's runtime, and every later try fails as a second worker on the same task queue.
  await withRetry(() => connection.workflowService.describeNamespace({ namespace: config.TEMPORAL_NAMESPACE }), { ...STARTUP_RETRY, onRetry: options.onRetry });
  const worker = await withRetry(
    () =>
      Worker.create({
        connection,
        namespace: config.TEMPORAL_NAMESPACE,
        taskQueue: config.TASK_QUEUE,
        maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
        ...(options.workflowBundle ? { workflowBundle: options.workflowBundle } : { workflowsPath: require.resolve('../workflows') }),
        activities: createActivities({ db, deadlines: { secondsPerWorkingDay: config.DEADLINE_SECONDS_PER_WORKING_DAY } }),
        // A prebuilt bundle carries the workflow interceptors itself (test/support/globalSetup.ts builds it with them).
        interceptors: { activity: [activityRetryInterceptors, dataErrorInterceptors], ...(options.workflowBundle ? {} : { workflowModules: WORKFLOW_INTERCEPTOR_MODULES }) },
      }),
    { ...STARTUP_RETRY, onRetry: options.onRetry },
  );
  return {
    worker,
    connection,
    db,
    async close() {
      await connection.close();
      await db.close();
    },
  };
}
