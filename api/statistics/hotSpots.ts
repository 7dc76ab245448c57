import type { Db } from '../../db';
import { entityTallies } from '../../db/entityTallies';
import { col, dayAfter, dayStart, industryName, names, num, rate, type StatRow, type StatScope, type StatSection } from './common';

// Hot spots (F14 热点分析): each town/street × industry section (GB/T 4754 门类) as a cell of a heat matrix, with
// its active entities, the inspections completed there (spot checks and routine checks, due in the period) and
// how many found a problem, the warnings raised and the credit-list entries made in the period. Rates:
// non-compliance per completed inspection (percent); warnings and listings per 1,000 active entities. The active
// entities per cell come from the register's tallies (db/entityTallies.ts).

/** Per 1,000 active entities, one decimal; null when the cell has none. */
const perThousand = (part: number, entities: number) => (entities > 0 ? Math.round((part / entities) * 10_000) / 10 : null);

export async function hotSpots(db: Db, s: StatScope): Promise<StatSection[]> {
  const range = [dayStart(s.from), dayAfter(s.to)];
  const cell = 'e.regionCode AS r, SUBSTR(e.industryCode, 1, 1) AS k';
  const groupBy = 'GROUP BY e.regionCode, SUBSTR(e.industryCode, 1, 1)';
  const dep = (column: string) => (s.department ? ` AND ${column} = ?` : '');
  const depParams = s.department ? [s.department] : [];
  const departmentName = s.department ? ((await names(db, 'departments')).get(s.department) ?? s.department) : null;
  const [tallies, inspections, warnings, listings] = await Promise.all([
    entityTallies(db, s.tallyMaxAgeSeconds, s.now),
    db.select<any>(
      `SELECT ${cell}, COUNT(*) AS n, SUM(CASE WHEN i.outcome <> 'no_problem' THEN 1 ELSE 0 END) AS bad FROM inspections i JOIN entities e ON e.creditCode = i.creditCode
       WHERE i.status = 'completed' AND i.dueAt >= ? AND i.dueAt < ?${dep('i.departmentCode')} ${groupBy}`,
      [...range, ...depParams],
    ),
    db.select<any>(`SELECT ${cell}, COUNT(*) AS n FROM warnings w JOIN entities e ON e.creditCode = w.creditCode WHERE w.raisedAt >= ? AND w.raisedAt < ?${dep('w.departmentCode')} ${groupBy}`, [...range, ...depParams]),
    // A listing names its deciding authority in words: a department's own entries are those it decided.
    db.select<any>(
      `SELECT ${cell}, COUNT(*) AS n FROM credit_listings l JOIN entities e ON e.creditCode = l.creditCode WHERE l.listedOn >= ? AND l.listedOn <= ?${s.department ? ' AND l.authority = ?' : ''} ${groupBy}`,
      [s.from, s.to, ...(departmentName ? [departmentName] : [])],
    ),
  ]);
  const regions = await names(db, 'regions');
  const cells = new Map<string, Record<string, any>>();
  const at = (x: any) => {
    const region = String(x.r ?? '');
    const industry = String(x.k ?? '');
    const id = `${region}:${industry}`;
    let c = cells.get(id);
    if (!c) {
      const regionName = regions.get(region) ?? region;
      cells.set(id, (c = { id, label: `${regionName} · ${industryName(industry)}`, region, regionName, industry, industryName: industryName(industry), entities: 0, inspections: 0, nonCompliant: 0, warnings: 0, listings: 0 }));
    }
    return c;
  };
  for (const t of tallies.rows) if (t.status === 'active') at({ r: t.regionCode, k: t.industrySection }).entities += t.n;
  for (const x of inspections) Object.assign(at(x), { inspections: num(x.n), nonCompliant: num(x.bad) });
  for (const x of warnings) at(x).warnings += num(x.n);
  for (const x of listings) at(x).listings += num(x.n);
  const rows: StatRow[] = [...cells.values()]
    .map((c): StatRow => ({ ...c, id: c.id as string, label: c.label as string, nonComplianceRate: rate(c.nonCompliant, c.inspections), warningsPerThousand: perThousand(c.warnings, c.entities), listingsPerThousand: perThousand(c.listings, c.entities) }))
    .sort((a, b) => String(a.region).localeCompare(String(b.region)) || String(a.industry).localeCompare(String(b.industry)));
  return [
    {
      key: 'matrix',
      title: '街镇 × 行业门类热点',
      chart: 'heatmap',
      axes: { x: 'industryName', y: 'regionName' },
      columns: [
        col('regionName', '街镇', 'text'), col('industryName', '行业门类', 'text'), col('entities', '存续主体'), col('inspections', '已完成检查'), col('nonCompliant', '发现问题'),
        col('nonComplianceRate', '问题发现率', 'percent'), col('warnings', '预警'), col('warningsPerThousand', '每千户预警'), col('listings', '列入名单'), col('listingsPerThousand', '每千户列入名单'),
      ],
      rows,
      drill: { resource: 'entities', filter: 'region', key: 'region', also: [{ filter: 'industry', key: 'industry' }] },
      asOf: tallies.asOf.toISOString(),
    },
  ];
}
