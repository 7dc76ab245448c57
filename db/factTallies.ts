import type { Transaction } from 'sequelize';
import type { Db } from './index';
import { shanghaiDate, startOfShanghaiDay, startOfShanghaiDayAfter } from '../domain/workingDays';
import { lastDayOfMonth, monthsOf, periodBuckets, splitIntoMonths } from './periods';

// What happened to the register, in counts (issue 11: "each dashboard answers in ≤ 1 s at 1,000,000 entities"):
// completed inspections, warnings and credit-list entries per month, party and the town/street, industry section
// and risk class of their entity. The hot spots and the spot checks' non-compliance by industry count these per
// cell; joining a year of them to a million entities row by row takes seconds (bench/dashboards.ts). They are
// counted with the register's tallies (db/entityTallies.ts), in the same run and with the same `asOf`, and like
// them hold each entity's town, industry and class as they were then. A statistic reads the whole months of its
// period from here and its partial first and last months live (factCounts below).

export const FACTS = ['inspection', 'warning', 'listing'] as const;
export type Fact = (typeof FACTS)[number];

/** One cell's count, as the statistics read it. */
export interface FactCount {
  fact: Fact;
  /** An inspection that found a problem (outcome other than no_problem): 1; else 0. */
  bad: number;
  industrySection: string;
  regionCode: string;
  n: number;
}

/** Who a fact belongs to: a department code; for a listing its deciding authority in words (as credit_listings holds it). */
const FACT_SOURCES: Record<Fact, { table: string; at: string; isDate: boolean; party: string; kind: string; bad: string; where: string }> = {
  inspection: { table: 'inspections', at: 'dueAt', isDate: false, party: 'x.departmentCode', kind: 'x.kind', bad: "CASE WHEN x.outcome <> 'no_problem' THEN 1 ELSE 0 END", where: "x.status = 'completed'" },
  warning: { table: 'warnings', at: 'raisedAt', isDate: false, party: 'x.departmentCode', kind: "''", bad: '0', where: '1 = 1' },
  listing: { table: 'credit_listings', at: 'listedOn', isDate: true, party: 'x.authority', kind: "''", bad: '0', where: '1 = 1' },
};
/** A constant column (a kind or `bad` a fact has not): left out of the GROUP BY, where a bare 0 would name column 0. */
const CONSTANT = /^('.*'|\d+)$/;
const CELL = { industrySection: "COALESCE(SUBSTR(e.industryCode, 1, 1), '')", regionCode: "COALESCE(e.regionCode, '')", riskClass: "COALESCE(e.riskClass, '')" };

/** A fact's rows joined to the register in [from, to] (Shanghai dates), grouped by `bucket` (months) and the cell. */
function factQuery(fact: Fact, from: string, to: string, months: string[] | null, filter: { party?: string | null; kind?: string }) {
  const f = FACT_SOURCES[fact];
  const column = `x.${f.at}`;
  const bucket = months ? periodBuckets(column, months, (m) => (f.isDate ? `${m}-01` : startOfShanghaiDay(`${m}-01`))) : { sql: 'ABS(0)', params: [] };
  const range = f.isDate ? [from, to] : [startOfShanghaiDay(from), startOfShanghaiDayAfter(to)];
  const cell = Object.entries(CELL).map(([k, sql]) => `${sql} AS ${k}`).join(', ');
  const extra = [...(filter.party ? [`${f.party} = ?`] : []), ...(filter.kind !== undefined ? [`${f.kind} = ?`] : [])];
  return {
    sql: `SELECT ${bucket.sql} AS m, ${f.party} AS party, ${f.kind} AS kind, ${f.bad} AS bad, ${cell}, COUNT(*) AS n
          FROM ${f.table} x JOIN entities e ON e.creditCode = x.creditCode
          WHERE ${[f.where, `${column} >= ?`, `${column} ${f.isDate ? '<=' : '<'} ?`, ...extra].join(' AND ')}
          GROUP BY ${[bucket.sql, f.party, f.kind, f.bad].filter((g) => !CONSTANT.test(g)).concat(Object.values(CELL)).join(', ')}`,
    params: [...bucket.params, ...range, ...(filter.party ? [filter.party] : []), ...(filter.kind !== undefined ? [filter.kind] : []), ...bucket.params],
  };
}

/** Counts every fact again, all months, for the register's refresh (db/entityTallies.ts). A plain read. */
export async function countAllFacts(db: Db): Promise<Array<Record<string, unknown>>> {
  const rows: Array<Record<string, unknown>> = [];
  for (const fact of FACTS) {
    const f = FACT_SOURCES[fact];
    const [span] = await db.select<any>(`SELECT MIN(${f.at}) AS first, MAX(${f.at}) AS last FROM ${f.table}`);
    if (!span?.first) continue;
    const day = (v: unknown) => (f.isDate ? String(v).slice(0, 10) : shanghaiDate(new Date(v instanceof Date ? v : String(v))));
    const months = monthsOf(day(span.first), day(span.last), Number.MAX_SAFE_INTEGER);
    const q = factQuery(fact, `${months[0]}-01`, lastDayOfMonth(months[months.length - 1]), months, {});
    for (const x of await db.select<any>(q.sql, q.params)) {
      rows.push({ fact, month: months[Number(x.m)], party: String(x.party), kind: String(x.kind), bad: Number(x.bad), industrySection: x.industrySection, regionCode: x.regionCode, riskClass: x.riskClass, n: Number(x.n) });
    }
  }
  return rows;
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
