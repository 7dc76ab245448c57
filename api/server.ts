import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config';
import { STARTUP_RETRY, withRetry } from '../config/retry';
import { openDb } from '../db';
import { createApp } from './app';
import { logger } from './logger';
import { connectTemporal } from './temporal';
import { ensureWarningSchedule } from './warnings/schedule';
import { ensureAuditCheckpointSchedule } from './audit/schedule';
import { ensureDeliveryLogPruningSchedule } from './sharing/schedule';
import { ensureRiskRescoring, ensureRiskScoringSchedule } from './risk/schedule';
import { ensureTallySchedules } from './statistics/schedule';

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts the API + admin UI; port 0 picks a free port (tests run it in-process this way). */
export async function start(config: Config): Promise<RunningServer> {
  logger.level = config.LOG_LEVEL;
  const db = await openDb(config.DATABASE_URL);
  // A Temporal server that is still starting (`14 UNAVAILABLE: shard …`, its namespace not yet registered) delays the
  // API instead of stopping it.
  const onRetry = (what: string) => (err: unknown, attempt: number, delayMs: number) => logger.warn({ err: String(err), attempt, delayMs }, `${what}: Temporal not ready, trying again`);
  const temporal = await withRetry(() => connectTemporal(config), { ...STARTUP_RETRY, onRetry: onRetry('connect') });
  await withRetry(() => ensureWarningSchedule(temporal, config.WARNING_SCAN_CRON), { ...STARTUP_RETRY, onRetry: onRetry('warning schedule') });
  await withRetry(() => ensureAuditCheckpointSchedule(temporal, config.AUDIT_CHECKPOINT_MINUTES), { ...STARTUP_RETRY, onRetry: onRetry('audit checkpoint schedule') });
  await withRetry(() => ensureDeliveryLogPruningSchedule(temporal, config.DELIVERY_LOG_RETENTION_DAYS), { ...STARTUP_RETRY, onRetry: onRetry('delivery log pruning schedule') });
  await withRetry(() => ensureRiskScoringSchedule(temporal), { ...STARTUP_RETRY, onRetry: onRetry('risk scoring schedule') });
  await withRetry(() => ensureTallySchedules(temporal, config.REGISTER_TALLY_MINUTES, config.TASK_TALLY_MINUTES), { ...STARTUP_RETRY, onRetry: onRetry('tally schedules') });
  await withRetry(() => ensureRiskRescoring(temporal, db, config.RISK_RESCORE_SECONDS), { ...STARTUP_RETRY, onRetry: onRetry('risk rescoring') });
  const app = createApp({ config, db, temporal });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.PORT, config.HOST, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${config.HOST}:${port}`,
    port,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await temporal.close();
      await db.close();
    },
  };
}
