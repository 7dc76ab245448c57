import { Router } from 'express';
import type { Db } from '../../db';
import type { SessionUser } from '../../db/credentials';
import { TASK_TYPES } from '../../domain/tasks';
import { requireUser } from '../auth/middleware';
import { badRequest, forbidden } from '../errors';
import { answerList, exportList, ListFormat, listResponses, pagesOf, seesAll, wholeList } from '../lists';
import { XLSX_TYPE } from '../workbook';
import { shanghaiDate } from '../../domain/workingDays';
import { document, userSecurity, z } from '../openapi';
import { date, query, text } from '../validate';
import { efficiencyExport, forecastExport, trendExport } from './export';
import { defaultTrendFrom, efficiency, forecast, trend, trendPeriods, TREND_PERIODS, type EfficiencyFilter } from './repository';

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
const ForecastQuery = z.object({ ...Scope, format: ListFormat });
const TrendQuery = z.object({
  interval: z.enum(['week', 'month']).default('month').describe('`week` (Monday to Sunday, Asia/Shanghai) or `month`'),
  taskType: Scope.taskType,
  department: Scope.department,
  from: date().optional().describe('the week or month this day falls in is the first; default: 11 weeks or months before `to`’s'),
  to: date().optional().describe('the week or month this day falls in is the last; default today (Asia/Shanghai)'),
  format: ListFormat,
});

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
const TrendRow = z
  .object({
    id: z.string().describe('the week’s Monday (YYYY-MM-DD) or the month (YYYY-MM)'),
    label: z.string().describe('the week or month in words (3月2日–3月8日, 2026年3月)'),
    received: z.number().int().describe('tasks created in the week or month'),
    completed: z.number().int(),
    onTime: z.number().int(),
    overdue: z.number().int().describe('completed after their due time'),
    onTimeRate: z.number().nullable().describe('on time of completed, in percent with one decimal; null when none completed'),
    medianWorkingDays: z.number().nullable(),
    p90WorkingDays: z.number().int().nullable(),
  })
  .openapi('EfficiencyTrendRow');
document(
  {
    method: 'get',
    path: '/api/v1/efficiency/trend',
    operationId: 'getEfficiencyTrend',
    summary: 'Weekly or monthly trend of task handling (监管效能趋势)',
    description:
      'Of the tasks created in each week or month (whole weeks or months, at most 53): received, completed, on time, overdue, the on-time rate and the median and p90 handling time in working days, for one department or every one and one task type or every one. Who sees what as for GET /efficiency. 400 `period-reversed`, `trend-too-long`.',
    tags,
    security: userSecurity,
    request: { query: TrendQuery },
    responses: listResponses(z.object({ interval: z.enum(['week', 'month']), from: z.string(), to: z.string(), data: z.array(TrendRow), total: z.number().int() }), 'a row per week or month, oldest first'),
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
    responses: { 200: { description: 'a row per group, with the horizons for the drill-down; with format=xlsx a workbook', content: { 'application/json': { schema: Forecast }, [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } } } },
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

  r.get('/efficiency/trend', readers, async (req, res) => {
    const { format, ...q } = query(TrendQuery, req);
    const to = q.to ?? shanghaiDate(new Date());
    const from = q.from ?? defaultTrendFrom(q.interval, to);
    if (from > to) throw badRequest(`the period ends (${to}) before it begins (${from})`, [{ field: 'to', message: 'before from', code: 'period-reversed' }], { code: 'period-reversed', params: { from, to } });
    if (!trendPeriods(q.interval, from, to)) {
      throw badRequest(`a trend holds at most ${TREND_PERIODS} weeks or months`, [{ field: 'from', message: `more than ${TREND_PERIODS} ${q.interval}s`, code: 'trend-too-long' }], { code: 'trend-too-long', params: { max: TREND_PERIODS } });
    }
    const rows = await trend(db, { ...scoped(req.user!, q), from, to });
    if (format === 'xlsx') return exportList(res, trendExport(q.interval), pagesOf(wholeList(rows)));
    res.json({ interval: q.interval, from, to, data: rows, total: rows.length });
  });

  r.get('/efficiency/forecast', readers, async (req, res) => {
    const now = new Date();
    const { format, ...q } = query(ForecastQuery, req);
    const { horizons, data } = await forecast(db, scoped(req.user!, q), now);
    if (format === 'xlsx') return exportList(res, forecastExport(q.by), pagesOf(wholeList(data)));
    res.json({ now: now.toISOString(), horizons: Object.fromEntries(Object.entries(horizons).map(([n, d]) => [n, d.toISOString()])), data, total: data.length });
  });
  return r;
}
