import { loadConfig } from '../config';
import { logger } from '../api/logger';
import { createWorker } from './index';

// The worker process: `node dist/worker/main.js`. SIGINT/SIGTERM drain it (Temporal's default handling).
async function main() {
  const config = loadConfig();
  const { worker, close } = await createWorker(config);
  logger.info({ taskQueue: config.TASK_QUEUE, temporal: config.TEMPORAL_ADDRESS }, 'worker started');
  await worker.run();
  await close();
  logger.info('worker stopped');
}

main().catch((err) => {
  logger.fatal({ err }, 'worker failed');
  process.exit(1);
});
