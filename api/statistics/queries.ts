import type { Db } from '../../db';
import { entityStatusWord, outcomeWord, planStatusWord, riskClassWord, inspectionOutcomeWord } from '../listWords';

// The numbers behind each dashboard chart (F9, GET /api/v1/statistics/{name}): every statistic is a few
// sections, each a small table of rows (names in words) that the UI draws as a chart and shows as a table.
// Each query is one GROUP BY over an index (db/schema.ts, step 016), never a read of the rows themselves.

export type ColumnType = 'text' | 'number' | 'percent';
export interface StatColumn {
  key: string;
  /** The Chinese header (the workbook's; the UI translates the key). */
  title: string;
  type: ColumnType;
}
export interface StatRow {
  /** The code the row stands for (a region code, a status, a month): the drill-down filter's value. */
  id: string;
  label: string;
  [key: string]: string | number | null;
}
export interface StatSection {
  key: string;
  title: string;
  chart: 'bar' | 'pie' | 'line';
  columns: StatColumn[];
  rows: StatRow[];
  /** A click on a bar opens this list filtered by `filter` = the row's id (absent: no such list). */
  drill?: { resource: 'entities'; filter: 'region' | 'industry' | 'status' | 'riskClass' };
}
export interface StatScope {
  /** Inclusive dates YYYY-MM-DD (Shanghai). */
  from: string;
  to: string;
  /** Null: every department. */
  department: string | null;
  now: Date;
}

export const STATISTICS = ['entities', 'registrations', 'dualNotification', 'spotChecks'] as const;
export type StatisticName = (typeof STATISTICS)[number];

/** GB/T 4754-2017 sections (门类) by letter: an industry code's first letter. */
export const INDUSTRY_SECTION_NAMES: Record<string, string> = {
  A: '农、林、牧、渔业', B: '采矿业', C: '制造业', D: '电力、热力、燃气及水生产和供应业', E: '建筑业', F: '批发和零售业', G: '交通运输、仓储和邮政业',
  H: '住宿和餐饮业', I: '信息传输、软件和信息技术服务业', J: '金融业', K: '房地产业', L: '租赁和商务服务业', M: '科学研究和技术服务业',
  N: '水利、环境和公共设施管理业', O: '居民服务、修理和其他服务业', P: '教育', Q: '卫生和社会工作', R: '文化、体育和娱乐业', S: '公共管理、社会保障和社会组织', T: '国际组织',
};
const industryName = (letter: string | null) => (letter && INDUSTRY_SECTION_NAMES[letter.toUpperCase()]) || '未分类';

const num = (v: unknown) => Number(v ?? 0);
/** A share in percent with one decimal, null when there is nothing to divide. */
export const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);
const col = (key: string, title: string, type: ColumnType = 'number'): StatColumn => ({ key, title, type });
const LABEL = (title: string) => col('label', title, 'text');

/** The start of a Shanghai day as an instant. */
const dayStart = (date: string) => new Date(`${date}T00:00:00+08:00`);
/** The instant after a Shanghai day (an exclusive upper bound). */
const dayAfter = (date: string) => new Date(dayStart(date).getTime() + 86_400_000);

async function names(db: Db, table: 'departments' | 'regions'): Promise<Map<string, string>> {
  return new Map(((await db.models[table].findAll({ attributes: ['code', 'name'], raw: true })) as any[]).map((d) => [d.code, d.name as string]));
}

// ---- entities: a snapshot of the register (district-wide: registration is the market regulator's) ----

async function entities(db: Db): Promise<StatSection[]> {
  const [byType, byIndustry, byRegion, byStatus, byRisk] = await Promise.all([
    db.select<any>('SELECT entityType AS k, COUNT(*) AS n FROM entities GROUP BY entityType'),
    db.select<any>('SELECT SUBSTR(industryCode, 1, 1) AS k, COUNT(*) AS n FROM entities GROUP BY SUBSTR(industryCode, 1, 1)'),
    db.select<any>('SELECT regionCode AS k, COUNT(*) AS n FROM entities GROUP BY regionCode'),
    db.select<any>('SELECT status AS k, COUNT(*) AS n FROM entities GROUP BY status'),
    db.select<any>('SELECT riskClass AS k, COUNT(*) AS n FROM entities GROUP BY riskClass'),
  ]);
  const regions = await names(db, 'regions');
  const rows = (xs: any[], label: (k: string) => string, order: 'count' | 'key' = 'count') =>
    xs
      .map((x) => ({ id: String(x.k ?? ''), label: label(String(x.k ?? '')), entities: num(x.n) }))
      .sort((a, b) => (order === 'count' ? b.entities - a.entities || a.id.localeCompare(b.id) : a.id.localeCompare(b.id)));
  const count = col('entities', '主体数');
  return [
    { key: 'byType', title: '按主体类型', chart: 'pie', columns: [LABEL('主体类型'), count], rows: rows(byType, (k) => k || '未填写') },
    { key: 'byIndustry', title: '按行业门类', chart: 'bar', columns: [LABEL('行业门类'), count], rows: rows(byIndustry, (k) => industryName(k)), drill: { resource: 'entities', filter: 'industry' } },
    { key: 'byRegion', title: '按街镇', chart: 'bar', columns: [LABEL('街镇'), count], rows: rows(byRegion, (k) => regions.get(k) ?? k), drill: { resource: 'entities', filter: 'region' } },
    { key: 'byStatus', title: '按登记状态', chart: 'pie', columns: [LABEL('登记状态'), count], rows: rows(byStatus, (k) => entityStatusWord(k)), drill: { resource: 'entities', filter: 'status' } },
    { key: 'byRiskClass', title: '按信用风险分类', chart: 'bar', columns: [LABEL('信用风险分类'), count], rows: rows(byRisk, (k) => riskClassWord(k), 'key'), drill: { resource: 'entities', filter: 'riskClass' } },
  ];
}

// ---- registrations and deregistrations per month ----

/** The months (YYYY-MM) from `from`'s to `to`'s, at most 36. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const last = to.slice(0, 7);
  while (out.length < 36) {
    const k = `${y}-${String(m).padStart(2, '0')}`;
    out.push(k);
    if (k >= last) break;
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

/** A CASE expression numbering the month a value falls in (bounds as parameters), so one GROUP BY counts every month. */
function monthBuckets(column: string, months: string[], bound: (month: string) => unknown): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const whens = months.slice(1).map((m, i) => {
    params.push(bound(m));
    return `WHEN ${column} < ? THEN ${i}`;
  });
  return { sql: whens.length ? `CASE ${whens.join(' ')} ELSE ${months.length - 1} END` : '0', params };
}

async function registrations(db: Db, s: StatScope): Promise<StatSection[]> {
  const months = monthsOf(s.from, s.to);
  const byDate = monthBuckets('establishedOn', months, (m) => `${m}-01`);
  const established = await db.select<any>(`SELECT ${byDate.sql} AS m, COUNT(*) AS n FROM entities WHERE establishedOn >= ? AND establishedOn <= ? GROUP BY ${byDate.sql}`, [...byDate.params, s.from, s.to, ...byDate.params]);
  const byTime = monthBuckets('occurredAt', months, (m) => dayStart(`${m}-01`));
  const events = await db.select<any>(
    `SELECT action AS a, ${byTime.sql} AS m, COUNT(*) AS n FROM registration_events WHERE action IN ('change', 'deregister') AND occurredAt >= ? AND occurredAt < ? GROUP BY action, ${byTime.sql}`,
    [...byTime.params, dayStart(s.from), dayAfter(s.to), ...byTime.params],
  );
  const rows: StatRow[] = months.map((m) => ({ id: m, label: `${m.slice(0, 4)}年${Number(m.slice(5))}月`, registrations: 0, changes: 0, deregistrations: 0 }));
  for (const x of established) (rows[num(x.m)].registrations as number) += num(x.n);
  for (const x of events) (rows[num(x.m)][x.a === 'change' ? 'changes' : 'deregistrations'] as number) += num(x.n);
  return [{ key: 'byMonth', title: '每月设立、变更和注销登记', chart: 'line', columns: [LABEL('月份'), col('registrations', '设立登记'), col('changes', '变更登记'), col('deregistrations', '注销登记')], rows }];
}

// ---- dual notification (双告知): notices, receipts, decisions and on-time rates per department ----

async function dualNotification(db: Db, s: StatScope): Promise<StatSection[]> {
  const dep = s.department ? ' AND departmentCode = ?' : '';
  const depParams = s.department ? [s.department] : [];
  const range = [dayStart(s.from), dayAfter(s.to)];
  const [notices, tasks, decisions] = await Promise.all([
    db.select<any>(`SELECT departmentCode AS d, COUNT(*) AS n FROM notifications WHERE pushedAt >= ? AND pushedAt < ?${dep} GROUP BY departmentCode`, [...range, ...depParams]),
    db.select<any>(
      `SELECT type AS t, departmentCode AS d,
         SUM(CASE WHEN status = 'completed' THEN 1 ELSE 0 END) AS done,
         SUM(CASE WHEN status = 'completed' AND completedAt <= dueAt THEN 1 ELSE 0 END) AS onTime,
         SUM(CASE WHEN status IN ('open', 'claimed') AND dueAt < ? THEN 1 ELSE 0 END) AS overdue
       FROM tasks WHERE type IN ('receipt', 'licenseDecision') AND createdAt >= ? AND createdAt < ?${dep} GROUP BY type, departmentCode`,
      [s.now, ...range, ...depParams],
    ),
    db.select<any>(`SELECT decision AS k, COUNT(*) AS n FROM notifications WHERE pushedAt >= ? AND pushedAt < ?${dep} GROUP BY decision`, [...range, ...depParams]),
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
  for (const x of notices) row(x.d).notices += num(x.n);
  for (const x of tasks) {
    const r = row(x.d);
    if (x.t === 'receipt') { r.received += num(x.done); r.receivedOnTime += num(x.onTime); } else { r.decided += num(x.done); r.decidedOnTime += num(x.onTime); }
    r.overdueNow += num(x.overdue);
  }
  const rows: StatRow[] = [...board.values()].map((r: Record<string, any>) => ({ ...r, id: r.id as string, label: r.label as string, receiptOnTimeRate: rate(r.receivedOnTime as number, r.received as number), decisionOnTimeRate: rate(r.decidedOnTime as number, r.decided as number) }));
  rows.sort((a, b) => (b.notices as number) - (a.notices as number) || a.id.localeCompare(b.id));
  const decisionRows = decisions
    .map((x) => ({ id: x.k ?? 'pending', label: x.k ? outcomeWord(x.k) : '尚未反馈', notices: num(x.n) }))
    .sort((a, b) => b.notices - a.notices || a.id.localeCompare(b.id));
  return [
    {
      key: 'byDepartment',
      title: '各部门双告知办理情况',
      chart: 'bar',
      columns: [LABEL('部门'), col('notices', '推送告知'), col('received', '已接收'), col('receivedOnTime', '按时接收'), col('receiptOnTimeRate', '接收按时率', 'percent'), col('decided', '已反馈许可结果'), col('decidedOnTime', '按时反馈'), col('decisionOnTimeRate', '反馈按时率', 'percent'), col('overdueNow', '当前超期未办')],
      rows,
    },
    { key: 'byDecision', title: '许可办理结果', chart: 'pie', columns: [LABEL('结果'), col('notices', '告知数')], rows: decisionRows },
  ];
}

// ---- spot checks (双随机): plans, inspections and results per department, coverage of each risk class ----

async function spotChecks(db: Db, s: StatScope): Promise<StatSection[]> {
  const dep = (alias = '') => (s.department ? ` AND ${alias}departmentCode = ?` : '');
  const depParams = s.department ? [s.department] : [];
  const range = [dayStart(s.from), dayAfter(s.to)];
  const year = s.to.slice(0, 4);
  const yearRange = [dayStart(`${year}-01-01`), dayAfter(`${year}-12-31`)];
  const [plans, byDepartment, outcomes, classes, covered, byIndustry] = await Promise.all([
    db.select<any>(`SELECT departmentCode AS d, status AS k, COUNT(*) AS n FROM inspection_plans WHERE periodFrom <= ? AND periodTo >= ?${dep()} GROUP BY departmentCode, status`, [s.to, s.from, ...depParams]),
    db.select<any>(
      `SELECT departmentCode AS d, COUNT(*) AS n,
         SUM(CASE WHEN status = 'completed' THEN 1 ELSE 0 END) AS done,
         SUM(CASE WHEN status = 'completed' AND outcome <> 'no_problem' THEN 1 ELSE 0 END) AS bad
       FROM inspections WHERE kind = 'random' AND dueAt >= ? AND dueAt < ?${dep()} GROUP BY departmentCode`,
      [...range, ...depParams],
    ),
    db.select<any>(`SELECT outcome AS k, COUNT(*) AS n FROM inspections WHERE kind = 'random' AND status = 'completed' AND dueAt >= ? AND dueAt < ?${dep()} GROUP BY outcome`, [...range, ...depParams]),
    db.select<any>(`SELECT riskClass AS k, COUNT(*) AS n FROM entities WHERE status = 'active' GROUP BY riskClass`),
    db.select<any>(
      `SELECT e.riskClass AS k, COUNT(DISTINCT i.creditCode) AS n FROM inspections i JOIN entities e ON e.creditCode = i.creditCode
       WHERE i.kind = 'random' AND i.status = 'completed' AND i.dueAt >= ? AND i.dueAt < ?${dep('i.')} GROUP BY e.riskClass`,
      [...yearRange, ...depParams],
    ),
    db.select<any>(
      `SELECT SUBSTR(e.industryCode, 1, 1) AS k, COUNT(*) AS n, SUM(CASE WHEN i.outcome <> 'no_problem' THEN 1 ELSE 0 END) AS bad
       FROM inspections i JOIN entities e ON e.creditCode = i.creditCode
       WHERE i.kind = 'random' AND i.status = 'completed' AND i.dueAt >= ? AND i.dueAt < ?${dep('i.')} GROUP BY SUBSTR(e.industryCode, 1, 1)`,
      [...range, ...depParams],
    ),
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
  for (const x of byDepartment) Object.assign(depRow(x.d), { inspections: num(x.n), completed: num(x.done), nonCompliant: num(x.bad) });
  const departmentRows: StatRow[] = [...depRows.values()].map((r) => ({ ...r, id: r.id as string, label: r.label as string, nonComplianceRate: rate(r.nonCompliant, r.completed) }));
  departmentRows.sort((a, b) => (b.inspections as number) - (a.inspections as number) || (b.plans as number) - (a.plans as number) || a.id.localeCompare(b.id));
  const coveredBy = new Map(covered.map((x) => [String(x.k), num(x.n)]));
  // Every class A–D has its row (an empty class shows as 0), then any other class the register holds.
  const entitiesBy = new Map(classes.map((x) => [String(x.k), num(x.n)]));
  const coverage = [...new Set(['A', 'B', 'C', 'D', ...entitiesBy.keys()])].map((k) => {
    const inspected = coveredBy.get(k) ?? 0;
    const total = entitiesBy.get(k) ?? 0;
    return { id: k, label: riskClassWord(k), entities: total, inspected, coverageRate: rate(inspected, total) };
  });
  const industries = byIndustry
    .map((x) => ({ id: String(x.k ?? ''), label: industryName(x.k), completed: num(x.n), nonCompliant: num(x.bad), nonComplianceRate: rate(num(x.bad), num(x.n)) }))
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
    },
    { key: 'planStatus', title: '抽查计划状态', chart: 'pie', columns: [LABEL('计划状态'), col('plans', '计划数')], rows: [...planStatus].map(([k, n]) => ({ id: k, label: planStatusWord(k), plans: n })).sort((a, b) => b.plans - a.plans || a.id.localeCompare(b.id)) },
    { key: 'results', title: '抽查结果', chart: 'pie', columns: [LABEL('检查结果'), col('inspections', '检查数')], rows: outcomes.map((x) => ({ id: String(x.k ?? ''), label: inspectionOutcomeWord(x.k), inspections: num(x.n) })).sort((a, b) => b.inspections - a.inspections || a.id.localeCompare(b.id)) },
    {
      key: 'coverage',
      title: `${year}年各信用风险分类的抽查覆盖率`,
      chart: 'bar',
      columns: [LABEL('信用风险分类'), col('entities', '存续主体'), col('inspected', '已抽查主体'), col('coverageRate', '覆盖率', 'percent')],
      rows: coverage,
      drill: { resource: 'entities', filter: 'riskClass' },
    },
    { key: 'byIndustry', title: '各行业门类的问题发现率', chart: 'bar', columns: [LABEL('行业门类'), col('completed', '已完成检查'), col('nonCompliant', '发现问题'), col('nonComplianceRate', '问题发现率', 'percent')], rows: industries, drill: { resource: 'entities', filter: 'industry' } },
  ];
}

export async function statistic(db: Db, name: StatisticName, s: StatScope): Promise<StatSection[]> {
  switch (name) {
    case 'entities':
      return entities(db);
    case 'registrations':
      return registrations(db, s);
    case 'dualNotification':
      return dualNotification(db, s);
    case 'spotChecks':
      return spotChecks(db, s);
  }
}
