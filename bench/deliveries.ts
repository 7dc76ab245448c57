import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { start } from '../api/server';
import { migrate, openDb } from '../db';
import { createApiKey } from '../db/credentials';
import { loadMasterData } from '../db/seed';
import { recordSharedEvents } from '../db/sharedEvents';
import { SHARED_EVENT_TYPES } from '../domain/sharing';
import { createWorker } from '../worker';
import { benchConfig, flags, freshMysqlDatabase, loadavg, lockBenchDatabase, machine, ms, mysqlInfo, runBench, startTemporal, summary, table } from './support/common';

// Webhook deliveries (F13): how many shared events a second the platform delivers to a local receiver.
// Starts its own Temporal dev server (in memory), a fresh database (MySQL `zj_bench_deliveries`, or
// `--db sqlite`), the worker and the API in this process; a receiver on 127.0.0.1 answering 204 (or 500 for
// `--fail-rate` of the first attempts); `--subscriptions` subscriptions to every event type through the API;
// then writes `--events` shared events (100 a transaction, as a warning scan would) and waits until every
// subscription has had every event acknowledged.
//
//   node dist-bench/bench/deliveries.js [--db mysql|sqlite] [--events 2000] [--subscriptions 1,4] [--fail-rate 0]
//
// Prints per run: deliveries/s (events × subscriptions ÷ the time from the first write to the last
// acknowledgement) and the time from an event's write to its acknowledgement (p50, p99). Each subscription
// delivers one event at a time, in order (a delivery is one activity), so its rate is bounded by one
// round trip of activity scheduling; subscriptions deliver in parallel.

const DATABASE = 'zj_bench_deliveries';

async function main() {
  const f = flags();
  const events = f.num('events', 2000);
  const runs = f.get('subscriptions', '1,4').split(',').map(Number);
  const failRate = f.num('fail-rate', 0);
  const dbKind = f.get('db', 'mysql');
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zj-bench-deliveries-'));
  const lock = dbKind === 'mysql' ? await lockBenchDatabase(DATABASE) : null;
  const url = dbKind === 'mysql' ? await freshMysqlDatabase(DATABASE) : `sqlite:${path.join(dir, 'bench.sqlite')}`;
  const temporal = await startTemporal(path.join(dir, 'temporal.log'));
  const db = await openDb(url);
  await migrate(db);
  await loadMasterData(db);
  const config = benchConfig(url, temporal.address, { SHARING_POLL_SECONDS: '0.2', DELIVERY_FIRST_RETRY_SECONDS: '0.05', DELIVERY_MAX_RETRY_SECONDS: '1' });
  const worker = await createWorker(config);
  const running = worker.worker.run();
  const server = await start(config);
  const key = await createApiKey(db, 'bench-sharing', ['feed:read'], 'SCJGJ');

  // The receiver: per subscription (by path), when each event was first acknowledged.
  const acknowledged = new Map<string, Map<number, number>>();
  const seen = new Set<string>();
  const receiver = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const id = Number(req.headers['zongjian-event-id']);
      const sub = req.url ?? '';
      const first = !seen.has(`${sub}:${id}`);
      seen.add(`${sub}:${id}`);
      if (first && Math.random() < failRate) return void res.writeHead(500).end();
      const acks = acknowledged.get(sub) ?? new Map<number, number>();
      acknowledged.set(sub, acks);
      if (!acks.has(id)) acks.set(id, performance.now());
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const port = (receiver.address() as AddressInfo).port;

  console.log(`bench/deliveries.ts — ${machine()}`);
  if (dbKind === 'mysql') console.log(`database: ${await mysqlInfo()}`);
  else console.log('database: SQLite (a file)');
  console.log(`${events} events per run, receiver answers 204${failRate ? `, 500 to ${(failRate * 100).toFixed(0)}% of first attempts` : ''}; ${loadavg()}`);

  const rows: Array<Array<string | number>> = [['subscriptions', 'events', 'deliveries', 'seconds', 'deliveries/s', 'write→ack p50 ms', 'p99 ms']];
  for (const [run, subscriptions] of runs.entries()) {
    const paths = Array.from({ length: subscriptions }, (_, i) => `/run${run}/sub${i}`);
    const head = ((await db.models.shared_event_head.findByPk(1, { raw: true })) as any).lastId as number;
    for (const p of paths) {
      const res = await fetch(`${server.url}/api/ext/v1/subscriptions`, { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ url: `http://127.0.0.1:${port}${p}`, types: SHARED_EVENT_TYPES }) });
      if (res.status !== 201) throw new Error(`subscribe answered ${res.status}: ${await res.text()}`);
      // A new subscription starts at the first event: move it past the earlier runs' events.
      await db.models.subscriptions.update({ cursor: head }, { where: { id: ((await res.json()) as any).id } });
    }
    // The workflows read their cursor when they start: wait for them to have started before writing.
    await new Promise((r) => setTimeout(r, 1000));
    const written = new Map<number, number>();
    const started = performance.now();
    for (let i = 0; i < events; i += 100) {
      const n = Math.min(100, events - i);
      await db.writeTransaction((t) =>
        recordSharedEvents(db, Array.from({ length: n }, (_, k) => ({ type: SHARED_EVENT_TYPES[(i + k) % SHARED_EVENT_TYPES.length], key: `bench-${run}-${i + k}`, occurredAt: new Date(), creditCode: '91310116MA1J000000', data: { entityName: '上海金山基准测试有限公司', n: i + k } })), t),
      );
      const at = performance.now();
      const last = ((await db.models.shared_event_head.findByPk(1, { raw: true })) as any).lastId as number;
      for (let id = last - n + 1; id <= last; id++) written.set(id, at);
    }
    const deadline = Date.now() + 30 * 60_000;
    while (paths.some((p) => (acknowledged.get(p)?.size ?? 0) < events)) {
      if (Date.now() > deadline) throw new Error('deliveries did not finish within 30 minutes');
      await new Promise((r) => setTimeout(r, 100));
    }
    const finished = Math.max(...paths.flatMap((p) => [...acknowledged.get(p)!.values()]));
    const latencies = paths.flatMap((p) => [...acknowledged.get(p)!].map(([id, at]) => at - (written.get(id) ?? at)));
    const s = summary(latencies);
    const seconds = (finished - started) / 1000;
    rows.push([subscriptions, events, events * subscriptions, seconds.toFixed(1), ((events * subscriptions) / seconds).toFixed(0), ms(s.p50), ms(s.p99)]);
    for (const sub of await db.models.subscriptions.findAll({ where: { status: 'active' }, attributes: ['id'], raw: true }) as any[]) {
      await fetch(`${server.url}/api/ext/v1/subscriptions/${sub.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${key}` } });
    }
  }
  table(rows);

  receiver.close();
  await server.stop();
  worker.worker.shutdown();
  await running;
  await worker.close();
  await db.close();
  await temporal.stop();
  await lock?.release();
  fs.rmSync(dir, { recursive: true, force: true });
}

runBench(main);
