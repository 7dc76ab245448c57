import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { createApiKey } from '../db/credentials';
import { start } from '../api/server';
import { createWorker } from '../worker';
import { generateEntity } from '../db/demo/generate';
import { punishmentMeasures } from '../db/demo/measures';
import { mulberry32 } from '../db/demo/random';
import { SCENARIOS, type ListType, type Scenario } from '../domain/credit';
import { cpuMeter, findPid } from './support/cpu';
import { benchConfig, flags, loadavg, lockBenchDatabase, machine, ms, mysqlInfo, pool, runBench, sleep, startTemporal, summary, table } from './support/common';
import { ensureListings, type ListedEntity } from './support/listings';
import { DEMO_SEED, millionDb } from './support/million';

// Joint-punishment screening (GET /api/ext/v1/screening, F6) on a million entities and 100,000 active
// credit listings (MySQL): the demo district at a million entities (bench/support/million.ts loads it when
// missing), the listings inserted in bulk (bench/support/listings.ts), the measures catalog, then the real
// platform in this process — a Temporal dev server of its own (in memory), the worker and the API, as
// bench/registrations.ts assembles them — because a restricted answer starts a screeningFeedback workflow.
//
//   node dist-bench/bench/screening.js [--database zj_million] [--entities 1000000] [--listings 100000]
//        [--refill] [--samples 500] [--requests 5000] [--concurrency 8] [--warmup 50] [--keep]
//
// 1. Latency, one request at a time: --samples restricted answers (a listed entity, a scenario its list
//    restricts), --samples unlisted entities, and --samples/4 listed entities asking a scenario their lists
//    do not restrict (unrestricted, but the listings are read and the measures matched), interleaved.
// 2. Throughput: --requests requests with --concurrency in flight, the entity uniform over all entities
//    (about 7.5% of them are listed) and the scenario weighted as a district's askers would (procurement
//    and bidding most), so restricted answers are a few percent, as in practice.
// Every answer's `restricted` is checked against what the listings say. Each call writes a screenings
// row; each restricted one starts a feedback workflow, whose task the worker writes meanwhile.
// The rows a run adds (screenings, their feedback tasks, its API keys) are deleted at the end unless
// --keep, and at the next start in any case. A MySQL named lock keeps two runs off the same database.

const SYSTEM = 'bench-screening';

/** How often each scenario is asked in the throughput mix (procurement and bidding platforms ask most). */
const SCENARIO_WEIGHTS: Array<[Scenario, number]> = [
  ['government_procurement', 0.3],
  ['public_bidding', 0.3],
  ['subsidy', 0.15],
  ['honors', 0.1],
  ['land_transfer', 0.05],
  ['legal_representative', 0.05],
  ['bond_issuance', 0.02],
  ['high_consumption', 0.015],
  ['market_access', 0.015],
];

/** The asking department of each scenario: the department of its measure (the key's department). */
const ASKER: Record<Scenario, string> = Object.fromEntries(SCENARIOS.map((s) => [s, punishmentMeasures.find((m) => m.scenario === s)?.departmentCode ?? 'SCJGJ'])) as Record<Scenario, string>;

/** The scenarios a set of list types restricts, by the demo measures catalog. */
const restrictingScenarios = (types: ListType[]) => SCENARIOS.filter((s) => punishmentMeasures.some((m) => m.scenario === s && m.listTypes.some((t) => types.includes(t as ListType))));

type Kind = 'restricted' | 'unlisted' | 'listed, not restricted here';

interface Request {
  creditCode: string;
  scenario: Scenario;
  expectRestricted: boolean;
  kind: Kind;
}

async function main(): Promise<void> {
  const f = flags();
  const database = f.get('database', 'zj_million');
  const entityCount = f.num('entities', 1_000_000);
  const listingCount = f.num('listings', 100_000);
  const samples = f.num('samples', 500);
  const requests = f.num('requests', 5000);
  const concurrency = f.num('concurrency', 8);
  const warmup = f.num('warmup', 50);
  const began = performance.now();

  Runtime.install({ logger: new DefaultLogger('WARN') });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zj-bench-screening-'));
  console.log(`machine:  ${machine()}`);
  console.log(`database: ${database} (${await mysqlInfo()})`);
  console.log(`run:      ${samples} latency samples per answer kind, ${requests} requests at concurrency ${concurrency}, warm-up ${warmup}; work files in ${dir}`);
  console.log(`load:     ${loadavg()} at start`);

  const lock = await lockBenchDatabase(database);
  const { db, url, entities, licenses } = await millionDb(database, entityCount);
  const q = <T extends object>(sql: string, values: unknown[] = []) => db.select<T>(sql, values);
  const cleanUp = async () => {
    // The feedback tasks of earlier bench screenings, then the screenings and the keys (bench rows only).
    await db.execute(`DELETE t FROM tasks t JOIN screenings s ON t.workflowId = s.workflowId WHERE s.system = ? AND t.type = 'screeningFeedback'`, [SYSTEM]);
    await db.execute('DELETE FROM screenings WHERE system = ?', [SYSTEM]);
    await db.execute('DELETE FROM api_keys WHERE system = ?', [SYSTEM]);
  };
  await cleanUp();
  const fill = await ensureListings(db, listingCount, entityCount, f.has('refill'));
  const listed = fill.entities;
  const [{ measures }] = await q<{ measures: number }>('SELECT COUNT(*) AS measures FROM punishment_measures WHERE active = 1');
  const byType = await q<{ listType: string; n: number }>("SELECT listType, COUNT(*) AS n FROM credit_listings WHERE status = 'active' GROUP BY listType ORDER BY n DESC");
  console.log(`data:     ${entities.toLocaleString('en')} entities, ${licenses.toLocaleString('en')} licenses; ${listingCount.toLocaleString('en')} active listings on ${listed.length.toLocaleString('en')} entities (${fill.filled ? `inserted in ${fill.seconds.toFixed(1)} s` : `reused, filled ${fill.profile.filledAt.slice(0, 10)}`}): ${byType.map((r) => `${r.listType} ${Number(r.n).toLocaleString('en')}`).join(', ')}; ${measures} active measures`);

  // ------------------------------------------------------------------------------------------------
  // The platform: dev server, worker (every workflow and activity), API.
  const temporal = await startTemporal(path.join(dir, 'temporal.log'));
  // The API creates the warning-scan Schedule; keep it from firing a million-license scan mid-run.
  const config = benchConfig(url, temporal.address, { WARNING_SCAN_CRON: '0 3 1 1 *' });
  const t = performance.now();
  const platformWorker = await createWorker(config);
  console.log(`setup:    dev server at ${temporal.address}; workflow bundle + worker in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const platformRun = platformWorker.worker.run();
  platformRun.catch((err) => {
    console.error('the platform worker failed:', err);
    process.exit(1);
  });
  const server = await start(config);
  const keys = new Map<string, string>();
  for (const department of new Set(Object.values(ASKER))) keys.set(department, await createApiKey(db, SYSTEM, ['screening:read'], department));

  // ------------------------------------------------------------------------------------------------
  // Requests.
  const rng = mulberry32(20261128);
  const listedCodes = new Map(listed.map((e) => [e.creditCode, e]));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
  const weighted = <T>(xs: Array<[T, number]>): T => {
    let u = rng();
    for (const [x, w] of xs) if ((u -= w) < 0) return x;
    return xs[xs.length - 1][0];
  };
  const entityAt = (index: number) => generateEntity(DEMO_SEED, index).creditCode;
  const expect = (creditCode: string, scenario: Scenario): Request => {
    const e = listedCodes.get(creditCode);
    const restricted = !!e && restrictingScenarios(e.listTypes).includes(scenario);
    return { creditCode, scenario, expectRestricted: restricted, kind: restricted ? 'restricted' : e ? 'listed, not restricted here' : 'unlisted' };
  };
  const restrictedRequest = (): Request => {
    const e = pick(listed);
    return expect(e.creditCode, pick(restrictingScenarios(e.listTypes)));
  };
  const unlistedRequest = (): Request => {
    for (;;) {
      const code = entityAt(Math.floor(rng() * entityCount));
      if (!listedCodes.has(code)) return expect(code, weighted(SCENARIO_WEIGHTS));
    }
  };
  const listedUnrestrictedRequest = (): Request => {
    for (;;) {
      const e: ListedEntity = pick(listed);
      const free = SCENARIOS.filter((s) => !restrictingScenarios(e.listTypes).includes(s));
      if (free.length) return expect(e.creditCode, pick(free));
    }
  };
  const mixRequest = (): Request => expect(entityAt(Math.floor(rng() * entityCount)), weighted(SCENARIO_WEIGHTS));

  const mismatches: string[] = [];
  const failures: string[] = [];
  const ask = async (r: Request): Promise<number> => {
    const s = performance.now();
    const res = await fetch(`${server.url}/api/ext/v1/screening?creditCode=${r.creditCode}&scenario=${r.scenario}`, { headers: { Authorization: `Bearer ${keys.get(ASKER[r.scenario])}` } });
    const body: any = await res.json().catch(() => null);
    const elapsed = performance.now() - s;
    if (res.status !== 200) failures.push(`${res.status} ${JSON.stringify(body).slice(0, 200)}`);
    else {
      if (body.restricted !== r.expectRestricted) mismatches.push(`${r.creditCode} ${r.scenario}: expected restricted=${r.expectRestricted}, got ${body.restricted}`);
    }
    return elapsed;
  };

  const [{ maxId }] = await q<{ maxId: number }>('SELECT COALESCE(MAX(id), 0) AS maxId FROM screenings');
  await pool(warmup, Math.min(concurrency, 4), async (i) => void (await ask(i % 5 === 0 ? restrictedRequest() : mixRequest())));

  const pids = { node: process.pid, temporal: temporal.process.pid, database: findPid('mariadbd', 'mysqld') };
  const rows: Array<Array<string | number>> = [['phase / answer', 'N', 'conc.', 'elapsed s', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'mean ms']];
  const cpuRows: Array<Array<string | number>> = [['CPU ms per request', 'node (API+worker+load)', 'temporal server', 'database']];
  const cpuRow = (label: string, used: Record<string, number>, count: number) =>
    cpuRows.push([label, ...(['node', 'temporal', 'database'] as const).map((k) => (Number.isFinite(used[k]) ? ((used[k] / count) * 1000).toFixed(1) : '–'))]);

  // 1. Latency, one at a time, the kinds interleaved.
  const plan: Request[] = [
    ...Array.from({ length: samples }, restrictedRequest),
    ...Array.from({ length: samples }, unlistedRequest),
    ...Array.from({ length: Math.ceil(samples / 4) }, listedUnrestrictedRequest),
  ];
  for (let i = plan.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [plan[i], plan[j]] = [plan[j], plan[i]];
  }
  const byKind = new Map<Kind, number[]>();
  let cpu = cpuMeter(pids);
  let t0 = performance.now();
  for (const r of plan) {
    const elapsed = await ask(r);
    byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), elapsed]);
  }
  let elapsedS = (performance.now() - t0) / 1000;
  cpuRow('one at a time (all kinds)', cpu.since(), plan.length);
  for (const kind of ['restricted', 'unlisted', 'listed, not restricted here'] as Kind[]) {
    const s = summary(byKind.get(kind) ?? []);
    rows.push([`one at a time: ${kind}`, s.n, 1, '', '', ms(s.p50), ms(s.p99), ms(s.max), ms(s.mean)]);
  }
  const unrestricted = summary([...(byKind.get('unlisted') ?? []), ...(byKind.get('listed, not restricted here') ?? [])]);
  rows.push(['one at a time: unrestricted (both kinds)', unrestricted.n, 1, elapsedS.toFixed(1), (plan.length / elapsedS).toFixed(1), ms(unrestricted.p50), ms(unrestricted.p99), ms(unrestricted.max), ms(unrestricted.mean)]);
  console.log(`  latency phase: ${plan.length} requests in ${elapsedS.toFixed(1)} s; ${loadavg()}`);

  // 2. Throughput with the realistic mix.
  const mix = Array.from({ length: requests }, mixRequest);
  const mixLatency = new Map<boolean, number[]>([[true, []], [false, []]]);
  const all: number[] = [];
  cpu = cpuMeter(pids);
  t0 = performance.now();
  await pool(requests, concurrency, async (i) => {
    const elapsed = await ask(mix[i]);
    all.push(elapsed);
    mixLatency.get(mix[i].expectRestricted)!.push(elapsed);
  });
  elapsedS = (performance.now() - t0) / 1000;
  cpuRow(`mix at concurrency ${concurrency}`, cpu.since(), requests);
  const a = summary(all);
  const expectedRestricted = mix.filter((r) => r.expectRestricted).length;
  rows.push([`mix at ${concurrency} in flight: all`, a.n, concurrency, elapsedS.toFixed(1), (requests / elapsedS).toFixed(1), ms(a.p50), ms(a.p99), ms(a.max), ms(a.mean)]);
  for (const [restricted, values] of mixLatency) {
    const s = summary(values);
    rows.push([`mix at ${concurrency} in flight: ${restricted ? 'restricted' : 'unrestricted'}`, s.n, concurrency, '', '', ms(s.p50), ms(s.p99), ms(s.max), ms(s.mean)]);
  }
  console.log(`  throughput phase: ${requests} requests in ${elapsedS.toFixed(1)} s, ${expectedRestricted} restricted (${((expectedRestricted / requests) * 100).toFixed(1)}%); ${loadavg()}`);

  // The feedback workflows finish writing their tasks in the background; wait for them (not timed above).
  const [{ restrictedRows }] = await q<{ restrictedRows: number }>('SELECT COUNT(*) AS restrictedRows FROM screenings WHERE system = ? AND restricted = 1 AND id > ?', [SYSTEM, maxId]);
  const drainStart = performance.now();
  let tasks = 0;
  while (performance.now() - drainStart < 300_000) {
    [{ tasks }] = await q<{ tasks: number }>(`SELECT COUNT(*) AS tasks FROM tasks t JOIN screenings s ON t.workflowId = s.workflowId WHERE s.system = ? AND t.type = 'screeningFeedback'`, [SYSTEM]);
    if (Number(tasks) >= Number(restrictedRows)) break;
    await sleep(500);
  }

  console.log('');
  table(rows);
  console.log('');
  table(cpuRows);
  console.log(`\n${Number(restrictedRows).toLocaleString('en')} restricted answers this run (warm-up included) → ${Number(tasks).toLocaleString('en')} feedback tasks written by the worker (${((performance.now() - drainStart) / 1000).toFixed(1)} s after the last answer)`);
  if (mismatches.length) console.log(`${mismatches.length} answer(s) not as the listings say, first: ${mismatches[0]}`);
  if (failures.length) console.log(`${failures.length} request(s) failed, first: ${failures[0]}`);
  console.log(`\nload: ${loadavg()} at the end (other work on the machine skews every figure)`);
  console.log(`total run time ${((performance.now() - began) / 1000).toFixed(1)} s`);

  platformWorker.worker.shutdown();
  await platformRun;
  await platformWorker.close();
  await server.stop();
  await temporal.stop();
  if (f.has('keep')) console.log(`(--keep: the run's screenings, feedback tasks and API keys stay in ${database}; the next run deletes them)`);
  else await cleanUp();
  await db.close();
  await lock.release();
  fs.rmSync(dir, { recursive: true, force: true });
}

runBench(main);
