import crypto from 'node:crypto';
import { Router } from 'express';
import { Op } from 'sequelize';
import type { Db } from '../../db';
import { appendAudit } from '../../db/audit';
import { departmentNames, departmentsByCode } from '../../db/departments';
import { EXIT_TYPES, LIST_ENTERED_BY, LIST_TYPE_NAMES, LIST_TYPES, mayEnterList, SCENARIOS } from '../../domain/credit';
import { shanghaiDate } from '../../domain/workingDays';
import { listingStateQuery } from '../../workflows/jointPunishment';
import { requireUser } from '../auth/middleware';
import type { SessionUser } from '../../db/credentials';
import { conflict, forbidden, notFound, unprocessable } from '../errors';
import { requireValidCreditCode } from '../ext/events';
import { AnyPage, answerList, ListFormat, listResponses, modelBatches, pagesOfModel, Paging, seesAll, wholeList } from '../lists';
import { feedbackCounts } from './feedback';
import { feedbackExport, listingExport, measureExport } from './exports';
import { document, userSecurity, z } from '../openapi';
import type { Temporal } from '../temporal';
import { body, parse, query, freeText, text, date } from '../validate';
import { acceptListing, districtWide, endListing, ListingFields, requireListAuthority } from './listings';

// Credit lists, the measures catalog and the feedback board in the admin UI (联合惩戒, F6, F9).

const MeasureInput = z
  .object({
    code: text().regex(/^[A-Za-z0-9-]{1,16}$/, 'letters, digits and - (at most 16)'),
    name: text().min(1).max(200),
    listTypes: z.array(z.enum(LIST_TYPES)).min(1),
    scenario: z.enum(SCENARIOS),
    departmentCode: text().min(1).max(32),
    legalBasis: text().min(1).max(300).describe('memorandum and article, e.g. 发改财金〔2016〕141号 第二条第（一）项'),
    active: z.boolean().default(true),
  })
  .openapi('PunishmentMeasureInput');
const UiListingInput = ListingFields.omit({ authority: true }).openapi('CreditListingInput');
const UiDelistInput = z.object({ exitType: z.enum(EXIT_TYPES), reason: freeText().min(1).max(2000), delistedOn: date().optional() }).openapi('DelistInput');

const ok = (description: string) => ({ 200: { description } });
const tags = ['joint punishment'];
const ListingQuery = Paging.extend({
  status: text().optional(),
  listType: text().optional(),
  entity: text().optional().describe('credit code'),
  q: text().max(100).optional().describe('entity name contains'),
  department: text().max(32).optional().describe('a department code: the entries it decided (the deciding authority is that department, by name)'),
  listedFrom: date().optional().describe('listed on or after this day'),
  listedTo: date().optional().describe('listed on or before this day'),
});
/** A list answered whole takes no paging, only the format. */
const WholeListQuery = z.object({ format: ListFormat });
const FeedbackQuery = z.object({ from: date().optional(), to: date().optional(), format: ListFormat });
document({ method: 'get', path: '/api/v1/credit-listings', operationId: 'listCreditListings', summary: 'List credit-list entries', tags, security: userSecurity, request: { query: ListingQuery }, responses: listResponses(AnyPage, 'credit-list entries: filters `status`, `listType`, `entity`, `q` (name), `department` (deciding authority), the listing days') }, [400, 401, 422]);
document({ method: 'get', path: '/api/v1/credit-listings/{id}', operationId: 'getCreditListing', summary: 'Get a credit-list entry and its process', tags, security: userSecurity, request: { params: z.object({ id: z.string() }) }, responses: ok('one entry with its process: notices, feedback, lifting') }, [401, 404]);
document({ method: 'post', path: '/api/v1/credit-listings', operationId: 'createCreditListing', summary: 'List an entity on a credit list', tags, security: userSecurity, request: { body: { content: { 'application/json': { schema: UiListingInput } } } }, responses: { 201: { description: 'listed by your department; the implementing departments are notified' } } }, [400, 401, 403, 422]);
document({ method: 'post', path: '/api/v1/credit-listings/{id}/delist', operationId: 'delistCreditListing', summary: 'Delist a credit-list entry', tags, security: userSecurity, request: { params: z.object({ id: z.string() }), body: { content: { 'application/json': { schema: UiDelistInput } } } }, responses: ok('ended by credit repair or removal; lifting starts') }, [400, 401, 403, 404, 409, 422]);
document({ method: 'get', path: '/api/v1/punishment-measures', operationId: 'listPunishmentMeasures', summary: 'List punishment measures', tags, security: userSecurity, request: { query: WholeListQuery }, responses: listResponses(AnyPage, 'the measures catalog (惩戒措施目录)') }, [400, 401]);
document({ method: 'post', path: '/api/v1/punishment-measures', operationId: 'createPunishmentMeasure', summary: 'Add a punishment measure', tags, security: userSecurity, request: { body: { content: { 'application/json': { schema: MeasureInput } } } }, responses: { 201: { description: 'added (admin, or a supervisor of the implementing department)' } } }, [400, 401, 403, 409, 422]);
document({ method: 'put', path: '/api/v1/punishment-measures/{code}', operationId: 'updatePunishmentMeasure', summary: 'Change a punishment measure', tags, security: userSecurity, request: { params: z.object({ code: z.string() }), body: { content: { 'application/json': { schema: MeasureInput } } } }, responses: ok('changed; running notices keep the measures they were sent with') }, [400, 401, 403, 404, 422]);
document({ method: 'get', path: '/api/v1/punishment-feedback', operationId: 'getPunishmentFeedback', summary: 'Get punishment feedback per department', tags, security: userSecurity, request: { query: FeedbackQuery }, responses: listResponses(AnyPage, 'per department: notices and screening hits sent, fed back, on time, overdue (F9)') }, [400, 401]);
const ListTypeView = z
  .object({ id: z.enum(LIST_TYPES), name: z.string(), enteredBy: z.object({ code: z.string(), name: z.string() }).nullable().describe('null: the department that imposed the penalty'), mayEnter: z.boolean().describe('whether you may enter and end entries of this list') })
  .openapi('CreditListType');
document({ method: 'get', path: '/api/v1/credit-list-types', operationId: 'listCreditListTypes', summary: 'List the credit lists and who enters each', tags, security: userSecurity, responses: { 200: { description: 'each list with the department that enters it (RULES.md) and whether you may', content: { 'application/json': { schema: z.object({ data: z.array(ListTypeView), total: z.number().int() }) } } } } }, [401, 403]);

const EDITORS = ['admin', 'supervisor'] as const;
const LISTING_ROLES = ['admin', 'supervisor', 'clerk'] as const;
const entersListings = (u: SessionUser) => u.roles.some((r) => (LISTING_ROLES as readonly string[]).includes(r));

export function creditRoutes(db: Db, temporal: Temporal): Router {
  const r = Router();
  const staff = requireUser(db, 'admin', 'supervisor', 'inspector', 'clerk', 'leader', 'auditor');
  const actorOf = (u: SessionUser) => ({ username: u.username, departmentCode: u.department.code, roles: u.roles });

  r.get('/credit-listings', staff, async (req, res) => {
    const q = query(ListingQuery, req);
    // A listing names its deciding authority in words (as the credit statistic counts a department's entries).
    const authority = q.department ? ((await departmentsByCode(db)).get(q.department)?.name ?? q.department) : null;
    const where: Record<string, unknown> = {
      ...(q.status ? { status: q.status } : {}), ...(q.listType ? { listType: q.listType } : {}), ...(q.entity ? { creditCode: q.entity } : {}), ...(q.q ? { entityName: { [Op.like]: `%${q.q}%` } } : {}),
      ...(authority ? { authority } : {}), ...(q.listedFrom || q.listedTo ? { listedOn: { ...(q.listedFrom ? { [Op.gte]: q.listedFrom } : {}), ...(q.listedTo ? { [Op.lte]: q.listedTo } : {}) } } : {}),
    };
    await answerList(res, q, listingExport, pagesOfModel(db.models.credit_listings, where, q, ['listedOn', 'createdAt', 'expiresOn', 'status']), modelBatches(db.models.credit_listings, where, q, ['listedOn', 'createdAt', 'expiresOn', 'status']));
  });

  r.get('/credit-list-types', staff, async (req, res) => {
    const u = req.user!;
    const names = await departmentNames(db);
    const data = LIST_TYPES.map((id) => {
      const by = LIST_ENTERED_BY[id];
      return { id, name: LIST_TYPE_NAMES[id], enteredBy: by === 'penalizing' ? null : { code: by, name: names.get(by) ?? by }, mayEnter: entersListings(u) && mayEnterList(id, districtWide(u) ? null : u.department.code) };
    });
    res.json({ data, total: data.length });
  });

  r.get('/credit-listings/:id', staff, async (req, res) => {
    const { id } = parse(z.object({ id: text().max(40) }), req.params, 'path');
    const listing = (await db.models.credit_listings.findByPk(id, { raw: true })) as any;
    if (!listing) throw notFound(`listing ${id} does not exist`, { code: 'listing-not-found' });
    const u = req.user!;
    // Each department's notice, feedback and comments are its own; district-wide roles see every department's.
    const tasks = (await db.models.tasks.findAll({ where: { workflowId: listing.workflowId, ...(districtWide(u) ? {} : { departmentCode: u.department.code }) }, order: [['id', 'ASC']] })).map((t) => t.get({ plain: true }));
    let process = null;
    try {
      process = await temporal.client.workflow.getHandle(listing.workflowId).query(listingStateQuery);
    } catch {
      // The process has ended and its history aged out: the tasks above are its record.
    }
    res.json({ ...listing, tasks, tasksOfDepartment: districtWide(u) ? null : u.department.code, process });
  });

  r.post('/credit-listings', requireUser(db, ...LISTING_ROLES), async (req, res) => {
    const input = body(UiListingInput, req);
    requireValidCreditCode(input.creditCode, 'creditCode');
    const u = req.user!;
    await requireListAuthority(db, input.listType, districtWide(u) ? null : u.department.code);
    const answer = await acceptListing(db, temporal, `ui:${crypto.randomUUID()}`, { ...input, authority: u.department.name }, `user:${u.username}`);
    res.status(answer.status === 'listed' ? 201 : 200).json(answer);
  });

  r.post('/credit-listings/:id/delist', requireUser(db, ...EDITORS), async (req, res) => {
    const { id } = parse(z.object({ id: text().max(40) }), req.params, 'path');
    const input = body(UiDelistInput, req);
    const listing = (await db.models.credit_listings.findByPk(id, { raw: true })) as any;
    if (!listing) throw notFound(`listing ${id} does not exist`, { code: 'listing-not-found' });
    const u = req.user!;
    // The deciding authority ends its own entries (RULES.md: the list's owner removes and repairs).
    if (!seesAll(u) && listing.authority !== u.department.name) throw forbidden(`only ${listing.authority} ends this listing`, { code: 'listing-other-authority', params: { authority: listing.authority } });
    const answer = await endListing(db, temporal, listing, { ...input, delistedOn: input.delistedOn ?? shanghaiDate(new Date()) }, actorOf(u), `delist:${id}:ui`);
    if (answer.status === 'alreadyEnded') throw conflict(answer.message, { code: 'listing-already-ended' });
    res.json(answer);
  });

  r.get('/punishment-measures', staff, async (req, res) => {
    const q = query(WholeListQuery, req);
    const data = (await db.models.punishment_measures.findAll({ order: [['code', 'ASC']] })).map((m) => ({ id: m.get('code'), ...m.get({ plain: true }) }));
    await answerList(res, { ...q, page: 1, perPage: data.length }, measureExport(db), wholeList(data));
  });

  async function checkMeasure(u: SessionUser, m: z.infer<typeof MeasureInput>) {
    if (!(await departmentsByCode(db)).has(m.departmentCode)) throw unprocessable(`unknown department ${m.departmentCode}`, [{ field: 'departmentCode', message: 'unknown department' }], { code: 'unknown-department', params: { department: m.departmentCode } });
    if (!u.roles.includes('admin') && m.departmentCode !== u.department.code) throw forbidden('a supervisor manages the measures their own department implements', { code: 'measure-other-department' });
  }

  r.post('/punishment-measures', requireUser(db, ...EDITORS), async (req, res) => {
    const m = body(MeasureInput, req);
    await checkMeasure(req.user!, m);
    await db.writeTransaction(async (t) => {
      if (await db.models.punishment_measures.findByPk(m.code, { transaction: t })) throw conflict(`measure ${m.code} exists`, { code: 'measure-exists', params: { code: m.code } });
      await db.models.punishment_measures.create({ ...m, updatedAt: new Date() }, { transaction: t });
      await appendAudit(db, { actorType: 'user', actor: req.user!.username, action: 'measure.created', targetType: 'measure', targetId: m.code, detail: m }, t);
    });
    res.status(201).json({ id: m.code, ...(await db.models.punishment_measures.findByPk(m.code))!.get({ plain: true }) });
  });

  r.put('/punishment-measures/:code', requireUser(db, ...EDITORS), async (req, res) => {
    const { code } = parse(z.object({ code: text().max(16) }), req.params, 'path');
    const m = body(MeasureInput, req);
    if (m.code !== code) throw unprocessable('the code of a measure does not change', [{ field: 'code', message: `must be ${code}` }], { code: 'measure-code-fixed' });
    const row = await db.models.punishment_measures.findByPk(code);
    if (!row) throw notFound(`measure ${code} does not exist`, { code: 'measure-not-found', params: { code } });
    await checkMeasure(req.user!, { ...m, departmentCode: row.get('departmentCode') });
    await checkMeasure(req.user!, m);
    await db.writeTransaction(async (t) => {
      await row.update({ ...m, updatedAt: new Date() }, { transaction: t });
      await appendAudit(db, { actorType: 'user', actor: req.user!.username, action: 'measure.updated', targetType: 'measure', targetId: code, detail: m }, t);
    });
    res.json({ id: code, ...row.get({ plain: true }) });
  });

  // F9: notices sent versus feedback received, per department; from the one task model.
  r.get('/punishment-feedback', staff, async (req, res) => {
    const q = query(FeedbackQuery, req);
    const rows = await feedbackCounts(db, { from: q.from, to: q.to, now: new Date() });
    const names = await departmentNames(db);
    const board = new Map<string, any>();
    for (const x of rows) {
      const d = board.get(x.departmentCode) ?? { id: x.departmentCode, departmentCode: x.departmentCode, departmentName: names.get(x.departmentCode) ?? x.departmentCode, punishmentNotice: null, screeningFeedback: null, punishmentLifting: null };
      d[x.type] = { sent: x.sent, fedBack: x.fedBack, onTime: x.onTime, overdue: x.overdue, open: x.open };
      board.set(x.departmentCode, d);
    }
    const data = [...board.values()].sort((a, b) => a.departmentCode.localeCompare(b.departmentCode));
    await answerList(res, { ...q, page: 1, perPage: data.length }, feedbackExport, wholeList(data));
  });
  return r;
}
