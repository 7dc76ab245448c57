import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { start } from '../api/server';
import { createApiKey } from '../db/credentials';
import { migrate, openDb } from '../db';
import { loadMasterData } from '../db/seed';
import { stageQuery } from '../workflows/licenseFeedback';
import { benchRegistration, TASKS_PER_REGISTRATION, waitForCount } from './support/registrations';
import { forkWorker, mib, type WorkerMark, type WorkerReady } from './support/workerProcess';
import { benchConfig, flags, freshMysqlDatabase, loadavg, lockBenchDatabase, machine, ms, mysqlInfo, pool, runBench, sleep, startTemporal, table } from './support/common';

// The worker's memory with many open workflows (issue 12: at most 1.5 GB RSS with 10,000, the cache settings
// stated). Registrations are posted through the real API until --workflows license-feedback processes are open,
// each waiting for its department's receipt with its deadline timer running, as the district's open dual
// notifications do. The platform worker runs in a process of its own (bench/support/workerProcess.ts), so its
// RSS is its own. Phases:
//   started  every process open and its receipt task written;
//   idle     --idle-seconds later: what the worker keeps between steps (its sticky cache);
//   woken    every open process asked its stage (a query), --concurrency at a time: a process outside the cache
//            is replayed from its history to answer, and stays cached, as on a day when every deadline fires;
//   then, for each size of --then-max-cached, a fresh worker with that cache, every process woken again, and idle.
//
//   npx tsc -p bench/tsconfig.json && node dist-bench/bench/workerMemory.js [--workflows 10000] [--concurrency 16]
//        [--max-cached N (WORKER_MAX_CACHED_WORKFLOWS; unset: the platform's default, 1,000)] [--heap-mb N (the worker's
//        --max-old-space-size)] [--then-max-cached 1000,500] [--idle-seconds 30] [--backlog 200] [--db mysql|sqlite] [--database zj_bench_memory]

const cacheLabel = (setting: string, ready: WorkerReady) => `cache ${ready.maxCachedWorkflows}${setting ? '' : ' (default)'}`;

async function main() {
  const f = flags();
  const workflows = f.num('workflows', 10_000);
  const concurrency = f.num('concurrency', 16);
  const idleSeconds = f.num('idle-seconds', 30);
  const backlog = f.num('backlog', 200);
  const maxCached = f.get('max-cached', '');
  const heapMb = f.num('heap-mb', 0);
  const thenCached = f.get('then-max-cached', '').split(',').filter(Boolean).map(Number);
  const dbKind = f.get('db', 'mysql');
  const database = f.get('database', 'zj_bench_memory');
  const registrations = Math.ceil(workflows / TASKS_PER_REGISTRATION);
  Runtime.install({ logger: new DefaultLogger('ERROR') });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zj-bench-memory-'));
  const lock = dbKind === 'mysql' ? await lockBenchDatabase(database) : null;
  const url = dbKind === 'mysql' ? await freshMysqlDatabase(database) : `sqlite:${path.join(dir, 'bench.sqlite')}`;
  const temporal = await startTemporal(path.join(dir, 'temporal.log'));
  const db = await openDb(url);
  await migrate(db);
  await loadMasterData(db);
  const config = benchConfig(url, temporal.address);
  const settings: Record<string, string> = { TASK_QUEUE: config.TASK_QUEUE, ...(maxCached ? { WORKER_MAX_CACHED_WORKFLOWS: maxCached } : {}) };
  const worker = await forkWorker(url, temporal.address, settings, heapMb ? [`--max-old-space-size=${heapMb}`] : []);
  const r = worker.ready;
  console.log(`${machine()}\n${dbKind === 'mysql' ? await mysqlInfo() : 'SQLite'}; ${loadavg()}`);
  console.log(
    `worker: heap limit ${mib(r.heapLimit)}${heapMb ? ` (--max-old-space-size=${heapMb})` : ' (Node default)'}, maxCachedWorkflows ${r.maxCachedWorkflows}${maxCached ? ' (WORKER_MAX_CACHED_WORKFLOWS)' : " (the platform's default)"}, reuseV8Context ${r.reuseV8Context}; RSS once ready ${mib(r.readyRss)}`,
  );

  const server = await start(config);
  const apiKey = await createApiKey(db, 'registration-system', ['registration:write']);
  const connection = await Connection.connect({ address: temporal.address });
  const client = new Client({ connection });
  const openQuery = `WorkflowType="licenseFeedback" AND ExecutionStatus="Running"`;

  const marks: Array<[string, WorkerMark, string]> = [[`ready, ${cacheLabel(maxCached, r)}`, { rss: r.readyRss, peak: r.readyRss, live: NaN }, 'the worker built, its workflows bundled']];
  const t0 = performance.now();
  let lastLine = t0;
  // Posting runs at most --backlog registrations ahead of the receipt tasks written: the platform sustains a few
  // registrations a second here, and thousands posted at once swamp the dev server's persistence (its writes time
  // out and are retried: in a first run, 5,000 posted within 5 minutes had 708 receipt tasks written after 9).
  let written = 0;
  let countedAt = 0;
  const receiptTasks = () => db.models.tasks.count({ where: { type: 'receipt' } });
  const behind = async (i: number) => {
    if (performance.now() - countedAt > 500) {
      countedAt = performance.now();
      written = await receiptTasks();
    }
    return written < (i - backlog) * TASKS_PER_REGISTRATION;
  };
  await pool(registrations, concurrency, async (i) => {
    while (await behind(i)) await sleep(250);
    const event = benchRegistration(`上海金山内存压测${i}有限公司`);
    for (let attempt = 1; ; attempt++) {
      const res = await fetch(`${server.url}/api/ext/v1/registrations`, { method: 'POST', headers: { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' }, body: JSON.stringify(event) });
      if (res.status === 202) break;
      // Only a Temporal momentarily too busy to answer is asked again (the same event: the API makes a repeat one).
      if (res.status !== 503 || attempt >= 5) throw new Error(`registration ${i}: ${res.status} ${await res.text()}`);
      await sleep(500 * attempt);
    }
    if (performance.now() - lastLine > 30_000) {
      lastLine = performance.now();
      console.log(`  ${i} of ${registrations} registrations posted in ${((lastLine - t0) / 1000).toFixed(0)} s; ${loadavg()}`);
    }
  });
  const open = registrations * TASKS_PER_REGISTRATION;
  await waitForCount(receiptTasks, open, 600_000, 'receipt tasks written', 1000);
  const running = (await client.workflow.count(openQuery)).count;
  const startSeconds = (performance.now() - t0) / 1000;
  console.log(`${registrations} registrations: ${open} receipt tasks written and ${running} license-feedback processes open in ${startSeconds.toFixed(0)} s (${(open / startSeconds).toFixed(1)} processes/s)`);
  marks.push(['started', await worker.mark(), `${open} receipt tasks written in ${startSeconds.toFixed(0)} s`]);

  await sleep(idleSeconds * 1000);
  marks.push(['idle', await worker.mark(), `${idleSeconds} s later, nothing asked`]);

  const ids: string[] = [];
  for await (const w of client.workflow.list({ query: openQuery })) ids.push(w.workflowId);
  /** Asks every open process its stage, `concurrency` at a time: the worker replays each one its cache lacks. */
  const wakeAll = async () => {
    const w0 = performance.now();
    const stages = new Map<string, number>();
    await pool(ids.length, concurrency, async (i) => {
      const stage = await client.workflow.getHandle(ids[i]).query(stageQuery);
      stages.set(stage, (stages.get(stage) ?? 0) + 1);
    });
    const wakeMs = performance.now() - w0;
    return `${ids.length} processes queried in ${(wakeMs / 1000).toFixed(1)} s (${ms(wakeMs / ids.length)} ms each, ${concurrency} at a time); stages ${[...stages].map(([st, n]) => `${st} ${n}`).join(', ')}`;
  };
  const woken = await wakeAll();
  marks.push(['woken', await worker.mark(), woken]);
  await server.stop();
  const finals: Array<[string, number]> = [[cacheLabel(maxCached, r), (await worker.stop()).maxRss]];

  // The same open processes under other cache sizes: a fresh worker each (the last one stopped), every process woken.
  for (const size of thenCached) {
    const next = await forkWorker(url, temporal.address, { ...settings, WORKER_MAX_CACHED_WORKFLOWS: String(size) }, heapMb ? [`--max-old-space-size=${heapMb}`] : []);
    const label = cacheLabel(String(size), next.ready);
    const what = await wakeAll();
    marks.push([`woken, ${label}`, await next.mark(), what]);
    await sleep(idleSeconds * 1000);
    marks.push([`idle, ${label}`, await next.mark(), `${idleSeconds} s later`]);
    finals.push([label, (await next.stop()).maxRss]);
  }

  console.log(`\nworker memory, ${running} open workflows (${loadavg()}); maxRSS over each worker's run: ${finals.map(([l, m]) => `${l} ${mib(m)}`).join(', ')}`);
  table([['phase', 'RSS at its end', 'peak RSS', 'live heap', 'what'], ...marks.map(([phase, m, what]) => [phase, mib(m.rss), mib(m.peak), Number.isFinite(m.live) ? mib(m.live) : '–', what])]);

  await connection.close();
  await db.close();
  await temporal.stop();
  await lock?.release();
  fs.rmSync(dir, { recursive: true, force: true });
}

runBench(main);
