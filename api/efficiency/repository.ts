import { Op, type WhereOptions } from 'sequelize';
import type { Db } from '../../db';
import { loadWorkingDayCalendar } from '../../db/calendar';
import { peopleOf } from '../../db/people';
import type { TaskType } from '../../domain/tasks';
import { endOfShanghaiDay } from '../../domain/workingDays';
import { departmentNames } from '../lists';

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
const OPEN = ['open', 'claimed'];

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

const at = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));
const ATTRIBUTES = ['type', 'status', 'departmentCode', 'assigneeUsername', 'dueAt', 'escalationLevel', 'createdAt', 'completedAt'];

async function facts(db: Db, where: WhereOptions): Promise<TaskFacts[]> {
  const rows = (await db.models.tasks.findAll({ where, attributes: ATTRIBUTES, raw: true })) as any[];
  return rows.map((r) => ({ ...r, escalationLevel: Number(r.escalationLevel), dueAt: at(r.dueAt), createdAt: at(r.createdAt), completedAt: r.completedAt ? at(r.completedAt) : null }));
}

/** The period as instants: from the start of `from` to the end of `to`, Shanghai days. */
export function periodWhere(from?: string, to?: string): WhereOptions {
  const range: Record<symbol, Date> = {};
  if (from) range[Op.gte] = new Date(`${from}T00:00:00+08:00`);
  if (to) range[Op.lte] = endOfShanghaiDay(to);
  return from || to ? { createdAt: range } : {};
}

const groupKey = (by: GroupBy, t: Pick<TaskFacts, 'departmentCode' | 'assigneeUsername'>) =>
  by === 'department' ? (t.departmentCode ?? '') : t.assigneeUsername ? `@${t.assigneeUsername}` : `-${t.departmentCode ?? ''}`;

/** Names for the groups' keys: departments by name, people by name with their own department. */
async function namedGroups(db: Db, by: GroupBy, keys: string[]): Promise<(key: string) => Group> {
  const departmentName = await departmentNames(db);
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

/** The median (the mean of the middle two of an even count) and the 90th percentile (nearest rank) of whole working days. */
export function medianAndP90(values: number[]): { median: number | null; p90: number | null } {
  if (values.length === 0) return { median: null, p90: null };
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, p90: v[Math.ceil(0.9 * v.length) - 1] };
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
  const calendar = await loadWorkingDayCalendar(db);
  const tasks = await facts(db, { [Op.and]: [periodWhere(f.from, f.to), ...departmentWhere(f)] });
  const groups = new Map<string, { key: string; type: TaskType; row: Omit<EfficiencyRow, keyof Group | 'taskType' | 'medianWorkingDays' | 'p90WorkingDays'>; days: number[] }>();
  for (const t of tasks) {
    const key = groupKey(f.by, t);
    const id = `${key}|${t.type}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { key, type: t.type, row: { received: 0, completed: 0, onTime: 0, overdue: 0, openOverdue: 0, escalated: 0 }, days: [] }));
    g.row.received++;
    if (t.status === 'completed' && t.completedAt) {
      g.row.completed++;
      if (t.completedAt.getTime() <= t.dueAt.getTime()) g.row.onTime++;
      else g.row.overdue++;
      g.days.push(calendar.workingDaysBetween(t.createdAt, t.completedAt));
    }
    if (OPEN.includes(t.status) && t.dueAt.getTime() < now.getTime()) g.row.openOverdue++;
    if (t.escalationLevel > 0) g.row.escalated++;
  }
  const named = await namedGroups(db, f.by, [...new Set([...groups.values()].map((g) => g.key))]);
  return [...groups.entries()]
    .map(([id, g]) => {
      const { median, p90 } = medianAndP90(g.days);
      return { ...named(g.key), id, taskType: g.type, ...g.row, medianWorkingDays: median, p90WorkingDays: p90 };
    })
    .sort(byGroupThenType);
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
  const tasks = await facts(db, { [Op.and]: [{ status: OPEN, dueAt: { [Op.gte]: now, [Op.lte]: horizons[5] } }, ...departmentWhere(f)] });
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
