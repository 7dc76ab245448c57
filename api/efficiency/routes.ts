import { Router } from 'express';
import type { Db } from '../../db';
import type { SessionUser } from '../../db/credentials';
import { TASK_TYPES } from '../../domain/tasks';
import { requireUser } from '../auth/middleware';
import { badRequest, forbidden } from '../errors';
import { answerList, ListFormat, listResponses, seesAll, wholeList } from '../lists';
import { document, userSecurity, z } from '../openapi';
import { date, query, text } from '../validate';
import { efficiencyExport } from './export';
import { efficiency, forecast, type EfficiencyFilter } from './repository';

// 监管效能监督 (F8, CONTRACT.md `GET /api/v1/efficiency`): leaders, administrators and the district office
// read every department; a supervisor reads their own.

const tags = ['efficiency'];
const By = z.enum(['department', 'person']).default('department').describe('`department`: a row per department and task type; `person`: a row per assignee (by name, with their department) and task type, tasks nobody holds as one row per department');
const Scope = {
  by: By,
  taskType: z.enum(TASK_TYPES).optional().describe('only this task type'),
  department: text().max(32).optional().describe('only this department (code); a supervisor outside the district office may name only their own'),
};
const EfficiencyQuery = z.object({
  ...Scope,
  from: date().optional().describe('tasks created on or after this day (Asia/Shanghai)'),
  to: date().optional().describe('tasks created on or before this day (Asia/Shanghai); not before `from` (400 period-reversed)'),
  format: ListFormat,
});
const ForecastQuery = z.object(Scope);

const Department = z.object({ code: z.string(), name: z.string() });
const GroupShape = {
  id: z.string(),
  department: Department.nullable().describe("the task's department; by person, the person's own department"),
  person: z.object({ username: z.string(), displayName: z.string(), department: Department }).nullable().describe('by person: who holds the tasks; null for tasks nobody holds yet, and by department'),
};
const EfficiencyRow = z
  .object({
    ...GroupShape,
    taskType: z.enum(TASK_TYPES),
    received: z.number().int().describe('tasks created in the period, whatever became of them'),
    completed: z.number().int(),
    onTime: z.number().int().describe('completed by their due time'),
    overdue: z.number().int().describe('completed after their due time'),
    openOverdue: z.number().int().describe('open (or claimed) and past their due time now'),
    escalated: z.number().int().describe('escalation level above 0 (to the department supervisor, or the district)'),
    medianWorkingDays: z.number().nullable().describe('median handling time of the completed ones: working days after the day created up to the day completed (official calendar with the district overrides); the mean of the middle two of an even count; null when none completed'),
    p90WorkingDays: z.number().int().nullable().describe('90th percentile (nearest rank) of the same'),
  })
  .openapi('EfficiencyRow');
const ForecastRow = z
  .object({
    ...GroupShape,
    within1: z.number().int().describe('open tasks not overdue yet that are due by the end of the next working day'),
    within3: z.number().int().describe('… by the end of the 3rd working day from today (includes within1)'),
    within5: z.number().int().describe('… by the end of the 5th working day from today (includes within3)'),
  })
  .openapi('ForecastRow');
const Forecast = z
  .object({
    now: z.string().datetime().describe('the instant the forecast counts from'),
    horizons: z.object({ 1: z.string().datetime(), 3: z.string().datetime(), 5: z.string().datetime() }).describe('the end of each horizon: the task list with status=open,claimed&dueFrom=now&dueBefore=(horizon + 1 ms) holds its tasks'),
    data: z.array(ForecastRow),
    total: z.number().int(),
  })
  .openapi('EfficiencyForecast');

document(
  {
    method: 'get',
    path: '/api/v1/efficiency',
    operationId: 'getEfficiency',
    summary: 'How each department or person handles its tasks (监管效能)',
    description:
      'Per department or person and task type, over the tasks created in the period: received, completed, on time, overdue, open and overdue now, escalated, and the median and p90 handling time in working days. Leaders, administrators and the district office see every department; a supervisor their own. The drill-down to the tasks behind a number is the task list with `department` (or `assignee`/`unassigned`), `type`, `createdFrom`/`createdBefore` and, per number, `status=completed`, `completedLate`, `overdue` or `escalated`.',
    tags,
    security: userSecurity,
    request: { query: EfficiencyQuery },
    responses: listResponses(z.object({ data: z.array(EfficiencyRow), total: z.number().int() }), 'a row per group and task type'),
  },
  [400, 401, 403],
);
document(
  {
    method: 'get',
    path: '/api/v1/efficiency/forecast',
    operationId: 'getEfficiencyForecast',
    summary: 'Open tasks that will be overdue within 1, 3 and 5 working days',
    description: 'Per department or person: the open tasks not yet overdue that will be by the end of the next 1, 3 and 5 working days (official calendar with the district overrides), so a supervisor acts before escalation. Who sees what as for GET /efficiency.',
    tags,
    security: userSecurity,
    request: { query: ForecastQuery },
    responses: { 200: { description: 'a row per group, with the horizons for the drill-down', content: { 'application/json': { schema: Forecast } } } },
  },
  [400, 401, 403],
);

/** A supervisor outside the district office reads only their own department. */
function scoped<F extends { department?: string }>(user: SessionUser, f: F): F {
  if (seesAll(user)) return f;
  const own = user.department.code;
  if (f.department && f.department !== own) {
    throw forbidden(`a supervisor reads the efficiency of their own department (${own}) only`, { code: 'efficiency-other-department', params: { department: f.department } });
  }
  return { ...f, department: own };
}

export function efficiencyRoutes(db: Db): Router {
  const r = Router();
  const readers = requireUser(db, 'admin', 'leader', 'supervisor');

  r.get('/efficiency', readers, async (req, res) => {
    const { format, ...q } = query(EfficiencyQuery, req);
    if (q.from && q.to && q.from > q.to) {
      throw badRequest(`the period ends (${q.to}) before it begins (${q.from})`, [{ field: 'to', message: 'before from', code: 'period-reversed' }], { code: 'period-reversed', params: { from: q.from, to: q.to } });
    }
    const rows = await efficiency(db, scoped(req.user!, q as EfficiencyFilter));
    await answerList(res, { format, page: 1, perPage: Math.max(rows.length, 1) }, efficiencyExport(q.by), wholeList(rows));
  });

  r.get('/efficiency/forecast', readers, async (req, res) => {
    const now = new Date();
    const { horizons, data } = await forecast(db, scoped(req.user!, query(ForecastQuery, req)), now);
    res.json({ now: now.toISOString(), horizons: Object.fromEntries(Object.entries(horizons).map(([n, d]) => [n, d.toISOString()])), data, total: data.length });
  });
  return r;
}
