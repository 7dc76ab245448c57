import fs from 'node:fs';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import request from 'supertest';
import { loadConfig } from '../../config';
import { start, type RunningServer } from '../../api/server';
import { createWorker } from '../../worker';
import { migrate, openDb } from '../../db';
import { testDatabases } from '../support/databases';
import { freeTemporalAddress, startTestTemporal, type TestTemporal } from '../support/temporal';

// `npm start` starts the Temporal dev server, the worker and the API together; the dev server may still be
// coming up (connection refused, `14 UNAVAILABLE: shard …`) when the others first call it. They wait and try
// again (config/retry.ts) instead of dying.

describe('start-up before Temporal is there', () => {
  let url = '';
  let temporal: TestTemporal | null = null;
  let server: RunningServer | null = null;
  let closeWorker: (() => Promise<void>) | null = null;
  afterAll(async () => {
    await closeWorker?.();
    await server?.stop();
    await temporal?.destroy();
    if (url) await testDatabases[0].drop(url);
  });

  it('the API and the worker wait for a Temporal server that comes up later, then work', async () => {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    const address = await freeTemporalAddress();
    url = await testDatabases[0].create();
    // Migrated first, as `npm start` and the production shape do before they start the API and the worker.
    const db = await openDb(url);
    await migrate(db);
    await db.close();
    const config = loadConfig({ PORT: '0', DATABASE_URL: url, TEMPORAL_ADDRESS: address, TASK_QUEUE: `startup-${Date.now()}`, LOG_LEVEL: 'silent' });
    const workerRetries: unknown[] = [];
    const api = start(config);
    const worker = createWorker(config, { workflowBundle: { code: fs.readFileSync(process.env.TEST_WORKFLOW_BUNDLE!, 'utf8') }, onRetry: (err) => workerRetries.push(err) });
    // Longer than the API's connect timeout (5 s), so only a retry can make it.
    await new Promise((r) => setTimeout(r, 7_000));
    temporal = await startTestTemporal({ dir: process.env.TEST_DIR!, address });

    server = await api;
    const w = await worker;
    closeWorker = async () => {
      w.worker.shutdown();
      await running;
      await w.close();
    };
    const running = w.worker.run();
    expect(workerRetries.length).toBeGreaterThan(0);
    expect(String(workerRetries[0])).toMatch(/onnect/);
    expect((await request(server.url).get('/readyz')).status).toBe(200);
  });
});
