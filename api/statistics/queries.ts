import type { Db } from '../../db';
import { entityStatusWord, outcomeWord, planStatusWord, riskClassWord, inspectionOutcomeWord } from '../listWords';
import { cases } from './cases';
import { col, complianceBy, dayAfter, dayStart, departmentDrill, industryName, LABEL, monthsOf, names, num, rate, registerStamp, registerTallies, rowPeriod, type Drill, type StatRow, type StatScope, type StatSection } from './common';
import { credit } from './credit';
import { hotSpots } from './hotSpots';
import { warnings } from './warnings';
import { tallyBy, type EntityTally } from '../../db/entityTallies';
import { countTasks } from '../../db/taskTallies';
import { checkItemCounts, coverageCounts, factCounts, monthlyCounts } from '../../db/factTallies';

export type { StatRow, StatSection } from './common';

// The numbers behind each dashboard chart (F9, GET /api/v1/statistics/{name}): every statistic is a few
// sections, each a small table of rows (names in words) that the UI draws as a chart and shows as a table.
// Each query is one GROUP BY over an index (db/schema.ts, steps 016 and 020), never a read of the rows themselves;
// what counts the whole register reads its tallies (db/entityTallies.ts), kept by a Schedule.
// Cases, credit lists, warnings and hot spots are in their own files beside this one.

export const STATISTICS = ['entities', 'registrations', 'dualNotification', 'spotChecks', 'cases', 'credit', 'warnings', 'hotSpots'] as const;
export type StatisticName = (typeof STATISTICS)[number];

// ---- entities: a snapshot of the register (district-wide: registration is the market regulator's) ----

async function entities(db: Db, s: StatScope): Promise<StatSection[]> {
  const { rows: tallies, stamp } = await registerTallies(db, s);
  const regions = await names(db, 'regions');
  const rows = (counts: Map<string, number>, label: (k: string) => string, order: 'count' | 'key' = 'count') =>
    [...counts]
      .map(([k, n]) => ({ id: k, label: label(k), entities: n }))
      .sort((a, b) => (order === 'count' ? b.entities - a.entities || a.id.localeCompare(b.id) : a.id.localeCompare(b.id)));
  const count = col('entities', '主体数');
  const by = (key: (r: EntityTally) => string) => tallyBy(tallies, key);
  const sections: StatSection[] = [
    { key: 'byType', title: '按主体类型', chart: 'pie', columns: [LABEL('主体类型'), count], rows: rows(by((r) => r.entityType), (k) => k || '未填写') },
    { key: 'byIndustry', title: '按行业门类', chart: 'bar', columns: [LABEL('行业门类'), count], rows: rows(by((r) => r.industrySection), (k) => industryName(k)), drill: { resource: 'entities', filter: 'industry' } },
    { key: 'byRegion', title: '按街镇', chart: 'bar', columns: [LABEL('街镇'), count], rows: rows(by((r) => r.regionCode), (k) => regions.get(k) ?? k), drill: { resource: 'entities', filter: 'region' } },
    { key: 'byStatus', title: '按登记状态', chart: 'pie', columns: [LABEL('登记状态'), count], rows: rows(by((r) => r.status), (k) => entityStatusWord(k)), drill: { resource: 'entities', filter: 'status' } },
    { key: 'byRiskClass', title: '按信用风险分类', chart: 'bar', columns: [LABEL('信用风险分类'), count], rows: rows(by((r) => r.riskClass), (k) => riskClassWord(k), 'key'), drill: { resource: 'entities', filter: 'riskClass' } },
  ];
  return sections.map((x) => ({ ...x, ...stamp }));
}

// ---- registrations and deregistrations per month ----

async function registrations(db: Db, s: StatScope): Promise<StatSection[]> {
  // Every month of the period its own row, however long the period: a month past a cap would have no row to count in.
  const months = monthsOf(s.from, s.to, Number.MAX_SAFE_INTEGER);
  // When the tallies were counted first: a stale count is redone (with the facts' tallies) before those are read.
  const stamp = await registerStamp(db, s);
  const [established, events] = await Promise.all([monthlyCounts(db, 'establishment', s.from, s.to), monthlyCounts(db, 'registerChange', s.from, s.to)]);
  const rows: StatRow[] = months.map((m) => ({ id: m, label: `${m.slice(0, 4)}年${Number(m.slice(5))}月`, ...rowPeriod(m, s), registrations: 0, changes: 0, deregistrations: 0 }));
  const byMonth = new Map(rows.map((r) => [r.id, r as Record<string, any>]));
  for (const x of established) byMonth.get(x.month)!.registrations += x.n;
  for (const x of events) byMonth.get(x.month)![x.kind === 'change' ? 'changes' : 'deregistrations'] += x.n;
  // A month opens the entities established in it; changes and deregistrations are registration events, which no list shows.
  const drill: Drill = { resource: 'entities', filter: 'establishedFrom', key: 'from', also: [{ filter: 'establishedTo', key: 'to' }], column: 'registrations' };
  return [{ key: 'byMonth', title: '每月设立、变更和注销登记', chart: 'line', columns: [LABEL('月份'), col('registrations', '设立登记'), col('changes', '变更登记'), col('deregistrations', '注销登记')], rows, drill, ...stamp }];
}

// ---- dual notification (双告知): notices, receipts, decisions and on-time rates per department ----

async function dualNotification(db: Db, s: StatScope): Promise<StatSection[]> {
  // The notices per month, department and decision from their tallies (a stale count is redone first): the board's
  // notices per department and the results both fold from them.
  const stamp = await registerStamp(db, s);
  const [notices, tasks] = await Promise.all([
    monthlyCounts(db, 'notice', s.from, s.to, s.department),
    countTasks(db, { from: s.from, to: s.to, types: ['receipt', 'licenseDecision'], department: s.department ?? undefined }, s.now),
  ]);
  const deps = await names(db, 'departments');
  const board = new Map<string, StatRow>();
  const row = (d: string | null) => {
    const id = d ?? '';
    let r = board.get(id);
    if (!r) {
      r = { id, label: d ? (deps.get(d) ?? d) : '待认领（多部门）', notices: 0, received: 0, receivedOnTime: 0, receiptOnTimeRate: null, decided: 0, decidedOnTime: 0, decisionOnTimeRate: null, overdueNow: 0 };
      board.set(id, r);
    }
    return r as Record<string, any>;
  };
  for (const x of notices) row(x.party).notices += x.n;
  for (const x of tasks) {
    const r = row(x.department);
    if (x.type === 'receipt') { r.received += x.completed; r.receivedOnTime += x.onTime; } else { r.decided += x.completed; r.decidedOnTime += x.onTime; }
    r.overdueNow += x.openOverdue;
  }
  const rows: StatRow[] = [...board.values()].map((r: Record<string, any>) => ({ ...r, id: r.id as string, label: r.label as string, receiptOnTimeRate: rate(r.receivedOnTime as number, r.received as number), decisionOnTimeRate: rate(r.decidedOnTime as number, r.decided as number) }));
  rows.sort((a, b) => (b.notices as number) - (a.notices as number) || a.id.localeCompare(b.id));
  // An undecided notice's decision is '' in the tallies.
  const decisions = new Map<string, number>();
  for (const x of notices) decisions.set(x.kind, (decisions.get(x.kind) ?? 0) + x.n);
  const decisionRows = [...decisions]
    .map(([k, n]) => ({ id: k || 'pending', label: k ? outcomeWord(k) : '尚未反馈', notices: n }))
    .sort((a, b) => b.notices - a.notices || a.id.localeCompare(b.id));
  return [
    {
      key: 'byDepartment',
      title: '各部门双告知办理情况',
      chart: 'bar',
      columns: [LABEL('部门'), col('notices', '推送告知'), col('received', '已接收'), col('receivedOnTime', '按时接收'), col('receiptOnTimeRate', '接收按时率', 'percent'), col('decided', '已反馈许可结果'), col('decidedOnTime', '按时反馈'), col('decisionOnTimeRate', '反馈按时率', 'percent'), col('overdueNow', '当前超期未办')],
      rows,
      // A department opens its receipts (接收回执 tasks) created in the period and completed: the `received` number.
      // The notices themselves have no list of their own; the unclaimed row (no department) opens nothing.
      drill: { resource: 'efficiency-tasks', filter: 'department', fixed: { type: 'receipt', status: 'completed' }, period: { from: 'createdFrom', to: 'createdTo' }, column: 'received' },
      ...stamp,
    },
    // No drill: the results count notices (by push time and decision), and no list shows notices; the licenseDecision
    // tasks are another count (by their own creation, one per department that decides).
    { key: 'byDecision', title: '许可办理结果', chart: 'pie', columns: [LABEL('结果'), col('notices', '告知数')], rows: decisionRows, ...stamp },
  ];
}

// ---- spot checks (双随机): plans, inspections and results per department, coverage of each risk class ----

/** The inspection list's filters for the period, as the spot-check numbers count it: by the planned date (dueAt). */
const DUE_PERIOD = { from: 'dueFrom', to: 'dueTo' };

async function spotChecks(db: Db, s: StatScope): Promise<StatSection[]> {
  const dep = (alias = '') => (s.department ? ` AND ${alias}departmentCode = ?` : '');
  const depParams = s.department ? [s.department] : [];
  const range = [dayStart(s.from), dayAfter(s.to)];
  const year = s.to.slice(0, 4);
  // The register's tallies first: a stale count is redone (with the facts' tallies) before those are read.
  const classes = await registerTallies(db, s);
  const [plans, inspected, covered, byIndustry, itemRows] = await Promise.all([
    db.select<any>(`SELECT departmentCode AS d, status AS k, COUNT(*) AS n FROM inspection_plans WHERE periodFrom <= ? AND periodTo >= ?${dep()} GROUP BY departmentCode, status`, [s.to, s.from, ...depParams]),
    // The inspections per department and per result in one pass over inspections_kind_due (a year of them is most of
    // this statistic's time): a few dozen groups, folded both ways below.
    db.select<any>(
      `SELECT departmentCode AS d, CASE WHEN status = 'completed' THEN COALESCE(outcome, '') ELSE NULL END AS k, COUNT(*) AS n
       FROM inspections WHERE kind = 'random' AND dueAt >= ? AND dueAt < ?${dep()} GROUP BY departmentCode, CASE WHEN status = 'completed' THEN COALESCE(outcome, '') ELSE NULL END`,
      [...range, ...depParams],
    ),
    coverageCounts(db, year, s.department),
    factCounts(db, 'inspection', s.from, s.to, { party: s.department, kind: 'random' }),
    nonComplianceByCheckItem(db, s),
  ]);
  const deps = await names(db, 'departments');
  const depRows = new Map<string, Record<string, any>>();
  const depRow = (d: string) => {
    let r = depRows.get(d);
    if (!r) depRows.set(d, (r = { id: d, label: deps.get(d) ?? d, plans: 0, plansCompleted: 0, inspections: 0, completed: 0, nonCompliant: 0, nonComplianceRate: null }));
    return r;
  };
  for (const x of plans) {
    const r = depRow(x.d);
    r.plans += num(x.n);
    if (x.k === 'completed') r.plansCompleted += num(x.n);
  }
  // `k`: the outcome of a completed inspection ('' if it has none); null while not completed.
  const outcomes = new Map<string, number>();
  for (const x of inspected) {
    const r = depRow(x.d);
    r.inspections += num(x.n);
    if (x.k === null || x.k === undefined) continue;
    r.completed += num(x.n);
    if (x.k !== '' && x.k !== 'no_problem') r.nonCompliant += num(x.n);
    outcomes.set(String(x.k), (outcomes.get(String(x.k)) ?? 0) + num(x.n));
  }
  const departmentRows: StatRow[] = [...depRows.values()].map((r) => ({ ...r, id: r.id as string, label: r.label as string, nonComplianceRate: rate(r.nonCompliant, r.completed) }));
  departmentRows.sort((a, b) => (b.inspections as number) - (a.inspections as number) || (b.plans as number) - (a.plans as number) || a.id.localeCompare(b.id));
  const coveredBy = covered;
  // Every class A–D has its row (an empty class shows as 0), then any other class the register holds.
  const entitiesBy = tallyBy(classes.rows.filter((r) => r.status === 'active'), (r) => r.riskClass);
  const coverage = [...new Set(['A', 'B', 'C', 'D', ...entitiesBy.keys()])].map((k) => {
    const inspected = coveredBy.get(k) ?? 0;
    const total = entitiesBy.get(k) ?? 0;
    return { id: k, label: riskClassWord(k), entities: total, inspected, coverageRate: rate(inspected, total) };
  });
  const industries = [...complianceBy(byIndustry, (x) => x.industrySection)]
    .map(([k, c]) => ({ id: k, label: industryName(k), completed: c.total, nonCompliant: c.nonCompliant, nonComplianceRate: rate(c.nonCompliant, c.total) }))
    .sort((a, b) => b.nonCompliant - a.nonCompliant || b.completed - a.completed || a.id.localeCompare(b.id));
  const planStatus = new Map<string, number>();
  for (const x of plans) planStatus.set(x.k, (planStatus.get(x.k) ?? 0) + num(x.n));
  return [
    {
      key: 'byDepartment',
      title: '各部门抽查计划、检查和结果',
      chart: 'bar',
      columns: [LABEL('部门'), col('plans', '抽查计划'), col('plansCompleted', '已完成计划'), col('inspections', '抽查检查'), col('completed', '已完成检查'), col('nonCompliant', '发现问题'), col('nonComplianceRate', '问题发现率', 'percent')],
      rows: departmentRows,
      drill: { resource: 'inspections', filter: 'department', fixed: { kind: 'random' }, period: DUE_PERIOD, column: 'inspections' },
    },
    { key: 'planStatus', title: '抽查计划状态', chart: 'pie', columns: [LABEL('计划状态'), col('plans', '计划数')], rows: [...planStatus].map(([k, n]) => ({ id: k, label: planStatusWord(k), plans: n })).sort((a, b) => b.plans - a.plans || a.id.localeCompare(b.id)) },
    {
      key: 'results',
      title: '抽查结果',
      chart: 'pie',
      columns: [LABEL('检查结果'), col('inspections', '检查数')],
      rows: [...outcomes].map(([k, n]) => ({ id: k, label: inspectionOutcomeWord(k || null), inspections: n })).sort((a, b) => b.inspections - a.inspections || a.id.localeCompare(b.id)),
      drill: { resource: 'inspections', filter: 'outcome', fixed: { kind: 'random', status: 'completed', ...departmentDrill(s, 'department') }, period: DUE_PERIOD },
    },
    {
      key: 'coverage',
      title: `${year}年各信用风险分类的抽查覆盖率`,
      chart: 'bar',
      columns: [LABEL('信用风险分类'), col('entities', '存续主体'), col('inspected', '已抽查主体'), col('coverageRate', '覆盖率', 'percent')],
      rows: coverage,
      drill: { resource: 'entities', filter: 'riskClass' },
      ...classes.stamp,
    },
    {
      key: 'byIndustry',
      title: '各行业门类的问题发现率',
      chart: 'bar',
      columns: [LABEL('行业门类'), col('completed', '已完成检查'), col('nonCompliant', '发现问题'), col('nonComplianceRate', '问题发现率', 'percent')],
      rows: industries,
      // A section opens the completed spot checks it counted (of entities in that section, due in the period).
      drill: { resource: 'inspections', filter: 'industry', fixed: { kind: 'random', status: 'completed', ...departmentDrill(s, 'department') }, period: DUE_PERIOD, column: 'completed' },
    },
    {
      key: 'byCheckItem',
      title: '各检查事项的不符合率',
      chart: 'bar',
      columns: [LABEL('检查事项'), col('checked', '已检查'), col('nonCompliant', '不符合'), col('nonComplianceRate', '不符合率', 'percent')],
      rows: itemRows,
      drill: { resource: 'inspections', filter: 'nonCompliantItem', fixed: { kind: 'random', status: 'completed', ...departmentDrill(s, 'department') }, period: DUE_PERIOD, column: 'nonCompliant' },
    },
  ];
}

/**
 * Per check item, of the completed random inspections due in the period: how often it was checked (found
 * compliant or not; `not_applicable` is not a check) and found non-compliant. The items are the results
 * recorded in each inspection (a JSON array), read by the database: the whole months from their tallies
 * (db/factTallies.ts), the rest live.
 */
async function nonComplianceByCheckItem(db: Db, s: StatScope): Promise<StatRow[]> {
  const counts = complianceBy(await checkItemCounts(db, s.from, s.to, s.department), (x) => x.checkItemCode);
  const items = new Map(((await db.models.check_items.findAll({ attributes: ['code', 'name'], raw: true })) as any[]).map((c) => [c.code, c.name as string]));
  return [...counts]
    .filter(([, c]) => c.total > 0)
    .map(([k, c]) => ({ id: k, label: items.get(k) ?? k, checked: c.total, nonCompliant: c.nonCompliant, nonComplianceRate: rate(c.nonCompliant, c.total) }))
    .sort((a, b) => b.nonCompliant - a.nonCompliant || b.checked - a.checked || a.id.localeCompare(b.id));
}

export async function statistic(db: Db, name: StatisticName, s: StatScope): Promise<StatSection[]> {
  switch (name) {
    case 'entities':
      return entities(db, s);
    case 'registrations':
      return registrations(db, s);
    case 'dualNotification':
      return dualNotification(db, s);
    case 'spotChecks':
      return spotChecks(db, s);
    case 'cases':
      return cases(db, s);
    case 'credit':
      return credit(db, s);
    case 'warnings':
      return warnings(db, s);
    case 'hotSpots':
      return hotSpots(db, s);
  }
}
