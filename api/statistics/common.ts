import type { Db } from '../../db';
import { entityTallies, talliesAsOf } from '../../db/entityTallies';
import { startOfShanghaiDay, startOfShanghaiDayAfter } from '../../domain/workingDays';
export { jsonItems, jsonValue } from '../../db/json';

// What every statistic (api/statistics/*.ts) is made of: sections of rows with their columns, the period and
// department a request asks for, and the small helpers that turn GROUP BY answers into rows.

/** `amount`: a sum of money in yuan, shown in the table but not drawn beside counts. */
export type ColumnType = 'text' | 'number' | 'percent' | 'amount';

/**
 * The lists a click on a bar or a heat cell opens, and the filters each takes (the list's own query parameters).
 * `efficiency-tasks` is the task list (GET /tasks) as leaders read it.
 */
export const DRILL_RESOURCES = ['entities', 'cases', 'credit-listings', 'warnings', 'inspections', 'efficiency-tasks'] as const;
export const DRILL_FILTERS = [
  'region', 'industry', 'status', 'riskClass', 'department', 'listType', 'level', 'ruleCode', 'departmentCode', 'outcome', 'kind',
  'type', 'establishedFrom', 'establishedTo', 'filedFrom', 'filedTo', 'decidedFrom', 'decidedTo', 'penaltyKind', 'nonCompliantItem', 'createdFrom', 'createdTo', 'raisedFrom', 'raisedTo', 'listedFrom', 'listedTo',
] as const;
/**
 * A row's own period (a month row) is two row fields, `from` and `to` (the month's first and last day within the
 * statistic's period: rowPeriod), named by `filter`/`key` and `also` like any other row field.
 */
export interface Drill {
  resource: (typeof DRILL_RESOURCES)[number];
  filter: (typeof DRILL_FILTERS)[number];
  /** The row field holding the filter's value; the row's `id` when absent. */
  key?: string;
  /** Further filters, each from a field of the row (a heat cell: its town and its industry section). */
  also?: Array<{ filter: (typeof DRILL_FILTERS)[number]; key: string }>;
  /** Filters that hold for every row (the spot checks' inspections: `kind` random). */
  fixed?: Partial<Record<(typeof DRILL_FILTERS)[number], string>>;
  /** The list's filters that take the statistic's period, first and last day (the inspections: due from, due to). */
  period?: { from: string; to: string };
  /**
   * The column whose number the opened list holds, row by row, when the row has several (a month's registrations,
   * not its changes); absent: the list is the row's things as such (a town's entities, a level's warnings).
   */
  column?: string;
}
export interface StatColumn {
  key: string;
  /** The Chinese header (the workbook's; the UI translates the key). */
  title: string;
  type: ColumnType;
}
export interface StatRow {
  /** The code the row stands for (a region code, a status, a month): the drill-down filter's value. */
  id: string;
  label: string;
  [key: string]: string | number | null;
}
export interface StatSection {
  key: string;
  title: string;
  chart: 'bar' | 'pie' | 'line' | 'heatmap';
  columns: StatColumn[];
  rows: StatRow[];
  /** A click on a bar opens this list filtered by `filter` = the row's id (absent: no such list). */
  drill?: Drill;
  /** A heat matrix: the row fields naming each cell's column (x) and row (y). */
  axes?: { x: string; y: string };
  /** Counted from the register's tallies (db/entityTallies.ts): when they were counted (ISO time)… */
  asOf?: string;
  /** …and how often a Schedule counts them (REGISTER_TALLY_MINUTES), so a reader knows how far they may lag. */
  countedEveryMinutes?: number;
}
export interface StatScope {
  /** Inclusive dates YYYY-MM-DD (Shanghai). */
  from: string;
  to: string;
  /** Null: every department. */
  department: string | null;
  now: Date;
  /** How often the Schedule counts the register (REGISTER_TALLY_MINUTES). */
  tallyMinutes: number;
}

/**
 * The register's tallies for a statistic, with the stamp its sections carry. Tallies three Schedule intervals old
 * (the Schedule late or stopped) are counted again first.
 */
export async function registerTallies(db: Db, s: StatScope) {
  const tallies = await entityTallies(db, s.tallyMinutes * 3 * 60, s.now);
  return { ...tallies, stamp: tallyStamp(tallies.asOf, s) };
}

/** The stamp alone, for a statistic that reads the facts' tallies but not the register's (they are counted together). */
export async function registerStamp(db: Db, s: StatScope) {
  return tallyStamp(await talliesAsOf(db, s.tallyMinutes * 3 * 60, s.now), s);
}

const tallyStamp = (asOf: Date, s: StatScope) => ({ asOf: asOf.toISOString(), countedEveryMinutes: s.tallyMinutes });


/** GB/T 4754-2017 sections (门类) by letter: an industry code's first letter. */
export const INDUSTRY_SECTION_NAMES: Record<string, string> = {
  A: '农、林、牧、渔业', B: '采矿业', C: '制造业', D: '电力、热力、燃气及水生产和供应业', E: '建筑业', F: '批发和零售业', G: '交通运输、仓储和邮政业',
  H: '住宿和餐饮业', I: '信息传输、软件和信息技术服务业', J: '金融业', K: '房地产业', L: '租赁和商务服务业', M: '科学研究和技术服务业',
  N: '水利、环境和公共设施管理业', O: '居民服务、修理和其他服务业', P: '教育', Q: '卫生和社会工作', R: '文化、体育和娱乐业', S: '公共管理、社会保障和社会组织', T: '国际组织',
};
export const industryName = (letter: string | null) => (letter && INDUSTRY_SECTION_NAMES[letter.toUpperCase()]) || '未分类';

export const num = (v: unknown) => Number(v ?? 0);
/** A share in percent with one decimal, null when there is nothing to divide. */
export const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);
/**
 * Counts split by `bad` (1: found non-compliant, 0: not; db/factTallies.ts) folded per key: how many in all, and
 * of them how many non-compliant.
 */
export function complianceBy<T extends { bad: number; n: number }>(rows: Iterable<T>, keyOf: (row: T) => string): Map<string, { total: number; nonCompliant: number }> {
  const out = new Map<string, { total: number; nonCompliant: number }>();
  for (const x of rows) {
    const c = out.get(keyOf(x)) ?? { total: 0, nonCompliant: 0 };
    c.total += x.n;
    c.nonCompliant += x.bad * x.n;
    out.set(keyOf(x), c);
  }
  return out;
}
export const col = (key: string, title: string, type: ColumnType = 'number'): StatColumn => ({ key, title, type });
export const LABEL = (title: string) => col('label', title, 'text');

/** The start of a Shanghai day as an instant. */
export const dayStart = startOfShanghaiDay;
/** The instant after a Shanghai day (an exclusive upper bound). */
export const dayAfter = startOfShanghaiDayAfter;

export async function names(db: Db, table: 'departments' | 'regions'): Promise<Map<string, string>> {
  return new Map(((await db.models[table].findAll({ attributes: ['code', 'name'], raw: true })) as any[]).map((d) => [d.code, d.name as string]));
}

/** A month row's own period within the statistic's: its first and last day (YYYY-MM-DD), as the row's `from` and `to`. */
export function rowPeriod(month: string, s: { from: string; to: string }): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  return { from: s.from > `${month}-01` ? s.from : `${month}-01`, to: s.to < last ? s.to : last };
}

export { monthsOf, periodBuckets } from '../../db/periods';

/** The drill's fixed filter for the statistic's department (`filter`: the list's name for it), when one is asked for. */
export const departmentDrill = (s: StatScope, filter: 'department' | 'departmentCode'): Drill['fixed'] => (s.department ? { [filter]: s.department } : undefined);

/** A department filter on `column` (empty when the scope is every department) and its parameters. */
export const departmentOf = (s: StatScope, column: string) => ({ sql: s.department ? ` AND ${column} = ?` : '', params: s.department ? [s.department] : [] });

/** Sorts rows by numbers, largest first (the first key, then the next), then by id, so equal rows keep one order on every database. */
export const byLargest =
  (...keys: string[]) =>
  (a: StatRow, b: StatRow) =>
    keys.reduce((order, key) => order || Number(b[key] ?? 0) - Number(a[key] ?? 0), 0) || a.id.localeCompare(b.id);
