import { Router } from 'express';
import { Op } from 'sequelize';
import type { Db } from '../../db';
import type { SessionUser } from '../../db/credentials';
import { appendAudit } from '../../db/audit';
import { DEFAULT_INSPECTOR_STATUS, FIELD_NAMES, INSPECTOR_STATUSES, INSPECTOR_STATUS_NAMES, type Field, type InspectorStatus } from '../../domain/resources';
import { requireUser } from '../auth/middleware';
import { badRequest, notFound } from '../errors';
import { answerList, ListFormat, listResponses, wholeList, type ListExport } from '../lists';
import { document, userSecurity, z } from '../openapi';
import { body, parse, query, text } from '../validate';
import { FieldCode, Fields, listedDepartment, Named, plain, requireManage } from './authority';
import { departmentNames } from '../../db/departments';

// Inspectors (执法人员): the users with the inspector role and a credential number (执法证号), each with a profile
// of fields of competence and a status (在岗/休假/调离); only those on duty are drawn (activities/inspections.ts).
// Their accounts stay the administrator's (api/users); the profile and the region are their supervisor's.

const InspectorQuery = z.object({
  department: text().optional().describe('those who see every department: one department; others always see their own'),
  region: text().max(12).optional(),
  field: FieldCode.optional(),
  status: z.enum(INSPECTOR_STATUSES).optional(),
  q: text().max(64).optional().describe('a fragment of the name or the credential number'),
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(500).default(25),
  format: ListFormat,
});
const InspectorView = z
  .object({
    id: z.number().int().describe('the user id'),
    username: z.string(),
    displayName: z.string(),
    department: Named,
    credentialNo: z.string(),
    region: Named.nullable(),
    fields: z.array(FieldCode),
    status: z.enum(INSPECTOR_STATUSES),
    updatedAt: z.string().nullable().describe('when the profile was last changed; null before it was ever set'),
  })
  .openapi('Inspector');
const ProfileInput = z
  .object({
    fields: Fields,
    status: z.enum(INSPECTOR_STATUSES),
    regionCode: text().min(1).max(12).optional().describe('the town or street the inspector works in; absent: unchanged'),
  })
  .openapi('InspectorProfileInput');
const Id = z.object({ id: z.coerce.number().int().min(1) });

const tags = ['resources'];
document({ method: 'get', path: '/api/v1/inspectors', operationId: 'listInspectors', summary: 'List inspectors with their fields, region and status', tags, security: userSecurity, description: 'active users with the inspector role and a credential number; by name', request: { query: InspectorQuery }, responses: listResponses(z.object({ data: z.array(InspectorView), total: z.number().int() }), 'inspectors') }, [400, 401, 403]);
document({ method: 'get', path: '/api/v1/inspectors/{id}', operationId: 'getInspector', summary: 'Get an inspector', tags, security: userSecurity, request: { params: Id }, responses: { 200: { description: 'the inspector', content: { 'application/json': { schema: InspectorView } } } } }, [400, 401, 403, 404]);
document({ method: 'put', path: '/api/v1/inspectors/{id}/profile', operationId: 'setInspectorProfile', summary: 'Set an inspector’s fields of competence, status and region', tags, security: userSecurity, description: 'a supervisor of the inspector’s department, the district office or the administrator (403 resource-other-department); 404 inspector-not-found; 400 unknown-region. Audited (inspector.profile); nothing stored when refused.', request: { params: Id, body: { content: { 'application/json': { schema: ProfileInput } } } }, responses: { 200: { description: 'the inspector as changed', content: { 'application/json': { schema: InspectorView } } } } }, [400, 401, 403, 404]);

type View = z.infer<typeof InspectorView>;

const inspectorExport: ListExport<View> = {
  fileName: '执法人员',
  sheetName: '执法人员',
  columns: [
    { header: '姓名', width: 14, value: (i) => i.displayName },
    { header: '执法证号', width: 18, value: (i) => i.credentialNo },
    { header: '部门', width: 28, value: (i) => i.department.name },
    { header: '所在镇街', width: 16, value: (i) => i.region?.name ?? '' },
    { header: '专业领域', width: 28, value: (i) => i.fields.map((f) => FIELD_NAMES[f]).join('、') },
    { header: '状态', width: 8, value: (i) => INSPECTOR_STATUS_NAMES[i.status] },
  ],
};

/** Every active inspector of the department (all when none is named), with their profile, by name. */
export async function inspectorsOf(db: Db, where: { departmentCode?: string; id?: number }): Promise<View[]> {
  const users = ((await db.models.users.findAll({
    where: { active: true, credentialNo: { [Op.ne]: null }, roles: { [Op.like]: '%"inspector"%' }, ...(where.departmentCode ? { departmentCode: where.departmentCode } : {}), ...(where.id ? { id: where.id } : {}) },
    order: [['displayName', 'ASC'], ['id', 'ASC']],
  })) as any[]).map((u) => plain<any>(u));
  const ids = users.map((u) => u.id);
  const profiles = new Map(ids.length ? ((await db.models.inspector_profiles.findAll({ where: { userId: ids } })) as any[]).map((p) => [p.get('userId'), plain<any>(p)]) : []);
  const departments = await departmentNames(db);
  const regions = new Map(((await db.models.regions.findAll({ raw: true })) as any[]).map((r) => [r.code, r.name]));
  return users.map((u) => {
    const p = profiles.get(u.id);
    return {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      department: { code: u.departmentCode, name: departments.get(u.departmentCode) ?? '' },
      credentialNo: u.credentialNo,
      region: u.regionCode ? { code: u.regionCode, name: regions.get(u.regionCode) ?? '' } : null,
      fields: (p?.fields ?? []) as Field[],
      status: (p?.status ?? DEFAULT_INSPECTOR_STATUS) as InspectorStatus,
      updatedAt: p ? new Date(p.updatedAt).toISOString() : null,
    };
  });
}

export function inspectorRoutes(db: Db): Router {
  const r = Router();
  const staff = requireUser(db, 'admin', 'supervisor', 'leader', 'inspector', 'clerk');

  async function found(u: SessionUser, id: number) {
    const [inspector] = await inspectorsOf(db, { id });
    if (!inspector || listedDepartment(u, inspector.department.code) !== inspector.department.code) throw notFound(`no inspector ${id}`, { code: 'inspector-not-found' });
    return inspector;
  }

  r.get('/inspectors', staff, async (req, res) => {
    const q = query(InspectorQuery, req);
    const fragment = q.q?.toLowerCase();
    const rows = (await inspectorsOf(db, { departmentCode: listedDepartment(req.user!, q.department) })).filter(
      (i) => (!q.region || i.region?.code === q.region) && (!q.field || i.fields.includes(q.field)) && (!q.status || i.status === q.status) && (!fragment || i.displayName.includes(fragment) || i.credentialNo.toLowerCase().includes(fragment)),
    );
    await answerList(res, q, inspectorExport, wholeList(rows));
  });

  r.get('/inspectors/:id', staff, async (req, res) => {
    const { id } = parse(Id, req.params, 'path');
    res.json(await found(req.user!, id));
  });

  r.put('/inspectors/:id/profile', requireUser(db, 'admin', 'supervisor'), async (req, res) => {
    const { id } = parse(Id, req.params, 'path');
    const input = body(ProfileInput, req);
    const before = await found(req.user!, id);
    requireManage(req.user!, before.department.code);
    if (input.regionCode && !(await db.models.regions.findByPk(input.regionCode))) throw badRequest('regionCode: no such town or street', [{ field: 'regionCode', message: 'unknown region' }], { code: 'unknown-region', params: { region: input.regionCode } });
    const after = { fields: [...input.fields].sort(), status: input.status, regionCode: input.regionCode ?? before.region?.code ?? null };
    const was = { fields: before.fields, status: before.status, regionCode: before.region?.code ?? null };
    if (JSON.stringify(after) !== JSON.stringify(was)) {
      await db.writeTransaction(async (t) => {
        await db.models.inspector_profiles.upsert({ userId: id, fields: after.fields, status: after.status, updatedBy: req.user!.username, updatedAt: new Date() }, { transaction: t });
        if (after.regionCode !== was.regionCode) await db.models.users.update({ regionCode: after.regionCode }, { where: { id }, transaction: t });
        await appendAudit(db, { actorType: 'user', actor: req.user!.username, action: 'inspector.profile', targetType: 'user', targetId: before.username, detail: { before: was, after } }, t);
      });
    }
    res.json(await found(req.user!, id));
  });
  return r;
}
