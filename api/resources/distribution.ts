import { Router } from 'express';
import type { Db } from '../../db';
import { departmentsByCode } from '../../db/departments';
import { DEFAULT_INSPECTOR_STATUS, FIELDS, FIELD_NAMES, INSPECTOR_STATUSES, INSPECTOR_STATUS_NAMES } from '../../domain/resources';
import { requireUser } from '../auth/middleware';
import { ListFormat } from '../lists';
import { document, userSecurity, z } from '../openapi';
import { exportSections, StatSectionSchema } from '../statistics/routes';
import type { StatRow, StatSection } from '../statistics/queries';
import { query } from '../validate';
import { XLSX_TYPE } from '../workbook';
import { inspectorsOf } from './inspectors';

// Distribution of supervision resources (监管资源分布, F2 "counts, structure and distribution analysis"): active
// inspectors per department, town/street, field and status; experts and third-party bodies per department and
// field; and the load: active entities a department supervises per inspector on duty. A department supervises an
// entity it licensed, inspected or was pushed a dual notification for. Sections have the statistics' shape
// (api/statistics/queries.ts StatSection), so the UI draws them with the dashboard's chart.

const DistributionQuery = z.object({ format: ListFormat, section: z.string().max(32).optional().describe('with format=xlsx: only this section') });
document(
  {
    method: 'get',
    path: '/api/v1/resources/distribution',
    operationId: 'getResourceDistribution',
    summary: 'Get the distribution of supervision resources (监管资源分布)',
    description: 'sections `byDepartment` (inspectors, on duty, experts, third parties, entities supervised, entities per inspector on duty), `byRegion`, `byField`, `byStatus`; district-wide. Roles: leader, admin, supervisor.',
    tags: ['resources'],
    security: userSecurity,
    request: { query: DistributionQuery },
    responses: { 200: { description: 'the sections, each a table of rows; with format=xlsx a workbook', content: { 'application/json': { schema: z.object({ sections: z.array(StatSectionSchema) }).openapi('ResourceDistribution') }, [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } } } },
  },
  [400, 401, 403],
);

const count = (n: unknown) => Number(n ?? 0);

export async function distribution(db: Db): Promise<StatSection[]> {
  const inspectors = await inspectorsOf(db, {});
  const departments = [...(await departmentsByCode(db)).values()].filter((d) => d.kind === 'bureau');
  const regions = (await db.models.regions.findAll({ order: [['code', 'ASC']], raw: true })) as any[];
  const [experts, thirdParties, supervised] = await Promise.all([
    db.select<{ departmentCode: string; fields: string }>("SELECT departmentCode, fields FROM experts WHERE status = 'active'"),
    db.select<{ departmentCode: string; fields: string }>("SELECT departmentCode, fields FROM third_parties WHERE status = 'active'"),
    db.select<{ d: string; n: number }>(
      `SELECT x.d AS d, COUNT(DISTINCT x.c) AS n FROM (
         SELECT departmentCode AS d, creditCode AS c FROM licenses
         UNION SELECT departmentCode AS d, creditCode AS c FROM inspections
         UNION SELECT departmentCode AS d, creditCode AS c FROM notifications WHERE departmentCode IS NOT NULL
       ) x JOIN entities e ON e.creditCode = x.c AND e.status = 'active' GROUP BY x.d`,
    ),
  ]);
  const fieldsOf = (row: { fields: string }) => JSON.parse(row.fields) as string[];
  const supervisedBy = new Map(supervised.map((s) => [s.d, count(s.n)]));
  const onDuty = inspectors.filter((i) => i.status === DEFAULT_INSPECTOR_STATUS);

  const byDepartment: StatRow[] = departments.map((d) => {
    const duty = onDuty.filter((i) => i.department.code === d.code).length;
    const entities = supervisedBy.get(d.code) ?? 0;
    return {
      id: d.code,
      label: d.name,
      inspectors: inspectors.filter((i) => i.department.code === d.code).length,
      onDuty: duty,
      experts: experts.filter((e) => e.departmentCode === d.code).length,
      thirdParties: thirdParties.filter((t) => t.departmentCode === d.code).length,
      entities,
      // No inspector on duty: no ratio (a blank cell), not infinity.
      perInspector: duty > 0 ? Math.round((entities / duty) * 10) / 10 : null,
    };
  });
  const byRegion: StatRow[] = regions.map((r) => ({ id: r.code, label: r.name, inspectors: inspectors.filter((i) => i.region?.code === r.code).length, onDuty: onDuty.filter((i) => i.region?.code === r.code).length }));
  const byField: StatRow[] = FIELDS.map((f) => ({
    id: f,
    label: FIELD_NAMES[f],
    inspectors: onDuty.filter((i) => i.fields.includes(f)).length,
    experts: experts.filter((e) => fieldsOf(e).includes(f)).length,
    thirdParties: thirdParties.filter((t) => fieldsOf(t).includes(f)).length,
  }));
  const byStatus: StatRow[] = INSPECTOR_STATUSES.map((s) => ({ id: s, label: INSPECTOR_STATUS_NAMES[s], inspectors: inspectors.filter((i) => i.status === s).length }));

  const label = (title: string) => ({ key: 'label', title, type: 'text' as const });
  const num = (key: string, title: string) => ({ key, title, type: 'number' as const });
  return [
    { key: 'byDepartment', title: '各部门执法力量与监管对象', chart: 'bar', columns: [label('部门'), num('onDuty', '在岗执法人员'), num('experts', '专家'), num('thirdParties', '第三方机构'), num('inspectors', '执法人员'), num('entities', '监管主体'), num('perInspector', '人均监管主体')], rows: byDepartment },
    { key: 'byRegion', title: '各镇街执法人员', chart: 'bar', columns: [label('镇街'), num('inspectors', '执法人员'), num('onDuty', '在岗执法人员')], rows: byRegion },
    { key: 'byField', title: '各专业领域监管资源', chart: 'bar', columns: [label('专业领域'), num('inspectors', '在岗执法人员'), num('experts', '专家'), num('thirdParties', '第三方机构')], rows: byField },
    { key: 'byStatus', title: '执法人员状态', chart: 'pie', columns: [label('状态'), num('inspectors', '执法人员')], rows: byStatus },
  ];
}

export function distributionRoutes(db: Db): Router {
  const r = Router();
  r.get('/resources/distribution', requireUser(db, 'leader', 'admin', 'supervisor'), async (req, res) => {
    const q = query(DistributionQuery, req);
    const sections = await distribution(db);
    if (q.format === 'xlsx') return exportSections(res, '监管资源分布', sections, q.section);
    res.json({ sections });
  });
  return r;
}
