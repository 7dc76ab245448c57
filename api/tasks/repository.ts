import { Op, QueryTypes, Sequelize, type WhereOptions } from 'sequelize';
import type { Db } from '../../db';
import { departmentsByCode } from '../../db/departments';
import type { SessionUser } from '../../db/credentials';
import type { z } from '../openapi';
import type { Light } from '../../domain/deadlineLight';
import { DISTRICT_ESCALATION_LEVEL, OPEN_TASK_STATUSES } from '../../domain/tasks';
import { keysetAfter } from '../lists';
import { deadlineClock, type DeadlineClock } from './deadlineLights';
import type { Task } from './routes';

export interface TaskFilter {
  /** 我的待办: assigned to me. */
  mine?: boolean;
  /** 待认领: nobody holds it yet and it is offered to my department (directly or in the claim pool). */
  offered?: boolean;
  assignee?: string;
  status?: string[];
  department?: string;
  type?: string;
  overdue?: boolean;
  escalated?: boolean;
  unassigned?: boolean;
  entity?: string;
  q?: string;
  dueFrom?: Date;
  dueBefore?: Date;
  /** Escalation level exactly: 0 none, 1 department supervisor, 2 district. */
  escalation?: number;
  createdFrom?: Date;
  createdBefore?: Date;
  /** The instant after the last day of creation (`createdTo`, a Shanghai day). */
  createdTo?: Date;
  /** Completed after (true) or by (false) the due time. */
  completedLate?: boolean;
  light?: Light;
  /** Yellow: due within the due-soon working days of its type (the 临期提醒 board). */
  dueSoon?: boolean;
}

export interface Page {
  page: number;
  perPage: number;
  sort: 'dueAt' | 'createdAt' | 'escalationLevel' | 'id';
  order: 'ASC' | 'DESC';
}

/** The task as the API answers it: the one schema of routes.ts, which also publishes it in the OpenAPI document. */
export type TaskView = z.infer<typeof Task>;


/**
 * What a user may see (DESIGN.md rule 7: enforced in every query, not only in the UI), as branches whose
 * union is the visible set; each branch alone can use an index, where one WHERE with OR and IN does not
 * (MariaDB then scans a million rows). admin: everything (null); anyone: what is assigned to them;
 * supervisor and clerk: their department's tasks and the claim pool offered to it; the district office's
 * supervisors: every second-level escalation too; inspector: their department's open tasks.
 */
function visibleBranches(db: Db, user: SessionUser, openOnly = false): WhereOptions[] | null {
  // Leaders read every task (the efficiency drill-down); they act on none.
  if (user.roles.includes('admin') || user.roles.includes('leader')) return null;
  const dept = user.department.code;
  const branches: WhereOptions[] = [{ assigneeUsername: user.username }];
  if (user.roles.includes('supervisor') || user.roles.includes('clerk')) {
    branches.push({ departmentCode: dept }, offeredTo(db, dept, openOnly));
    // The top level by equality: with the status of a list's branch, one range of tasks_status_level_due in deadline order.
    if (user.roles.includes('supervisor') && user.department.kind === 'district') branches.push({ escalationLevel: DISTRICT_ESCALATION_LEVEL });
  }
  if (user.roles.includes('inspector')) branches.push({ departmentCode: dept, status: OPEN_TASK_STATUSES });
  return branches;
}

/**
 * 待认领: not yet claimed and offered to my department — directly, or (for those who take in work: admin,
 * supervisor, clerk) as a candidate of the claim pool; an inspector sees only its department's open tasks.
 */
function offeredBranches(db: Db, user: SessionUser): WhereOptions[] {
  const dept = user.department.code;
  const intake = user.roles.some((r) => r === 'admin' || r === 'supervisor' || r === 'clerk');
  return [
    { assigneeUsername: null, departmentCode: dept, ...(intake ? {} : { status: OPEN_TASK_STATUSES }) },
    ...(intake ? [{ [Op.and]: [{ assigneeUsername: null }, offeredTo(db, dept, true)] }] : []),
  ];
}

/** 我的待办: what is assigned to me, which everyone may see (one branch, on the tasks_assignee index). */
const mineBranches = (user: SessionUser): WhereOptions[] => [{ assigneeUsername: user.username }];

/** The statuses a filter lets through, or null for any. */
function listedStatuses(f: TaskFilter): string[] | null {
  const asked = f.status?.length ? f.status : null;
  return f.overdue ? OPEN_TASK_STATUSES.filter((s) => !asked || asked.includes(s)) : asked;
}

/**
 * The branches of a list: my tasks, the tasks offered to me, or everything I may see. A list of open tasks only (a
 * queue, an overdue board) reads the claim pool's open rows: the filter would drop the closed ones anyway, after
 * reading their rows.
 */
function branchesOf(db: Db, user: SessionUser, f: TaskFilter): WhereOptions[] {
  if (f.mine) return mineBranches(user);
  if (f.offered) return offeredBranches(db, user);
  const statuses = listedStatuses(f);
  return visibleBranches(db, user, statuses !== null && statuses.every((s) => OPEN_TASK_STATUSES.includes(s))) ?? [{}];
}

/**
 * The branches a list reads its rows from: those of branchesOf, each read once per status when the list asks for
 * several (the open ones, or the overdue boards). One status is one range of the branch's index in the list's order,
 * read up to the page and stopped; `status IN (…)` made MariaDB read both ranges whole and sort them (a department's
 * 52,000 overdue tasks for a page of 25). Counting keeps the branches whole: it reads at most the cap either way.
 */
function readBranches(db: Db, user: SessionUser, f: TaskFilter): WhereOptions[] {
  const branches = branchesOf(db, user, f);
  const statuses = listedStatuses(f) ?? [];
  if (statuses.length < 2) return branches;
  return branches.flatMap((b) => statuses.map((status) => ({ [Op.and]: [b, { status }] })));
}

export function visibleTo(db: Db, user: SessionUser): WhereOptions {
  const branches = visibleBranches(db, user);
  return branches ? { [Op.or]: branches } : {};
}

/**
 * Tasks in the claim pool that `departmentCode` is a candidate for; `openOnly`: only those still open (the
 * task_candidates_open index), not every pool task the department was ever offered.
 */
function offeredTo(db: Db, departmentCode: string, openOnly = false): WhereOptions {
  // The subquery is written by Sequelize's query generator from a where object, as every other query here.
  const where = openOnly ? { departmentCode, isOpen: true } : { departmentCode };
  const candidates = queryGenerator(db).selectQuery('task_candidates', { attributes: ['taskId'], where }, db.models.task_candidates).replace(/;\s*$/, '');
  return { id: { [Op.in]: Sequelize.literal(`(${candidates})`) } };
}

const queryGenerator = (db: Db) => (db.sequelize.getQueryInterface() as any).queryGenerator;

/**
 * The people on a task row (assignee, who completed it) by name and department, read in the same query as
 * the rows: one lookup per person column on the users_username index, never a query per row.
 */
function peopleAttributes(db: Db): { include: Array<[ReturnType<typeof Sequelize.literal>, string]> } {
  const q = (identifier: string) => queryGenerator(db).quoteIdentifier(identifier);
  const of = (column: string, attribute: string) =>
    Sequelize.literal(`(SELECT ${q('people')}.${q(attribute)} FROM ${q('users')} AS ${q('people')} WHERE ${q('people')}.${q('username')} = ${q('tasks')}.${q(column)})`);
  return {
    include: [
      [of('assigneeUsername', 'displayName'), 'assigneeName'],
      [of('assigneeUsername', 'departmentCode'), 'assigneeDepartmentCode'],
      [of('completedBy', 'displayName'), 'completedByName'],
      [of('completedBy', 'departmentCode'), 'completedByDepartmentCode'],
    ],
  };
}

function filterWhere(f: TaskFilter, now: Date, clock: DeadlineClock): WhereOptions[] {
  const w: WhereOptions[] = [];
  if (f.assignee) w.push({ assigneeUsername: f.assignee });
  if (f.status?.length) w.push({ status: f.status });
  if (f.department) w.push({ departmentCode: f.department });
  if (f.type) w.push({ type: f.type });
  if (f.overdue) w.push({ status: OPEN_TASK_STATUSES, dueAt: { [Op.lt]: now } });
  if (f.escalated) w.push({ escalationLevel: { [Op.gte]: 1 } });
  if (f.unassigned) w.push({ assigneeUsername: null });
  if (f.entity) w.push({ creditCode: f.entity });
  if (f.q) w.push({ [Op.or]: [{ entityName: { [Op.like]: `%${f.q}%` } }, { creditCode: { [Op.like]: `${f.q}%` } }] });
  if (f.dueFrom) w.push({ dueAt: { [Op.gte]: f.dueFrom } });
  if (f.dueBefore) w.push({ dueAt: { [Op.lt]: f.dueBefore } });
  if (f.escalation !== undefined) w.push({ escalationLevel: f.escalation });
  if (f.createdFrom) w.push({ createdAt: { [Op.gte]: f.createdFrom } });
  if (f.createdBefore) w.push({ createdAt: { [Op.lt]: f.createdBefore } });
  if (f.createdTo) w.push({ createdAt: { [Op.lt]: f.createdTo } });
  if (f.completedLate !== undefined) w.push({ status: 'completed', completedAt: { [f.completedLate ? Op.gt : Op.lte]: Sequelize.col('dueAt') } });
  if (f.light) w.push(clock.whereLight(f.light));
  if (f.dueSoon) w.push(clock.whereLight('yellow'));
  return w;
}

/**
 * The largest total a task list counts exactly (CONTRACT.md "Lists"); past it the answer says `totalIsLowerBound`.
 * Counting stops there, so the list of a department with 50,000 open tasks costs what a small one's does: at a
 * million task rows the exact count of 52,000 was half of a 1-second answer, and a cap of 10,000 still cost MariaDB
 * 35–115 ms of CPU a request (bench/inbox.ts over HTTP), more than two cores give 32 users. Entity search stops at the
 * same 1,000; nobody pages past the 40th page of a deadline-ordered queue, and the efficiency board counts exactly.
 */
export const TASK_TOTAL_CAP = 1_000;

/** A page of tasks and its total: exact, or the cap with totalIsLowerBound when there are more. */
export interface TaskPage {
  data: TaskView[];
  total: number;
  totalIsLowerBound: boolean;
}

export async function listTasks(db: Db, user: SessionUser, f: TaskFilter, p: Page, cap = TASK_TOTAL_CAP): Promise<TaskPage> {
  const now = new Date();
  const clock = await deadlineClock(db, now);
  const filters = filterWhere(f, now, clock);
  const branches = readBranches(db, user, f);
  // Ties break by the earlier deadline (the overdue board: highest escalation, then longest overdue), then id.
  const order: Array<[string, 'ASC' | 'DESC']> = [[p.sort, p.order]];
  if (p.sort !== 'dueAt' && p.sort !== 'id') order.push(['dueAt', 'ASC']);
  if (p.sort !== 'id') order.push(['id', 'ASC']);
  const where = (b: WhereOptions) => ({ [Op.and]: [b, ...filters] });
  const tasks = db.models.tasks;
  const counted = cappedTotal(db, branchesOf(db, user, f).map(where), cap);
  if (branches.length === 1) {
    const rows = await tasks.findAll({ where: where(branches[0]), attributes: peopleAttributes(db), order, limit: p.perPage, offset: (p.page - 1) * p.perPage });
    return { data: await toViews(db, rows.map((r) => r.get({ plain: true })), clock), ...(await counted) };
  }
  // Each branch returns its first page·perPage in order; merged, they hold the page wanted.
  const parts = await Promise.all(branches.map((b) => tasks.findAll({ where: where(b), attributes: [...new Set(['id', 'dueAt', p.sort])], order, limit: p.page * p.perPage, raw: true })));
  const byId = new Map<number, any>();
  for (const r of parts.flat() as any[]) byId.set(r.id, r);
  const key = (r: any, col: string) => (r[col] instanceof Date || col === 'dueAt' ? new Date(r[col]).getTime() : r[col]);
  const ids = [...byId.values()]
    .sort((x, y) => {
      for (const [col, dir] of order) {
        const a = key(x, col);
        const b = key(y, col);
        if (a !== b) return (a < b ? -1 : 1) * (dir === 'DESC' ? -1 : 1);
      }
      return 0;
    })
    .slice((p.page - 1) * p.perPage, p.page * p.perPage)
    .map((r) => r.id);
  const rows = ids.length ? ((await tasks.findAll({ where: { id: ids }, attributes: peopleAttributes(db) })).map((r) => r.get({ plain: true })) as any[]) : [];
  rows.sort((x, y) => ids.indexOf(x.id) - ids.indexOf(y.id));
  return { data: await toViews(db, rows, clock), ...(await counted) };
}

/**
 * The whole list of `listTasks` (same authority, filters and order) for an export, in keyset batches:
 * each branch reads its next `batchRows` after the last row sent, so batch 100 costs what batch 1 does
 * (paging the merged branches would read page·perPage rows of every branch each time).
 */
export async function* taskBatches(db: Db, user: SessionUser, f: TaskFilter, sort: Page['sort'], order: Page['order'], batchRows: number): AsyncGenerator<TaskView[]> {
  const now = new Date();
  const clock = await deadlineClock(db, now);
  const filters = filterWhere(f, now, clock);
  const branches = readBranches(db, user, f);
  const columns: Array<[string, 'ASC' | 'DESC']> = [[sort, order]];
  if (sort !== 'dueAt' && sort !== 'id') columns.push(['dueAt', 'ASC']);
  if (sort !== 'id') columns.push(['id', 'ASC']);
  const valueOf = (r: any, col: string) => (col === 'dueAt' || col === 'createdAt' ? new Date(r[col]).getTime() : Number(r[col]));
  let last: any = null;
  for (;;) {
    const after = last ? keysetAfter(columns, (col) => (col === 'dueAt' || col === 'createdAt' ? new Date(last[col]) : last[col])) : {};
    // Each branch gives the keys of its next rows (from its index alone); the batch's rows are then read by id.
    const parts = await Promise.all(branches.map((b) => db.models.tasks.findAll({ where: { [Op.and]: [b, ...filters, after] }, attributes: [...new Set(['id', ...columns.map(([c]) => c)])], order: columns, limit: batchRows, raw: true })));
    const byId = new Map<number, any>();
    for (const r of parts.flat() as any[]) byId.set(r.id, r);
    const keys = [...byId.values()]
      .sort((x, y) => {
        for (const [col, dir] of columns) {
          const a = valueOf(x, col);
          const b = valueOf(y, col);
          if (a !== b) return (a < b ? -1 : 1) * (dir === 'DESC' ? -1 : 1);
        }
        return 0;
      })
      .slice(0, batchRows);
    if (keys.length === 0) return;
    const position = new Map(keys.map((k, i) => [k.id, i]));
    const rows = (await db.models.tasks.findAll({ where: { id: keys.map((k) => k.id) }, attributes: peopleAttributes(db) })).map((r) => r.get({ plain: true }) as any);
    rows.sort((x, y) => position.get(x.id)! - position.get(y.id)!);
    yield await toViews(db, rows, clock);
    if (keys.length < batchRows) return;
    last = keys[keys.length - 1];
  }
}

const COUNTED = ['mine', 'offered', 'overdue', 'dueSoon'] as const;

export type TaskCounts = Record<(typeof COUNTED)[number], number> & {
  /** The counts that reached TASK_TOTAL_CAP with more behind it: each is the cap, read "more than". */
  capped: Array<(typeof COUNTED)[number]>;
};

/**
 * The menu's counts of open tasks: mine, offered to my department, and within what I see overdue and due
 * soon (the 超期督办 and 临期提醒 boards). Four COUNTs over the same branches as the lists, so each uses an index,
 * each exact up to the lists' cap (the menu asks every 30 s on every open screen).
 */
export async function countTasks(db: Db, user: SessionUser, cap = TASK_TOTAL_CAP): Promise<TaskCounts> {
  const now = new Date();
  const clock = await deadlineClock(db, now);
  const count = (branches: WhereOptions[], condition: WhereOptions) => cappedTotal(db, branches.map((b) => ({ [Op.and]: [b, condition] })), cap);
  // Every count is of open tasks: the claim pool's open rows are enough.
  const visible = visibleBranches(db, user, true) ?? [{}];
  const counted = await Promise.all([
    count(mineBranches(user), { status: OPEN_TASK_STATUSES }),
    count(offeredBranches(db, user), { status: OPEN_TASK_STATUSES }),
    count(visible, clock.whereLight('red')),
    count(visible, clock.whereLight('yellow')),
  ]);
  const [mine, offered, overdue, dueSoon] = counted.map((c) => c.total);
  return { mine, offered, overdue, dueSoon, capped: COUNTED.filter((_, i) => counted[i].totalIsLowerBound) };
}

/** The ids of the tasks a where selects, as SQL (written by Sequelize's query generator, as every query here). */
const idsWhere = (db: Db, where: WhereOptions, limit?: number) => queryGenerator(db).selectQuery('tasks', { attributes: ['id'], where, ...(limit === undefined ? {} : { limit }) }, db.models.tasks).replace(/;\s*$/, '');

const countOf = async (db: Db, sql: string) => Number(((await db.sequelize.query(`SELECT COUNT(*) AS n FROM (${sql}) AS counted`, { type: QueryTypes.SELECT })) as Array<{ n: number | string }>)[0].n);

/** COUNT over the UNION of branches: a task in two branches counts once. */
const countUnion = (db: Db, wheres: WhereOptions[]) => countOf(db, wheres.map((w) => idsWhere(db, w)).join(' UNION '));

/**
 * The total of the union of branches, exact up to `cap`. Each branch first counts at most cap + 1 rows of its index
 * and stops: when one alone passes the cap so does the union, and it is never read whole. Otherwise the union of
 * branches of at most `cap` rows each is counted exactly, unless only one holds any. `cap` Infinity: exact whatever it costs (an export's limit).
 */
async function cappedTotal(db: Db, wheres: WhereOptions[], cap: number): Promise<{ total: number; totalIsLowerBound: boolean }> {
  if (cap === Infinity) return { total: await countUnion(db, wheres), totalIsLowerBound: false };
  const each = await Promise.all(wheres.map((w) => countOf(db, idsWhere(db, w, cap + 1))));
  // One branch holding rows (a filter often empties the others): the union is that branch.
  const holding = each.filter((n) => n > 0);
  const n = Math.max(...each) > cap ? cap + 1 : holding.length <= 1 ? (holding[0] ?? 0) : await countUnion(db, wheres);
  return n > cap ? { total: cap, totalIsLowerBound: true } : { total: n, totalIsLowerBound: false };
}

/** One task, if it exists and the user may see it. */
export async function findVisibleTask(db: Db, user: SessionUser, id: number): Promise<TaskView | null> {
  const row = await db.models.tasks.findOne({ where: { [Op.and]: [{ id }, visibleTo(db, user)] }, attributes: peopleAttributes(db) });
  if (!row) return null;
  return (await toViews(db, [row.get({ plain: true })], await deadlineClock(db, new Date())))[0];
}

export async function findTaskByKey(db: Db, taskKey: string): Promise<TaskView | null> {
  const row = await db.models.tasks.findOne({ where: { taskKey }, attributes: peopleAttributes(db) });
  return row ? (await toViews(db, [row.get({ plain: true })], await deadlineClock(db, new Date())))[0] : null;
}

async function toViews(db: Db, rows: any[], clock: DeadlineClock): Promise<TaskView[]> {
  if (rows.length === 0) return [];
  const departments = await departmentsByCode(db);
  const candidates = (await db.models.task_candidates.findAll({ where: { taskId: rows.map((r) => r.id) }, raw: true })) as any[];
  const dept = (code: string) => {
    const d = departments.get(code);
    return d ? { code: d.code, name: d.name } : { code, name: code };
  };
  return rows.map((r) => ({
    id: r.id,
    taskKey: r.taskKey,
    type: r.type,
    title: r.title,
    status: r.status,
    department: r.departmentCode ? dept(r.departmentCode) : null,
    candidateDepartments: candidates.filter((c) => c.taskId === r.id).map((c) => dept(c.departmentCode)),
    assignee: r.assigneeUsername ? { username: r.assigneeUsername, displayName: r.assigneeName ?? r.assigneeUsername } : null,
    assigneeName: r.assigneeUsername ? (r.assigneeName ?? r.assigneeUsername) : null,
    assigneeDepartmentName: r.assigneeDepartmentCode ? dept(r.assigneeDepartmentCode).name : null,
    entity: r.creditCode ? { creditCode: r.creditCode, name: r.entityName } : null,
    dueAt: new Date(r.dueAt).toISOString(),
    overdue: OPEN_TASK_STATUSES.includes(r.status) && new Date(r.dueAt) < clock.now,
    ...clock.lightOf({ type: r.type, status: r.status, dueAt: new Date(r.dueAt) }),
    escalationLevel: r.escalationLevel,
    workflowId: r.workflowId,
    createdAt: new Date(r.createdAt).toISOString(),
    completedAt: r.completedAt ? new Date(r.completedAt).toISOString() : null,
    outcome: r.outcome,
    comment: r.comment,
    completedBy: r.completedBy ?? null,
    completedByName: r.completedBy ? (r.completedByName ?? r.completedBy) : null,
    completedByDepartmentName: r.completedByDepartmentCode ? dept(r.completedByDepartmentCode).name : null,
    allowedOutcomes: OPEN_TASK_STATUSES.includes(r.status) ? r.allowedOutcomes : [],
    data: r.data ?? {},
  }));
}
