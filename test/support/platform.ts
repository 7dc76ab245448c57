import crypto from 'node:crypto';
import fs from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import { Runtime, DefaultLogger } from '@temporalio/worker';
import request from 'supertest';
import { loadConfig, type Config } from '../../config';
import { migrate, openDb, type Db } from '../../db';
import { loadEntities, loadMasterData, DEMO_PASSWORD } from '../../db/seed';
import { createApiKey, type ApiScope } from '../../db/credentials';
import { start, type RunningServer } from '../../api/server';
import { createWorker } from '../../worker';
import { warningScheduleId } from '../../api/warnings/schedule';
import { auditCheckpointScheduleId } from '../../workflows/auditCheckpoint';
import { deliveryLogPruningScheduleId } from '../../workflows/deliveryLogPruning';
import { riskRescoringWorkflowId, riskScoringScheduleId } from '../../workflows/riskScoring';
import type { TestDatabase } from './databases';
import { registration } from './events';

// A whole platform for one suite: a fresh database with the master data, a worker on the suite's own task
// queue (on the run's dev server), and the API in-process on a free port.

let runtimeInstalled = false;

export interface TestPlatform {
  config: Config;
  db: Db;
  client: Client;
  server: RunningServer;
  api: ReturnType<typeof request>;
  /** A session token for a demo user (password DEMO_PASSWORD). */
  login(username: string): Promise<string>;
  apiKey(scopes: ApiScope[], system?: string, departmentCode?: string): Promise<string>;
  startWorker(): Promise<void>;
  stopWorker(): Promise<void>;
  stop(): Promise<void>;
}

export interface PlatformOptions {
  secondsPerWorkingDay?: number;
  entities?: number;
  worker?: boolean;
  config?: Record<string, string>;
  /** A Temporal server of the suite's own (fault tests stop it); the run's shared dev server otherwise. */
  temporalAddress?: string;
}

export async function startPlatform(database: TestDatabase, options: PlatformOptions = {}): Promise<TestPlatform> {
  if (!runtimeInstalled) {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    runtimeInstalled = true;
  }
  const url = await database.create();
  const config = loadConfig({
    PORT: '0',
    DATABASE_URL: url,
    TEMPORAL_ADDRESS: options.temporalAddress ?? process.env.TEST_TEMPORAL_ADDRESS!,
    TASK_QUEUE: `test-${crypto.randomBytes(5).toString('hex')}`,
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT: '1000',
    ...(options.secondsPerWorkingDay ? { DEADLINE_SECONDS_PER_WORKING_DAY: String(options.secondsPerWorkingDay) } : {}),
    ...options.config,
  });
  const db = await openDb(url);
  await migrate(db);
  await loadMasterData(db);
  if (options.entities) await loadEntities(db, { seed: 7, count: options.entities });
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const server = await start(config);
  const code = fs.readFileSync(process.env.TEST_WORKFLOW_BUNDLE!, 'utf8');
  let running: { stop(): Promise<void> } | null = null;

  const platform: TestPlatform = {
    config,
    db,
    client,
    server,
    api: request(server.url),
    async login(username) {
      const res = await request(server.url).post('/api/v1/session').send({ username, password: DEMO_PASSWORD });
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.token;
    },
    apiKey: (scopes, system = 'test-system', departmentCode) => createApiKey(db, system, scopes, departmentCode ?? null),
    async startWorker() {
      const { worker, close } = await createWorker(config, { workflowBundle: { code } });
      const done = worker.run();
      running = {
        async stop() {
          worker.shutdown();
          await done;
          await close();
        },
      };
    },
    async stopWorker() {
      await running?.stop();
      running = null;
    },
    async stop() {
      await platform.stopWorker();
      await client.schedule.getHandle(warningScheduleId(config.TASK_QUEUE)).delete().catch(() => undefined);
      await client.schedule.getHandle(auditCheckpointScheduleId(config.TASK_QUEUE)).delete().catch(() => undefined);
      await client.schedule.getHandle(deliveryLogPruningScheduleId(config.TASK_QUEUE)).delete().catch(() => undefined);
      await client.schedule.getHandle(riskScoringScheduleId(config.TASK_QUEUE)).delete().catch(() => undefined);
      await client.workflow.getHandle(riskRescoringWorkflowId(config.TASK_QUEUE)).terminate('test platform stopped').catch(() => undefined);
      await server.stop();
      await connection.close();
      await db.close();
      await database.drop(url);
    },
  };
  if (options.worker !== false) await platform.startWorker();
  return platform;
}

/** Polls `fn` until it returns a truthy value (for effects that arrive through a workflow). */
export async function eventually<T>(fn: () => Promise<T | null | undefined | false>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The three tasks one registration of the food-and-transport demo scope opens: two receipts and a claim-pool item. */
export interface RegisteredTasks {
  entity: string;
  food: any;
  transport: any;
  pool: any;
}

/**
 * Posts a registration (businessScope: food, transport and one unclear item) as the registration system and
 * waits, as `admin`, for its three tasks: SCJGJ's and JTW's receipts and the claim-pool item.
 */
export async function registerWithTasks(p: TestPlatform, registrationKey: string, adminToken: string): Promise<RegisteredTasks> {
  const event = registration();
  const res = await p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${registrationKey}`).send(event);
  if (res.status !== 202) throw new Error(`registration answered ${res.status}: ${JSON.stringify(res.body)}`);
  const entity = event.entity.creditCode;
  const all = await eventually(async () => {
    const t = (await p.api.get('/api/v1/tasks').query({ entity }).set({ Authorization: `Bearer ${adminToken}` })).body.data as any[];
    return t.length === 3 ? t : null;
  }, 20_000, 'three tasks of the registration');
  return {
    entity,
    food: all.find((t) => t.type === 'receipt' && t.department?.code === 'SCJGJ'),
    transport: all.find((t) => t.type === 'receipt' && t.department?.code === 'JTW'),
    pool: all.find((t) => t.type === 'claim'),
  };
}
