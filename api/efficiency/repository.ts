import { Op, type WhereOptions } from 'sequelize';
import { timeOf, type Db } from '../../db';
import { loadWorkingDayCalendar } from '../../db/calendar';
import { peopleOf } from '../../db/people';
import { OPEN_TASK_STATUSES, type TaskType } from '../../domain/tasks';
import { departmentLabeller } from '../lists';
import { rate } from '../statistics/common';
import { countTasks } from '../../db/taskTallies';
import { lastDayOfMonth } from '../../db/periods';

// 监管效能监督 (F8): how each department and each person handles its tasks, read from the one task model
// (DESIGN.md rule 4), and which open tasks will be overdue within the next 1, 3 and 5 working days.

export type GroupBy = 'department' | 'person';

export interface EfficiencyFilter {
  by: GroupBy;
  taskType?: TaskType;
  /** A department code; a supervisor outside the district office is held to their own. */
  department?: string;
  /** Shanghai calendar dates (YYYY-MM-DD) on createdAt, both included. */
  from?: string;
  to?: string;
}

/** Who a row is about: a department, or a person (null for tasks nobody holds) with the task's department. */
export interface Group {
  id: string;
  department: { code: string; name: string } | null;
  person: { username: string; displayName: string; department: { code: string; name: string } } | null;
}

export interface EfficiencyRow extends Group {
  taskType: TaskType;
  received: number;
  completed: number;
  onTime: number;
  overdue: number;
  openOverdue: number;
  escalated: number;
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
}

export interface ForecastRow extends Group {
  within1: number;
  within3: number;
  within5: number;
}

export const FORECAST_HORIZONS = [1, 3, 5] as const;

interface TaskFacts {
  type: TaskType;
  status: string;
  departmentCode: string | null;
  assigneeUsername: string | null;
  dueAt: Date;
  escalationLevel: number;
  createdAt: Date;
  completedAt: Date | null;
}

const ATTRIBUTES = ['type', 'status', 'departmentCode', 'assigneeUsername', 'dueAt', 'escalationLevel', 'createdAt', 'completedAt'];

async function facts(db: Db, where: WhereOptions): Promise<TaskFacts[]> {
  const rows = (await db.models.tasks.findAll({ where, attributes: ATTRIBUTES, raw: true })) as any[];
  return rows.map((r) => ({ ...r, escalationLevel: Number(r.escalationLevel), dueAt: timeOf(r.dueAt), createdAt: timeOf(r.createdAt), completedAt: r.completedAt ? timeOf(r.completedAt) : null }));
}

const groupKey = (by: GroupBy, t: Pick<TaskFacts, 'departmentCode' | 'assigneeUsername'>) =>
  by === 'department' ? (t.departmentCode ?? '') : t.assigneeUsername ? `@${t.assigneeUsername}` : `-${t.departmentCode ?? ''}`;

/** Names for the groups' keys: departments by name, people by name with their own department. */
async function namedGroups(db: Db, by: GroupBy, keys: string[]): Promise<(key: string) => Group> {
  const departmentName = await departmentLabeller(db);
  const dept = (code: string) => (code ? { code, name: departmentName(code) } : null);
  const people = await peopleOf(db, keys.filter((k) => k.startsWith('@')).map((k) => k.slice(1)));
  return (key) => {
    if (by === 'department') return { id: key, department: dept(key), person: null };
    if (key.startsWith('@')) {
      const person = people.get(key.slice(1))!;
      return { id: key, department: person.department.code ? person.department : null, person };
    }
    return { id: key, department: dept(key.slice(1)), person: null };
  };
}

/** The median (the mean of the middle two of an even count) and the 90th percentile (nearest rank) of whole working days, given as [value, how many times] pairs in any order. */
export function medianAndP90(counts: Array<[number, number]>): { median: number | null; p90: number | null } {
  const sorted = counts.filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return { median: null, p90: null };
  /** The value at 0-based rank k. */
  const at = (k: number) => {
    let seen = 0;
    for (const [v, n] of sorted) if ((seen += n) > k) return v;
    return sorted[sorted.length - 1][0];
  };
  const mid = Math.floor(total / 2);
  return { median: total % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2, p90: at(Math.ceil(0.9 * total) - 1) };
}

const departmentWhere = (f: { taskType?: TaskType; department?: string }): WhereOptions[] => [
  ...(f.taskType ? [{ type: f.taskType }] : []),
  ...(f.department ? [{ departmentCode: f.department }] : []),
];

/**
 * Per group and task type: received (created in the period, whatever became of it), completed, on time
 * (completed by the due time), overdue (completed after it), open and overdue now, escalated (level > 0),
 * and the median and p90 handling time: working days after the day it was created up to the day it was
 * completed, on the official calendar with the district's overrides (0 for a task done the day it came).
 */
export async function efficiency(db: Db, f: EfficiencyFilter, now = new Date()): Promise<EfficiencyRow[]> {
  // The counts per group, type and handling time (db/taskTallies.ts: the settled tasks' tallies and the rest
  // live), so each group's handling times come as a histogram of whole working days.
  const counts = await countTasks(db, { from: f.from, to: f.to, types: f.taskType ? [f.taskType] : undefined, department: f.department, byPerson: f.by === 'person' }, now);
  const groups = new Map<string, { key: string; type: TaskType; row: Omit<EfficiencyRow, keyof Group | 'taskType' | 'medianWorkingDays' | 'p90WorkingDays'>; days: Array<[number, number]> }>();
  for (const c of counts) {
    const key = groupKey(f.by, { departmentCode: c.department, assigneeUsername: c.assignee });
    const id = `${key}|${c.type}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { key, type: c.type as TaskType, row: { received: 0, completed: 0, onTime: 0, overdue: 0, openOverdue: 0, escalated: 0 }, days: [] }));
    g.row.received += c.received;
    g.row.completed += c.completed;
    g.row.onTime += c.onTime;
    g.row.overdue += c.completed - c.onTime;
    g.row.openOverdue += c.openOverdue;
    g.row.escalated += c.escalated;
    if (c.handlingWorkingDays !== null && c.completed > 0) g.days.push([c.handlingWorkingDays, c.completed]);
  }
  const named = await namedGroups(db, f.by, [...new Set([...groups.values()].map((g) => g.key))]);
  return [...groups.entries()]
    .map(([id, g]) => {
      const { median, p90 } = medianAndP90(g.days);
      return { ...named(g.key), id, taskType: g.type, ...g.row, medianWorkingDays: median, p90WorkingDays: p90 };
    })
    .sort(byGroupThenType);
}

export type TrendInterval = 'week' | 'month';

export interface TrendRow {
  /** The week's Monday (YYYY-MM-DD) or the month (YYYY-MM). */
  id: string;
  label: string;
  received: number;
  completed: number;
  onTime: number;
  overdue: number;
  onTimeRate: number | null;
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
}

/** At most this many weeks or months in a trend (a year of weeks). */
export const TREND_PERIODS = 53;
const DAY_MS = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`);
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The weeks (their Mondays) or months from `from`'s to `to`'s; more than TREND_PERIODS answers null. */
export function trendPeriods(interval: TrendInterval, from: string, to: string): string[] | null {
  const out: string[] = [];
  if (interval === 'week') {
    const first = dayOf(from) - ((new Date(dayOf(from)).getUTCDay() + 6) % 7) * DAY_MS;
    for (let d = first; d <= dayOf(to); d += 7 * DAY_MS) if (out.push(dateOf(d)) > TREND_PERIODS) return null;
  } else {
    let [y, m] = from.slice(0, 7).split('-').map(Number);
    for (let k = from.slice(0, 7); k <= to.slice(0, 7); k = `${y}-${String(m).padStart(2, '0')}`) {
      if (out.push(k) > TREND_PERIODS) return null;
      if (++m > 12) { m = 1; y += 1; }
    }
  }
  return out;
}

/** The default period of a trend: the last 12 weeks or 12 months up to today (Shanghai). */
export function defaultTrendFrom(interval: TrendInterval, to: string): string {
  if (interval === 'week') return dateOf(dayOf(to) - 11 * 7 * DAY_MS);
  const [y, m] = to.slice(0, 7).split('-').map(Number);
  const back = y * 12 + (m - 1) - 11;
  return `${Math.floor(back / 12)}-${String((back % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * Weekly or monthly: of the tasks created in each week (Monday to Sunday, Shanghai) or month, whole weeks or
 * months from the one `from` falls in to the one `to` falls in, how many were received, completed, on time and late, and the median and p90 handling time, for a department or every one
 * and one task type or every one: is handling getting faster or slower.
 */
export async function trend(db: Db, f: { interval: TrendInterval; from: string; to: string; taskType?: TaskType; department?: string }): Promise<TrendRow[]> {
  const periods = trendPeriods(f.interval, f.from, f.to) ?? [];
  // Whole weeks or months: from the first one's first day to the last one's last day.
  const lastDay = (p: string) => (f.interval === 'week' ? dateOf(dayOf(p) + 6 * DAY_MS) : lastDayOfMonth(p));
  const firstDays = periods.map((p) => (f.interval === 'week' ? p : `${p}-01`));
  const counts = await countTasks(db, { from: firstDays[0], to: lastDay(periods[periods.length - 1]), types: f.taskType ? [f.taskType] : undefined, department: f.department, periods: firstDays });
  const sums = periods.map(() => ({ received: 0, completed: 0, onTime: 0, days: [] as Array<[number, number]> }));
  for (const c of counts) {
    const s = sums[c.period];
    s.received += c.received;
    s.completed += c.completed;
    s.onTime += c.onTime;
    if (c.handlingWorkingDays !== null && c.completed > 0) s.days.push([c.handlingWorkingDays, c.completed]);
  }
  return periods.map((p, i) => {
    const s = sums[i];
    const { median, p90 } = medianAndP90(s.days);
    const md = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`;
    const label = f.interval === 'week' ? `${md(p)}–${md(lastDay(p))}` : `${p.slice(0, 4)}年${Number(p.slice(5))}月`;
    return { id: p, label, received: s.received, completed: s.completed, onTime: s.onTime, overdue: s.completed - s.onTime, onTimeRate: rate(s.onTime, s.completed), medianWorkingDays: median, p90WorkingDays: p90 };
  });
}

function byGroupThenType(a: EfficiencyRow | ForecastRow, b: EfficiencyRow | ForecastRow): number {
  const name = (r: Group) => `${r.department?.code ?? '~'} ${r.person?.displayName ?? '~'}`;
  return name(a).localeCompare(name(b), 'zh-CN') || ('taskType' in a && 'taskType' in b ? a.taskType.localeCompare(b.taskType) : 0);
}

/** The ends of the next 1, 3 and 5 working days after today (Shanghai, official calendar with overrides). */
export async function forecastHorizons(db: Db, now = new Date()): Promise<Record<(typeof FORECAST_HORIZONS)[number], Date>> {
  const calendar = await loadWorkingDayCalendar(db);
  return { 1: calendar.addWorkingDays(now, 1), 3: calendar.addWorkingDays(now, 3), 5: calendar.addWorkingDays(now, 5) };
}

/**
 * The open tasks not yet overdue that will be by the end of the next 1, 3 and 5 working days (each count
 * holds the shorter ones), per department or person: who to chase before the escalation comes.
 */
export async function forecast(db: Db, f: Omit<EfficiencyFilter, 'from' | 'to'>, now = new Date()): Promise<{ horizons: Record<string, Date>; data: ForecastRow[] }> {
  const horizons = await forecastHorizons(db, now);
  const tasks = await facts(db, { [Op.and]: [{ status: OPEN_TASK_STATUSES, dueAt: { [Op.gte]: now, [Op.lte]: horizons[5] } }, ...departmentWhere(f)] });
  const groups = new Map<string, { within1: number; within3: number; within5: number }>();
  for (const t of tasks) {
    const key = groupKey(f.by, t);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { within1: 0, within3: 0, within5: 0 }));
    for (const n of FORECAST_HORIZONS) if (t.dueAt.getTime() <= horizons[n].getTime()) g[`within${n}`]++;
  }
  const named = await namedGroups(db, f.by, [...groups.keys()]);
  return { horizons, data: [...groups.entries()].map(([key, counts]) => ({ ...named(key), ...counts })).sort(byGroupThenType) };
}
