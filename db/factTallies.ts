import type { Transaction } from 'sequelize';
import { timeOf, type Db } from './index';
import { shanghaiDate, startOfShanghaiDay, startOfShanghaiDayAfter } from '../domain/workingDays';
import { jsonItems } from './json';
import { lastDayOfMonth, monthsOf, periodBuckets, splitIntoMonths } from './periods';

// What happened to the register, in counts (issue 11: "each dashboard answers in ≤ 1 s at 1,000,000 entities"):
// completed inspections, warnings and credit-list entries per month, party and the town/street, industry section
// and risk class of their entity. The hot spots and the spot checks' non-compliance by industry count these per
// cell; joining a year of them to a million entities row by row takes seconds (bench/dashboards.ts). They are
// counted with the register's tallies (db/entityTallies.ts), in the same run and with the same `asOf`, and like
// them hold each entity's town, industry and class as they were then. A statistic reads the whole months of its
// period from here and its partial first and last months live (factCounts below).
//
// Two more facts of the spot checks live in the same table: `checkItem`, the results of completed random
// inspections per month, department and check item (`kind` holds the item's code; `bad` 1 for non-compliant, 0
// for compliant; not applicable is no check), and `coverage`, the distinct entities a completed random inspection
// due in a year reached, per year (`month` holds YYYY), department ('*': every department) and risk class.

export const FACTS = ['inspection', 'warning', 'listing'] as const;
export type Fact = (typeof FACTS)[number];
// Three facts count no entity cell, only month, party and kind: `notice`, the dual notification's notices by push
// month, department ('' while unclaimed) and decision ('' while undecided); `registerChange`, the changes and
// deregistrations by month and action; `establishment`, the entities by month of establishment. A year of them read
// live was the largest part of the district's dashboard left at a million entities (bench/dashboards.ts).
export const MONTHLY_FACTS = ['notice', 'registerChange', 'establishment'] as const;
export type MonthlyFact = (typeof MONTHLY_FACTS)[number];

/** One cell's count, as the statistics read it. */
export interface FactCount {
  fact: Fact;
  /** An inspection that found a problem (outcome other than no_problem): 1; else 0. */
  bad: number;
  industrySection: string;
  regionCode: string;
  n: number;
}

/**
 * Who a fact belongs to: a department code; for a listing its deciding authority in words (as credit_listings holds
 * it). `cell`: counted per town, industry section and risk class of its entity (joined to the register).
 */
const FACT_SOURCES: Record<Fact | MonthlyFact, { table: string; at: string; isDate: boolean; party: string; kind: string; bad: string; where: string; cell: boolean }> = {
  inspection: { table: 'inspections', at: 'dueAt', isDate: false, party: 'x.departmentCode', kind: 'x.kind', bad: "CASE WHEN x.outcome <> 'no_problem' THEN 1 ELSE 0 END", where: "x.status = 'completed'", cell: true },
  warning: { table: 'warnings', at: 'raisedAt', isDate: false, party: 'x.departmentCode', kind: "''", bad: '0', where: '1 = 1', cell: true },
  listing: { table: 'credit_listings', at: 'listedOn', isDate: true, party: 'x.authority', kind: "''", bad: '0', where: '1 = 1', cell: true },
  notice: { table: 'notifications', at: 'pushedAt', isDate: false, party: "COALESCE(x.departmentCode, '')", kind: "COALESCE(x.decision, '')", bad: '0', where: '1 = 1', cell: false },
  registerChange: { table: 'registration_events', at: 'occurredAt', isDate: false, party: "''", kind: 'x.action', bad: '0', where: "x.action IN ('change', 'deregister')", cell: false },
  establishment: { table: 'entities', at: 'establishedOn', isDate: true, party: "''", kind: "''", bad: '0', where: '1 = 1', cell: false },
};
/** A constant column (a kind or `bad` a fact has not): left out of the GROUP BY, where a bare 0 would name column 0. */
const CONSTANT = /^('.*'|\d+)$/;
const CELL = { industrySection: "COALESCE(SUBSTR(e.industryCode, 1, 1), '')", regionCode: "COALESCE(e.regionCode, '')", riskClass: "COALESCE(e.riskClass, '')" };

/** A fact's rows in [from, to] (Shanghai dates), grouped by `bucket` (months) and, joined to the register, the cell of a fact that has one. */
function factQuery(fact: Fact | MonthlyFact, from: string, to: string, months: string[] | null, filter: { party?: string | null; kind?: string }) {
  const f = FACT_SOURCES[fact];
  const column = `x.${f.at}`;
  const bucket = months ? periodBuckets(column, months, (m) => (f.isDate ? `${m}-01` : startOfShanghaiDay(`${m}-01`))) : { sql: 'ABS(0)', params: [] };
  const range = f.isDate ? [from, to] : [startOfShanghaiDay(from), startOfShanghaiDayAfter(to)];
  const cell = Object.entries(CELL).map(([k, sql]) => `${f.cell ? sql : "''"} AS ${k}`).join(', ');
  const extra = [...(filter.party ? [`${f.party} = ?`] : []), ...(filter.kind !== undefined ? [`${f.kind} = ?`] : [])];
  return {
    sql: `SELECT ${bucket.sql} AS m, ${f.party} AS party, ${f.kind} AS kind, ${f.bad} AS bad, ${cell}, COUNT(*) AS n
          FROM ${f.table} x${f.cell ? ' JOIN entities e ON e.creditCode = x.creditCode' : ''}
          WHERE ${[f.where, `${column} >= ?`, `${column} ${f.isDate ? '<=' : '<'} ?`, ...extra].join(' AND ')}
          GROUP BY ${[bucket.sql, f.party, f.kind, f.bad].filter((g) => !CONSTANT.test(g)).concat(f.cell ? Object.values(CELL) : []).join(', ')}`,
    params: [...bucket.params, ...range, ...(filter.party ? [filter.party] : []), ...(filter.kind !== undefined ? [filter.kind] : []), ...bucket.params],
  };
}

/** Counts every fact again, all months, for the register's refresh (db/entityTallies.ts). A plain read. */
export async function countAllFacts(db: Db): Promise<Array<Record<string, unknown>>> {
  const rows: Array<Record<string, unknown>> = [];
  for (const fact of [...FACTS, ...MONTHLY_FACTS]) {
    const f = FACT_SOURCES[fact];
    const [span] = await db.select<any>(`SELECT MIN(${f.at}) AS first, MAX(${f.at}) AS last FROM ${f.table}`);
    if (!span?.first) continue;
    const day = (v: unknown) => (f.isDate ? String(v).slice(0, 10) : shanghaiDate(timeOf(v)));
    const months = monthsOf(day(span.first), day(span.last), Number.MAX_SAFE_INTEGER);
    const q = factQuery(fact, `${months[0]}-01`, lastDayOfMonth(months[months.length - 1]), months, {});
    for (const x of await db.select<any>(q.sql, q.params)) {
      rows.push({ fact, month: months[Number(x.m)], party: String(x.party), kind: String(x.kind), bad: Number(x.bad), industrySection: x.industrySection, regionCode: x.regionCode, riskClass: x.riskClass, n: Number(x.n) });
    }
  }
  rows.push(...(await countCheckItems(db, null)), ...(await countCoverage(db)));
  return rows;
}

/** The completed random inspections' results per check item, per month (all months: `range` null) or in one range. */
async function countCheckItems(db: Db, range: { from: string; to: string; party?: string | null } | null): Promise<Array<Record<string, unknown>>> {
  let from = range?.from;
  let to = range?.to;
  let months: string[] | null = null;
  if (!range) {
    const [span] = await db.select<any>("SELECT MIN(dueAt) AS first, MAX(dueAt) AS last FROM inspections WHERE kind = 'random' AND status = 'completed'");
    if (!span?.first) return [];
    const day = (v: unknown) => shanghaiDate(timeOf(v));
    months = monthsOf(day(span.first), day(span.last), Number.MAX_SAFE_INTEGER);
    from = `${months[0]}-01`;
    to = lastDayOfMonth(months[months.length - 1]);
  }
  const j = jsonItems(db, 'i.results', '$', ['checkItemCode', 'result']);
  const item = j.field('checkItemCode');
  const result = j.field('result');
  const bucket = months ? periodBuckets('i.dueAt', months, (m) => startOfShanghaiDay(`${m}-01`)) : { sql: 'ABS(0)', params: [] };
  const bad = `CASE WHEN ${result} = 'non_compliant' THEN 1 ELSE 0 END`;
  const party = range?.party ? ' AND i.departmentCode = ?' : '';
  const found = await db.select<any>(
    `SELECT ${bucket.sql} AS m, i.departmentCode AS party, ${item} AS kind, ${bad} AS bad, COUNT(*) AS n FROM inspections i, ${j.from}
     WHERE i.kind = 'random' AND i.status = 'completed' AND i.dueAt >= ? AND i.dueAt < ?${party} AND ${result} IN ('compliant', 'non_compliant')
     GROUP BY ${bucket.sql}, i.departmentCode, ${item}, ${bad}`,
    [...bucket.params, startOfShanghaiDay(from!), startOfShanghaiDayAfter(to!), ...(range?.party ? [range.party] : []), ...bucket.params],
  );
  return found.map((x) => ({ fact: 'checkItem', month: months ? months[Number(x.m)] : '', party: String(x.party), kind: String(x.kind), bad: Number(x.bad), industrySection: '', regionCode: '', riskClass: '', n: Number(x.n) }));
}

/** The distinct entities completed random inspections due in each year reached, per department and for all ('*'), per risk class. */
async function countCoverage(db: Db): Promise<Array<Record<string, unknown>>> {
  const [span] = await db.select<any>("SELECT MIN(dueAt) AS first, MAX(dueAt) AS last FROM inspections WHERE kind = 'random' AND status = 'completed'");
  if (!span?.first) return [];
  const year = (v: unknown) => Number(shanghaiDate(timeOf(v)).slice(0, 4));
  const years: string[] = [];
  for (let y = year(span.first); y <= year(span.last); y++) years.push(String(y));
  const bucket = periodBuckets('i.dueAt', years, (y) => startOfShanghaiDay(`${y}-01-01`));
  const rows: Array<Record<string, unknown>> = [];
  for (const party of ['i.departmentCode', "'*'"]) {
    const found = await db.select<any>(
      `SELECT ${bucket.sql} AS m, ${party} AS party, e.riskClass AS riskClass, COUNT(DISTINCT i.creditCode) AS n FROM inspections i JOIN entities e ON e.creditCode = i.creditCode
       WHERE i.kind = 'random' AND i.status = 'completed' GROUP BY ${bucket.sql}${party === "'*'" ? '' : `, ${party}`}, e.riskClass`,
      [...bucket.params, ...bucket.params],
    );
    for (const x of found) rows.push({ fact: 'coverage', month: years[Number(x.m)], party: String(x.party), kind: '', bad: 0, industrySection: '', regionCode: '', riskClass: String(x.riskClass ?? ''), n: Number(x.n) });
  }
  return rows;
}

/**
 * Per check item, of the completed random inspections due in [from, to] (one department's, or all): how often it
 * was found compliant (bad 0) and non-compliant (bad 1). Whole months from the tallies, the rest live.
 */
export async function checkItemCounts(db: Db, from: string, to: string, party: string | null): Promise<Array<{ checkItemCode: string; bad: number; n: number }>> {
  const { whole, edges } = splitIntoMonths(from, to);
  const tallied = whole
    ? db.select<any>(
        `SELECT kind, bad, SUM(n) AS n FROM fact_tallies WHERE fact = 'checkItem' AND month >= ? AND month <= ?${party ? ' AND party = ?' : ''} GROUP BY kind, bad`,
        [whole.first, whole.last, ...(party ? [party] : [])],
      )
    : Promise.resolve([]);
  const parts = await Promise.all([tallied, ...edges.map((e) => countCheckItems(db, { ...e, party }))]);
  return parts.flat().map((x: any) => ({ checkItemCode: String(x.kind), bad: Number(x.bad), n: Number(x.n) }));
}

/** The distinct entities completed random inspections due in `year` reached, per risk class (one department's, or all), as of the count. */
export async function coverageCounts(db: Db, year: string, party: string | null): Promise<Map<string, number>> {
  const rows = await db.select<any>(`SELECT riskClass, n FROM fact_tallies WHERE fact = 'coverage' AND month = ? AND party = ?`, [year, party ?? '*']);
  return new Map(rows.map((x) => [String(x.riskClass), Number(x.n)]));
}

/** Replaces the fact tallies (in the register's refresh transaction). */
export async function replaceFactTallies(db: Db, rows: Array<Record<string, unknown>>, transaction: Transaction): Promise<void> {
  await db.execute('DELETE FROM fact_tallies', [], { transaction });
  for (let i = 0; i < rows.length; i += 2000) await db.models.fact_tallies.bulkCreate(rows.slice(i, i + 2000), { transaction });
}

/**
 * One fact's counts per cell in a period [from, to] (Shanghai dates): the whole months from the tallies, the days
 * before and after them live. `party`: one department's (a listing: one authority's); `kind`: one inspection kind.
 */
export async function factCounts(db: Db, fact: Fact, from: string, to: string, filter: { party?: string | null; kind?: string } = {}): Promise<FactCount[]> {
  const { whole, edges } = splitIntoMonths(from, to);
  const where = [...(filter.party ? ['party = ?'] : []), ...(filter.kind !== undefined ? ['kind = ?'] : [])];
  const tallied = whole
    ? db.select<any>(
        `SELECT bad, industrySection, regionCode, SUM(n) AS n FROM fact_tallies WHERE fact = ? AND month >= ? AND month <= ?${where.map((w) => ` AND ${w}`).join('')}
         GROUP BY bad, industrySection, regionCode`,
        [fact, whole.first, whole.last, ...(filter.party ? [filter.party] : []), ...(filter.kind !== undefined ? [filter.kind] : [])],
      )
    : Promise.resolve([]);
  const live = edges.map((e) => {
    const q = factQuery(fact, e.from, e.to, null, filter);
    return db.select<any>(q.sql, q.params);
  });
  const parts = await Promise.all([tallied, ...live]);
  return parts.flat().map((x) => ({ fact, bad: Number(x.bad), industrySection: String(x.industrySection), regionCode: String(x.regionCode), n: Number(x.n) }));
}

/**
 * A monthly fact's counts per month, party and kind in a period [from, to] (Shanghai dates): the whole months from
 * the tallies, the days before and after them live. `party`: one department's notices.
 */
export async function monthlyCounts(db: Db, fact: MonthlyFact, from: string, to: string, party: string | null = null): Promise<Array<{ month: string; party: string; kind: string; n: number }>> {
  const { whole, edges } = splitIntoMonths(from, to);
  const tallied = whole
    ? db.select<any>(`SELECT month, party, kind, SUM(n) AS n FROM fact_tallies WHERE fact = ? AND month >= ? AND month <= ?${party ? ' AND party = ?' : ''} GROUP BY month, party, kind`, [
        fact, whole.first, whole.last, ...(party ? [party] : []),
      ])
    : Promise.resolve([]);
  const live = edges.map(async (e) => {
    const months = monthsOf(e.from, e.to, Number.MAX_SAFE_INTEGER);
    const q = factQuery(fact, e.from, e.to, months, { party });
    return (await db.select<any>(q.sql, q.params)).map((x) => ({ ...x, month: months[Number(x.m)] }));
  });
  const parts = await Promise.all([tallied, ...live]);
  return parts.flat().map((x) => ({ month: String(x.month), party: String(x.party), kind: String(x.kind), n: Number(x.n) }));
}
