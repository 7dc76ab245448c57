import { Router } from 'express';
import { Op, UniqueConstraintError, type WhereOptions } from 'sequelize';
import type { Db } from '../../db';
import type { SessionUser } from '../../db/credentials';
import { appendAudit } from '../../db/audit';
import { FIELD_NAMES, maskPhone, PHONE_PATTERN, RESOURCE_STATUSES, RESOURCE_STATUS_NAMES, type Field, type ResourceStatus } from '../../domain/resources';
import { requireUser } from '../auth/middleware';
import { AppError, badRequest, notFound } from '../errors';
import { answerList, listResponses, type ListExport } from '../lists';
import { document, userSecurity, z } from '../openapi';
import { body, parse, query, text } from '../validate';
import { FieldCode, Fields, listedDepartment, poolQuery, setResourceStatus, mayManage, Named, plain, requireManage } from './authority';
import { departmentNames, departmentsByCode } from '../../db/departments';

// The expert pool (专家库): outside experts a department keeps, drawn into the teams of plans whose check items
// need one (domain/draw.ts zj-draw-3). A phone number is personal data: in full to those who manage the expert,
// else 138****1234 (DESIGN.md rule 7). Taken out of the pool by deactivation, never deleted (the draws name them).

const ExpertQuery = poolQuery('a fragment of the name or the employer');
const Phone = text().regex(PHONE_PATTERN, 'a mobile number (11 digits) or a landline with its area code').describe('masked (138****1234) for those who do not manage the expert');
const ExpertView = z
  .object({ id: z.number().int(), name: z.string(), employer: z.string(), fields: z.array(FieldCode), phone: z.string(), department: Named, status: z.enum(RESOURCE_STATUSES), createdAt: z.string(), updatedAt: z.string() })
  .openapi('Expert');
const ExpertInput = z
  .object({
    name: text().min(1).max(64),
    employer: text().min(1).max(200),
    fields: Fields.min(1),
    phone: Phone,
    departmentCode: text().min(1).max(32).optional().describe('the keeping department; absent: yours (only the district office and the administrator name another)'),
  })
  .openapi('ExpertInput');
const ExpertChange = z.object({ name: text().min(1).max(64).optional(), employer: text().min(1).max(200).optional(), fields: Fields.min(1).optional(), phone: Phone.optional() }).openapi('ExpertChange');
const Id = z.object({ id: z.coerce.number().int().min(1) });

const tags = ['resources'];
const managers = 'a supervisor of the keeping department, the district office or the administrator (403 resource-other-department)';
document({ method: 'get', path: '/api/v1/experts', operationId: 'listExperts', summary: 'List the expert pool (专家库)', tags, security: userSecurity, request: { query: ExpertQuery }, responses: listResponses(z.object({ data: z.array(ExpertView), total: z.number().int() }), 'experts, by name') }, [400, 401, 403]);
document({ method: 'get', path: '/api/v1/experts/{id}', operationId: 'getExpert', summary: 'Get an expert', tags, security: userSecurity, request: { params: Id }, responses: { 200: { description: 'the expert', content: { 'application/json': { schema: ExpertView } } } } }, [400, 401, 403, 404]);
document({ method: 'post', path: '/api/v1/experts', operationId: 'createExpert', summary: 'Add an expert to the pool', tags, security: userSecurity, description: `${managers}. 409 expert-exists (the same name and phone number); 400 unknown-department. Audited (expert.created).`, request: { body: { content: { 'application/json': { schema: ExpertInput } } } }, responses: { 201: { description: 'the expert', content: { 'application/json': { schema: ExpertView } } } } }, [400, 401, 403, 409]);
document({ method: 'patch', path: '/api/v1/experts/{id}', operationId: 'changeExpert', summary: 'Change an expert’s name, employer, fields or phone', tags, security: userSecurity, description: `${managers}. 409 expert-exists. Audited (expert.changed).`, request: { params: Id, body: { content: { 'application/json': { schema: ExpertChange } } } }, responses: { 200: { description: 'the expert as changed', content: { 'application/json': { schema: ExpertView } } } } }, [400, 401, 403, 404, 409]);
document({ method: 'post', path: '/api/v1/experts/{id}/deactivate', operationId: 'deactivateExpert', summary: 'Take an expert out of the pool', tags, security: userSecurity, description: `${managers}; idempotent. A draw committed afterwards no longer draws them. Audited (expert.deactivated).`, request: { params: Id }, responses: { 200: { description: 'the expert, inactive', content: { 'application/json': { schema: ExpertView } } } } }, [400, 401, 403, 404]);
document({ method: 'post', path: '/api/v1/experts/{id}/reactivate', operationId: 'reactivateExpert', summary: 'Put an expert back into the pool', tags, security: userSecurity, description: `${managers}; idempotent. Audited (expert.reactivated).`, request: { params: Id }, responses: { 200: { description: 'the expert, active', content: { 'application/json': { schema: ExpertView } } } } }, [400, 401, 403, 404]);

type View = z.infer<typeof ExpertView>;
type Row = { id: number; name: string; employer: string; fields: Field[]; phone: string; departmentCode: string; status: ResourceStatus; createdAt: Date; updatedAt: Date };

const expertExport: ListExport<View> = {
  fileName: '专家库',
  sheetName: '专家库',
  columns: [
    { header: '姓名', width: 12, value: (e) => e.name },
    { header: '工作单位', width: 30, value: (e) => e.employer },
    { header: '专业领域', width: 24, value: (e) => e.fields.map((f) => FIELD_NAMES[f]).join('、') },
    { header: '联系电话', width: 16, value: (e) => e.phone },
    { header: '所属部门', width: 28, value: (e) => e.department.name },
    { header: '状态', width: 8, value: (e) => RESOURCE_STATUS_NAMES[e.status] },
  ],
};

export async function expertViews(db: Db, u: SessionUser, rows: Row[]): Promise<View[]> {
  const departments = await departmentNames(db);
  return rows.map((e) => ({
    id: e.id,
    name: e.name,
    employer: e.employer,
    fields: e.fields,
    phone: mayManage(u, e.departmentCode) ? e.phone : maskPhone(e.phone),
    department: { code: e.departmentCode, name: departments.get(e.departmentCode) ?? '' },
    status: e.status,
    createdAt: new Date(e.createdAt).toISOString(),
    updatedAt: new Date(e.updatedAt).toISOString(),
  }));
}

/** The department a new resource belongs to: the one named (checked to exist), else the creator's own. */
export async function keepingDepartment(db: Db, u: SessionUser, asked: string | undefined): Promise<string> {
  const code = asked ?? u.department.code;
  if (!(await departmentsByCode(db)).has(code)) throw badRequest('departmentCode: no such department', [{ field: 'departmentCode', message: 'unknown department' }], { code: 'unknown-department', params: { department: code } });
  requireManage(u, code);
  return code;
}

export function expertRoutes(db: Db): Router {
  const r = Router();
  const staff = requireUser(db, 'admin', 'supervisor', 'leader', 'inspector', 'clerk');
  const manager = requireUser(db, 'admin', 'supervisor');

  async function found(u: SessionUser, id: number): Promise<Row> {
    const row = await db.models.experts.findByPk(id);
    const e = row ? plain<Row>(row) : null;
    if (!e || listedDepartment(u, e.departmentCode) !== e.departmentCode) throw notFound(`no expert ${id}`, { code: 'expert-not-found' });
    return e;
  }
  const viewOf = async (u: SessionUser, id: number) => (await expertViews(db, u, [await found(u, id)]))[0];

  r.get('/experts', staff, async (req, res) => {
    const q = query(ExpertQuery, req);
    const department = listedDepartment(req.user!, q.department);
    const fragment = q.q?.replace(/[%_]/g, '');
    const where: WhereOptions = {
      ...(department ? { departmentCode: department } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.field ? { fields: { [Op.like]: `%"${q.field}"%` } } : {}),
      ...(fragment ? { [Op.or]: [{ name: { [Op.like]: `%${fragment}%` } }, { employer: { [Op.like]: `%${fragment}%` } }] } : {}),
    };
    await answerList(res, q, expertExport, async (pageNo, perPage) => {
      const { rows, count } = await db.models.experts.findAndCountAll({ where, order: [['name', 'ASC'], ['id', 'ASC']], limit: perPage, offset: (pageNo - 1) * perPage });
      return { data: await expertViews(db, req.user!, rows.map((x) => plain<Row>(x))), total: count };
    });
  });

  r.get('/experts/:id', staff, async (req, res) => {
    const { id } = parse(Id, req.params, 'path');
    res.json(await viewOf(req.user!, id));
  });

  r.post('/experts', manager, async (req, res) => {
    const input = body(ExpertInput, req);
    const departmentCode = await keepingDepartment(db, req.user!, input.departmentCode);
    const fields = [...input.fields].sort();
    const id = await db
      .writeTransaction(async (t) => {
        const now = new Date();
        const row = await db.models.experts.create({ name: input.name, employer: input.employer, fields, phone: input.phone, departmentCode, status: 'active', createdBy: req.user!.username, createdAt: now, updatedAt: now }, { transaction: t });
        // The phone number stays out of the audit log: the trace names who, not how to call them.
        await appendAudit(db, { actorType: 'user', actor: req.user!.username, action: 'expert.created', targetType: 'expert', targetId: String(row.get('id')), detail: { name: input.name, employer: input.employer, fields, department: departmentCode } }, t);
        return row.get('id') as number;
      })
      .catch(rethrowExists);
    res.status(201).json(await viewOf(req.user!, id));
  });

  r.patch('/experts/:id', manager, async (req, res) => {
    const { id } = parse(Id, req.params, 'path');
    const change = body(ExpertChange, req);
    const before = await found(req.user!, id);
    requireManage(req.user!, before.departmentCode);
    const after = { name: change.name ?? before.name, employer: change.employer ?? before.employer, fields: change.fields ? [...change.fields].sort() : before.fields, phone: change.phone ?? before.phone };
    const changed = Object.fromEntries(Object.entries(after).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify((before as any)[k])));
    if (Object.keys(changed).length > 0) {
      await db
        .writeTransaction(async (t) => {
          await db.models.experts.update({ ...changed, updatedAt: new Date() }, { where: { id }, transaction: t });
          const said = (o: Record<string, unknown>) => Object.fromEntries(Object.keys(changed).map((k) => [k, k === 'phone' ? 'changed' : o[k]]));
          await appendAudit(db, { actorType: 'user', actor: req.user!.username, action: 'expert.changed', targetType: 'expert', targetId: String(id), detail: { before: said(before), after: said(after) } }, t);
        })
        .catch(rethrowExists);
    }
    res.json(await viewOf(req.user!, id));
  });

  const setStatus = (status: ResourceStatus) => async (req: any, res: any) => {
    const { id } = parse(Id, req.params, 'path');
    const before = await found(req.user!, id);
    requireManage(req.user!, before.departmentCode);
    await setResourceStatus(db, db.models.experts, { id, status, actor: req.user!.username, targetType: 'expert', targetId: String(id) });
    res.json(await viewOf(req.user!, id));
  };
  r.post('/experts/:id/deactivate', manager, setStatus('inactive'));
  r.post('/experts/:id/reactivate', manager, setStatus('active'));
  return r;
}

/** The unique key (name, phone) let one of two same experts in: the other hears so. */
function rethrowExists(err: unknown): never {
  if (err instanceof UniqueConstraintError) throw new AppError(409, 'Conflict', 'an expert of this name and phone number is already in the pool', [{ field: 'phone', message: 'taken', code: 'expert-exists' }], { code: 'expert-exists' });
  throw err;
}
