import { NativeConnection, Worker } from '@temporalio/worker';
import type { Config } from '../config';
import { createActivities } from '../activities';
import { openDb } from '../db';
import { dataErrorInterceptors } from './dataErrors';

/** Builds the worker of `TASK_QUEUE`: every workflow and every activity. */
export async function createWorker(config: Config, options: { workflowBundle?: { code: string } } = {}) {
  const db = await openDb(config.DATABASE_URL);
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TASK_QUEUE,
    ...(options.workflowBundle ? { workflowBundle: options.workflowBundle } : { workflowsPath: require.resolve('../workflows') }),
    activities: createActivities({ db, deadlines: { secondsPerWorkingDay: config.DEADLINE_SECONDS_PER_WORKING_DAY } }),
    interceptors: { activity: [dataErrorInterceptors] },
  });
  return {
    worker,
    async close() {
      await connection.close();
      await db.close();
    },
  };
}
