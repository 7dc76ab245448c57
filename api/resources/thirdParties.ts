import { Router } from 'express';
import { Op, UniqueConstraintError, type WhereOptions } from 'sequelize';
import type { Db } from '../../db';
import type { SessionUser } from '../../db/credentials';
import { appendAudit } from '../../db/audit';
import { FIELD_NAMES, qualificationLapsed, RESOURCE_STATUSES, RESOURCE_STATUS_NAMES, type Field, type ResourceStatus } from '../../domain/resources';
import { shanghaiDate } from '../../domain/workingDays';
import { requireUser } from '../auth/middleware';
import { AppError, notFound } from '../errors';
import { requireValidCreditCode } from '../ext/events';
import { answerList, listResponses, type ListExport } from '../lists';
import { document, userSecurity, z } from '../openapi';
import { body, date, parse, query, text } from '../validate';
import { FieldCode, Fields, listedDepartment, poolQuery, setResourceStatus, Named, plain, requireManage } from './authority';
import { departmentNames } from '../../db/departments';
import { keepingDepartment } from './experts';

// Third-party bodies (第三方机构): testing, appraisal and inspection bodies a department engages for items that
// need them, each once by its unified social credit code (GB 32100-2015, checked as new input is: RULES.md), with
// its qualification number and the day it is valid until. Deactivated, never deleted.

const ThirdPartyQuery = poolQuery('a fragment of the name or the credit code');
const ThirdPartyView = z
  .object({
    id: z.number().int(),
    name: z.string(),
    creditCode: z.string(),
    fields: z.array(FieldCode),
    qualificationNo: z.string(),
    validUntil: z.string(),
    lapsed: z.boolean().describe('the qualification’s valid-until day has passed (Asia/Shanghai)'),
    department: Named,
    status: z.enum(RESOURCE_STATUSES),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('ThirdParty');
const ThirdPartyInput = z
  .object({
    name: text().min(1).max(200),
    creditCode: text().length(18).describe('unified social credit code; one with a failing check character is refused (422 invalid-credit-code)'),
    fields: Fields.min(1),
    qualificationNo: text().min(1).max(64),
    validUntil: date(),
    departmentCode: text().min(1).max(32).optional().describe('the keeping department; absent: yours'),
  })
  .openapi('ThirdPartyInput');
const ThirdPartyChange = z.object({ name: text().min(1).max(200).optional(), fields: Fields.min(1).optional(), qualificationNo: text().min(1).max(64).optional(), validUntil: date().optional() }).openapi('ThirdPartyChange');
const Id = z.object({ id: z.coerce.number().int().min(1) });

const tags = ['resources'];
const managers = 'a supervisor of the keeping department, the district office or the administrator (403 resource-other-department)';
document({ method: 'get', path: '/api/v1/third-parties', operationId: 'listThirdParties', summary: 'List third-party bodies (第三方机构)', tags, security: userSecurity, request: { query: ThirdPartyQuery }, responses: listResponses(z.object({ data: z.array(ThirdPartyView), total: z.number().int() }), 'third-party bodies, by name') }, [400, 401, 403]);
document({ method: 'get', path: '/api/v1/third-parties/{id}', operationId: 'getThirdParty', summary: 'Get a third-party body', tags, security: userSecurity, request: { params: Id }, responses: { 200: { description: 'the body', content: { 'application/json': { schema: ThirdPartyView } } } } }, [400, 401, 403, 404]);
document({ method: 'post', path: '/api/v1/third-parties', operationId: 'createThirdParty', summary: 'Add a third-party body', tags, security: userSecurity, description: `${managers}. 422 invalid-credit-code; 409 third-party-exists (the credit code is known); 400 unknown-department. Audited (thirdParty.created).`, request: { body: { content: { 'application/json': { schema: ThirdPartyInput } } } }, responses: { 201: { description: 'the body', content: { 'application/json': { schema: ThirdPartyView } } } } }, [400, 401, 403, 409, 422]);
document({ method: 'patch', path: '/api/v1/third-parties/{id}', operationId: 'changeThirdParty', summary: 'Change a third-party body’s name, fields or qualification', tags, security: userSecurity, description: `${managers}; the credit code never changes. Audited (thirdParty.changed).`, request: { params: Id, body: { content: { 'application/json': { schema: ThirdPartyChange } } } }, responses: { 200: { description: 'the body as changed', content: { 'application/json': { schema: ThirdPartyView } } } } }, [400, 401, 403, 404]);
document({ method: 'post', path: '/api/v1/third-parties/{id}/deactivate', operationId: 'deactivateThirdParty', summary: 'Stop using a third-party body', tags, security: userSecurity, description: `${managers}; idempotent. Audited (thirdParty.deactivated).`, request: { params: Id }, responses: { 200: { description: 'the body, inactive', content: { 'application/json': { schema: ThirdPartyView } } } } }, [400, 401, 403, 404]);
document({ method: 'post', path: '/api/v1/third-parties/{id}/reactivate', operationId: 'reactivateThirdParty', summary: 'Use a third-party body again', tags, security: userSecurity, description: `${managers}; idempotent. Audited (thirdParty.reactivated).`, request: { params: Id }, responses: { 200: { description: 'the body, active', content: { 'application/json': { schema: ThirdPartyView } } } } }, [400, 401, 403, 404]);

type View = z.infer<typeof ThirdPartyView>;
type Row = { id: number; name: string; creditCode: string; fields: Field[]; qualificationNo: string; validUntil: string; departmentCode: string; status: ResourceStatus; createdAt: Date; updatedAt: Date };

const thirdPartyExport: ListExport<View> = {
  fileName: '第三方机构',
  sheetName: '第三方机构',
  columns: [
    { header: '机构名称', width: 32, value: (x) => x.name },
    { header: '统一社会信用代码', width: 22, value: (x) => x.creditCode },
    { header: '专业领域', width: 24, value: (x) => x.fields.map((f) => FIELD_NAMES[f]).join('、') },
    { header: '资质证书编号', width: 20, value: (x) => x.qualificationNo },
    { header: '有效期至', width: 12, value: (x) => x.validUntil + (x.lapsed ? '（已过期）' : '') },
    { header: '所属部门', width: 28, value: (x) => x.department.name },
    { header: '状态', width: 8, value: (x) => RESOURCE_STATUS_NAMES[x.status] },
  ],
};

async function views(db: Db, rows: Row[]): Promise<View[]> {
  const departments = await departmentNames(db);
  const today = shanghaiDate(new Date());
  return rows.map((x) => ({
    id: x.id,
    name: x.name,
    creditCode: x.creditCode,
    fields: x.fields,
    qualificationNo: x.qualificationNo,
    validUntil: String(x.validUntil).slice(0, 10),
    lapsed: qualificationLapsed(String(x.validUntil).slice(0, 10), today),
    department: { code: x.departmentCode, name: departments.get(x.departmentCode) ?? '' },
    status: x.status,
    createdAt: new Date(x.createdAt).toISOString(),
    updatedAt: new Date(x.updatedAt).toISOString(),
  }));
}

export function thirdPartyRoutes(db: Db): Router {
  const r = Router();
  const staff = requireUser(db, 'admin', 'supervisor', 'leader', 'inspector', 'clerk');
  const manager = requireUser(db, 'admin', 'supervisor');

  async function found(u: SessionUser, id: number): Promise<Row> {
    const row = await db.models.third_parties.findByPk(id);
    const x = row ? plain<Row>(row) : null;
    if (!x || listedDepartment(u, x.departmentCode) !== x.departmentCode) throw notFound(`no third-party body ${id}`, { code: 'third-party-not-found' });
    return x;
  }
  const viewOf = async (u: SessionUser, id: number) => (await views(db, [await found(u, id)]))[0];

  r.get('/third-parties', staff, async (req, res) => {
    const q = query(ThirdPartyQuery, req);
    const department = listedDepartment(req.user!, q.department);
    const fragment = q.q?.replace(/[%_]/g, '');
    const where: WhereOptions = {
      ...(department ? { departmentCode: department } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.field ? { fields: { [Op.like]: `%"${q.field}"%` } } : {}),
      ...(fragment ? { [Op.or]: [{ name: { [Op.like]: `%${fragment}%` } }, { creditCode: { [Op.like]: `%${fragment.toUpperCase()}%` } }] } : {}),
    };
    await answerList(res, q, thirdPartyExport, async (pageNo, perPage) => {
      const { rows, count } = await db.models.third_parties.findAndCountAll({ where, order: [['name', 'ASC'], ['id', 'ASC']], limit: perPage, offset: (pageNo - 1) * perPage });
      return { data: await views(db, rows.map((x) => plain<Row>(x))), total: count };
    });
  });

  r.get('/third-parties/:id', staff, async (req, res) => {
    const { id } = parse(Id, req.params, 'path');
    res.json(await viewOf(req.user!, id));
  });

  r.post('/third-parties', manager, async (req, res) => {
    const input = body(ThirdPartyInput, req);
    const creditCode = input.creditCode.toUpperCase();
    requireValidCreditCode(creditCode, 'creditCode');
    const departmentCode = await keepingDepartment(db, req.user!, input.departmentCode);
    const fields = [...input.fields].sort();
    const id = await db
      .writeTransaction(async (t) => {
        const now = new Date();
        const row = await db.models.third_parties.create({ name: input.name, creditCode, fields, qualificationNo: input.qualificationNo, validUntil: input.validUntil, departmentCode, status: 'active', createdBy: req.user!.username, createdAt: now, updatedAt: now }, { transaction: t });
        await appendAudit(db, { actorType: 'user', actor: req.user!.username, action: 'thirdParty.created', targetType: 'thirdParty', targetId: creditCode, detail: { name: input.name, fields, qualificationNo: input.qualificationNo, validUntil: input.validUntil, department: departmentCode } }, t);
        return row.get('id') as number;
      })
      .catch((err) => {
        // Two people adding the same body at once: the unique key lets one in.
        if (err instanceof UniqueConstraintError) throw new AppError(409, 'Conflict', `a third-party body with credit code ${creditCode} is already listed`, [{ field: 'creditCode', message: 'taken', code: 'third-party-exists' }], { code: 'third-party-exists', params: { creditCode } });
        throw err;
      });
    res.status(201).json(await viewOf(req.user!, id));
  });

  r.patch('/third-parties/:id', manager, async (req, res) => {
    const { id } = parse(Id, req.params, 'path');
    const change = body(ThirdPartyChange, req);
    const before = await found(req.user!, id);
    requireManage(req.user!, before.departmentCode);
    const was = { name: before.name, fields: before.fields, qualificationNo: before.qualificationNo, validUntil: String(before.validUntil).slice(0, 10) };
    const after = { name: change.name ?? was.name, fields: change.fields ? [...change.fields].sort() : was.fields, qualificationNo: change.qualificationNo ?? was.qualificationNo, validUntil: change.validUntil ?? was.validUntil };
    const changed = Object.fromEntries(Object.entries(after).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify((was as any)[k])));
    if (Object.keys(changed).length > 0) {
      await db.writeTransaction(async (t) => {
        await db.models.third_parties.update({ ...changed, updatedAt: new Date() }, { where: { id }, transaction: t });
        await appendAudit(db, { actorType: 'user', actor: req.user!.username, action: 'thirdParty.changed', targetType: 'thirdParty', targetId: before.creditCode, detail: { before: Object.fromEntries(Object.keys(changed).map((k) => [k, (was as any)[k]])), after: changed } }, t);
      });
    }
    res.json(await viewOf(req.user!, id));
  });

  const setStatus = (status: ResourceStatus) => async (req: any, res: any) => {
    const { id } = parse(Id, req.params, 'path');
    const before = await found(req.user!, id);
    requireManage(req.user!, before.departmentCode);
    await setResourceStatus(db, db.models.third_parties, { id, status, actor: req.user!.username, targetType: 'thirdParty', targetId: before.creditCode });
    res.json(await viewOf(req.user!, id));
  };
  r.post('/third-parties/:id/deactivate', manager, setStatus('inactive'));
  r.post('/third-parties/:id/reactivate', manager, setStatus('active'));
  return r;
}
