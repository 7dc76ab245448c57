import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Connection } from 'mysql2/promise';
import { start } from '../api/server';
import { migrate, openDb, type Db } from '../db';
import { tables, type IndexField } from '../db/schema';
import { DEMO_PASSWORD, loadMasterData } from '../db/seed';
import { loadUser, type SessionUser } from '../db/credentials';
import { listTasks, type Page, type TaskFilter } from '../api/tasks/repository';
import { fillTasks, type TaskFillProfile } from './support/tasks';
import { cpuMeter, findPid } from './support/cpu';
import { benchConfig, flags, lockBenchDatabase, machine, ms, mysqlAdmin, mysqlInfo, mysqlUrl, percentile, pool, runBench, sleep, startTemporal, summary, table } from './support/common';

// The task inbox on a large `tasks` table (MySQL/MariaDB): fills it with realistic rows once, then runs
// the inbox queries through the real code path (listTasks in api/tasks/repository.ts, which also counts
// the total) as demo-district users, and prints p50/p99/max per query with the plans of its statements.
//
//   node dist-bench/bench/inbox.js [--rows 1000000] [--runs 200] [--budget 120] [--refill]
//        [--database zj_inbox] [--try-indexes] [--try-runs 50] [--only-variants]
//        [--users 32] [--requests-each 20] [--paced-seconds 60] [--skip-http]
//
// The filled database is reused while it holds exactly --rows rows filled by this benchmark; --refill
// forces a new fill. Each query runs --runs times or until --budget seconds have passed, whichever comes
// first (the runs column says how many). --try-indexes then applies each candidate index change in turn
// to the bench database only, measures again and restores the indexes of db/schema.ts (which is not
// touched); a run that was interrupted is repaired at the next start. --only-variants skips the
// measurement on the schema's own indexes (with --try-indexes, when that one is already known).

// --------------------------------------------------------------------------------------------------
// The queries, as the admin UI sends them (api/tasks/routes.ts defaults: page 1, 25 per page, dueAt ASC).

interface InboxQuery {
  name: string;
  username: string;
  filter: TaskFilter;
  page: Page;
  /** The same list as the UI asks for it: GET /api/v1/tasks?<http>. */
  http: string;
}

const page = (sort: Page['sort'] = 'dueAt', order: Page['order'] = 'ASC'): Page => ({ page: 1, perPage: 25, sort, order });
const QUERIES: InboxQuery[] = [
  // assignee=me is `mine` (api/tasks/routes.ts): assigned to me; offered=mine is `offered`: unclaimed and
  // offered to my department, directly or in the claim pool (我的待办 and 部门待认领, api/tasks/repository.ts).
  { name: 'clerk inbox: assignee=me&status=open,claimed (dueAt)', username: 'clerk', filter: { mine: true, status: ['open', 'claimed'] }, page: page(), http: 'assignee=me&status=open,claimed' },
  { name: 'clerk claim pool: offered=mine&status=open (dueAt)', username: 'clerk', filter: { offered: true, status: ['open'] }, page: page(), http: 'offered=mine&status=open' },
  { name: 'assigned to one user: assignee=clerk&status=open,claimed', username: 'clerk', filter: { assignee: 'clerk', status: ['open', 'claimed'] }, page: page(), http: 'assignee=clerk&status=open,claimed' },
  { name: 'department queue: status=open&unassigned=true (dueAt)', username: 'clerk', filter: { status: ['open'], unassigned: true }, page: page(), http: 'status=open&unassigned=true' },
  { name: 'overdue board: overdue=true (escalationLevel DESC)', username: 'supervisor', filter: { overdue: true }, page: page('escalationLevel', 'DESC'), http: 'overdue=true' },
  { name: 'district overdue board (区府办 supervisor)', username: 'district', filter: { overdue: true }, page: page('escalationLevel', 'DESC'), http: 'overdue=true' },
  { name: 'small department queue (jtw-clerk)', username: 'jtw-clerk', filter: { status: ['open'], unassigned: true }, page: page(), http: 'status=open&unassigned=true' },
];

interface Captured {
  sql: string;
  ms: number;
}

type Kind = 'count' | 'page' | 'views';
const kindOf = (sql: string): Kind => (/SELECT count\(/i.test(sql) ? 'count' : /FROM `tasks` AS `tasks`/.test(sql) ? 'page' : 'views');

async function measure(db: Db, users: Map<string, SessionUser>, queries: InboxQuery[], runs: number, budgetS: number, captured: Captured[]) {
  const results: Array<{ q: InboxQuery; total: number; s: ReturnType<typeof summary>; parts: Record<Kind, number>; statements: string[] }> = [];
  for (const q of queries) {
    const user = users.get(q.username)!;
    const deadline = performance.now() + budgetS * 1000;
    let total = 0;
    // Warm-up: up to 3 calls, within a tenth of the budget (a slow query gets one).
    for (let i = 0; i < 3 && (i === 0 || performance.now() < deadline - budgetS * 900); i++) total = (await listTasks(db, user, q.filter, q.page)).total;
    captured.length = 0;
    const times: number[] = [];
    for (let i = 0; i < runs && (i === 0 || performance.now() < deadline); i++) {
      const t = performance.now();
      await listTasks(db, user, q.filter, q.page);
      times.push(performance.now() - t);
    }
    const timed = [...captured];
    // One more call, whose statements (but the views') get their plans printed.
    captured.length = 0;
    await listTasks(db, user, q.filter, q.page);
    const statements = [...new Set(captured.filter((c) => kindOf(c.sql) !== 'views').map((c) => c.sql))];
    const done = times.length;
    console.log(`  ${q.name} (${q.username}): ${done} runs, p50 ${ms(percentile(times, 50))} ms`);
    const byKind: Record<Kind, number[]> = { count: [], page: [], views: [] };
    for (const c of timed) byKind[kindOf(c.sql)].push(c.ms);
    // Per call: the count and the page are one statement each; the views part is several, summed.
    const perCall = (k: Kind) => byKind[k].reduce((a, b) => a + b, 0) / done;
    results.push({ q, total, s: summary(times), parts: { count: perCall('count'), page: perCall('page'), views: perCall('views') }, statements });
  }
  return results;
}

function printResults(title: string, results: Awaited<ReturnType<typeof measure>>): void {
  console.log(`\n${title}`);
  table([
    ['query (listTasks)', 'user', 'total', 'runs', 'p50 ms', 'p99 ms', 'max ms', 'mean: count', 'page/branches', 'views'],
    ...results.map((r) => [r.q.name, r.q.username, r.total, r.s.n, ms(r.s.p50), ms(r.s.p99), ms(r.s.max), ms(r.parts.count), ms(r.parts.page), ms(r.parts.views)]),
  ]);
}

async function plans(c: Connection, mariadb: boolean, results: Awaited<ReturnType<typeof measure>>): Promise<void> {
  for (const r of results) {
    console.log(`\n${r.q.name} — ${r.q.username}`);
    for (const sql of r.statements) {
      const shown = sql.replace(/^SELECT `id`, `taskKey`, .*? FROM /, 'SELECT <every column> FROM ');
      console.log(`  ${kindOf(sql)}: ${shown.length > 700 ? `${shown.slice(0, 700)}…` : shown}`);
      // MariaDB's ANALYZE runs the statement and adds the rows actually read (r_rows) to the plan.
      const [rows] = (await c.query(`${mariadb ? 'ANALYZE' : 'EXPLAIN'} ${sql}`)) as any;
      table([
        ['    id', 'select_type', 'table', 'type', 'key', 'rows', ...(mariadb ? ['r_rows', 'r_filtered'] : []), 'Extra'],
        ...rows.map((p: any) => [`    ${p.id}`, p.select_type, p.table, p.type, p.key ?? '', p.rows ?? '', ...(mariadb ? [p.r_rows ?? '', p.r_filtered ?? ''] : []), p.Extra ?? '']),
      ]);
    }
  }
}

// --------------------------------------------------------------------------------------------------
// Over HTTP (issue 12: every list the UI calls, 32 users at once): the real API server on the bench database, each
// user signed in as the demo user, GET /api/v1/tasks as the admin UI sends it, and the menu's counts.

interface HttpTarget {
  name: string;
  username: string;
  path: string;
}

const httpTargets = (): HttpTarget[] => [
  ...QUERIES.map((q) => ({ name: q.name, username: q.username, path: `/api/v1/tasks?${q.http}&page=${q.page.page}&perPage=${q.page.perPage}&sort=${q.page.sort}&order=${q.page.order}` })),
  ...['clerk', 'supervisor', 'district'].map((username) => ({ name: `menu counts (/tasks/counts, ${username})`, username, path: '/api/v1/tasks/counts' })),
];

async function overHttp(url: string, rows: number, users: number, requestsEach: number, pacedSeconds: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zj-inbox-'));
  const temporal = await startTemporal(path.join(dir, 'temporal.log'));
  // The Schedules the API creates at start are kept from firing during the run.
  const server = await start(benchConfig(url, temporal.address, { WARNING_SCAN_CRON: '0 3 1 1 *' }));
  const tokens = new Map<string, string>();
  const targets = httpTargets();
  for (const username of new Set(targets.map((t) => t.username))) {
    const res = await fetch(`${server.url}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
    tokens.set(username, ((await res.json()) as { token: string }).token);
  }
  const get = async (t: HttpTarget) => {
    const res = await fetch(`${server.url}${t.path}`, { headers: { authorization: `Bearer ${tokens.get(t.username)}` } });
    const body = (await res.json()) as { total?: number; totalIsLowerBound?: boolean };
    if (res.status !== 200) throw new Error(`${t.path} as ${t.username}: ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
    return body;
  };
  const cpu = () => cpuMeter({ node: process.pid, mariadb: findPid('mariadbd', 'mysqld') });

  // Closed loop: `users` clients each send the next request as soon as the last is answered (no time to read).
  const result: Array<Array<string | number>> = [];
  for (const t of targets) {
    for (let i = 0; i < 3; i++) await get(t);
    const first = await get(t);
    const times: number[] = [];
    const meter = cpu();
    const began = performance.now();
    await pool(users * requestsEach, users, async () => {
      const s = performance.now();
      await get(t);
      times.push(performance.now() - s);
    });
    const seconds = (performance.now() - began) / 1000;
    const used = meter.since();
    const s = summary(times);
    const total = first.total === undefined ? '' : `${first.totalIsLowerBound ? 'more than ' : ''}${first.total.toLocaleString('en')}`;
    result.push([t.name, t.username, total, s.n, (s.n / seconds).toFixed(0), ms(s.p50), ms(s.p99), ms(s.max), ((used.node / s.n) * 1000).toFixed(2), ((used.mariadb / s.n) * 1000).toFixed(2)]);
    console.log(`  ${t.name}: ${s.n} requests, ${users} at once, p99 ${ms(s.p99)} ms`);
  }
  console.log(`\nover HTTP, ${users} users at once, each sending its next request when answered (${rows.toLocaleString('en')} tasks; API, load and MariaDB on this machine):`);
  table([['request', 'user', 'total', 'requests', 'per second', 'p50 ms', 'p99 ms', 'max ms', 'CPU ms/request: Node', 'MariaDB'], ...result]);

  // Paced: `users` people each asking for one of the lists every second on average (exponential gaps), for
  // `pacedSeconds`: what a department's clerks and supervisors at work ask of it.
  if (pacedSeconds > 0) {
    const byTarget = new Map<string, number[]>(targets.map((t) => [t.name, []]));
    const meter = cpu();
    const end = performance.now() + pacedSeconds * 1000;
    let rng = 20261202;
    const random = () => ((rng = (rng * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    await Promise.all(
      Array.from({ length: users }, async () => {
        while (performance.now() < end) {
          await sleep(-Math.log(1 - random()) * 1000);
          const t = targets[Math.floor(random() * targets.length)];
          const s = performance.now();
          await get(t);
          byTarget.get(t.name)!.push(performance.now() - s);
        }
      }),
    );
    const used = meter.since();
    const all = [...byTarget.values()].flat();
    console.log(`\npaced: ${users} users, one request a second each on average, ${pacedSeconds} s (${all.length} requests; CPU per request: Node ${((used.node / all.length) * 1000).toFixed(2)} ms, MariaDB ${((used.mariadb / all.length) * 1000).toFixed(2)} ms):`);
    table([['request', 'requests', 'p50 ms', 'p99 ms', 'max ms'], ...targets.map((t) => { const s = summary(byTarget.get(t.name)!); return [t.name, s.n, ms(s.p50), ms(s.p99), ms(s.max)]; }), ['all', all.length, ms(summary(all).p50), ms(summary(all).p99), ms(summary(all).max)]]);
  }
  await server.stop();
  await temporal.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}

// --------------------------------------------------------------------------------------------------
// Variants for --try-indexes, and the repair that brings the bench tables back to db/schema.ts.

// What the measurements on a million rows pointed at (api/tasks/repository.ts lists as a union of branches): the
// district office's `escalationLevel >= 2` branch reads a whole index for want of one on status and escalation.
// (The claim pool's variant, task_candidates holding only unclaimed tasks, became schema step 026: `isOpen`.)
const VARIANTS: Array<{ name: string; apply: string[] }> = [
  { name: 'ADD INDEX (status, escalationLevel, dueAt)', apply: ['CREATE INDEX bench_status_escalation_due ON tasks (status, escalationLevel, dueAt)'] },
];

/** Makes the secondary indexes of `tasks` exactly those of db/schema.ts, in their order (creation order can sway the optimizer on ties). */
async function restoreSchemaIndexes(c: Connection): Promise<boolean> {
  const expected = tables.find((t) => t.name === 'tasks')!.indexes ?? [];
  const [rows] = (await c.query('SHOW INDEX FROM tasks')) as any;
  const actual: Array<{ name: string; fields: string[]; unique: boolean }> = [];
  for (const r of rows as any[]) {
    if (r.Key_name === 'PRIMARY') continue;
    let ix = actual.find((a) => a.name === r.Key_name);
    if (!ix) actual.push((ix = { name: r.Key_name, fields: [], unique: Number(r.Non_unique) === 0 }));
    ix.fields[Number(r.Seq_in_index) - 1] = r.Collation === 'D' ? `${r.Column_name} DESC` : r.Column_name;
  }
  // A column as SHOW INDEX tells it: its name, and DESC when descending.
  const column = (f: IndexField) => (typeof f === 'string' ? f : `${f.name} DESC`);
  const same = (a: (typeof actual)[number], e: (typeof expected)[number]) => a.name === e.name && a.fields.join() === e.fields.map(column).join() && a.unique === !!e.unique;
  let k = 0;
  while (k < expected.length && k < actual.length && same(actual[k], expected[k])) k++;
  if (k === expected.length && actual.length === expected.length) return false;
  const drops = actual.slice(k).map((a) => `DROP INDEX \`${a.name}\``);
  const adds = expected.slice(k).map((e) => `ADD ${e.unique ? 'UNIQUE ' : ''}INDEX \`${e.name}\` (${e.fields.map((x) => column(x).replace(/^(\S+)/, '`$1`')).join(', ')})`);
  await c.query(`ALTER TABLE tasks ${[...drops, ...adds].join(', ')}`);
  return true;
}

async function main(): Promise<void> {
  const f = flags();
  const rows = f.num('rows', 1_000_000);
  const runs = f.num('runs', 200);
  const budgetS = f.num('budget', 120);
  const database = f.get('database', 'zj_inbox');
  if (!/^[A-Za-z0-9_]+$/.test(database)) throw new Error(`bad database name ${database}`);
  const began = performance.now();
  const info = await mysqlInfo();
  console.log(`machine:  ${machine()}`);
  console.log(`database: ${info}`);

  const lock = await lockBenchDatabase(database);
  const admin = await mysqlAdmin();
  await admin.query(`CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = mysqlUrl(database);
  const db = await openDb(url);
  const m = performance.now();
  const applied = await migrate(db);
  if (applied.length) console.log(`migrated ${database}: ${applied.join(', ')} in ${((performance.now() - m) / 1000).toFixed(1)} s`);
  await loadMasterData(db);
  const c = await mysqlAdmin(url);

  if (await restoreSchemaIndexes(c)) console.log('restored the indexes of tasks to db/schema.ts (an earlier --try-indexes run was interrupted)');
  const [[{ n }]] = (await c.query('SELECT COUNT(*) AS n FROM tasks')) as any;
  const [marker] = (await c.query("SELECT value FROM meta WHERE `key` = 'bench.inbox'")) as any;
  let profile: TaskFillProfile | null = marker[0] ? JSON.parse(marker[0].value) : null;
  if (f.has('refill') || Number(n) !== rows || !profile || profile.rows !== rows) {
    console.log(`filling ${database}.tasks with ${rows.toLocaleString('en')} rows (it had ${Number(n).toLocaleString('en')})…`);
    profile = await fillTasks(c, rows, 'bench.inbox');
  } else {
    console.log(`reusing ${database}.tasks: ${rows.toLocaleString('en')} rows filled at ${profile.filledAt} (--refill to fill again)`);
  }

  // What the table holds, for reading the figures.
  const [byStatus] = (await c.query('SELECT status, COUNT(*) AS n FROM tasks GROUP BY status ORDER BY n DESC')) as any;
  const [[shape]] = (await c.query(
    "SELECT COUNT(DISTINCT departmentCode) AS departments, COUNT(DISTINCT assigneeUsername) AS assignees, SUM(status IN ('open','claimed') AND dueAt < NOW(3)) AS overdue, SUM(departmentCode = 'SCJGJ') AS scjgj, (SELECT COUNT(*) FROM task_candidates) AS candidates, (SELECT COUNT(DISTINCT taskId) FROM task_candidates) AS pooled FROM tasks",
  )) as any;
  const [[size]] = (await c.query(
    'SELECT ROUND(data_length / 1048576) AS data_mb, ROUND(index_length / 1048576) AS index_mb FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?',
    ['tasks'],
  )) as any;
  console.log(
    `tasks:    ${byStatus.map((r: any) => `${r.status} ${Number(r.n).toLocaleString('en')}`).join(', ')}; ${shape.departments} departments, ${shape.assignees} assignees, ` +
      `${Number(shape.overdue).toLocaleString('en')} overdue open/claimed, SCJGJ ${Number(shape.scjgj).toLocaleString('en')}; ` +
      `${Number(shape.candidates).toLocaleString('en')} task_candidates rows on ${Number(shape.pooled).toLocaleString('en')} tasks; table ${size.data_mb} MiB + indexes ${size.index_mb} MiB`,
  );

  const users = new Map<string, SessionUser>();
  for (const q of QUERIES) {
    const u = await loadUser(db, { username: q.username });
    if (!u) throw new Error(`no demo user ${q.username}`);
    const { passwordHash: _h, active: _a, ...user } = u;
    users.set(q.username, user);
  }

  // Every statement of listTasks with its time (Sequelize's benchmark logging).
  const captured: Captured[] = [];
  const options = (db.sequelize as unknown as { options: { benchmark: boolean; logging: unknown } }).options;
  options.benchmark = true;
  options.logging = (message: string, time?: number) => {
    captured.push({ sql: message.replace(/^Executed \([^)]*\): /, '').replace(/;$/, ''), ms: time ?? NaN });
  };

  const mariadb = /mariadb/i.test(info);
  if (!f.has('only-variants')) {
    console.log(`\nmeasuring (each query ${runs} runs or ${budgetS} s, whichever first):`);
    const results = await measure(db, users, QUERIES, runs, budgetS, captured);
    printResults(`inbox queries on ${rows.toLocaleString('en')} tasks, indexes of db/schema.ts (mean: count / page or branches + rows / views = the summed time of listTasks' statements of each kind per call; branches run in parallel)`, results);
    console.log('\nplans (one more execution each):');
    await plans(c, mariadb, results);
  }

  if (!f.has('skip-http')) {
    options.logging = false;
    options.benchmark = false;
    console.log(`\nover HTTP:`);
    await overHttp(url, rows, f.num('users', 32), f.num('requests-each', 20), f.num('paced-seconds', 60));
  }

  if (f.has('try-indexes')) {
    const tryRuns = f.num('try-runs', 50);
    for (const variant of VARIANTS) {
      console.log(`\nvariant: ${variant.name}`);
      const t = performance.now();
      try {
        for (const ddl of variant.apply) await c.query(ddl);
        console.log(`  applied in ${((performance.now() - t) / 1000).toFixed(1)} s`);
        const r = await measure(db, users, QUERIES, tryRuns, budgetS, captured);
        printResults(`with ${variant.name}`, r);
        await plans(c, mariadb, r);
      } finally {
        const u = performance.now();
        await restoreSchemaIndexes(c);
        console.log(`  restored the schema's indexes in ${((performance.now() - u) / 1000).toFixed(1)} s`);
      }
    }
  }

  await c.end();
  await db.close();
  await lock.release();
  console.log(`\ntotal run time ${((performance.now() - began) / 1000).toFixed(1)} s`);
}

runBench(main);
