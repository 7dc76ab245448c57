import { Router } from 'express';
import type { Db } from '../../db';
import { peopleOf } from '../../db/people';
import { LIGHTS, type DueSoonPolicy } from '../../domain/deadlineLight';
import { TASK_STATUSES, TASK_TYPES } from '../../domain/tasks';
import { requireUser } from '../auth/middleware';
import { notFound } from '../errors';
import { document, userSecurity, z } from '../openapi';
import type { Temporal } from '../temporal';
import { body, date, parse, query, freeText, jsonData, text } from '../validate';
import { startOfShanghaiDay, startOfShanghaiDayAfter } from '../../domain/workingDays';
import { useDueSoonPolicy } from './deadlineLights';
import { answerList, EXPORT_BATCH_ROWS, ListFormat, listResponses } from '../lists';
import { taskExport } from './export';
import { countTasks, findVisibleTask, listTasks, TASK_TOTAL_CAP, taskBatches } from './repository';
import { TimelineEntrySchema, taskTimeline } from './timeline';
import { bulkClaim, bulkReassign, claimTask, completeTask, reassignTask } from './useCases';

const Department = z.object({ code: z.string(), name: z.string() });
export const Task = z
  .object({
    id: z.number().int(),
    taskKey: z.string(),
    type: z.enum(TASK_TYPES),
    title: z.string(),
    status: z.enum(TASK_STATUSES),
    department: Department.nullable(),
    candidateDepartments: z.array(Department),
    assignee: z.object({ username: z.string(), displayName: z.string() }).nullable(),
    assigneeName: z.string().nullable().describe('who holds the task, by display name'),
    assigneeDepartmentName: z.string().nullable().describe("the assignee's department, by name"),
    entity: z.object({ creditCode: z.string(), name: z.string() }).nullable().describe('null for a step about a plan'),
    dueAt: z.string().datetime(),
    overdue: z.boolean(),
    workingDaysLeft: z
      .number()
      .int()
      .nullable()
      .describe('open tasks: whole working days from today (Asia/Shanghai, official calendar with the district overrides) to the due day; 0 due today, negative overdue by that many; null once completed or cancelled'),
    light: z.enum(LIGHTS).nullable().describe('open tasks: red overdue, yellow within the due-soon working days of the task type (DUE_SOON_WORKING_DAYS), else green; null once completed or cancelled'),
    escalationLevel: z.number().int().describe('0 none, 1 department supervisor, 2 district'),
    workflowId: z.string(),
    createdAt: z.string().datetime(),
    completedAt: z.string().datetime().nullable(),
    outcome: z.string().nullable(),
    comment: z.string().nullable(),
    completedBy: z.string().nullable().describe('login of who completed the task (or the system that reported it)'),
    completedByName: z.string().nullable().describe('who completed the task, by display name'),
    completedByDepartmentName: z.string().nullable(),
    allowedOutcomes: z.array(z.string()),
    data: z.record(z.string(), z.unknown()),
  })
  .openapi('Task');

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const TaskQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(500).default(25),
  sort: z.enum(['dueAt', 'createdAt', 'escalationLevel', 'id']).default('dueAt'),
  order: z.enum(['ASC', 'DESC', 'asc', 'desc']).default('ASC').transform((o) => o.toUpperCase() as 'ASC' | 'DESC'),
  assignee: text().optional().describe('`me` (我的待办: assigned to me) or a username'),
  offered: z.enum(['mine']).optional().describe('`mine` (待认领): nobody holds it yet and it is offered to my department, directly or as a candidate of the claim pool'),
  status: z
    .union([text(), z.array(text())])
    .optional()
    .transform((s) => (s === undefined ? undefined : (Array.isArray(s) ? s : [s]).flatMap((x) => x.split(',')).filter(Boolean)))
    .pipe(z.array(z.enum(TASK_STATUSES)).optional())
    .describe('one or more of open, claimed, completed, cancelled (comma-separated or repeated)'),
  department: text().optional(),
  type: z.enum(TASK_TYPES).optional(),
  overdue: bool.optional(),
  escalated: bool.optional(),
  unassigned: bool.optional(),
  entity: text().optional().describe('credit code'),
  q: text().max(100).optional().describe('entity name contains, or credit code starts with'),
  dueFrom: z.string().datetime({ offset: true }).optional().transform((d) => (d ? new Date(d) : undefined)).describe('due at or after this instant'),
  dueBefore: z.string().datetime({ offset: true }).optional().transform((d) => (d ? new Date(d) : undefined)).describe('due before this instant'),
  createdFrom: z
    .union([date(), z.string().datetime({ offset: true })])
    .optional()
    .transform((d) => (d === undefined ? undefined : d.length === 10 ? startOfShanghaiDay(d) : new Date(d)))
    .describe('created at or after this instant, or on or after this day (Shanghai, YYYY-MM-DD)'),
  createdTo: date().optional().transform((d) => (d ? startOfShanghaiDayAfter(d) : undefined)).describe('created on or before this day (Shanghai)'),
  createdBefore: z.string().datetime({ offset: true }).optional().transform((d) => (d ? new Date(d) : undefined)).describe('created before this instant'),
  completedLate: bool.optional().describe('true: completed after the due time; false: completed by it (the efficiency drill-down)'),
  escalation: z.enum(['0', '1', '2']).optional().transform((e) => (e === undefined ? undefined : Number(e))).describe('escalation level exactly: 0 none, 1 department supervisor, 2 district'),
  light: z.enum(LIGHTS).optional().describe('open tasks with this traffic light'),
  dueSoon: bool.optional().describe('true: open tasks due within the due-soon working days of their type (light yellow)'),
  format: ListFormat,
});
const Id = z.object({ id: z.coerce.number().int().positive() });
const Complete = z.object({
  outcome: text().min(1),
  comment: freeText().max(2000).optional(),
  data: jsonData().optional(),
});
const Reason = freeText().min(1).max(500).describe('why the task is reassigned; the timeline shows it');
const Reassign = z.object({ assignee: text().min(1).describe('username'), reason: Reason });
/** A bulk action takes at most this many tasks: one page of a list, with room. */
const BULK_MAX = 100;
const TaskIds = z.array(z.number().int().positive()).min(1).max(BULK_MAX);
const BulkClaim = z.object({ taskIds: TaskIds });
const BulkReassign = z.object({ taskIds: TaskIds, assignee: text().min(1).describe('username'), reason: Reason });
const BulkResults = z
  .object({
    data: z.array(
      z.object({
        id: z.number().int(),
        status: z.enum(['claimed', 'reassigned', 'refused']),
        code: z.string().optional().describe('refused: the problem code the one-task action answers (e.g. claimed-by-other, task-already-completed)'),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      }),
    ),
  })
  .openapi('BulkResults');

const ok = (schema: z.ZodTypeAny, description: string) => ({ 200: { description, content: { 'application/json': { schema } } } });
document({ method: 'get', path: '/api/v1/tasks', operationId: 'listTasks', summary: 'List tasks (the inbox)', tags: ['tasks'], security: userSecurity, request: { query: TaskQuery }, responses: listResponses(z.object({ data: z.array(Task), total: z.number().int().describe(`tasks the filters select, counted exactly up to ${TASK_TOTAL_CAP.toLocaleString('en')}`), totalIsLowerBound: z.boolean().describe(`more than ${TASK_TOTAL_CAP.toLocaleString('en')} tasks: total is ${TASK_TOTAL_CAP} and the list goes on past it; narrow the filters to count them`) }), 'tasks visible to you') }, [400, 401, 403, 422]);
const TaskCounts = z
  .object({
    mine: z.number().int().describe('open tasks assigned to me (我的待办)'),
    offered: z.number().int().describe('open tasks nobody holds yet, offered to my department (待认领)'),
    overdue: z.number().int().describe('open tasks past their deadline, within what I see (超期督办)'),
    dueSoon: z.number().int().describe('open tasks due within the due-soon working days of their type, within what I see (临期提醒)'),
    capped: z.array(z.enum(['mine', 'offered', 'overdue', 'dueSoon'])).describe(`the counts that reached ${TASK_TOTAL_CAP.toLocaleString('en')} with more behind: each is ${TASK_TOTAL_CAP}, to be read "more than" (counting stops there, as in the lists)`),
  })
  .openapi('TaskCounts');
document({ method: 'get', path: '/api/v1/tasks/counts', operationId: 'countTasks', summary: 'Count my open tasks for the menu', tags: ['tasks'], security: userSecurity, responses: ok(TaskCounts, 'open tasks: mine, offered to my department, overdue and due soon') });
document({ method: 'get', path: '/api/v1/tasks/{id}', operationId: 'getTask', summary: 'Get a task', tags: ['tasks'], security: userSecurity, request: { params: Id }, responses: ok(Task, 'the task') });
document({ method: 'get', path: '/api/v1/tasks/{id}/timeline', operationId: 'getTaskTimeline', summary: 'Get the process timeline of a task', tags: ['tasks'], security: userSecurity, request: { params: Id }, responses: ok(z.object({ data: z.array(TimelineEntrySchema) }), 'the process timeline (pushed → received → decided …)') });
document({ method: 'post', path: '/api/v1/tasks/{id}/claim', operationId: 'claimTask', summary: 'Claim a task offered to my department', tags: ['tasks'], security: userSecurity, request: { params: Id }, responses: ok(Task, 'claimed') }, [401, 403, 404, 409]);
document({ method: 'post', path: '/api/v1/tasks/{id}/complete', operationId: 'completeTask', summary: 'Complete a task with an outcome', tags: ['tasks'], security: userSecurity, request: { params: Id, body: { content: { 'application/json': { schema: Complete } } } }, responses: ok(Task, 'completed') }, [400, 401, 403, 404, 409, 422]);
document({ method: 'post', path: '/api/v1/tasks/{id}/reassign', operationId: 'reassignTask', summary: 'Reassign a task (supervisor), saying why', tags: ['tasks'], security: userSecurity, request: { params: Id, body: { content: { 'application/json': { schema: Reassign } } } }, responses: ok(Task, 'reassigned (supervisor only)') }, [400, 401, 403, 404, 409, 422]);
document({ method: 'post', path: '/api/v1/tasks/bulk-claim', operationId: 'bulkClaimTasks', summary: 'Claim several tasks offered to my department', description: 'Each task is claimed as by POST /tasks/{id}/claim, a few at a time; the answer says per task whether it was claimed or refused (with the code the one-task call would answer).', tags: ['tasks'], security: userSecurity, request: { body: { content: { 'application/json': { schema: BulkClaim } } } }, responses: ok(BulkResults, 'per task: claimed or refused') }, [400, 401]);
document({ method: 'post', path: '/api/v1/tasks/bulk-reassign', operationId: 'bulkReassignTasks', summary: 'Reassign several tasks to one person (supervisor), saying why', description: 'Each task is reassigned as by POST /tasks/{id}/reassign, a few at a time; the answer says per task whether it was reassigned or refused.', tags: ['tasks'], security: userSecurity, request: { body: { content: { 'application/json': { schema: BulkReassign } } } }, responses: ok(BulkResults, 'per task: reassigned or refused') }, [400, 401, 403, 422]);

export function taskRoutes(db: Db, temporal: Temporal, dueSoon: DueSoonPolicy): Router {
  useDueSoonPolicy(db, dueSoon);
  const r = Router();
  const staff = requireUser(db, 'admin', 'supervisor', 'inspector', 'clerk');

  // Leaders read the tasks behind the efficiency numbers (GET /efficiency): every task, never an action.
  const readers = requireUser(db, 'admin', 'supervisor', 'inspector', 'clerk', 'leader');

  r.get('/tasks', readers, async (req, res) => {
    const q = query(TaskQuery, req);
    const { page, perPage, sort, order, assignee, offered, format, ...rest } = q;
    const f = { ...rest, offered: offered === 'mine', ...(assignee === 'me' ? { mine: true } : { assignee }) };
    const read = (page: number, perPage: number) => listTasks(db, req.user!, f, { page, perPage, sort, order });
    // An export counts exactly: it is refused past its limit, and says by how much.
    const exactTotal = async () => (await listTasks(db, req.user!, f, { page: 1, perPage: 1, sort, order }, Infinity)).total;
    await answerList(res, { format, page, perPage }, taskExport, read, { total: exactTotal, batches: () => taskBatches(db, req.user!, f, sort, order, EXPORT_BATCH_ROWS) });
  });

  // Before /tasks/:id, which would read `counts` as an id.
  r.get('/tasks/counts', staff, async (req, res) => {
    res.json(await countTasks(db, req.user!));
  });

  r.get('/tasks/:id', readers, async (req, res) => {
    const { id } = parse(Id, req.params, 'path');
    const task = await findVisibleTask(db, req.user!, id);
    if (!task) throw notFound(`task ${id} does not exist or is not visible to you`, { code: 'task-not-found', params: { id } });
    // A drawn team is recorded by login and credential number; people read the members' names.
    const team = Array.isArray(task.data?.team) ? (task.data.team as Array<{ username?: string }>) : null;
    if (team?.every((m) => typeof m?.username === 'string')) {
      const people = await peopleOf(db, team.map((m) => m.username));
      task.data = { ...task.data, team: team.map((m) => ({ ...m, displayName: people.get(m.username!)!.displayName })) };
    }
    res.json(task);
  });

  r.get('/tasks/:id/timeline', readers, async (req, res) => {
    const { id } = parse(Id, req.params, 'path');
    const task = await findVisibleTask(db, req.user!, id);
    if (!task) throw notFound(`task ${id} does not exist or is not visible to you`, { code: 'task-not-found', params: { id } });
    res.json({ data: await taskTimeline(db, temporal, task) });
  });

  r.post('/tasks/:id/claim', staff, async (req, res) => {
    const { id } = parse(Id, req.params, 'path');
    res.json(await claimTask(db, temporal, req.user!, id));
  });

  r.post('/tasks/:id/complete', staff, async (req, res) => {
    const { id } = parse(Id, req.params, 'path');
    res.json(await completeTask(db, temporal, req.user!, id, body(Complete, req)));
  });

  const supervisors = requireUser(db, 'admin', 'supervisor');
  r.post('/tasks/:id/reassign', supervisors, async (req, res) => {
    const { id } = parse(Id, req.params, 'path');
    res.json(await reassignTask(db, temporal, req.user!, id, body(Reassign, req)));
  });

  r.post('/tasks/bulk-claim', staff, async (req, res) => {
    const { taskIds } = body(BulkClaim, req);
    res.json({ data: await bulkClaim(db, temporal, req.user!, taskIds) });
  });

  r.post('/tasks/bulk-reassign', supervisors, async (req, res) => {
    const { taskIds, ...reassign } = body(BulkReassign, req);
    res.json({ data: await bulkReassign(db, temporal, req.user!, taskIds, reassign) });
  });
  return r;
}
