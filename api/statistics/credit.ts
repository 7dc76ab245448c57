import { indexHint, type Db } from '../../db';
import { LIST_TYPE_NAMES, LIST_TYPES, SCENARIO_NAMES, SCENARIOS } from '../../domain/credit';
import { feedbackCounts } from '../credit/feedback';
import { byLargest, col, departmentDrill, departmentOf, LABEL, names, num, rate, type StatRow, type StatScope, type StatSection } from './common';
import { startOfShanghaiDay } from '../../domain/workingDays';

// Credit lists and joint punishment (信用名单, 联合惩戒) for the dashboard (F9, F6): entries listed and delisted
// per list, screenings and the restrictions they found per scenario with the measures in force there, and each
// department's feedback on notices, screening hits and liftings. The feedback numbers are the feedback board's
// (api/credit/feedback.ts, GET /api/v1/punishment-feedback), read by the same query.

export async function credit(db: Db, s: StatScope): Promise<StatSection[]> {
  const deps = await names(db, 'departments');
  // A listing names its deciding authority in words; a department's own entries are those it decided.
  const authority = s.department ? ' AND authority = ?' : '';
  const authorityParams = s.department ? [deps.get(s.department) ?? s.department] : [];
  const screeningDep = departmentOf(s, 'departmentCode');
  const [listed, ended, active, screenings, measures, feedback] = await Promise.all([
    // Each count reads the index that holds every column it asks for. Left to choose, MariaDB at times read the whole
    // table along credit_listings_document or _status instead (list type first, so no sort, but not covering):
    // 0.3–0.4 s instead of 0.02–0.03 s at 100,000 listings, on some runs and not others (bench/dashboards.ts; the
    // plans from the slow log).
    db.select<any>(`SELECT listType AS k, COUNT(*) AS n FROM credit_listings ${indexHint(db, 'credit_listings_listed')} WHERE listedOn >= ? AND listedOn <= ?${authority} GROUP BY listType`, [s.from, s.to, ...authorityParams]),
    db.select<any>(`SELECT listType AS k, COUNT(*) AS n FROM credit_listings ${indexHint(db, 'credit_listings_ended')} WHERE endedOn >= ? AND endedOn <= ?${authority} GROUP BY listType`, [s.from, s.to, ...authorityParams]),
    db.select<any>(`SELECT listType AS k, COUNT(*) AS n FROM credit_listings ${indexHint(db, s.department ? 'credit_listings_authority' : 'credit_listings_status')} WHERE status = 'active'${authority} GROUP BY listType`, authorityParams),
    db.select<any>(
      `SELECT scenario AS k, COUNT(*) AS n, SUM(CASE WHEN restricted THEN 1 ELSE 0 END) AS hits FROM screenings WHERE askedAt >= ? AND askedAt <= ?${screeningDep.sql} GROUP BY scenario`,
      [startOfShanghaiDay(s.from), new Date(`${s.to}T23:59:59.999+08:00`), ...screeningDep.params],
    ),
    db.select<any>(`SELECT scenario AS k, COUNT(*) AS n FROM punishment_measures WHERE active = ?${screeningDep.sql} GROUP BY scenario`, [true, ...screeningDep.params]),
    feedbackCounts(db, { from: s.from, to: s.to, department: s.department, now: s.now }),
  ]);
  const count = (xs: any[]) => new Map(xs.map((x) => [String(x.k), num(x.n)]));
  const [listedBy, endedBy, activeBy] = [count(listed), count(ended), count(active)];
  // Every list of the catalog has its row, then any list type a district added.
  const listTypes = [...new Set<string>([...LIST_TYPES, ...listedBy.keys(), ...endedBy.keys(), ...activeBy.keys()])];
  const listRows: StatRow[] = listTypes.map((k) => ({ id: k, label: LIST_TYPE_NAMES[k as keyof typeof LIST_TYPE_NAMES] ?? k, listed: listedBy.get(k) ?? 0, delisted: endedBy.get(k) ?? 0, activeNow: activeBy.get(k) ?? 0 }));

  const screeningsBy = new Map(screenings.map((x) => [String(x.k), x]));
  const measuresBy = count(measures);
  const scenarioRows: StatRow[] = [...new Set<string>([...SCENARIOS, ...screeningsBy.keys()])]
    .map((k) => {
      const n = num(screeningsBy.get(k)?.n);
      const hits = num(screeningsBy.get(k)?.hits);
      return { id: k, label: SCENARIO_NAMES[k as keyof typeof SCENARIO_NAMES] ?? k, measures: measuresBy.get(k) ?? 0, screenings: n, restricted: hits, restrictedRate: rate(hits, n) };
    })
    .sort(byLargest('screenings', 'measures'));

  const board = new Map<string, Record<string, any>>();
  for (const x of feedback) {
    let r = board.get(x.departmentCode);
    if (!r) board.set(x.departmentCode, (r = { id: x.departmentCode, label: deps.get(x.departmentCode) ?? x.departmentCode, notices: 0, noticesFedBack: 0, applied: 0, screeningHits: 0, screeningsFedBack: 0, liftings: 0, liftingsFedBack: 0, onTime: 0, fedBack: 0, overdueNow: 0 }));
    const [sent, fedBack] = x.type === 'punishmentNotice' ? ['notices', 'noticesFedBack'] : x.type === 'screeningFeedback' ? ['screeningHits', 'screeningsFedBack'] : ['liftings', 'liftingsFedBack'];
    r[sent] += x.sent;
    r[fedBack] += x.fedBack;
    if (x.type !== 'punishmentLifting') r.applied += x.applied;
    r.onTime += x.onTime;
    r.fedBack += x.fedBack;
    r.overdueNow += x.overdue;
  }
  const feedbackRows: StatRow[] = [...board.values()]
    .map(({ fedBack, ...r }) => ({ ...r, id: r.id as string, label: r.label as string, onTimeRate: rate(r.onTime, fedBack) }))
    .sort(byLargest('notices', 'screeningHits'));
  return [
    {
      key: 'byList',
      title: '各信用名单列入和移出',
      chart: 'bar',
      columns: [LABEL('名单'), col('listed', '列入'), col('delisted', '移出'), col('activeNow', '当前在列')],
      rows: listRows,
      // A list opens its entries listed in the period (the `listed` number); a department's version, those it decided.
      drill: { resource: 'credit-listings', filter: 'listType', fixed: departmentDrill(s, 'department'), period: { from: 'listedFrom', to: 'listedTo' }, column: 'listed' },
    },
    // No drill: screenings (核查) are answers to other systems' questions, kept for the count, with no list of their own.
    { key: 'byScenario', title: '各应用场景的核查和限制', chart: 'bar', columns: [LABEL('应用场景'), col('screenings', '核查次数'), col('restricted', '命中限制'), col('measures', '在用惩戒措施'), col('restrictedRate', '命中率', 'percent')], rows: scenarioRows },
    // No drill: the feedback board (反馈情况, GET /punishment-feedback) is this same table, not a list behind it.
    {
      key: 'feedback',
      title: '各部门联合惩戒反馈',
      chart: 'bar',
      columns: [
        LABEL('部门'), col('notices', '惩戒通知'), col('noticesFedBack', '已反馈通知'), col('screeningHits', '核查命中'), col('screeningsFedBack', '已反馈核查'), col('applied', '已实施限制'),
        col('liftings', '解除惩戒'), col('liftingsFedBack', '已确认解除'), col('onTime', '按时反馈'), col('onTimeRate', '反馈按时率', 'percent'), col('overdueNow', '当前超期未反馈'),
      ],
      rows: feedbackRows,
    },
  ];
}
