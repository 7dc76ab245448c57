import { Router } from 'express';
import type { Db } from '../../db';
import { departmentsByCode } from '../../db/departments';
import { shanghaiDate } from '../../domain/workingDays';
import { requireUser } from '../auth/middleware';
import { badRequest, forbidden, notFound } from '../errors';
import { exportList, ListFormat, seesAll, wholeList, pagesOf, type ExportColumn } from '../lists';
import { document, userSecurity, z } from '../openapi';
import { date, query, text } from '../validate';
import { XLSX_TYPE } from '../workbook';
import { DRILL_FILTERS, DRILL_RESOURCES } from './common';
import { statistic, STATISTICS, type StatisticName, type StatRow, type StatSection } from './queries';

// F9: GET /api/v1/statistics/{name} — the numbers behind the leader's dashboard (综合统计) and a supervisor's
// department version. Leaders, administrators and the district office see every department (and may pick
// one); a supervisor sees their own department's numbers.

const StatisticsQuery = z.object({
  from: date().optional().describe('first day (Shanghai), default 1 January of `to`’s year'),
  to: date().optional().describe('last day (Shanghai), default today'),
  department: text().max(32).optional().describe('a department code: that department’s numbers (leaders, administrators and the district office; a supervisor always gets their own)'),
  section: text().max(32).optional().describe('with format=xlsx: only this section (its own columns); without, every section in one sheet'),
  format: ListFormat,
});
const StatColumn = z.object({ key: z.string(), title: z.string(), type: z.enum(['text', 'number', 'percent', 'amount']).describe('`amount`: yuan, in the table, not drawn') }).openapi('StatisticColumn');
const DrillFilter = z.enum(DRILL_FILTERS);
export const StatSectionSchema = z
  .object({
    key: z.string(),
    title: z.string().describe('Chinese title'),
    chart: z.enum(['bar', 'pie', 'line', 'heatmap']),
    columns: z.array(StatColumn),
    rows: z.array(z.object({ id: z.string().describe('the code the row stands for (drill-down value)'), label: z.string().describe('its name in words') }).catchall(z.union([z.string(), z.number(), z.null()]))),
    drill: z
      .object({
        resource: z.enum(DRILL_RESOURCES),
        filter: DrillFilter,
        key: z.string().optional().describe('the row field holding the value (default `id`)'),
        also: z.array(z.object({ filter: DrillFilter, key: z.string() })).optional().describe('further filters, each = the row’s field `key`'),
        fixed: z.record(DrillFilter, z.string()).optional().describe('filters that hold for every row, as given'),
        period: z.object({ from: z.string(), to: z.string() }).optional().describe('the list’s filters that take the statistic’s `from` and `to`'),
        column: z.string().optional().describe('the column whose number the list holds, when a row has several (a month’s `registrations`, not its changes)'),
      })
      .optional()
      .describe('the list a click on a row opens, filtered by `filter` = row id (or the row’s `key` field); a month row carries its own first and last day as `from` and `to`'),
    axes: z.object({ x: z.string(), y: z.string() }).optional().describe('heatmap: the row fields naming a cell’s column and row'),
    asOf: z.string().optional().describe('counted from the register’s tallies (refreshed by a Schedule every REGISTER_TALLY_MINUTES): when they were counted, ISO time'),
    countedEveryMinutes: z.number().int().optional().describe('with `asOf`: how often the Schedule counts them (REGISTER_TALLY_MINUTES)'),
  })
  .openapi('StatisticSection');
const Statistic = z
  .object({ name: z.enum(STATISTICS), from: z.string(), to: z.string(), department: z.object({ code: z.string(), name: z.string() }).nullable(), sections: z.array(StatSectionSchema) })
  .openapi('Statistic');
document(
  {
    method: 'get',
    path: '/api/v1/statistics/{name}',
    operationId: 'getStatistic',
    summary: 'Get the numbers behind a dashboard chart (F9)',
    description:
      '`entities` (a snapshot of the register by entity type, industry section, town/street, status and risk class; district-wide; from tallies a Schedule counts every REGISTER_TALLY_MINUTES, `asOf` saying when, as are the coverage denominators of `spotChecks` and the active entities of `hotSpots`), `registrations` (establishments by `establishedOn`, changes and deregistrations by event time, per month), `dualNotification` (per department: notices pushed, receipts and license decisions and their on-time rates, overdue now; results), `spotChecks` (per department: plans overlapping the period, random inspections due in it, completed, non-compliant; results; coverage of each risk class in `to`’s year; non-compliance by industry section and by check item), `cases` (per department and month: cases filed, decided and closed, open now; penalties by kind from case decisions and from collected penalty records, fines in yuan), `credit` (entries listed, delisted and active per credit list; screenings, restrictions found and measures in force per scenario; each department’s punishment feedback, the feedback board’s numbers), `warnings` (raised, handled, handled on time, open and overdue now, by level, rule and department), `hotSpots` (town/street × industry section: active entities, completed inspections and problems found with the rate per inspection, warnings and listings in the period with their rates per 1,000 active entities). Roles: leader, admin, supervisor.',
    tags: ['statistics'],
    security: userSecurity,
    request: { params: z.object({ name: z.enum(STATISTICS) }), query: StatisticsQuery },
    responses: { 200: { description: 'the statistic’s sections, each a table of rows; with format=xlsx a workbook', content: { 'application/json': { schema: Statistic }, [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } } } },
  },
  [400, 401, 403, 404],
);

const cell = (type: string) => (type === 'text' ? 'text' : 'number') as 'text' | 'number';

/** `tallyMinutes`: how often the Schedule counts the register (REGISTER_TALLY_MINUTES). */
export function statisticsRoutes(db: Db, tallyMinutes: number): Router {
  const r = Router();
  r.get('/statistics/:name', requireUser(db, 'leader', 'admin', 'supervisor'), async (req, res) => {
    const name = String(req.params.name);
    if (!(STATISTICS as readonly string[]).includes(name)) throw notFound(`no statistic ${name}`, { code: 'statistic-not-found', params: { name } });
    const q = query(StatisticsQuery, req);
    const user = req.user!;
    const to = q.to ?? shanghaiDate(new Date());
    const from = q.from ?? `${to.slice(0, 4)}-01-01`;
    if (from > to) throw badRequest('`from` is after `to`', [{ field: 'from', message: 'after to' }], { code: 'statistics-bad-period' });
    let department: string | null = q.department ?? null;
    if (!seesAll(user)) {
      if (department && department !== user.department.code) throw forbidden('a supervisor sees their own department’s statistics', { code: 'statistics-other-department' });
      department = user.department.code;
    }
    const dep = department ? ((await departmentsByCode(db)).get(department) ?? null) : null;
    if (department && !dep) throw badRequest(`no department ${department}`, [{ field: 'department', message: 'unknown department' }], { code: 'unknown-department', params: { department } });
    const sections = await statistic(db, name as StatisticName, { from, to, department, now: new Date(), tallyMinutes });
    if (q.format === 'xlsx') return exportSections(res, STATISTIC_TITLES[name as StatisticName], sections, q.section);
    res.json({ name, from, to, department: dep ? { code: dep.code, name: dep.name } : null, sections });
  });
  return r;
}

const STATISTIC_TITLES: Record<StatisticName, string> = { entities: '市场主体统计', registrations: '登记统计', dualNotification: '双告知统计', spotChecks: '双随机抽查统计', cases: '案件和处罚统计', credit: '信用名单和联合惩戒统计', warnings: '监管预警统计', hotSpots: '热点分析' };

/** Sections as a workbook titled `title`: one section with its own columns, or every section in one long sheet. */
export async function exportSections(res: import('express').Response, title: string, sections: StatSection[], only: string | undefined): Promise<void> {
  if (only) {
    const s = sections.find((x) => x.key === only);
    if (!s) throw badRequest(`no section ${only}`, [{ field: 'section', message: `one of ${sections.map((x) => x.key).join(', ')}` }], { code: 'statistic-section-not-found', params: { section: only } });
    const columns: Array<ExportColumn<StatRow>> = s.columns.map((c) => ({ header: c.type === 'percent' ? `${c.title}（%）` : c.title, type: cell(c.type), value: (row) => row[c.key] }));
    return exportList(res, { fileName: `${title}-${s.title}`, sheetName: s.title, columns }, pagesOf(wholeList(s.rows)));
  }
  // Every section in one sheet, long form: table, item, measure, value.
  const long = sections.flatMap((s) => s.rows.flatMap((row) => s.columns.filter((c) => c.key !== 'label').map((c) => ({ section: s.title, item: row.label, measure: c.type === 'percent' ? `${c.title}（%）` : c.title, value: row[c.key] }))));
  type Long = (typeof long)[number];
  const columns: Array<ExportColumn<Long>> = [
    { header: '统计表', value: (x) => x.section, width: 30 },
    { header: '项目', value: (x) => x.item, width: 30 },
    { header: '指标', value: (x) => x.measure, width: 16 },
    { header: '数值', type: 'number', value: (x) => x.value },
  ];
  return exportList(res, { fileName: title, sheetName: title, columns }, pagesOf(wholeList(long)));
}
