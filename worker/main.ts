import { DefaultLogger, Runtime } from '@temporalio/worker';
import { loadConfig } from '../config';
import { logger } from '../api/logger';
import { createWorker } from './index';

// The worker process: `node dist/worker/main.js`. SIGINT/SIGTERM drain it (Temporal's default handling).
// The SDK's own log lines (bundling, worker state) follow LOG_LEVEL too.
const SDK_LEVEL = { trace: 'TRACE', debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR', fatal: 'ERROR', silent: 'ERROR' } as const;

async function main() {
  const config = loadConfig();
  Runtime.install({ logger: new DefaultLogger(SDK_LEVEL[config.LOG_LEVEL]) });
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
