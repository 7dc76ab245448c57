import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Context } from '@temporalio/activity';
import { Client, Connection } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { createWarningActivities } from '../activities/warnings';
import type { Db } from '../db';
import { recountOpenTasks } from '../db/openTaskCounts';
import { shanghaiDate } from '../domain/workingDays';
import { createWorker } from '../worker';
import type { warningScan } from '../workflows/warnings';
import { benchConfig, flags, loadavg, lockBenchDatabase, machine, ms, mysqlAdmin, mysqlInfo, mysqlUrl, runBench, sleep, startTemporal, table } from './support/common';
import { cpuMeter, findPid } from './support/cpu';
import { ensureLicenses } from './support/licenses';
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
//        [--licenses 1000000] [--runs 2] [--workflows 0] [--no-plans] [--keep] [--refill]
//
// --licenses N tops the licenses up to N once (bench/support/licenses.ts: the demo gives 643,519 for a
// million entities; bench licenses for active entities, `source = 'bench'`); a table holding N already is
// left alone. Run 1 raises every warning the rules find (the bench's earlier warnings are deleted first);
// run 2 and later find the same facts and raise nothing (the dedupe path). Each run prints what the activity
// returned (`checked`: candidates the rules produced; `raised`), its time, the heartbeats and the longest
// stretch without one, and where the time went by statement kind (Sequelize's benchmark timing). Then the
// plan of every rule statement (ANALYZE on MariaDB: rows estimated and read).
//
// --workflows N (default 0: skipped) then times the scan's second half, handing the warnings to their
// workflows: the real `warningScan` workflow (workflows/warnings.ts: a `warningBatch` workflow for each 200,
// continue-as-new every 50 batches) on the platform worker (every workflow and activity, worker/index.ts), for
// the licenseExpiring rule alone with its threshold set (for the run only) to the number of days that yields
// about N warnings. It prints the rule's time, the batches started per second, the time until every warning's
// handling task is written (its deadline running in its batch), and CPU per warning.
// The warnings a run raised and their handling tasks are deleted at the end unless --keep (and at the next
// start in any case); the audit entries of those tasks stay (the audit log is a hash chain).

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
  const licenseTarget = f.num('licenses', 1_000_000);
  const runs = f.num('runs', 2);
  const workflowTarget = f.num('workflows', 0);
  const began = performance.now();

  Runtime.install({ logger: new DefaultLogger('WARN') });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zj-bench-warnings-'));
  console.log(`machine:  ${machine()}`);
  console.log(`database: ${database} (${await mysqlInfo()})`);
  console.log(`load:     ${loadavg()} at start`);

  const lock = await lockBenchDatabase(database);
  const { db, url, entities } = await millionDb(database, entityCount);
  const q = <T extends object>(sql: string, values: unknown[] = []) => db.select<T>(sql, values);
  const one = async (sql: string, values: unknown[] = []) => Number(Object.values((await q<Record<string, unknown>>(sql, values))[0])[0]);
  const cleanUp = async () => {
    // The handling tasks the bench's warnings' workflows wrote (--workflows), then the warnings.
    await db.execute("DELETE t FROM warnings w JOIN tasks t ON t.taskKey = CONCAT('warning:', w.id, '/handle') WHERE w.raisedBy LIKE ? AND t.type = 'warningHandling'", [`${SCAN_PREFIX}%`]);
    await db.execute('DELETE FROM warnings WHERE raisedBy LIKE ?', [`${SCAN_PREFIX}%`]);
    // Deleted by SQL, not through the model: the open tasks' counts are counted again (db/openTaskCounts.ts).
    await recountOpenTasks(db);
  };
  await restoreRule(db); // an interrupted --workflows run left the rule's threshold changed
  await cleanUp();
  const topUp = await ensureLicenses(db, licenseTarget, (added, need) => added % 50_000 === 0 && console.log(`          ${added.toLocaleString('en')} of ${need.toLocaleString('en')} bench licenses`));
  if (topUp.added > 0) {
    console.log(
      `licenses: topped up from ${topUp.before.toLocaleString('en')} to ${topUp.after.toLocaleString('en')}: ${topUp.added.toLocaleString('en')} bench licenses inserted in ${topUp.seconds.toFixed(1)} s` +
        `${topUp.removed ? ` (${topUp.removed.toLocaleString('en')} earlier bench licenses deleted first)` : ''}; due within ` +
        topUp.shares.map((s) => `${s.band[0]}–${s.band[1]} days: ${(s.existing * 100).toFixed(2)}% of the others, ${(s.bench * 100).toFixed(2)}% of the bench ones`).join('; '),
    );
  } else console.log(`licenses: ${topUp.after.toLocaleString('en')} (--licenses ${licenseTarget.toLocaleString('en')}: no top-up needed)`);
  const licenses = topUp.after;
  const fill = await ensureListings(db, listingCount, entityCount, f.has('refill'));
  const today = shanghaiDate(new Date());
  const inDays = (n: number) => new Date(Date.parse(today) + n * 86_400_000).toISOString().slice(0, 10);
  const facts = {
    'licenses': licenses,
    'of which bench licenses': await one("SELECT COUNT(*) FROM licenses WHERE source = 'bench'"),
    'licenses valid on or after today': await one('SELECT COUNT(*) FROM licenses WHERE validTo IS NULL OR validTo >= ?', [today]),
    'licenses due within 30 days': await one('SELECT COUNT(*) FROM licenses WHERE validTo BETWEEN ? AND ?', [today, inDays(30)]),
    'licenses due within 60 days': await one('SELECT COUNT(*) FROM licenses WHERE validTo BETWEEN ? AND ?', [today, inDays(60)]),
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
  if (results.length) print(`raiseWarnings, all rules, over ${licenses.toLocaleString('en')} licenses`, results);

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
  if (results.length && !f.has('no-plans')) await plans(results[0].statements);

  await c.end();
  worker.shutdown();
  await running;
  await nativeConnection.close();

  // ------------------------------------------------------------------------------------------------
  // The scan's second half: the real warningScan workflow starting the warnings' workflows (--workflows N).
  if (workflowTarget > 0) {
    options.logging = false;
    await cleanUp();
    await scanWithWorkflows({ db, url, temporal, client, workflowTarget, today, tag, one, q });
  }

  console.log(`\nload: ${loadavg()} at the end (other work on the machine skews every figure)`);
  console.log(`total run time ${((performance.now() - began) / 1000).toFixed(1)} s`);

  await connection.close();
  await temporal.stop();
  options.logging = false;
  if (f.has('keep')) console.log(`(--keep: the warnings raised stay in ${database}; the next run deletes them)`);
  else await cleanUp();
  await db.close();
  await lock.release();
  fs.rmSync(dir, { recursive: true, force: true });
}

// ------------------------------------------------------------------------------------------------------
// --workflows: the real warningScan workflow on the platform worker, for about N licenseExpiring warnings.

const RULE_META = 'bench.warnings.licenseExpiring';

/** Puts back the licenseExpiring threshold a --workflows run changed (also after an interrupted run). */
async function restoreRule(db: Db): Promise<void> {
  const saved = (await db.models.meta.findByPk(RULE_META, { raw: true })) as any;
  if (!saved) return;
  await db.execute("UPDATE warning_rules SET thresholdDays = ? WHERE code = 'licenseExpiring'", [JSON.parse(saved.value).thresholdDays]);
  await db.models.meta.destroy({ where: { key: RULE_META } });
}

/** Milliseconds of a history event's time (a protobuf Timestamp). */
function eventMs(e: any): number {
  const t = e?.eventTime;
  if (!t) return NaN;
  const seconds = typeof t.seconds === 'number' ? t.seconds : Number(t.seconds?.toString() ?? NaN);
  return seconds * 1000 + (t.nanos ?? 0) / 1e6;
}

async function scanWithWorkflows(p: {
  db: Db;
  url: string;
  temporal: Awaited<ReturnType<typeof startTemporal>>;
  client: Client;
  workflowTarget: number;
  today: string;
  tag: string;
  one: (sql: string, values?: unknown[]) => Promise<number>;
  q: <T extends object>(sql: string, values?: unknown[]) => Promise<T[]>;
}): Promise<void> {
  const { db, temporal, client, workflowTarget, today, one, q } = p;
  // The threshold (days) whose candidates come closest to N, counted as the rule counts them (active
  // entities; an item's own expiryWarningDays wins over the rule's threshold).
  const until = new Date(Date.parse(today) + 120 * 86_400_000).toISOString().slice(0, 10);
  const byDay = await q<{ d: number; own: number | null; n: number }>(
    `SELECT DATEDIFF(l.validTo, ?) AS d, i.expiryWarningDays AS own, COUNT(*) AS n FROM licenses l JOIN entities e ON e.creditCode = l.creditCode
     LEFT JOIN license_items i ON i.code = l.licenseItemCode WHERE l.validTo BETWEEN ? AND ? AND e.status = 'active' GROUP BY d, own`,
    [today, today, until],
  );
  const estimate = (t: number) => byDay.reduce((sum, r) => sum + (Number(r.d) <= (r.own ?? t) ? Number(r.n) : 0), 0);
  let threshold = 0;
  for (let t = 0; t <= 120; t++) if (Math.abs(estimate(t) - workflowTarget) < Math.abs(estimate(threshold) - workflowTarget)) threshold = t;
  const [rule] = await q<{ thresholdDays: number | null; enabled: number }>("SELECT thresholdDays, enabled FROM warning_rules WHERE code = 'licenseExpiring'");
  console.log(`\nwarningScan with its workflows (--workflows ${workflowTarget.toLocaleString('en')}): licenseExpiring only, threshold ${threshold} days instead of ${rule.thresholdDays ?? 'none'} (about ${estimate(threshold).toLocaleString('en')} warnings)${rule.enabled ? '' : '; the rule is DISABLED in this database, nothing will be raised'}`);
  await db.models.meta.create({ key: RULE_META, value: JSON.stringify({ thresholdDays: rule.thresholdDays }) });
  await db.execute("UPDATE warning_rules SET thresholdDays = ? WHERE code = 'licenseExpiring'", [threshold]);

  const config = benchConfig(p.url, temporal.address);
  const tb = performance.now();
  const platform = await createWorker(config);
  console.log(`  platform worker (workflow bundle, every activity) in ${((performance.now() - tb) / 1000).toFixed(1)} s; ${loadavg()}`);
  const platformRun = platform.worker.run();
  platformRun.catch((err) => {
    console.error('the platform worker failed:', err);
    process.exit(1);
  });

  const workflowId = `${SCAN_PREFIX}${p.tag}:workflows`; // scanId = workflowId:runId, so cleanUp finds its warnings
  const ofScan = `${workflowId}:%`;
  const tasksWritten = () => one("SELECT COUNT(*) FROM warnings w JOIN tasks t ON t.taskKey = CONCAT('warning:', w.id, '/handle') WHERE w.raisedBy LIKE ? AND t.type = 'warningHandling'", [ofScan]);
  const cpu = cpuMeter({ node: process.pid, temporal: temporal.process.pid, db: findPid('mariadbd', 'mysqld') });
  const t0 = performance.now();
  const loadBefore = loadavg();
  let raised: number;
  let scanMs: number;
  let tasksMs = NaN;
  let tasks = 0;
  const handle = await client.workflow.start<typeof warningScan>('warningScan', { taskQueue: config.TASK_QUEUE, workflowId, args: [{ rules: ['licenseExpiring'] }] });
  try {
    ({ raised } = await handle.result()); // follows the runs it continued as new
    scanMs = performance.now() - t0;
  } finally {
    await restoreRule(db);
  }
  // Every started batch opens its warnings' handling tasks (takeWarnings, computeDueAt, saveTasks): wait for them all.
  for (const deadline = Date.now() + 15 * 60_000; Date.now() < deadline; await sleep(250)) {
    tasks = await tasksWritten();
    if (tasks >= raised) {
      tasksMs = performance.now() - t0;
      break;
    }
  }
  const used = cpu.since();
  const loadAfter = loadavg();

  // Where the scan's time went, from the server's histories: the rule (raiseWarnings) in the first run, the
  // starts in this run and the runs it continued as new.
  const firstEvents = (await client.workflow.getHandle(workflowId, handle.firstExecutionRunId).fetchHistory()).events ?? [];
  const scheduled = firstEvents.find((e: any) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'raiseWarnings');
  const completed = firstEvents.find((e: any) => e.activityTaskCompletedEventAttributes && String(e.activityTaskCompletedEventAttributes.scheduledEventId) === String(scheduled?.eventId));
  const lastEvents = (await client.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
  const scanStart = eventMs(firstEvents[0]);
  const ruleDone = eventMs(completed);
  const scanEnd = eventMs(lastEvents[lastEvents.length - 1]);
  let runs = 0;
  let children = 0;
  try {
    for await (const w of client.workflow.list({ query: `WorkflowId = '${workflowId}'` })) if (w) runs++;
    for await (const w of client.workflow.list({ query: `WorkflowType = 'warningBatch'` })) if (w) children++;
  } catch {
    runs = NaN;
    children = NaN;
  }
  const [last] = await q<{ at: Date }>("SELECT MAX(t.createdAt) AS at FROM warnings w JOIN tasks t ON t.taskKey = CONCAT('warning:', w.id, '/handle') WHERE w.raisedBy LIKE ? AND t.type = 'warningHandling'", [ofScan]);
  const lastTaskMs = last?.at ? new Date(last.at).getTime() : NaN;
  const startMs = scanEnd - ruleDone;
  const s = (v: number) => (v / 1000).toFixed(1);
  table([
    ['warningScan, licenseExpiring, threshold ' + threshold + ' days', 'figure'],
    ['warnings raised', raised.toLocaleString('en')],
    ['runs (continue-as-new every 50 batches)', String(runs)],
    ['`warningBatch` workflows on the server', String(children)],
    ['raiseWarnings (scheduled → completed)', `${s(ruleDone - eventMs(scheduled))} s`],
    ['starting the batches (rule done → last run completed)', `${s(startMs)} s: ${(raised / (startMs / 1000)).toFixed(1)} warnings/s handed over`],
    ['whole scan workflow, client start → result', `${s(scanMs)} s (server: ${s(scanEnd - scanStart)} s)`],
    ['until every handling task was written (polled every 250 ms)', Number.isFinite(tasksMs) ? `${s(tasksMs)} s: ${(raised / ((tasksMs - (ruleDone - scanStart)) / 1000)).toFixed(1)} warnings/s after the rule` : `not all: ${tasks.toLocaleString('en')} of ${raised.toLocaleString('en')} after 15 minutes`],
    ['last handling task opened (its batch’s clock)', `${s(lastTaskMs - scanStart)} s after the scan started`],
    ['CPU per warning: Node (worker), Temporal, MariaDB', `${ms((used.node * 1000) / raised)}, ${ms((used.temporal * 1000) / raised)}, ${ms((used.db * 1000) / raised)} ms`],
    ['load before / after', `${loadBefore.replace('load average ', '')} / ${loadAfter.replace('load average ', '')}`],
  ]);

  platform.worker.shutdown();
  await platformRun;
  await platform.close();
}

runBench(main);
