import { Client } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { loadConfig } from '../config';
import { logger } from '../api/logger';
import { startReconciler } from '../api/ext/reconcile';
import { createWorker } from './index';

// The worker process: `node dist/worker/main.js`. SIGINT/SIGTERM drain it (Temporal's default handling).
// The SDK's own log lines (bundling, worker state) follow LOG_LEVEL too.
const SDK_LEVEL = { trace: 'TRACE', debug: 'DEBUG', info: 'INFO', warn: 'WARN', error: 'ERROR', fatal: 'ERROR', silent: 'ERROR' } as const;

async function main() {
  const config = loadConfig();
  // The SDK's own figures (task slots, pollers, sticky cache, latencies) for Prometheus, when an address is set.
  const metrics = config.WORKER_METRICS_ADDRESS ? { telemetryOptions: { metrics: { prometheus: { bindAddress: config.WORKER_METRICS_ADDRESS } } } } : {};
  Runtime.install({ logger: new DefaultLogger(SDK_LEVEL[config.LOG_LEVEL]), ...metrics });
  const onRetry = (err: unknown, attempt: number, delayMs: number) => logger.warn({ err: String(err), attempt, delayMs }, 'Temporal not ready, trying again');
  const { worker, connection, db, close } = await createWorker(config, { onRetry });
  logger.info({ taskQueue: config.TASK_QUEUE, temporal: config.TEMPORAL_ADDRESS }, 'worker started');
  // Beside the worker: registration events whose workflow start failed get it started (api/ext/reconcile.ts).
  const reconciler = startReconciler(db, new Client({ connection, namespace: config.TEMPORAL_NAMESPACE }), config.TASK_QUEUE, {
    olderThanMs: config.RECONCILE_AFTER_SECONDS * 1000,
    everyMs: config.RECONCILE_EVERY_SECONDS * 1000,
    log: (msg, detail) => logger.warn(detail, msg),
  });
  await worker.run();
  await reconciler.stop();
  await close();
  logger.info('worker stopped');
}

main().catch((err) => {
  logger.fatal({ err }, 'worker failed');
  process.exit(1);
});
