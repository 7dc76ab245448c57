import { OPEN_TASK_STATUSES_SQL, timeOf, type Db } from './index';
import { endOfShanghaiDay, shanghaiDate, startOfShanghaiDay, startOfShanghaiDayAfter } from '../domain/workingDays';
import { lastDayOfMonth, monthsOf, periodBuckets, splitIntoMonths } from './periods';

// The task table in counts, for the efficiency board (api/efficiency) and the dual-notification statistic (issue
// 11: "each dashboard answers in ≤ 1 s at … 1,000,000 tasks"). Counting a year of a million tasks per department,
// person, type and handling time takes seconds (bench/dashboards.ts), so a Schedule (workflows/taskTallies.ts)
// counts the *settled* ones — completed or cancelled before a cut — per month of creation into `task_tallies`.
// A settled task never changes again (its department, assignee, dates and handling time are fixed; DESIGN.md
// rule 4's book only reassigns, escalates or completes open ones), so a tally stays right however old it is.
//
// A count is then exact, not "as of" anything: the tallies of the whole months in the period, plus, read live
// from `tasks`, every task of the period's partial first and last months and the whole months' tasks settled at
// or after the cut (few: tasks_status_completed); the whole months' open tasks come from their counts, kept in
// step with every write (db/openTaskCounts.ts).
//
// One bounded inexactness: a task's completedAt is the workflow's time, written by an activity that may run
// later (a worker down). A projection committed more than SETTLE_MARGIN_MS after its completion, across a count,
// is missed until the next count. The margin makes that need a worker away for longer than it.

export const SETTLE_MARGIN_MS = 5 * 60_000;
const SETTLED = "status IN ('completed', 'cancelled')";
const OPEN = `status IN (${OPEN_TASK_STATUSES_SQL})`;
/** Completed (not cancelled) with a completion time; and of those, by the due time. */
const COMPLETED = "CASE WHEN status = 'completed' AND completedAt IS NOT NULL THEN 1 ELSE 0 END";
const ON_TIME = "CASE WHEN status = 'completed' AND completedAt IS NOT NULL AND completedAt <= dueAt THEN 1 ELSE 0 END";
const ESCALATED = 'CASE WHEN escalationLevel > 0 THEN 1 ELSE 0 END';

export interface TaskCountScope {
  /** Shanghai dates (YYYY-MM-DD) on createdAt, both included; absent: unbounded. */
  from?: string;
  to?: string;
  types?: readonly string[];
  department?: string;
  /** Group by assignee as well as department. */
  byPerson?: boolean;
  /** The first days (YYYY-MM-DD, ascending) of the periods (weeks, months) to count each task in, by its creation. */
  periods?: string[];
}

/** One group's counts: the tasks created in the scope, and of them completed, on time, escalated and open past due now. */
export interface TaskCount {
  department: string | null;
  assignee: string | null;
  type: string;
  /** Working days from creation to completion (db/handlingTime.ts); null while not completed. */
  handlingWorkingDays: number | null;
  /** The period's index in `periods` (0 when none). */
  period: number;
  received: number;
  completed: number;
  onTime: number;
  escalated: number;
  openOverdue: number;
}

/** Counts the settled tasks again and replaces the tallies; the cut is `now` less the margin. */
export async function refreshTaskTallies(db: Db, now = new Date()): Promise<{ groups: number; cut: Date }> {
  const cut = new Date(now.getTime() - SETTLE_MARGIN_MS);
  const [first] = await db.select<{ first: unknown }>('SELECT MIN(createdAt) AS first FROM tasks');
  const rows: Array<Record<string, unknown>> = [];
  if (first?.first) {
    const months = monthsOf(shanghaiDate(timeOf(first.first)), shanghaiDate(cut), Number.MAX_SAFE_INTEGER);
    const bucket = periodBuckets('createdAt', months, (m) => startOfShanghaiDay(`${m}-01`));
    // A plain (non-locking) read outside the write transaction, as db/entityTallies.ts does, so the seconds it
    // takes at a million rows hold up no writer.
    const counted = await db.select<any>(
      `SELECT ${bucket.sql} AS m, departmentCode AS d, assigneeUsername AS a, type AS t, handlingWorkingDays AS h,
         COUNT(*) AS received, SUM(${COMPLETED}) AS completed, SUM(${ON_TIME}) AS onTime, SUM(${ESCALATED}) AS escalated
       FROM tasks WHERE ${SETTLED} AND completedAt < ? GROUP BY ${bucket.sql}, departmentCode, assigneeUsername, type, handlingWorkingDays`,
      [...bucket.params, cut, ...bucket.params],
    );
    // Null and '' fold into one key (the table's absent value), so they are summed here, not by the database.
    const byKey = new Map<string, Record<string, any>>();
    for (const x of counted) {
      const row = { month: months[Number(x.m)], departmentCode: x.d ?? '', assigneeUsername: x.a ?? '', type: x.t, handlingWorkingDays: x.h === null ? -1 : Number(x.h) };
      const key = JSON.stringify(row);
      const r = byKey.get(key) ?? { ...row, cut, received: 0, completed: 0, onTime: 0, escalated: 0 };
      for (const k of ['received', 'completed', 'onTime', 'escalated']) r[k] += Number(x[k]);
      byKey.set(key, r);
    }
    rows.push(...byKey.values());
  }
  await db.writeTransaction(async (transaction) => {
    await db.execute('DELETE FROM task_tallies', [], { transaction });
    for (let i = 0; i < rows.length; i += 2000) await db.models.task_tallies.bulkCreate(rows.slice(i, i + 2000), { transaction });
  });
  return { groups: rows.length, cut };
}

/**
 * The whole months within [from, to] whose counts the tallies may give (an absent end: the tallies' first or last
 * month). Each month must fall in one period, so only when every period starts on a month's first day.
 */
function wholeMonths(s: TaskCountScope, earliest: string, latest: string): { first: string; last: string } | null {
  if (s.periods && s.periods.some((p) => !p.endsWith('-01'))) return null;
  return splitIntoMonths(s.from ?? `${earliest}-01`, s.to ?? lastDayOfMonth(latest)).whole;
}

/** Counts the tasks of a scope per department (and assignee), type, handling time and period: exact, as the table holds them now. */
export async function countTasks(db: Db, s: TaskCountScope, now = new Date()): Promise<TaskCount[]> {
  const periods = s.periods ?? [];
  const person = s.byPerson ? 'assigneeUsername' : null;
  const filters = () => {
    const parts: string[] = [];
    const params: unknown[] = [];
    if (s.types) { parts.push(`type IN (${s.types.map(() => '?').join(', ')})`); params.push(...s.types); }
    if (s.department) { parts.push(`departmentCode = ?`); params.push(s.department); }
    return { parts, params };
  };
  const out = new Map<string, TaskCount>();
  const add = (x: any, period: number) => {
    const department = x.d === null || x.d === '' ? null : String(x.d);
    const assignee = x.a === null || x.a === undefined || x.a === '' ? null : String(x.a);
    const h = x.h === null || x.h === undefined || Number(x.h) < 0 ? null : Number(x.h);
    const key = `${department}|${assignee}|${x.t}|${h}|${period}`;
    let c = out.get(key);
    if (!c) out.set(key, (c = { department, assignee, type: String(x.t), handlingWorkingDays: h, period, received: 0, completed: 0, onTime: 0, escalated: 0, openOverdue: 0 }));
    c.received += Number(x.received);
    c.completed += Number(x.completed ?? 0);
    c.onTime += Number(x.onTime ?? 0);
    c.escalated += Number(x.escalated ?? 0);
    c.openOverdue += Number(x.openOverdue ?? 0);
  };

  /** Live from `tasks`: the rows matching `where` (on createdAt and status) in the scope. */
  const live = async (where: string, whereParams: unknown[]) => {
    const f = filters();
    const bucket = periods.length > 1 ? periodBuckets('createdAt', periods, (p) => startOfShanghaiDay(p)) : null;
    const group = ['departmentCode', ...(person ? [person] : []), 'type', 'handlingWorkingDays', ...(bucket ? [bucket.sql] : [])];
    const rows = await db.select<any>(
      `SELECT departmentCode AS d${person ? ', assigneeUsername AS a' : ''}, type AS t, handlingWorkingDays AS h${bucket ? `, ${bucket.sql} AS b` : ''},
         COUNT(*) AS received, SUM(${COMPLETED}) AS completed, SUM(${ON_TIME}) AS onTime, SUM(${ESCALATED}) AS escalated,
         SUM(CASE WHEN ${OPEN} AND dueAt < ? THEN 1 ELSE 0 END) AS openOverdue
       FROM tasks WHERE ${[where, ...f.parts].join(' AND ')} GROUP BY ${group.join(', ')}`,
      [...(bucket?.params ?? []), now, ...whereParams, ...f.params, ...(bucket?.params ?? [])],
    );
    for (const x of rows) add(x, bucket ? Number(x.b) : 0);
  };
  const createdIn = (from: string | undefined, to: string | undefined) => {
    const parts: string[] = [];
    const params: unknown[] = [];
    if (from) { parts.push('createdAt >= ?'); params.push(startOfShanghaiDay(from)); }
    if (to) { parts.push('createdAt <= ?'); params.push(endOfShanghaiDay(to)); }
    return { sql: parts.length ? parts.join(' AND ') : '1 = 1', params };
  };

  // The tallies of the whole months, and their cut (one statement: one snapshot of a table replaced as a whole).
  const span = (await db.select<any>('SELECT MIN(month) AS first, MAX(month) AS last FROM task_tallies'))[0];
  const whole = span?.first ? wholeMonths(s, String(span.first), String(span.last)) : null;
  let cut: Date | null = null;
  if (whole) {
    const f = filters();
    const bucket = periods.length > 1 ? periodBuckets('month', periods, (p) => p.slice(0, 7)) : null;
    const rows = await db.select<any>(
      `SELECT MIN(cut) AS cut, departmentCode AS d${person ? ', assigneeUsername AS a' : ''}, type AS t, handlingWorkingDays AS h${bucket ? `, ${bucket.sql} AS b` : ''},
         SUM(received) AS received, SUM(completed) AS completed, SUM(onTime) AS onTime, SUM(escalated) AS escalated
       FROM task_tallies WHERE month >= ? AND month <= ?${f.parts.map((p) => ` AND ${p}`).join('')}
       GROUP BY departmentCode${person ? ', assigneeUsername' : ''}, type, handlingWorkingDays${bucket ? `, ${bucket.sql}` : ''}`,
      [...(bucket?.params ?? []), whole.first, whole.last, ...f.params, ...(bucket?.params ?? [])],
    );
    for (const x of rows) {
      add(x, bucket ? Number(x.b) : 0);
      cut = timeOf(x.cut);
    }
  }
  if (!whole || cut === null) {
    // Nothing tallied in the scope: every task of the period, live.
    const all = createdIn(s.from, s.to);
    await live(all.sql, all.params);
    return [...out.values()];
  }
  const wholeFrom = `${whole.first}-01`;
  const wholeTo = lastDayOfMonth(whole.last);
  const inWhole = createdIn(wholeFrom, wholeTo);
  // Before and after the whole months (an absent end of the scope: whatever the tallies do not reach).
  const edges = [
    ...(!s.from || s.from < wholeFrom ? [createdIn(s.from, shanghaiDate(new Date(startOfShanghaiDay(wholeFrom).getTime() - 1)))] : []),
    ...(!s.to || s.to > wholeTo ? [createdIn(shanghaiDate(startOfShanghaiDayAfter(wholeTo)), s.to)] : []),
  ];
  // The open tasks of the whole months from their counts (db/openTaskCounts.ts), which know whether a task is
  // escalated but not whether it is past due now. A task escalates when it falls due (workflows/humanTasks.ts), so
  // "escalated" stands for "overdue", and what differs is read from tasks_status_level_due: the escalated ones
  // not due (a deadline extended after the escalation), taken away, and the overdue ones not escalated yet (the
  // escalation under way), added. Both are few; either way the count is exact.
  const overdueNot = async (where: string, whereParams: unknown[], sign: 1 | -1) => {
    const f = filters();
    const bucket = periods.length > 1 ? periodBuckets('createdAt', periods, (p) => startOfShanghaiDay(p)) : null;
    const rows = await db.select<any>(
      `SELECT departmentCode AS d${person ? ', assigneeUsername AS a' : ''}, type AS t, NULL AS h${bucket ? `, ${bucket.sql} AS b` : ''}, COUNT(*) AS n
       FROM tasks WHERE ${[`${OPEN} AND ${where} AND ${inWhole.sql}`, ...f.parts].join(' AND ')}
       GROUP BY departmentCode${person ? ', assigneeUsername' : ''}, type${bucket ? `, ${bucket.sql}` : ''}`,
      [...(bucket?.params ?? []), ...whereParams, ...inWhole.params, ...f.params, ...(bucket?.params ?? [])],
    );
    for (const x of rows) add({ ...x, received: 0, openOverdue: sign * Number(x.n) }, bucket ? Number(x.b) : 0);
  };
  const openCounts = async () => {
    const f = filters();
    const bucket = periods.length > 1 ? periodBuckets('month', periods, (p) => p.slice(0, 7)) : null;
    const rows = await db.select<any>(
      `SELECT departmentCode AS d${person ? ', assigneeUsername AS a' : ''}, type AS t, NULL AS h${bucket ? `, ${bucket.sql} AS b` : ''},
         SUM(n) AS received, SUM(escalated * n) AS escalated, SUM(escalated * n) AS openOverdue
       FROM open_task_counts WHERE month >= ? AND month <= ? AND n <> 0${f.parts.map((p) => ` AND ${p}`).join('')}
       GROUP BY departmentCode${person ? ', assigneeUsername' : ''}, type${bucket ? `, ${bucket.sql}` : ''}`,
      [...(bucket?.params ?? []), whole.first, whole.last, ...f.params, ...(bucket?.params ?? [])],
    );
    for (const x of rows) add(x, bucket ? Number(x.b) : 0);
  };
  await Promise.all([
    ...edges.map((e) => live(e.sql, e.params)),
    openCounts(),
    // Levels 1 and 2 named (humanTasks.ts escalates no further), so the index seeks each level's dueAt range: with
    // `escalationLevel > 0` alone MariaDB read every escalated open task (0.35 s at 200,000; 0.001 s so).
    overdueNot('(escalationLevel IN (1, 2) OR escalationLevel > 2) AND dueAt >= ?', [now], -1),
    overdueNot('escalationLevel = 0 AND dueAt < ?', [now], 1),
    live(`${SETTLED} AND (completedAt IS NULL OR completedAt >= ?) AND ${inWhole.sql}`, [cut, ...inWhole.params]),
  ]);
  return [...out.values()];
}
