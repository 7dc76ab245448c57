import type { Db } from '../../db';
import { WARNING_LEVELS, WARNING_RULE_NAMES, WARNING_RULES } from '../../domain/warnings';
import { warningLevelWord } from '../listWords';
import { byLargest, col, dayAfter, dayStart, departmentDrill, departmentOf, type Drill, LABEL, names, num, rate, type StatRow, type StatScope, type StatSection } from './common';

// Supervision warnings (监管预警) for the dashboard (F9, F7): the warnings raised in the period by level, by rule
// and by responsible department; how many were handled, handled by the due time of their handling task
// (WARNING_HANDLING_WORKING_DAYS by level, domain/warnings.ts), are still open, and are open past that time now.

interface Counts { raised: number; handled: number; handledOnTime: number; open: number; overdueNow: number }
const COUNTS: Array<keyof Counts> = ['raised', 'handled', 'handledOnTime', 'open', 'overdueNow'];

export async function warnings(db: Db, s: StatScope): Promise<StatSection[]> {
  const dep = departmentOf(s, 'w.departmentCode');
  // Each warning has one handling task (domain/warnings.ts warningTaskKey: `warning:<id>/handle`, in its own
  // workflow or a scan's batch): its due time is the warning's.
  const groups = await db.select<any>(
    `SELECT w.level AS l, w.ruleCode AS r, w.departmentCode AS d, COUNT(*) AS raised,
       SUM(CASE WHEN w.status = 'closed' THEN 1 ELSE 0 END) AS handled,
       SUM(CASE WHEN w.status = 'closed' AND w.closedAt <= t.dueAt THEN 1 ELSE 0 END) AS handledOnTime,
       SUM(CASE WHEN w.status = 'open' THEN 1 ELSE 0 END) AS open,
       SUM(CASE WHEN w.status = 'open' AND t.dueAt < ? THEN 1 ELSE 0 END) AS overdueNow
     FROM warnings w LEFT JOIN tasks t ON t.taskKey = CONCAT('warning:', w.id, '/handle')
     WHERE w.raisedAt >= ? AND w.raisedAt < ?${dep.sql} GROUP BY w.level, w.ruleCode, w.departmentCode`,
    [s.now, dayStart(s.from), dayAfter(s.to), ...dep.params],
  );
  const deps = await names(db, 'departments');
  const tally = (key: (x: any) => string, label: (k: string) => string, always: readonly string[] = []) => {
    const rows = new Map<string, Record<string, any>>();
    const row = (k: string) => {
      let r = rows.get(k);
      if (!r) rows.set(k, (r = { id: k, label: label(k), raised: 0, handled: 0, handledOnTime: 0, onTimeRate: null, open: 0, overdueNow: 0 }));
      return r;
    };
    for (const k of always) row(k);
    for (const x of groups) {
      const r = row(key(x));
      for (const c of COUNTS) r[c] += num(x[c]);
    }
    return [...rows.values()].map((r): StatRow => ({ ...r, id: r.id as string, label: r.label as string, onTimeRate: rate(r.handledOnTime, r.handled) }));
  };
  const columns = (first: string) => [LABEL(first), col('raised', '预警'), col('handled', '已处置'), col('handledOnTime', '按时处置'), col('onTimeRate', '按时处置率', 'percent'), col('open', '待处置'), col('overdueNow', '当前超期')];
  // Manual warnings (主动预警) follow no rule: their row has no id, so it opens no filtered list.
  const byRule = tally((x) => x.r ?? '', (k) => (k ? (WARNING_RULE_NAMES[k as keyof typeof WARNING_RULE_NAMES] ?? k) : '主动预警（人工录入）'), WARNING_RULES);
  // A row opens the warnings raised in the period (of the statistic's department): its `raised` number.
  const drill = (filter: 'level' | 'ruleCode' | 'departmentCode'): Drill => ({ resource: 'warnings', filter, ...(filter === 'departmentCode' ? {} : { fixed: departmentDrill(s, 'departmentCode') }), period: { from: 'raisedFrom', to: 'raisedTo' }, column: 'raised' });
  return [
    { key: 'byLevel', title: '各等级预警的处置', chart: 'bar', columns: columns('预警等级'), rows: tally((x) => x.l, (k) => warningLevelWord(k), WARNING_LEVELS), drill: drill('level') },
    { key: 'byRule', title: '各预警规则的处置', chart: 'bar', columns: columns('预警规则'), rows: byRule.sort(byLargest('raised')), drill: drill('ruleCode') },
    { key: 'byDepartment', title: '各部门预警处置', chart: 'bar', columns: columns('责任部门'), rows: tally((x) => x.d, (k) => deps.get(k) ?? k).sort(byLargest('raised')), drill: drill('departmentCode') },
  ];
}
