import { Router } from 'express';
import type { Db } from '../../db';
import { appendAudit } from '../../db/audit';
import { EXPERTISE_NEEDS, FIELD_NAMES, type Field } from '../../domain/resources';
import { requireUser } from '../auth/middleware';
import { notFound } from '../errors';
import { answerList, ListFormat, listResponses, wholeList, type ListExport } from '../lists';
import { document, userSecurity, z } from '../openapi';
import { body, parse, query } from '../validate';
import { FieldCode, Named, requireManage } from './authority';
import { departmentNames } from '../../db/departments';

// Check items that need outside expertise (F2): a field and what is needed, an expert (the draw adds one of that
// field to every team of a plan holding the item: domain/draw.ts zj-draw-3) or a third-party body (the draw assigns
// one of that field to every team: zj-draw-4). Kept beside the check-item catalog, not in it, so the catalog's own
// versions stay its own.

const ExpertiseView = z.object({ checkItem: Named, department: Named, field: FieldCode, need: z.enum(EXPERTISE_NEEDS) }).openapi('CheckItemExpertise');
const ExpertiseInput = z.object({ field: FieldCode, need: z.enum(EXPERTISE_NEEDS) }).openapi('CheckItemExpertiseInput');
const Code = z.object({ code: z.string().min(1).max(16) });
const ExpertiseQuery = z.object({ format: ListFormat });
type View = z.infer<typeof ExpertiseView>;
const expertiseExport: ListExport<View> = {
  fileName: '需专家的检查事项',
  sheetName: '需专家的检查事项',
  columns: [
    { header: '检查事项编码', width: 14, value: (x) => x.checkItem.code },
    { header: '检查事项', width: 36, value: (x) => x.checkItem.name },
    { header: '部门', width: 28, value: (x) => x.department.name },
    { header: '专业领域', width: 12, value: (x) => FIELD_NAMES[x.field] },
    { header: '需要', width: 16, value: (x) => (x.need === 'expert' ? '抽取专家' : '委托第三方机构') },
  ],
};

const tags = ['resources'];
const who = 'a supervisor of the item’s department, the district office or the administrator (403 resource-other-department); 404 check-item-not-found. Audited; plans approved afterwards draw by it, earlier draws keep theirs.';
document({ method: 'get', path: '/api/v1/check-item-expertise', operationId: 'listCheckItemExpertise', summary: 'List the check items that need an expert or a third-party body', tags, security: userSecurity, request: { query: ExpertiseQuery }, responses: listResponses(z.object({ data: z.array(ExpertiseView), total: z.number().int() }), 'by check item code') }, [400, 401, 403]);
document({ method: 'put', path: '/api/v1/check-items/{code}/expertise', operationId: 'setCheckItemExpertise', summary: 'Say a check item needs an expert or a third-party body of a field', tags, security: userSecurity, description: who, request: { params: Code, body: { content: { 'application/json': { schema: ExpertiseInput } } } }, responses: { 200: { description: 'the need as set', content: { 'application/json': { schema: ExpertiseView } } } } }, [400, 401, 403, 404]);
document({ method: 'delete', path: '/api/v1/check-items/{code}/expertise', operationId: 'clearCheckItemExpertise', summary: 'Say a check item needs no outside expertise', tags, security: userSecurity, description: `${who} Idempotent.`, request: { params: Code }, responses: { 204: { description: 'cleared' } } }, [400, 401, 403, 404]);

export function expertiseRoutes(db: Db): Router {
  const r = Router();

  async function item(code: string) {
    const row = (await db.models.check_items.findByPk(code, { raw: true })) as any;
    if (!row) throw notFound(`no check item ${code}`, { code: 'check-item-not-found', params: { code } });
    return row as { code: string; name: string; departmentCode: string };
  }

  r.get('/check-item-expertise', requireUser(db, 'admin', 'supervisor', 'leader', 'inspector', 'clerk'), async (req, res) => {
    const q = query(ExpertiseQuery, req);
    const rows = (await db.models.check_item_expertise.findAll({ order: [['checkItemCode', 'ASC']], raw: true })) as any[];
    const items = new Map(((await db.models.check_items.findAll({ where: { code: rows.map((x) => x.checkItemCode) }, raw: true })) as any[]).map((c) => [c.code, c]));
    const departments = await departmentNames(db);
    const data: View[] = rows.map((x) => {
      const c = items.get(x.checkItemCode);
      return { checkItem: { code: x.checkItemCode, name: c?.name ?? x.checkItemCode }, department: { code: c?.departmentCode ?? '', name: departments.get(c?.departmentCode) ?? '' }, field: x.field as Field, need: x.need };
    });
    await answerList(res, { ...q, page: 1, perPage: Math.max(data.length, 1) }, expertiseExport, wholeList(data));
  });

  r.put('/check-items/:code/expertise', requireUser(db, 'admin', 'supervisor'), async (req, res) => {
    const { code } = parse(Code, req.params, 'path');
    const input = body(ExpertiseInput, req);
    const c = await item(code);
    requireManage(req.user!, c.departmentCode);
    await db.writeTransaction(async (t) => {
      await db.models.check_item_expertise.upsert({ checkItemCode: code, field: input.field, need: input.need, setBy: req.user!.username, setAt: new Date() }, { transaction: t });
      await appendAudit(db, { actorType: 'user', actor: req.user!.username, action: 'checkItem.expertise', targetType: 'checkItem', targetId: code, detail: { field: input.field, fieldName: FIELD_NAMES[input.field], need: input.need } }, t);
    });
    res.json({ checkItem: { code, name: c.name }, department: { code: c.departmentCode, name: (await departmentNames(db)).get(c.departmentCode) ?? '' }, field: input.field, need: input.need });
  });

  r.delete('/check-items/:code/expertise', requireUser(db, 'admin', 'supervisor'), async (req, res) => {
    const { code } = parse(Code, req.params, 'path');
    const c = await item(code);
    requireManage(req.user!, c.departmentCode);
    await db.writeTransaction(async (t) => {
      const n = await db.models.check_item_expertise.destroy({ where: { checkItemCode: code }, transaction: t });
      if (n > 0) await appendAudit(db, { actorType: 'user', actor: req.user!.username, action: 'checkItem.expertiseCleared', targetType: 'checkItem', targetId: code }, t);
    });
    res.status(204).end();
  });
  return r;
}
