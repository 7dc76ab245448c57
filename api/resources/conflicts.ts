import { Router } from 'express';
import { Op, UniqueConstraintError, type WhereOptions } from 'sequelize';
import type { Db } from '../../db';
import type { SessionUser } from '../../db/credentials';
import { appendAudit } from '../../db/audit';
import { peopleOf } from '../../db/people';
import { departmentNames } from '../../db/departments';
import { CONFLICT_PARTIES, CONFLICT_STATUSES, CONFLICT_STATUS_NAMES, type ConflictParty, type ConflictStatus } from '../../domain/resources';
import { requireUser } from '../auth/middleware';
import { conflict, forbidden, notFound, unprocessable } from '../errors';
import { answerList, ListFormat, listResponses, seesAll, type ListExport } from '../lists';
import { document, userSecurity, z } from '../openapi';
import { body, freeText, parse, query, text } from '../validate';
import { Named, plain, requireManage } from './authority';

// Conflicts of interest (回避; 行政处罚法 Art. 43): an inspector declares one of their own for an entity, or a
// supervisor declares one for an inspector, an expert or a third-party body of their department (a body that
// advised, tested for or is related to the entity), with a reason; a supervisor of the party's department (or the
// district office) confirms it or lifts it. Declared and confirmed conflicts keep the party out of the entity's
// teams (activities/inspections.ts recusals, db/drawPools.ts); one row per party and entity (unique key),
// which a declaration after a lift reopens. Nobody confirms a declaration they made (DESIGN.md rule 10).

const ConflictQuery = z.object({
  status: z.enum(CONFLICT_STATUSES).optional(),
  partyType: z.enum(CONFLICT_PARTIES).optional(),
  creditCode: text().max(18).optional(),
  department: text().optional().describe('those who see every department: the parties of one department'),
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(500).default(25),
  format: ListFormat,
});
const Person = z.object({ username: z.string(), displayName: z.string() });
const ConflictView = z
  .object({
    id: z.number().int(),
    party: z.object({ type: z.enum(CONFLICT_PARTIES), key: z.string().describe('credential number, expert id or the third-party body’s credit code'), name: z.string(), department: Named }),
    entity: z.object({ creditCode: z.string(), name: z.string() }),
    reason: z.string(),
    status: z.enum(CONFLICT_STATUSES),
    declaredBy: Person,
    declaredAt: z.string(),
    decidedBy: Person.nullable(),
    decidedAt: z.string().nullable(),
    liftReason: z.string().nullable(),
  })
  .openapi('Conflict');
const Declaration = z
  .object({
    partyType: z.enum(CONFLICT_PARTIES),
    partyKey: text().min(1).max(32).optional().describe('the inspector’s credential number, the expert’s id or the third-party body’s unified social credit code; an inspector declaring for themself leaves it out'),
    creditCode: text().length(18),
    reason: freeText().min(2).max(300),
  })
  .openapi('ConflictDeclaration');
const Lifting = z.object({ reason: freeText().min(2).max(300) }).openapi('ConflictLifting');
const Id = z.object({ id: z.coerce.number().int().min(1) });

const tags = ['resources'];
const deciders = 'a supervisor of the party’s department, the district office or the administrator (403 resource-other-department)';
document({ method: 'get', path: '/api/v1/conflicts', operationId: 'listConflicts', summary: 'List declared conflicts of interest (利益冲突)', tags, security: userSecurity, description: 'an inspector: their own; a supervisor: their department’s inspectors, experts and third-party bodies; the administrator, leaders and the district office: all. Newest first.', request: { query: ConflictQuery }, responses: listResponses(z.object({ data: z.array(ConflictView), total: z.number().int() }), 'conflicts') }, [400, 401, 403]);
document({ method: 'post', path: '/api/v1/conflicts', operationId: 'declareConflict', summary: 'Declare a conflict of interest', tags, security: userSecurity, description: 'an inspector for themself (403 conflict-own-only for anyone else); a supervisor for an inspector, expert or third-party body of their department. 404 conflict-party-not-found; 422 unknown-entity; 409 conflict-already-declared while one is declared or confirmed for the pair (one row, the unique key). A lifted one is reopened. Audited (conflict.declared).', request: { body: { content: { 'application/json': { schema: Declaration } } } }, responses: { 201: { description: 'the declaration', content: { 'application/json': { schema: ConflictView } } } } }, [400, 401, 403, 404, 409, 422]);
document({ method: 'post', path: '/api/v1/conflicts/{id}/confirm', operationId: 'confirmConflict', summary: 'Confirm a declared conflict', tags, security: userSecurity, description: `${deciders}; not the one who declared it (422 own-conflict-decision). 409 conflict-not-declared when confirmed or lifted already. Audited (conflict.confirmed).`, request: { params: Id }, responses: { 200: { description: 'the conflict, confirmed', content: { 'application/json': { schema: ConflictView } } } } }, [400, 401, 403, 404, 409, 422]);
document({ method: 'post', path: '/api/v1/conflicts/{id}/lift', operationId: 'liftConflict', summary: 'Lift a conflict', tags, security: userSecurity, description: `${deciders}, with a reason. 409 conflict-already-lifted. From then on the party may be drawn for the entity. Audited (conflict.lifted).`, request: { params: Id, body: { content: { 'application/json': { schema: Lifting } } } }, responses: { 200: { description: 'the conflict, lifted', content: { 'application/json': { schema: ConflictView } } } } }, [400, 401, 403, 404, 409]);

type View = z.infer<typeof ConflictView>;
type Row = { id: number; partyType: ConflictParty; partyKey: string; creditCode: string; reason: string; status: ConflictStatus; declaredBy: string; declaredAt: Date; decidedBy: string | null; decidedAt: Date | null; liftReason: string | null };
type Party = { type: ConflictParty; key: string; name: string; departmentCode: string };

const PARTY_NAMES: Record<ConflictParty, string> = { inspector: '执法人员', expert: '专家', thirdParty: '第三方机构' };

const conflictExport: ListExport<View> = {
  fileName: '利益冲突',
  sheetName: '利益冲突',
  columns: [
    { header: '申报人', width: 14, value: (c) => c.party.name },
    { header: '类别', width: 10, value: (c) => PARTY_NAMES[c.party.type] },
    { header: '部门', width: 28, value: (c) => c.party.department.name },
    { header: '市场主体', width: 32, value: (c) => c.entity.name },
    { header: '统一社会信用代码', width: 22, value: (c) => c.entity.creditCode },
    { header: '事由', width: 36, value: (c) => c.reason },
    { header: '状态', width: 8, value: (c) => CONFLICT_STATUS_NAMES[c.status] },
    { header: '申报人员', width: 14, value: (c) => c.declaredBy.displayName },
    { header: '申报时间', width: 20, value: (c) => new Date(c.declaredAt) },
    { header: '处理人', width: 14, value: (c) => c.decidedBy?.displayName ?? '' },
    { header: '解除事由', width: 30, value: (c) => c.liftReason ?? '' },
  ],
};

/** The parties named by the rows: inspectors by credential number, experts by id, bodies by credit code, with name and department. */
async function partiesOf(db: Db, keys: Array<{ type: ConflictParty; key: string }>): Promise<Map<string, Party>> {
  const credentials = [...new Set(keys.filter((k) => k.type === 'inspector').map((k) => k.key))];
  const expertIds = [...new Set(keys.filter((k) => k.type === 'expert').map((k) => Number(k.key)).filter(Number.isInteger))];
  const parties = new Map<string, Party>();
  if (credentials.length) for (const u of (await db.models.users.findAll({ where: { credentialNo: credentials }, raw: true })) as any[]) parties.set(`inspector:${u.credentialNo}`, { type: 'inspector', key: u.credentialNo, name: u.displayName, departmentCode: u.departmentCode });
  if (expertIds.length) for (const e of (await db.models.experts.findAll({ where: { id: expertIds }, raw: true })) as any[]) parties.set(`expert:${e.id}`, { type: 'expert', key: String(e.id), name: e.name, departmentCode: e.departmentCode });
  const bodyCodes = [...new Set(keys.filter((k) => k.type === 'thirdParty').map((k) => k.key))];
  if (bodyCodes.length) for (const t of (await db.models.third_parties.findAll({ where: { creditCode: bodyCodes }, raw: true })) as any[]) parties.set(`thirdParty:${t.creditCode}`, { type: 'thirdParty', key: t.creditCode, name: t.name, departmentCode: t.departmentCode });
  return parties;
}

async function views(db: Db, rows: Row[]): Promise<View[]> {
  const parties = await partiesOf(db, rows.map((r) => ({ type: r.partyType, key: r.partyKey })));
  const departments = await departmentNames(db);
  const codes = [...new Set(rows.map((r) => r.creditCode))];
  const entities = new Map(codes.length ? ((await db.models.entities.findAll({ where: { creditCode: codes }, attributes: ['creditCode', 'name'], raw: true })) as any[]).map((e) => [e.creditCode, e.name]) : []);
  const people = await peopleOf(db, rows.flatMap((r) => [r.declaredBy, r.decidedBy]));
  const person = (u: string | null) => (u ? { username: u, displayName: u === 'system' ? '系统迁移' : people.get(u)?.displayName ?? u } : null);
  return rows.map((r) => {
    const p = parties.get(`${r.partyType}:${r.partyKey}`);
    return {
      id: r.id,
      party: { type: r.partyType, key: r.partyKey, name: p?.name ?? r.partyKey, department: { code: p?.departmentCode ?? '', name: departments.get(p?.departmentCode ?? '') ?? '' } },
      entity: { creditCode: r.creditCode, name: entities.get(r.creditCode) ?? r.creditCode },
      reason: r.reason,
      status: r.status,
      declaredBy: person(r.declaredBy)!,
      declaredAt: new Date(r.declaredAt).toISOString(),
      decidedBy: person(r.decidedBy),
      decidedAt: r.decidedAt ? new Date(r.decidedAt).toISOString() : null,
      liftReason: r.liftReason,
    };
  });
}

export function conflictRoutes(db: Db): Router {
  const r = Router();
  const declarers = requireUser(db, 'admin', 'supervisor', 'inspector');
  const deciders = requireUser(db, 'admin', 'supervisor');

  const ownCredential = async (u: SessionUser): Promise<string | null> => ((await db.models.users.findByPk(u.id, { attributes: ['credentialNo'], raw: true })) as any)?.credentialNo ?? null;

  /** Which rows a reader sees: all, their department's parties, or (an inspector) their own. */
  async function visible(u: SessionUser): Promise<WhereOptions | null> {
    if (seesAll(u)) return null;
    if (u.roles.includes('supervisor')) return visibleDepartment(db, u.department.code);
    return { partyType: 'inspector', partyKey: (await ownCredential(u)) ?? '' };
  }

  async function found(u: SessionUser, id: number): Promise<{ row: Row; party: Party }> {
    const stored = await db.models.conflicts.findByPk(id);
    const row = stored ? plain<Row>(stored) : null;
    const party = row ? (await partiesOf(db, [{ type: row.partyType, key: row.partyKey }])).get(`${row.partyType}:${row.partyKey}`) : undefined;
    if (!row || !party) throw notFound(`no conflict ${id}`, { code: 'conflict-not-found' });
    requireManage(u, party.departmentCode);
    return { row, party };
  }
  const viewOf = async (id: number) => (await views(db, [plain<Row>(await db.models.conflicts.findByPk(id))]))[0];

  r.get('/conflicts', requireUser(db, 'admin', 'supervisor', 'inspector', 'leader'), async (req, res) => {
    const q = query(ConflictQuery, req);
    const u = req.user!;
    const scope = await visible(u);
    const byDepartment = q.department && seesAll(u) ? await visibleDepartment(db, q.department) : null;
    const where: WhereOptions = { [Op.and]: [scope ?? {}, byDepartment ?? {}, q.status ? { status: q.status } : {}, q.partyType ? { partyType: q.partyType } : {}, q.creditCode ? { creditCode: q.creditCode.toUpperCase() } : {}] };
    await answerList(res, q, conflictExport, async (pageNo, perPage) => {
      const { rows, count } = await db.models.conflicts.findAndCountAll({ where, order: [['id', 'DESC']], limit: perPage, offset: (pageNo - 1) * perPage });
      return { data: await views(db, rows.map((x) => plain<Row>(x))), total: count };
    });
  });

  r.post('/conflicts', declarers, async (req, res) => {
    const input = body(Declaration, req);
    const u = req.user!;
    const creditCode = input.creditCode.toUpperCase();
    // A body's credit code is stored in capitals, as the third-party register keeps it.
    let partyKey = input.partyType === 'thirdParty' ? input.partyKey?.toUpperCase() : input.partyKey;
    const supervises = u.roles.includes('supervisor') || u.roles.includes('admin');
    if (!supervises) {
      // An inspector declares their own conflicts, never another's.
      const own = await ownCredential(u);
      if (input.partyType !== 'inspector' || (partyKey !== undefined && partyKey !== own) || !own) throw forbidden('an inspector declares only their own conflicts', { code: 'conflict-own-only' });
      partyKey = own;
    }
    if (!partyKey) throw unprocessable('partyKey: whose conflict it is', [{ field: 'partyKey', message: 'required', code: 'conflict-party-required' }], { code: 'conflict-party-required' });
    const party = (await partiesOf(db, [{ type: input.partyType, key: partyKey }])).get(`${input.partyType}:${partyKey}`);
    if (!party) throw notFound(`no ${input.partyType} ${partyKey}`, { code: 'conflict-party-not-found' });
    if (supervises) requireManage(u, party.departmentCode);
    if (!(await db.models.entities.findByPk(creditCode))) throw unprocessable(`no market entity ${creditCode}`, [{ field: 'creditCode', message: 'unknown entity', code: 'unknown-entity' }], { code: 'unknown-entity', params: { creditCode } });
    const declared = { reason: input.reason, status: 'declared', declaredBy: u.username, declaredAt: new Date(), decidedBy: null, decidedAt: null, liftReason: null };
    const id = await db.writeTransaction(async (t) => {
      let rowId: number;
      const existing = await db.models.conflicts.findOne({ where: { partyType: input.partyType, partyKey, creditCode }, transaction: t });
      if (existing) {
        // Reopened only from lifted, in one conditional update: two declarations at once make one.
        const [n] = await db.models.conflicts.update(declared, { where: { id: existing.get('id'), status: 'lifted' }, transaction: t });
        if (n === 0) throw alreadyDeclared(existing.get('id') as number);
        rowId = existing.get('id') as number;
      } else {
        rowId = (await db.models.conflicts.create({ partyType: input.partyType, partyKey, creditCode, ...declared }, { transaction: t })).get('id') as number;
      }
      await appendAudit(db, { actorType: 'user', actor: u.username, action: 'conflict.declared', targetType: 'conflict', targetId: String(rowId), detail: { partyType: input.partyType, partyKey, creditCode, reason: input.reason } }, t);
      return rowId;
    }).catch(async (err) => {
      if (err instanceof UniqueConstraintError) throw alreadyDeclared(((await db.models.conflicts.findOne({ where: { partyType: input.partyType, partyKey, creditCode }, raw: true })) as any)?.id);
      throw err;
    });
    res.status(201).json(await viewOf(id));
  });

  r.post('/conflicts/:id/confirm', deciders, async (req, res) => {
    const { id } = parse(Id, req.params, 'path');
    const { row } = await found(req.user!, id);
    if (row.declaredBy === req.user!.username) throw unprocessable('nobody confirms a conflict they declared', undefined, { code: 'own-conflict-decision' });
    await db.writeTransaction(async (t) => {
      const [n] = await db.models.conflicts.update({ status: 'confirmed', decidedBy: req.user!.username, decidedAt: new Date() }, { where: { id, status: 'declared' }, transaction: t });
      if (n === 0) throw conflict(`conflict ${id} is not awaiting confirmation`, { code: 'conflict-not-declared' });
      await appendAudit(db, { actorType: 'user', actor: req.user!.username, action: 'conflict.confirmed', targetType: 'conflict', targetId: String(id) }, t);
    });
    res.json(await viewOf(id));
  });

  r.post('/conflicts/:id/lift', deciders, async (req, res) => {
    const { id } = parse(Id, req.params, 'path');
    const { reason } = body(Lifting, req);
    await found(req.user!, id);
    await db.writeTransaction(async (t) => {
      const [n] = await db.models.conflicts.update({ status: 'lifted', decidedBy: req.user!.username, decidedAt: new Date(), liftReason: reason }, { where: { id, status: { [Op.ne]: 'lifted' } }, transaction: t });
      if (n === 0) throw conflict(`conflict ${id} is lifted already`, { code: 'conflict-already-lifted' });
      await appendAudit(db, { actorType: 'user', actor: req.user!.username, action: 'conflict.lifted', targetType: 'conflict', targetId: String(id), detail: { reason } }, t);
    });
    res.json(await viewOf(id));
  });
  return r;
}

/** The parties of one department, for those who see all and filter by department. */
async function visibleDepartment(db: Db, department: string): Promise<WhereOptions> {
  const credentials = ((await db.models.users.findAll({ where: { departmentCode: department, credentialNo: { [Op.ne]: null } }, attributes: ['credentialNo'], raw: true })) as any[]).map((x) => x.credentialNo);
  const experts = ((await db.models.experts.findAll({ where: { departmentCode: department }, attributes: ['id'], raw: true })) as any[]).map((x) => String(x.id));
  const bodies = ((await db.models.third_parties.findAll({ where: { departmentCode: department }, attributes: ['creditCode'], raw: true })) as any[]).map((x) => x.creditCode as string);
  return { [Op.or]: [{ partyType: 'inspector', partyKey: credentials }, { partyType: 'expert', partyKey: experts }, { partyType: 'thirdParty', partyKey: bodies }] };
}

const alreadyDeclared = (id: number | undefined) => conflict('a conflict of this party for this entity is already declared', { code: 'conflict-already-declared', params: { id: id ?? 0 } });

