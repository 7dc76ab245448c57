import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Context } from '@temporalio/activity';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { QueryTypes } from 'sequelize';
import { createWarningActivities } from '../activities/warnings';
import { shanghaiDate } from '../domain/workingDays';
import { benchConfig, flags, loadavg, lockBenchDatabase, machine, ms, mysqlAdmin, mysqlInfo, mysqlUrl, startTemporal, table } from './support/common';
import { ensureListings } from './support/listings';
import { millionDb } from './support/million';
import type { benchWarningScan } from './warningScanWorkflow';

// The automatic warning rules (raiseWarnings in activities/warnings.ts, F7) over the demo district at a
// million entities and its licenses (MySQL; bench/support/million.ts loads it when missing) and the
// 100,000 bench credit listings (bench/support/listings.ts, shared with bench/screening.ts). The activity
// heartbeats through Context.current(), so it runs in a real worker on a Temporal dev server of its own,
// called by a one-step workflow (bench/warningScanWorkflow.ts) with the scan's production timeouts
// (30 minutes start-to-close, 2 minutes between heartbeats) and no retry.
//
//   node dist-bench/bench/warnings.js [--database zj_million] [--entities 1000000] [--listings 100000]
//        [--runs 2] [--no-plans] [--keep] [--refill]
//
// Run 1 raises every warning the rules find (the bench's earlier warnings are deleted first); run 2 and
// later find the same facts and raise nothing (the dedupe path). Each run prints what the activity returned
// (`checked`: candidates the rules produced; `raised`), its time, the heartbeats and the longest stretch
// without one, and where the time went by statement kind (Sequelize's benchmark timing). Then the plan of
// every rule statement (ANALYZE on MariaDB: rows estimated and read), and a what-if for the slowest one
// (its statement rewritten, timed beside the original; nothing in the database changes).
// The warnings a run raised are deleted at the end unless --keep (and at the next start in any case).

const SCAN_PREFIX = 'bench-warnings:';

type Kind = 'licenseExpiring' | 'deregisteredWithLicenses' | 'abnormalOperationListed' | 'caseFiled' | 'taskOverdue' | 'dedupe lookup' | 'insert warnings' | 'audit' | 'other';
const KINDS: Kind[] = ['licenseExpiring', 'deregisteredWithLicenses', 'abnormalOperationListed', 'caseFiled', 'taskOverdue', 'dedupe lookup', 'insert warnings', 'audit', 'other'];
const RULE_KINDS = KINDS.slice(0, 5);

function kindOf(sql: string): Kind {
  if (/FROM licenses l JOIN entities e/.test(sql)) return 'licenseExpiring';
  if (/FROM entities d JOIN licenses l/.test(sql)) return 'deregisteredWithLicenses';
  if (/FROM credit_listings c/.test(sql)) return 'abnormalOperationListed';
  if (/FROM enforcement_cases c/.test(sql)) return 'caseFiled';
  if (/FROM tasks\s|FROM `tasks` AS `tasks`/.test(sql)) return 'taskOverdue';
  if (/SELECT `dedupeKey` FROM `warnings`/.test(sql)) return 'dedupe lookup';
  if (/INSERT IGNORE INTO `warnings`|INSERT INTO `warnings`/.test(sql)) return 'insert warnings';
  if (/`audit_(log|head)`/.test(sql)) return 'audit';
  return 'other';
}

interface Captured {
  sql: string;
  ms: number;
}

async function main(): Promise<void> {
  const f = flags();
  const database = f.get('database', 'zj_million');
  const entityCount = f.num('entities', 1_000_000);
  const listingCount = f.num('listings', 100_000);
  const runs = f.num('runs', 2);
  const began = performance.now();

  Runtime.install({ logger: new DefaultLogger('WARN') });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zj-bench-warnings-'));
  console.log(`machine:  ${machine()}`);
  console.log(`database: ${database} (${await mysqlInfo()})`);
  console.log(`load:     ${loadavg()} at start`);

  const lock = await lockBenchDatabase(database);
  const { db, entities, licenses } = await millionDb(database, entityCount);
  const q = <T extends object>(sql: string, replacements: unknown[] = []) => db.sequelize.query<T>(sql, { replacements, type: QueryTypes.SELECT });
  const one = async (sql: string, replacements: unknown[] = []) => Number(Object.values((await q<Record<string, unknown>>(sql, replacements))[0])[0]);
  const cleanUp = async () => db.sequelize.query('DELETE FROM warnings WHERE raisedBy LIKE ?', { replacements: [`${SCAN_PREFIX}%`] });
  await cleanUp();
  const fill = await ensureListings(db, listingCount, entityCount, f.has('refill'));
  const today = shanghaiDate(new Date());
  const in60 = new Date(Date.parse(today) + 60 * 86_400_000).toISOString().slice(0, 10);
  const facts = {
    'licenses': licenses,
    'licenses valid on or after today': await one('SELECT COUNT(*) FROM licenses WHERE validTo IS NULL OR validTo >= ?', [today]),
    'licenses due within 60 days': await one('SELECT COUNT(*) FROM licenses WHERE validTo BETWEEN ? AND ?', [today, in60]),
    'entities deregistered or revoked': await one("SELECT COUNT(*) FROM entities WHERE status IN ('deregistered', 'revoked')"),
    'active abnormal-operation listings': await one("SELECT COUNT(*) FROM credit_listings WHERE listType = 'abnormalOperationList' AND status = 'active'"),
    'filed cases': await one('SELECT COUNT(*) FROM enforcement_cases WHERE filedAt IS NOT NULL'),
    'open or claimed tasks': await one("SELECT COUNT(*) FROM tasks WHERE status IN ('open', 'claimed')"),
    'warnings before the run (not the bench’s)': await one('SELECT COUNT(*) FROM warnings'),
  };
  console.log(`data:     ${entities.toLocaleString('en')} entities; listings ${fill.filled ? `inserted in ${fill.seconds.toFixed(1)} s` : `reused (filled ${fill.profile.filledAt.slice(0, 10)})`}; today ${today}`);
  for (const [k, v] of Object.entries(facts)) console.log(`          ${k}: ${v.toLocaleString('en')}`);

  // Every statement with its time (Sequelize's benchmark logging), as bench/inbox.ts does.
  const captured: Captured[] = [];
  const options = (db.sequelize as unknown as { options: { benchmark: boolean; logging: unknown } }).options;
  options.benchmark = true;
  options.logging = (message: string, time?: number) => captured.push({ sql: message.replace(/^Executed \([^)]*\): /, '').replace(/;$/, ''), ms: time ?? NaN });

  // ------------------------------------------------------------------------------------------------
  // A worker with the warning activities only, and the one-step workflow.
  const temporal = await startTemporal(path.join(dir, 'temporal.log'));
  const acts = createWarningActivities(db);
  let beat = { count: 0, maxGapMs: 0, activityMs: 0 };
  const raiseWarnings: typeof acts.raiseWarnings = async (input) => {
    const ctx = Context.current();
    const heartbeat = ctx.heartbeat;
    let last = performance.now();
    const s = last;
    (ctx as { heartbeat: (d?: unknown) => void }).heartbeat = (details?: unknown) => {
      const now = performance.now();
      beat.maxGapMs = Math.max(beat.maxGapMs, now - last);
      beat.count++;
      last = now;
      heartbeat(details);
    };
    try {
      return await acts.raiseWarnings(input);
    } finally {
      const now = performance.now();
      beat.maxGapMs = Math.max(beat.maxGapMs, now - last);
      beat.activityMs = now - s;
    }
  };
  const quietLogger = { info() {}, warn() {}, error: console.error, debug() {}, trace() {}, log() {} } as any;
  const bundle = await bundleWorkflowCode({ workflowsPath: require.resolve('./warningScanWorkflow'), logger: quietLogger });
  const taskQueue = `bench-warnings-${crypto.randomBytes(4).toString('hex')}`;
  const nativeConnection = await NativeConnection.connect({ address: temporal.address });
  const worker = await Worker.create({ connection: nativeConnection, namespace: 'default', taskQueue, workflowBundle: bundle, activities: { raiseWarnings } });
  const running = worker.run();
  const connection = await Connection.connect({ address: temporal.address });
  const client = new Client({ connection, namespace: 'default' });
  const tag = crypto.randomBytes(4).toString('hex');
  const c = await mysqlAdmin(mysqlUrl(database));
  const run = async (sql: string) => ((await c.query(sql)) as any)[0] as any[];
  // Rows the server read, all sessions (MariaDB's Rows_read; MySQL's Innodb_rows_read): others' work counts too.
  const rowsRead = async () => Number((await run("SHOW GLOBAL STATUS WHERE Variable_name IN ('Rows_read', 'Innodb_rows_read')")).sort((a, b) => String(b.Variable_name).localeCompare(String(a.Variable_name)))[0]?.Value ?? NaN);

  const scan = async (label: string) => {
    beat = { count: 0, maxGapMs: 0, activityMs: 0 };
    captured.length = 0;
    const scanId = `${SCAN_PREFIX}${tag}:${label}`;
    const read0 = await rowsRead();
    const t0 = performance.now();
    const r = await client.workflow.execute<typeof benchWarningScan>('benchWarningScan', { taskQueue, workflowId: `bench-warnings-${tag}-${label}`, args: [{ scanId }] });
    const workflowMs = performance.now() - t0;
    const read = (await rowsRead()) - read0;
    const parts = Object.fromEntries(KINDS.map((k) => [k, { n: 0, ms: 0 }])) as Record<Kind, { n: number; ms: number }>;
    for (const c of captured) {
      const k = kindOf(c.sql);
      parts[k].n++;
      parts[k].ms += c.ms;
    }
    const statements = new Map<Kind, string>();
    for (const c of captured) {
      const k = kindOf(c.sql);
      if (RULE_KINDS.includes(k) && !statements.has(k)) statements.set(k, c.sql);
    }
    return { label, ...r, workflowMs, read, ...beat, parts, statements, load: loadavg() };
  };

  const results: Array<Awaited<ReturnType<typeof scan>>> = [];
  for (let r = 1; r <= runs; r++) {
    const res = await scan(r === 1 ? 'run1' : `run${r}`);
    results.push(res);
    console.log(`  run ${r}: checked ${res.checked.toLocaleString('en')}, raised ${res.raised.toLocaleString('en')} in ${(res.activityMs / 1000).toFixed(1)} s; ${res.load}`);
  }

  const print = (title: string, rs: typeof results) => {
    console.log(`\n${title}`);
    table([
      ['run', 'checked (candidates)', 'raised', 'activity s', 'workflow s', 'heartbeats', 'longest gap s', 'rows read (server-wide)', 'load average (1 min) after'],
      ...rs.map((r) => [r.label, r.checked.toLocaleString('en'), r.raised.toLocaleString('en'), (r.activityMs / 1000).toFixed(1), (r.workflowMs / 1000).toFixed(1), r.count, (r.maxGapMs / 1000).toFixed(1), r.read.toLocaleString('en'), r.load.split(' ')[2]]),
    ]);
    console.log('\nwhere the time went (statements, summed ms as the client saw them)');
    table([['statement', ...rs.flatMap((r) => [`${r.label} n`, `${r.label} ms`])], ...KINDS.map((k) => [k, ...rs.flatMap((r) => [r.parts[k].n, ms(r.parts[k].ms)])])]);
  };
  print(`raiseWarnings, all rules, over ${licenses.toLocaleString('en')} licenses`, results);

  // ------------------------------------------------------------------------------------------------
  // Plans of the rule statements as run 1 sent them (each statement's first page).
  const [{ version }] = await run('SELECT VERSION() AS version');
  const mariadb = /mariadb/i.test(version);
  const plans = async (statements: Map<Kind, string>) => {
    for (const [kind, sql] of statements) {
      console.log(`\n${kind}: ${sql.replace(/\s+/g, ' ').slice(0, 600)}`);
      const t0 = performance.now();
      const rows = await run(`${mariadb ? 'ANALYZE' : 'EXPLAIN'} ${sql}`);
      const took = performance.now() - t0;
      table([
        ['  id', 'table', 'type', 'key', 'rows', ...(mariadb ? ['r_rows', 'r_filtered'] : []), 'Extra'],
        ...rows.map((p: any) => [`  ${p.id}`, p.table, p.type, p.key ?? '', p.rows ?? '', ...(mariadb ? [p.r_rows ?? '', p.r_filtered ?? ''] : []), p.Extra ?? '']),
      ]);
      if (mariadb) console.log(`  (ANALYZE ran it: ${ms(took)} ms)`);
    }
  };
  if (!f.has('no-plans')) await plans(results[0].statements);

  await c.end();

  console.log(`\nload: ${loadavg()} at the end (other work on the machine skews every figure)`);
  console.log(`total run time ${((performance.now() - began) / 1000).toFixed(1)} s`);

  worker.shutdown();
  await running;
  await nativeConnection.close();
  await connection.close();
  await temporal.stop();
  options.logging = false;
  if (f.has('keep')) console.log(`(--keep: the warnings raised stay in ${database}; the next run deletes them)`);
  else await cleanUp();
  await db.close();
  await lock.release();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
