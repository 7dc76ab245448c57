import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../deploy/devServer';
import { testDatabases } from './support/databases';
import { registration } from './support/events';
import { eventually, startPlatform, type TestPlatform } from './support/platform';

// A worker process with WORKER_METRICS_ADDRESS serves the Temporal SDK's own metrics for Prometheus (issue 12: what
// an operator alerts on): task slots, pollers and the rest, labelled with the task queue. On the first test
// database only (SQLite): the database plays no part.
const WORKER = path.resolve(__dirname, '../dist/worker/main.js');

describe('the worker’s own metrics', () => {
  let p: TestPlatform;
  let worker: ChildProcess | null = null;

  beforeAll(async () => {
    p = await startPlatform(testDatabases[0], { worker: false });
  });
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await p?.stop();
  });

  it('are served for Prometheus at WORKER_METRICS_ADDRESS while the worker polls its task queue', async () => {
    if (!fs.existsSync(WORKER)) throw new Error('dist/worker/main.js is missing: `npm test` builds it');
    const port = await freePort();
    worker = spawn(process.execPath, [WORKER], {
      env: { ...process.env, DATABASE_URL: p.config.DATABASE_URL, TEMPORAL_ADDRESS: p.config.TEMPORAL_ADDRESS, TASK_QUEUE: p.config.TASK_QUEUE, LOG_LEVEL: 'warn', WORKER_METRICS_ADDRESS: `127.0.0.1:${port}` },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const text = await eventually(async () => {
      const res = await fetch(`http://127.0.0.1:${port}/metrics`).catch(() => null);
      const body = res?.ok ? await res.text() : '';
      // The activity pollers start at once, the workflow pollers once the workflows are bundled.
      return /temporal_num_pollers\{[^}]*poller_type="workflow_task"/.test(body) ? body : null;
    }, 60_000, 'the worker’s metrics');
    expect(text).toMatch(new RegExp(`temporal_worker_task_slots_available\\{[^}]*task_queue="${p.config.TASK_QUEUE}"[^}]*\\} \\d+`));
    expect(text).toMatch(/temporal_num_pollers\{[^}]*poller_type="workflow_task"[^}]*\} \d+/);

    // A registration starts its dual-notification process on this worker: counted once as started, by type (the
    // SDK names a metric's own labels in camelCase, its built-in ones in snake_case), and its workflow tasks as
    // work of that type.
    const key = await p.apiKey(['registration:write'], 'registration-system');
    expect((await p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${key}`).send(registration())).status).toBe(202);
    /** The value of the series of `name` whose labels include each of `labels`, or null. */
    const valueOf = (body: string, name: string, labels: string[]) => {
      const line = body.split('\n').find((l) => l.startsWith(`${name}{`) && labels.every((x) => l.includes(x)));
      return line ? Number(line.split(' ').pop()) : null;
    };
    // The counter moves while the first workflow task runs, its latency only once that task completes: wait for both.
    const TASK_LATENCY = /temporal_workflow_task_execution_latency[^{]*\{[^}]*workflow_type="dualNotification"/;
    const after = await eventually(async () => {
      const body = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      const started = valueOf(body, 'zongjian_workflows_started', [`taskQueue="${p.config.TASK_QUEUE}"`, 'workflowType="dualNotification"']);
      return started && TASK_LATENCY.test(body) ? body : null;
    }, 30_000, 'the started process counted and its first workflow task timed');
    expect(valueOf(after, 'zongjian_workflows_started', ['workflowType="dualNotification"'])).toBe(1);
    expect(after).toMatch(TASK_LATENCY);
  });
});
