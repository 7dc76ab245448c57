import { performance } from 'node:perf_hooks';
import type { Connection } from 'mysql2/promise';
import { demoDistrict } from '../db/demo/district';
import { checkItems } from '../db/demo/checkItems';
import { INSPECTION_OUTCOMES } from '../domain/inspections';
import { LICENSE_DECISIONS } from '../domain/tasks';
import { generateEntity } from '../db/demo/generate';
import { mulberry32 } from '../db/demo/random';
import { defaultTrendFrom, efficiency, forecast, trend } from '../api/efficiency/repository';
import { statistic, STATISTICS } from '../api/statistics/queries';
import type { StatScope } from '../api/statistics/common';
import { shanghaiDate } from '../domain/workingDays';
import { flags, lockBenchDatabase, machine, ms, mysqlAdmin, mysqlInfo, runBench, summary, table } from './support/common';
import { DEMO_SEED, millionDb } from './support/million';
import { fillTasks, type TaskFillProfile } from './support/tasks';
import { ensureListings } from './support/listings';
import { fillHandlingTime } from '../db/handlingTime';
import { recountOpenTasks } from '../db/openTaskCounts';
import { refreshEntityTallies } from '../db/entityTallies';
import { refreshTaskTallies } from '../db/taskTallies';
import { DEFAULT_WARNING_RULES } from '../domain/warnings';

// The leader's dashboards at scale (issue 11: "each dashboard answers in ≤ 1 s at 1,000,000 entities and
// 1,000,000 tasks"): the demo district at --entities on MySQL/MariaDB (bench/support/million.ts), --tasks task
// rows (bench/support/tasks.ts), and the process facts the statistics count (dual-notification notices,
// registration events, spot-check plans and inspections, cases, warnings, credit listings), then every statistic of GET /api/v1/statistics/{name}
// and the efficiency board and forecast of GET /api/v1/efficiency, through the routes' own functions, for the
// whole district and for the largest department, over this year. "The dashboard" is every statistic at once, as
// 综合统计 fetches them.
//
//   node dist-bench/bench/dashboards.js [--entities 1000000] [--tasks 1000000] [--notices 300000]
//        [--events 300000] [--inspections 200000] [--cases 30000] [--warnings 100000] [--listings 100000]
//        [--runs 10] [--database zj_million] [--refill]

const f = flags();
const ENTITIES = f.num('entities', 1_000_000);
const TASKS = f.num('tasks', 1_000_000);
const NOTICES = f.num('notices', 300_000);
const EVENTS = f.num('events', 300_000);
const INSPECTIONS = f.num('inspections', 200_000);
const CASES = f.num('cases', 30_000);
const WARNINGS = f.num('warnings', 100_000);
const LISTINGS = f.num('listings', 100_000);
const RUNS = f.num('runs', 10);
const DATABASE = f.get('database', 'zj_million');
const BATCH = 5000;
const DAY = 86_400_000;
const FACTS_MARKER = 'bench.dashboards.facts';
const TASKS_MARKER = 'bench.dashboards.tasks';

const sqlTime = (d: number) => new Date(d).toISOString().replace('T', ' ').slice(0, 23);

async function marker<T>(c: Connection, key: string): Promise<T | null> {
  const [rows] = (await c.query('SELECT value FROM meta WHERE `key` = ?', [key])) as any;
  return rows[0] ? (JSON.parse(rows[0].value) as T) : null;
}

async function insert(c: Connection, tableName: string, columns: string[], rows: unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await c.query(`INSERT INTO ${tableName} (${columns.map((x) => `\`${x}\``).join(', ')}) VALUES ?`, [rows.slice(i, i + BATCH)]);
}

interface FactsProfile { notices: number; events: number; inspections: number; cases: number; warnings: number; entities: number; filledAt: string }

/**
 * The facts the statistics count, spread over the last 400 days across the register's entities: notices to the
 * departments of the demo license items (a tenth still undecided), changes and deregistrations, plans per
 * department and their random inspections (four in five completed, one in six of those non-compliant).
 */
async function fillFacts(c: Connection, entities: number): Promise<FactsProfile> {
  const now = Date.now();
  const rng = mulberry32(DEMO_SEED ^ 0x5a17);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
  const entity = () => generateEntity(DEMO_SEED, Math.floor(rng() * entities));
  const when = () => now - rng() * 400 * DAY;
  for (const t of ['notifications', 'registration_events', 'inspections', 'inspection_plans', 'enforcement_cases', 'warnings']) await c.query(`TRUNCATE TABLE ${t}`);
  await c.query('DELETE FROM meta WHERE `key` = ?', [FACTS_MARKER]);
  const t0 = performance.now();

  const items = demoDistrict.licenseItems;
  const decisions = [...LICENSE_DECISIONS, LICENSE_DECISIONS[0], LICENSE_DECISIONS[0]]; // most applications end in a license
  const notices: unknown[][] = [];
  for (let i = 0; i < NOTICES; i++) {
    const e = entity();
    const item = pick(items);
    const pushedAt = when();
    const decided = rng() < 0.9;
    notices.push([`license-feedback:BENCH-N${i}:${item.code}`, `BENCH-N${i}`, e.creditCode, item.code, '[]', item.departmentCode, '[]', decided ? 'done' : 'awaitingDecision', decided ? pick(decisions) : null, '[]', sqlTime(pushedAt), sqlTime(pushedAt)]);
  }
  await insert(c, 'notifications', ['workflowId', 'eventId', 'creditCode', 'licenseItemCode', 'scopeItems', 'departmentCode', 'candidateDepartmentCodes', 'stage', 'decision', 'timeline', 'pushedAt', 'updatedAt'], notices);

  const events: unknown[][] = [];
  for (let i = 0; i < EVENTS; i++) {
    const e = entity();
    const at = when();
    events.push([`BENCH-E${i}`, rng() < 0.8 ? 'change' : 'deregister', e.creditCode, `registration:BENCH-E${i}`, sqlTime(at), '0'.repeat(64), 'started', sqlTime(at)]);
  }
  await insert(c, 'registration_events', ['eventId', 'action', 'creditCode', 'workflowId', 'occurredAt', 'bodyHash', 'status', 'receivedAt'], events);

  const departments = [...new Set(checkItems.map((i) => i.departmentCode))];
  const plans: unknown[][] = [];
  const planOf: Array<{ id: string; departmentCode: string; from: number }> = [];
  for (const d of departments) {
    for (let q = 0; q < 6; q++) {
      const from = now - (q + 1) * 66 * DAY;
      const id = `BENCH-P-${d}-${q}`;
      planOf.push({ id, departmentCode: d, from });
      plans.push([id, `${d} 抽查计划 ${q + 1}`, d, '[]', 'department', '[]', shanghaiDate(new Date(from)), shanghaiDate(new Date(from + 60 * DAY)), '{}', '[]', '{}', 2, q === 0 ? 'inspecting' : 'completed', 'bench', sqlTime(from)]);
    }
  }
  await insert(c, 'inspection_plans', ['id', 'title', 'departmentCode', 'jointDepartmentCodes', 'drawMode', 'checkItemCodes', 'periodFrom', 'periodTo', 'entityFilter', 'strata', 'inspectorFilter', 'teamSize', 'status', 'createdBy', 'createdAt'], plans);
  const inspections: unknown[][] = [];
  for (let i = 0; i < INSPECTIONS; i++) {
    const e = entity();
    const plan = pick(planOf);
    const dueAt = plan.from + rng() * 60 * DAY;
    const done = dueAt < now && rng() < 0.8;
    const outcome = done ? (rng() < 1 / 6 ? pick(INSPECTION_OUTCOMES.filter((o) => o !== 'no_problem')) : 'no_problem') : null;
    inspections.push([`bench:${i}`, 'random', plan.id, e.creditCode, e.name, plan.departmentCode, '[]', '[]', done ? 'completed' : 'open', outcome, '[]', '[]', sqlTime(dueAt), `inspection:bench:${i}`]);
  }
  await insert(c, 'inspections', ['inspectionKey', 'kind', 'planId', 'creditCode', 'entityName', 'departmentCode', 'checkItemCodes', 'team', 'status', 'outcome', 'results', 'confirmedBy', 'dueAt', 'workflowId'], inspections);

  // Cases from non-compliant inspections: a third still at filing or deciding, the rest decided with a penalty.
  const cases: unknown[][] = [];
  for (let i = 0; i < CASES; i++) {
    const e = entity();
    const d = pick(departments);
    const filedAt = when();
    const stage = rng() < 0.15 ? 'filing' : rng() < 0.2 ? 'deciding' : 'closed';
    const decidedAt = stage === 'closed' ? filedAt + rng() * 60 * DAY : null;
    const penalty = decidedAt ? JSON.stringify({ penaltyKind: pick(['warning', 'fine', 'fine', 'confiscation']), amount: Math.round(rng() * 50_000), decisionNo: `金市监罚〔2026〕${i}号` }) : null;
    cases.push([`bench:${i}`, `bench:${i}`, e.creditCode, e.name, d, stage, sqlTime(filedAt + 15 * DAY), sqlTime(filedAt + 90 * DAY), stage === 'filing' ? null : sqlTime(filedAt), decidedAt ? sqlTime(decidedAt) : null, decidedAt ? 'penalty' : null, penalty, `case:bench:${i}`]);
  }
  await insert(c, 'enforcement_cases', ['caseKey', 'inspectionKey', 'creditCode', 'entityName', 'departmentCode', 'stage', 'filingDueAt', 'decisionDueAt', 'filedAt', 'decidedAt', 'outcome', 'penalty', 'workflowId'], cases);

  // Warnings of the rules, to their departments; four in five handled.
  const warnings: unknown[][] = [];
  for (let i = 0; i < WARNINGS; i++) {
    const e = entity();
    const rule = pick(DEFAULT_WARNING_RULES);
    const raisedAt = when();
    const closed = raisedAt < now - 10 * DAY && rng() < 0.8;
    warnings.push([`bench:${i}`, rule.code, 'rule', rule.level, e.creditCode, e.name, e.name, '基准测试预警', pick(departments), closed ? 'closed' : 'open', `bench:${i}`, 'bench', sqlTime(raisedAt), closed ? sqlTime(raisedAt + rng() * 20 * DAY) : null, closed ? 'handled' : null, `warning:bench:${i}`]);
  }
  await insert(c, 'warnings', ['id', 'ruleCode', 'source', 'level', 'creditCode', 'entityName', 'subject', 'reason', 'departmentCode', 'status', 'dedupeKey', 'raisedBy', 'raisedAt', 'closedAt', 'outcome', 'workflowId'], warnings);
  await c.query('ANALYZE TABLE notifications, registration_events, inspections, inspection_plans, enforcement_cases, warnings');
  const profile: FactsProfile = { notices: NOTICES, events: EVENTS, inspections: INSPECTIONS, cases: CASES, warnings: WARNINGS, entities, filledAt: new Date(now).toISOString() };
  await c.query('INSERT INTO meta (`key`, value) VALUES (?, ?)', [FACTS_MARKER, JSON.stringify(profile)]);
  console.log(`  facts: ${NOTICES.toLocaleString('en')} notices, ${EVENTS.toLocaleString('en')} registration events, ${plans.length} plans, ${INSPECTIONS.toLocaleString('en')} inspections in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return profile;
}

async function time(runs: number, fn: () => Promise<unknown>): Promise<ReturnType<typeof summary>> {
  await fn(); // warm-up: the first call reads the pages into the buffer pool
  const values: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    values.push(performance.now() - t);
  }
  return summary(values);
}

async function main(): Promise<void> {
  console.log(`machine:  ${machine()}`);
  console.log(`database: ${await mysqlInfo()}`);
  const lock = await lockBenchDatabase(DATABASE);
  const { db, url, entities } = await millionDb(DATABASE, ENTITIES);
  const c = await mysqlAdmin(url);
  const tasks = await marker<TaskFillProfile>(c, TASKS_MARKER);
  if (f.has('refill') || !tasks || tasks.rows !== TASKS) {
    console.log(`filling ${DATABASE}.tasks with ${TASKS.toLocaleString('en')} rows…`);
    await fillTasks(c, TASKS, TASKS_MARKER);
  }
  const facts = await marker<FactsProfile>(c, FACTS_MARKER);
  if (f.has('refill') || !facts || facts.notices !== NOTICES || facts.events !== EVENTS || facts.inspections !== INSPECTIONS || facts.cases !== CASES || facts.warnings !== WARNINGS || facts.entities !== entities) {
    console.log('filling the process facts…');
    await fillFacts(c, entities);
  }
  const listings = await ensureListings(db, LISTINGS, entities, f.has('refill'));
  if (listings.filled) console.log(`  ${LISTINGS.toLocaleString('en')} credit listings in ${listings.seconds.toFixed(0)} s`);
  // Completed tasks loaded by SQL have no handling time yet; schema step 021 stamps those of a real upgrade.
  const stamped = await fillHandlingTime(db);
  if (stamped) console.log(`  stamped the handling time of ${stamped.toLocaleString('en')} completed tasks`);
  // The tasks loaded by SQL (here or by another bench's fill of this database) pass no model hook: their open ones are counted again.
  const [[open]] = (await c.query("SELECT (SELECT COUNT(*) FROM tasks WHERE status IN ('open', 'claimed')) AS tasks, (SELECT COALESCE(SUM(n), 0) FROM open_task_counts) AS counted")) as any;
  if (Number(open.tasks) !== Number(open.counted)) console.log(`  counted the ${(await recountOpenTasks(db)).toLocaleString('en')} open tasks (db/openTaskCounts.ts)`);
  const [[counts]] = (await c.query('SELECT (SELECT COUNT(*) FROM entities) AS entities, (SELECT COUNT(*) FROM tasks) AS tasks, (SELECT COUNT(*) FROM notifications) AS notices, (SELECT COUNT(*) FROM inspections) AS inspections, (SELECT COUNT(*) FROM registration_events) AS events, (SELECT COUNT(*) FROM enforcement_cases) AS cases, (SELECT COUNT(*) FROM warnings) AS warnings, (SELECT COUNT(*) FROM credit_listings) AS listings')) as any;
  console.log(`holds:    ${Object.entries(counts).map(([k, v]) => `${Number(v).toLocaleString('en')} ${k}`).join(', ')}`);

  const today = shanghaiDate(new Date());
  const [[largest]] = (await c.query("SELECT departmentCode AS d FROM tasks WHERE departmentCode IS NOT NULL GROUP BY departmentCode ORDER BY COUNT(*) DESC LIMIT 1")) as any;
  const scopes: Array<{ name: string; department: string | null }> = [{ name: 'district', department: null }, { name: largest.d, department: largest.d }];
  const rows: Array<Array<string | number>> = [['what (this year)', 'scope', 'runs', 'p50 ms', 'p99 ms', 'max ms']];
  const add = (what: string, scope: string, s: ReturnType<typeof summary>) => {
    rows.push([what, scope, s.n, ms(s.p50), ms(s.p99), ms(s.max)]);
    console.log(`  ${what} (${scope}): p50 ${ms(s.p50)} ms, max ${ms(s.max)} ms`);
  };
  // The register's tallies as the Schedule keeps them (db/entityTallies.ts): its run, timed; the statistics then read them.
  add('counting the register (the tally Schedule\'s run)', 'district', await time(Math.min(RUNS, 3), () => refreshEntityTallies(db)));
  // The settled tasks' tallies likewise (db/taskTallies.ts): the efficiency board and the dual notification read them.
  add('counting the settled tasks (the task tally Schedule\'s run)', 'district', await time(Math.min(RUNS, 3), () => refreshTaskTallies(db)));
  for (const scope of scopes) {
    const s: StatScope = { from: `${today.slice(0, 4)}-01-01`, to: today, department: scope.department, now: new Date(), tallyMinutes: 20 };
    for (const name of STATISTICS) add(`statistics/${name}`, scope.name, await time(RUNS, () => statistic(db, name, s)));
    add('the dashboard: every statistic at once', scope.name, await time(RUNS, () => Promise.all(STATISTICS.map((name) => statistic(db, name, s)))));
    const dep = scope.department ?? undefined;
    add('efficiency by department, whole history', scope.name, await time(RUNS, () => efficiency(db, { by: 'department', department: dep })));
    add('efficiency by department, this year', scope.name, await time(RUNS, () => efficiency(db, { by: 'department', department: dep, from: s.from, to: s.to })));
    add('efficiency by person, this year', scope.name, await time(RUNS, () => efficiency(db, { by: 'person', department: dep, from: s.from, to: s.to })));
    add('efficiency forecast by person', scope.name, await time(RUNS, () => forecast(db, { by: 'person', department: dep })));
    add('efficiency monthly trend, 12 months', scope.name, await time(RUNS, () => trend(db, { interval: 'month', from: defaultTrendFrom('month', today), to: today, department: dep })));
    add('efficiency weekly trend, 12 weeks', scope.name, await time(RUNS, () => trend(db, { interval: 'week', from: defaultTrendFrom('week', today), to: today, department: dep })));
    // What 效能监督 asks for when it opens (admin-ui/src/efficiency): the board by department over the whole history,
    // the forecast and the monthly trend, at once.
    add('the efficiency page: board, forecast and monthly trend at once', scope.name, await time(RUNS, () => Promise.all([
      efficiency(db, { by: 'department', department: dep }),
      forecast(db, { by: 'department', department: dep }),
      trend(db, { interval: 'month', from: defaultTrendFrom('month', today), to: today, department: dep }),
    ])));
  }
  console.log();
  table(rows);
  await c.end();
  await db.sequelize.close();
  await lock.release();
}

runBench(main);
