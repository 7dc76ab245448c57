import type { Db } from '../../db';
import { factCounts } from '../../db/factTallies';
import { col, complianceBy, industryName, names, rate, registerTallies, type StatRow, type StatScope, type StatSection } from './common';

// Hot spots (F14 热点分析): each town/street × industry section (GB/T 4754 门类) as a cell of a heat matrix, with
// its active entities, the inspections completed there (spot checks and routine checks, due in the period) and
// how many found a problem, the warnings raised and the credit-list entries made in the period. Rates:
// non-compliance per completed inspection (percent); warnings and listings per 1,000 active entities. The active
// entities per cell come from the register's tallies (db/entityTallies.ts), the inspections, warnings and listings
// of the period's whole months from the facts' tallies counted with them (db/factTallies.ts), the rest live.

/** Per 1,000 active entities, one decimal; null when the cell has none. */
const perThousand = (part: number, entities: number) => (entities > 0 ? Math.round((part / entities) * 10_000) / 10 : null);

export async function hotSpots(db: Db, s: StatScope): Promise<StatSection[]> {
  const departmentName = s.department ? ((await names(db, 'departments')).get(s.department) ?? s.department) : null;
  // The tallies first: a stale count is redone (with the facts' tallies) before those are read.
  const tallies = await registerTallies(db, s);
  // A listing names its deciding authority in words: a department's own entries are those it decided.
  const [inspections, warnings, listings] = await Promise.all([
    factCounts(db, 'inspection', s.from, s.to, { party: s.department }),
    factCounts(db, 'warning', s.from, s.to, { party: s.department }),
    factCounts(db, 'listing', s.from, s.to, { party: departmentName }),
  ]);
  const regions = await names(db, 'regions');
  const cells = new Map<string, Record<string, any>>();
  const at = (x: { regionCode: string; industrySection: string }) => {
    const region = x.regionCode;
    const industry = x.industrySection;
    const id = `${region}:${industry}`;
    let c = cells.get(id);
    if (!c) {
      const regionName = regions.get(region) ?? region;
      cells.set(id, (c = { id, label: `${regionName} · ${industryName(industry)}`, region, regionName, industry, industryName: industryName(industry), entities: 0, inspections: 0, nonCompliant: 0, warnings: 0, listings: 0 }));
    }
    return c;
  };
  for (const t of tallies.rows) if (t.status === 'active') at(t).entities += t.n;
  for (const [key, { total, nonCompliant }] of complianceBy(inspections, (x) => `${x.regionCode}\u0000${x.industrySection}`)) {
    const [regionCode, industrySection] = key.split('\u0000');
    const c = at({ regionCode, industrySection });
    c.inspections += total;
    c.nonCompliant += nonCompliant;
  }
  for (const x of warnings) at(x).warnings += x.n;
  for (const x of listings) at(x).listings += x.n;
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
      ...tallies.stamp,
    },
  ];
}
