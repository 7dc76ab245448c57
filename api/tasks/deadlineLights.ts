// Each open task's workingDaysLeft and light (CONTRACT.md), and the `light`/`dueSoon` filters as ranges on
// the indexed dueAt. The calendar overrides are read once per few seconds per database, never per task.
import { Op, type WhereOptions } from 'sequelize';
import type { Db } from '../../db';
import { loadWorkingDayCalendar } from '../../db/calendar';
import { cachedPerDb } from '../../db/cached';
import { deadlineLight, dueSoonWorkingDays, yellowUntil, type DueSoonPolicy, type Light } from '../../domain/deadlineLight';
import { OPEN_TASK_STATUSES, type TaskType } from '../../domain/tasks';

// An edited override shows within this long; a list of 500 tasks costs one query, not 500.
const CALENDAR_CACHE_MS = 10_000;
const DEFAULT_POLICY: DueSoonPolicy = { workingDays: 2, byType: {} };

// Per database, so that every reader of task views (routes, use cases, the benchmark) sees the same policy
// without threading it through each signature; taskRoutes registers the configured one.
const policies = new WeakMap<Db, DueSoonPolicy>();

export function useDueSoonPolicy(db: Db, policy: DueSoonPolicy): void {
  policies.set(db, policy);
}

const cachedCalendar = cachedPerDb(CALENDAR_CACHE_MS, (db) => loadWorkingDayCalendar(db));

export interface DeadlineClock {
  now: Date;
  /** workingDaysLeft and light of a task; null for a completed or cancelled one. */
  lightOf(task: { type: TaskType; status: string; dueAt: Date }): { workingDaysLeft: number | null; light: Light | null };
  /** Tasks with this light, as conditions on status, type and dueAt. */
  whereLight(light: Light): WhereOptions;
}

export async function deadlineClock(db: Db, now: Date): Promise<DeadlineClock> {
  const calendar = await cachedCalendar(db);
  const policy = policies.get(db) ?? DEFAULT_POLICY;
  // Task types grouped by their N: one dueAt range per group. The default group is every type not listed.
  const listed = Object.keys(policy.byType) as TaskType[];
  const groups: Array<{ type: WhereOptions; until: Date }> = [];
  for (const n of new Set(Object.values(policy.byType))) {
    groups.push({ type: { type: listed.filter((t) => policy.byType[t] === n) }, until: yellowUntil(calendar, now, n) });
  }
  groups.push({ type: listed.length ? { type: { [Op.notIn]: listed } } : {}, until: yellowUntil(calendar, now, policy.workingDays) });
  const anyGroup = (range: (until: Date) => WhereOptions): WhereOptions => ({ [Op.or]: groups.map((g) => ({ ...g.type, dueAt: range(g.until) })) });
  return {
    now,
    lightOf: (task) => (OPEN_TASK_STATUSES.includes(task.status) ? deadlineLight(calendar, task.dueAt, now, dueSoonWorkingDays(policy, task.type)) : { workingDaysLeft: null, light: null }),
    whereLight: (light) => {
      if (light === 'red') return { status: OPEN_TASK_STATUSES, dueAt: { [Op.lt]: now } };
      if (light === 'yellow') return { [Op.and]: [{ status: OPEN_TASK_STATUSES, dueAt: { [Op.gte]: now } }, anyGroup((until) => ({ [Op.lt]: until }))] };
      return { [Op.and]: [{ status: OPEN_TASK_STATUSES }, anyGroup((until) => ({ [Op.gte]: until }))] };
    },
  };
}
