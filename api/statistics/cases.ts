import type { Db } from '../../db';
import { PENALTY_KINDS } from '../../domain/inspections';
import { penaltyKindWord } from '../listWords';
import { byLargest, col, dayAfter, dayStart, departmentDrill, departmentOf, jsonItems, jsonValue, LABEL, periodBuckets, monthsOf, names, num, rowPeriod, type StatRow, type StatScope, type StatSection } from './common';

// Enforcement cases (案件) and penalties (行政处罚) for the dashboard (F9): per department and per month, cases
// filed (立案), decided (作出处理决定) and closed (结案: decided, or closed at filing as not filed or transferred);
// penalties by kind, from this platform's case decisions and from the penalty records collected from other
// systems (归集), side by side and never added together, since one decision may arrive both ways.

const money = (v: unknown) => Math.round(num(v) * 100) / 100;

export async function cases(db: Db, s: StatScope): Promise<StatSection[]> {
  const months = monthsOf(s.from, s.to);
  const range = [dayStart(s.from), dayAfter(s.to)];
  const dep = departmentOf(s, 'c.departmentCode');
  const bucket = (column: string) => periodBuckets(column, months, (m) => dayStart(`${m}-01`));
  const filedBy = bucket('c.filedAt');
  const decidedBy = bucket('c.decidedAt');
  const closedBy = bucket('t.completedAt');
  const kind = jsonValue(db, 'c.penalty', '$.penaltyKind');
  const kinds = jsonItems(db, 'r.data', '$.penaltyKinds', ['']);
  const [filed, decided, closedAtFiling, open, decisions, collected] = await Promise.all([
    db.select<any>(`SELECT c.departmentCode AS d, ${filedBy.sql} AS m, COUNT(*) AS n FROM enforcement_cases c WHERE c.filedAt >= ? AND c.filedAt < ?${dep.sql} GROUP BY c.departmentCode, ${filedBy.sql}`, [...filedBy.params, ...range, ...dep.params, ...filedBy.params]),
    db.select<any>(
      `SELECT c.departmentCode AS d, ${decidedBy.sql} AS m, COUNT(*) AS n, SUM(CASE WHEN c.outcome = 'penalty' THEN 1 ELSE 0 END) AS penalties
       FROM enforcement_cases c WHERE c.decidedAt >= ? AND c.decidedAt < ?${dep.sql} GROUP BY c.departmentCode, ${decidedBy.sql}`,
      [...decidedBy.params, ...range, ...dep.params, ...decidedBy.params],
    ),
    // A case closed at filing has no decision time: its filing task's completion is when it closed.
    db.select<any>(
      `SELECT c.departmentCode AS d, ${closedBy.sql} AS m, COUNT(*) AS n FROM enforcement_cases c JOIN tasks t ON t.workflowId = c.workflowId AND t.type = 'caseFiling'
       WHERE c.stage = 'closed' AND c.filedAt IS NULL AND t.status = 'completed' AND t.completedAt >= ? AND t.completedAt < ?${dep.sql} GROUP BY c.departmentCode, ${closedBy.sql}`,
      [...closedBy.params, ...range, ...dep.params, ...closedBy.params],
    ),
    db.select<any>(`SELECT c.departmentCode AS d, COUNT(*) AS n FROM enforcement_cases c WHERE c.stage <> 'closed'${dep.sql} GROUP BY c.departmentCode`, dep.params),
    db.select<any>(
      `SELECT ${kind} AS k, COUNT(*) AS n, SUM(${jsonValue(db, 'c.penalty', '$.amount')}) AS amount FROM enforcement_cases c
       WHERE c.outcome = 'penalty' AND c.decidedAt >= ? AND c.decidedAt < ?${dep.sql} GROUP BY ${kind}`,
      [...range, ...dep.params],
    ),
    db.select<any>(
      `SELECT ${kinds.field('')} AS k, COUNT(*) AS n, SUM(CASE WHEN ${kinds.field('')} = 'fine' THEN ${jsonValue(db, 'r.data', '$.fineAmount')} ELSE 0 END) AS amount
       FROM records r, ${kinds.from} WHERE r.kind = 'penalty' AND r.occurredOn >= ? AND r.occurredOn <= ?${departmentOf(s, 'r.departmentCode').sql} GROUP BY ${kinds.field('')}`,
      [s.from, s.to, ...departmentOf(s, 'r.departmentCode').params],
    ),
  ]);

  const deps = await names(db, 'departments');
  const board = new Map<string, Record<string, any>>();
  const depRow = (d: string) => {
    let r = board.get(d);
    if (!r) board.set(d, (r = { id: d, label: deps.get(d) ?? d, filed: 0, casesDecided: 0, penalties: 0, closed: 0, openNow: 0 }));
    return r;
  };
  const monthRows: Array<Record<string, any>> = months.map((m) => ({ id: m, label: `${m.slice(0, 4)}年${Number(m.slice(5))}月`, ...rowPeriod(m, s), filed: 0, casesDecided: 0, closed: 0 }));
  for (const x of filed) { depRow(x.d).filed += num(x.n); monthRows[num(x.m)].filed += num(x.n); }
  // A decision closes its case in the same step (workflows/enforcementCase.ts): decided cases are closed ones.
  for (const x of decided) {
    const r = depRow(x.d);
    r.casesDecided += num(x.n); r.penalties += num(x.penalties); r.closed += num(x.n);
    monthRows[num(x.m)].casesDecided += num(x.n); monthRows[num(x.m)].closed += num(x.n);
  }
  for (const x of closedAtFiling) { depRow(x.d).closed += num(x.n); monthRows[num(x.m)].closed += num(x.n); }
  for (const x of open) depRow(x.d).openNow += num(x.n);
  const departmentRows = ([...board.values()] as StatRow[]).sort(byLargest('filed', 'openNow'));

  const decisionsBy = new Map(decisions.map((x) => [String(x.k), x]));
  const collectedBy = new Map(collected.map((x) => [String(x.k), x]));
  // Every kind of the penalty law has its row (an unused kind shows 0); fines carry their amount in yuan.
  const penaltyRows: StatRow[] = PENALTY_KINDS.map((k) => ({
    id: k,
    label: penaltyKindWord(k),
    decisions: num(decisionsBy.get(k)?.n),
    decisionAmount: k === 'fine' ? money(decisionsBy.get(k)?.amount) : null,
    collected: num(collectedBy.get(k)?.n),
    collectedAmount: k === 'fine' ? money(collectedBy.get(k)?.amount) : null,
  }));
  return [
    {
      key: 'byDepartment',
      title: '各部门案件办理情况',
      chart: 'bar',
      columns: [LABEL('部门'), col('filed', '立案'), col('casesDecided', '作出处理决定'), col('penalties', '给予处罚'), col('closed', '结案'), col('openNow', '当前在办')],
      rows: departmentRows,
      drill: { resource: 'cases', filter: 'department' },
    },
    {
      key: 'byMonth',
      title: '每月立案、决定和结案',
      chart: 'line',
      columns: [LABEL('月份'), col('filed', '立案'), col('casesDecided', '作出处理决定'), col('closed', '结案')],
      rows: monthRows as StatRow[],
      // A month opens the cases filed in it (the department's, for a department's version).
      drill: { resource: 'cases', filter: 'filedFrom', key: 'from', also: [{ filter: 'filedTo', key: 'to' }], fixed: departmentDrill(s, 'department'), column: 'filed' },
    },
    {
      key: 'penalties',
      title: '行政处罚种类和罚款金额',
      chart: 'bar',
      columns: [LABEL('处罚种类'), col('decisions', '本平台处罚决定'), col('decisionAmount', '决定罚款金额（元）', 'amount'), col('collected', '归集处罚记录'), col('collectedAmount', '归集罚款金额（元）', 'amount')],
      rows: penaltyRows,
      // A kind opens this platform's cases decided in the period with that penalty; the collected records are another
      // system's decisions, with no list here.
      drill: { resource: 'cases', filter: 'penaltyKind', fixed: { outcome: 'penalty', ...departmentDrill(s, 'department') }, period: { from: 'decidedFrom', to: 'decidedTo' }, column: 'decisions' },
    },
  ];
}
