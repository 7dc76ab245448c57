import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { migrate, openDb } from '../db';
import { DEMO_PASSWORD, loadMasterData } from '../db/seed';
import { createApiKey } from '../db/credentials';
import { start } from '../api/server';
import { createWorker } from '../worker';
import { cpuMeter, findPid } from './support/cpu';
import { benchRegistration, receiptVisibleAfter, TASKS_PER_REGISTRATION, waitForCount } from './support/registrations';
import { benchConfig, flags, freshMysqlDatabase, loadavg, lockBenchDatabase, machine, ms, mysqlInfo, pool, runBench, startTemporal, summary, table } from './support/common';
import type { empty } from './emptyWorkflow';

// Registration throughput of a whole platform on one machine (F3 双告知): a Temporal dev server of its own
// (in memory), a fresh database with the master data, and the worker and the API in this process, as
// test/support/platform.ts assembles them. Side by side, the rate of an empty workflow on the same server.
//
//   node dist-bench/bench/registrations.js [--n 1000] [--concurrency 16] [--sample-every 10]
//        [--warmup 20] [--idle-samples 20] [--db mysql|sqlite] [--database zj_bench] [--skip-empty]
//        [--skip-registrations]
//
// The latency sample is taken under the load, so past saturation it is mostly queueing (the API accepts
// faster than the worker finishes); --idle-samples then posts registrations one at a time on the drained
// platform, for the latency of the path itself.
// MySQL: BENCH_MYSQL_URL (default mysql://root@127.0.0.1:3306); the database is dropped and created.

const quietLogger = { info() {}, warn() {}, error: console.error, debug() {}, trace() {}, log() {} } as any;

interface Reply {
  status: number;
  body: any;
}

async function http(method: 'GET' | 'POST', url: string, token: string, body?: unknown): Promise<Reply> {
  const res = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // keep the text
  }
  return { status: res.status, body: parsed };
}

async function main(): Promise<void> {
  const f = flags();
  const n = f.num('n', 1000);
  const concurrency = f.num('concurrency', 16);
  const sampleEvery = f.num('sample-every', 10);
  const warmup = f.num('warmup', 20);
  const idleSamples = f.num('idle-samples', 20);
  const dbKind = f.get('db', 'mysql');
  if (dbKind !== 'mysql' && dbKind !== 'sqlite') throw new Error('--db is mysql or sqlite');
  const began = performance.now();

  Runtime.install({ logger: new DefaultLogger('WARN') });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zj-bench-registrations-'));
  console.log(`machine:  ${machine()}`);
  console.log(`database: ${dbKind}${dbKind === 'mysql' ? ` (${await mysqlInfo()})` : ''}`);
  console.log(`run:      N=${n}, concurrency ${concurrency}, latency sample every ${sampleEvery}th, warm-up ${warmup}, idle samples ${idleSamples}; work files in ${dir}`);
  console.log(`load:     ${loadavg()} at start`);

  const database = f.get('database', 'zj_bench');
  const lock = dbKind === 'mysql' ? await lockBenchDatabase(database) : null;
  const temporal = await startTemporal(path.join(dir, 'temporal.log'));
  const url = dbKind === 'sqlite' ? `sqlite:${path.join(dir, 'zongjian.sqlite')}` : await freshMysqlDatabase(database);
  const db = await openDb(url);
  await migrate(db);
  await loadMasterData(db);
  const config = benchConfig(url, temporal.address, { LOGIN_RATE_LIMIT: '1000' });
  const t = performance.now();
  const platformWorker = await createWorker(config); // bundles the project's workflows (dist-bench/workflows)
  console.log(`setup:    dev server at ${temporal.address}; workflow bundle + worker in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const platformRun = platformWorker.worker.run();
  platformRun.catch((err) => {
    console.error('the platform worker failed:', err);
    process.exit(1);
  });
  const server = await start(config);
  const apiKey = await createApiKey(db, 'registration-system', ['registration:write']);
  const login = async (username: string): Promise<string> => {
    const r = await http('POST', `${server.url}/api/v1/session`, '', { username, password: DEMO_PASSWORD });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.token;
  };
  const clerk = await login('clerk');

  const pids = { node: process.pid, temporal: temporal.process.pid, database: dbKind === 'mysql' ? findPid('mariadbd', 'mysqld') : null };
  const rows: Array<Array<string | number>> = [['measure', 'N', 'conc.', 'elapsed s', 'per second', 'p50 ms', 'p99 ms', 'max ms']];
  const cpuRows: Array<Array<string | number>> = [['CPU seconds per 1000', 'node (API+worker+load)', 'temporal server', 'database']];
  const cpuRow = (label: string, used: Record<string, number>, count: number) =>
    cpuRows.push([label, ...(['node', 'temporal', 'database'] as const).map((k) => (Number.isFinite(used[k]) ? ((used[k] / count) * 1000).toFixed(1) : '–'))]);

  // ------------------------------------------------------------------------------------------------
  // Baseline: start and finish an empty workflow, N times with the same concurrency, on its own queue.
  if (!f.has('skip-empty')) {
    const bundle = await bundleWorkflowCode({ workflowsPath: require.resolve('./emptyWorkflow'), logger: quietLogger });
    const taskQueue = `bench-empty-${crypto.randomBytes(4).toString('hex')}`;
    const nativeConnection = await NativeConnection.connect({ address: temporal.address });
    const worker = await Worker.create({ connection: nativeConnection, namespace: 'default', taskQueue, workflowBundle: bundle });
    const running = worker.run();
    const connection = await Connection.connect({ address: temporal.address });
    const client = new Client({ connection, namespace: 'default' });
    const tag = crypto.randomBytes(4).toString('hex');
    const once = (id: string) => client.workflow.execute<typeof empty>('empty', { taskQueue, workflowId: `bench-empty-${tag}-${id}` });
    await pool(50, concurrency, (i) => once(`warm-${i}`));
    const latencies: number[] = [];
    const cpu = cpuMeter(pids);
    const t0 = performance.now();
    await pool(n, concurrency, async (i) => {
      const s = performance.now();
      await once(String(i));
      latencies.push(performance.now() - s);
    });
    const elapsed = (performance.now() - t0) / 1000;
    cpuRow('empty workflow', cpu.since(), n);
    const s = summary(latencies);
    rows.push(['empty workflow: start → finished (execute)', n, concurrency, elapsed.toFixed(2), (n / elapsed).toFixed(1), ms(s.p50), ms(s.p99), ms(s.max)]);
    worker.shutdown();
    await running;
    await nativeConnection.close();
    await connection.close();
  }

  // ------------------------------------------------------------------------------------------------
  // Registrations through the API, each a fresh entity whose scope needs two departments' licenses.
  if (!f.has('skip-registrations')) {
    let posted = 0; // every accepted registration, warm-up included: the expected task count follows it
    const failures: string[] = [];
    // Counted in the database: a task list's total stops at TASK_TOTAL_CAP (it then says "more than").
    const receiptTotal = () => db.models.tasks.count({ where: { type: 'receipt' } });
    const waitForAllTasks = (timeoutMs: number) => waitForCount(receiptTotal, posted * TASKS_PER_REGISTRATION, timeoutMs, 'receipt tasks');
    /** From the POST's start until the clerk (SCJGJ) sees the entity's receipt task. */
    let polls = 0;
    const visibleAfter = (creditCode: string, from: number) => receiptVisibleAfter(server.url, clerk, creditCode, from, () => polls++);
    const postOne = async (i: number, sample: boolean, postLatencies: number[], visible: Array<Promise<number>>) => {
      const event = benchRegistration(`上海枫泾基准${i}号食品有限公司`);
      const s = performance.now();
      const r = await http('POST', `${server.url}/api/ext/v1/registrations`, apiKey, event);
      postLatencies.push(performance.now() - s);
      if (r.status !== 202) {
        failures.push(`${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
        return;
      }
      posted++;
      // The watcher runs beside the load: it does not hold one of the `concurrency` slots.
      if (sample) visible.push(visibleAfter(event.entity.creditCode, s));
    };

    await pool(warmup, concurrency, (i) => postOne(-1 - i, false, [], []));
    await waitForAllTasks(120_000);

    const postLatencies: number[] = [];
    const visible: Array<Promise<number>> = [];
    polls = 0;
    const cpu = cpuMeter(pids);
    const t0 = performance.now();
    await pool(n, concurrency, (i) => postOne(i, i % sampleEvery === 0, postLatencies, visible));
    const acceptedAt = performance.now();
    await waitForAllTasks(600_000);
    const doneAt = performance.now();
    cpuRow('registration (2 tasks)', cpu.since(), n);
    const pollsDuringLoad = polls;
    const latencies = (await Promise.all(visible)).filter(Number.isFinite);
    const accepted = n - failures.length;
    const post = summary(postLatencies);
    const vis = summary(latencies);
    const acceptedS = (acceptedAt - t0) / 1000;
    const doneS = (doneAt - t0) / 1000;
    rows.push(['registrations: POST → 202 accepted', accepted, concurrency, acceptedS.toFixed(2), (accepted / acceptedS).toFixed(1), ms(post.p50), ms(post.p99), ms(post.max)]);
    rows.push([`registrations: all accepted + all ${accepted * TASKS_PER_REGISTRATION} tasks written`, accepted, concurrency, doneS.toFixed(2), (accepted / doneS).toFixed(1), '', '', '']);
    rows.push([`POST → receipt task visible to clerk (1 in ${sampleEvery})`, vis.n, '', '', '', ms(vis.p50), ms(vis.p99), ms(vis.max)]);

    // Unloaded: one registration at a time on the drained platform.
    const idle: number[] = [];
    for (let i = 0; i < idleSamples; i++) {
      const watch: Array<Promise<number>> = [];
      await postOne(1_000_000 + i, true, [], watch);
      if (watch.length) idle.push(await watch[0]);
    }
    const idleS = summary(idle.filter(Number.isFinite));
    if (idleSamples > 0) rows.push(['same, unloaded (one registration at a time)', idleS.n, 1, '', '', ms(idleS.p50), ms(idleS.p99), ms(idleS.max)]);
    console.log(`\nthe latency watchers sent ${pollsDuringLoad} GET /api/v1/tasks while the ${n} registrations ran (${(pollsDuringLoad / doneS).toFixed(0)}/s beside the load)`);
    if (failures.length) console.log(`\n${failures.length} registration(s) not accepted, first: ${failures[0]}`);
  }

  console.log('');
  table(rows);
  console.log('');
  table(cpuRows);
  console.log(`\nload: ${loadavg()} at the end (other work on the machine skews every figure)`);
  console.log(`total run time ${((performance.now() - began) / 1000).toFixed(1)} s`);

  platformWorker.worker.shutdown();
  await platformRun;
  await platformWorker.close();
  await server.stop();
  await db.close();
  await temporal.stop();
  await lock?.release();
  if (dbKind === 'sqlite') fs.rmSync(dir, { recursive: true, force: true });
  else console.log(`(the MySQL database is kept for inspection; the next run drops it; Temporal log in ${dir})`);
}

runBench(main);
