import crypto from 'node:crypto';
import { Router } from 'express';
import { Op, type Order, type WhereOptions } from 'sequelize';
import type { Db } from '../../db';
import { appendAudit } from '../../db/audit';
import { readDocument } from '../../db/chunks';
import { statusWhere } from '../../db/catalogs';
import { departmentsByCode } from '../../db/departments';
import { shanghaiDate, startOfShanghaiDay, startOfShanghaiDayAfter } from '../../domain/workingDays';
import { teamDepartments, validateParameters, type DrawResult } from '../../domain/draw';
import { LIST_TYPES } from '../../domain/credit';
import { CHECK_RESULTS, DRAW_MODES, INSPECTION_OUTCOMES, PENALTY_KINDS, RISK_CLASSES } from '../../domain/inspections';
import { OUTCOMES_BY_TYPE } from '../../domain/tasks';
import { jsonItems, jsonValue } from '../../db/json';
import { entityPool, inspectorPool } from '../../db/drawPools';
import { approveExtensionUpdate, requestExtensionUpdate } from '../../workflows/enforcementCase';
import { inspection, recordResultsUpdate } from '../../workflows/inspection';
import { inspectionPlan, inspectionPlanWorkflowId } from '../../workflows/inspectionPlan';
import { requireUser } from '../auth/middleware';
import type { SessionUser } from '../../db/credentials';
import { forbidden, notFound, unprocessable } from '../errors';
import { AnyPage, answerList, listResponses, modelBatches, pagesOfModel, Paging, seesAll } from '../lists';
import { caseExport, inspectionExport, planExport } from './exports';
import { caseView, planStaffing, planWithPeople } from './planCaseViews';
import { inspectionViews, teamMemberWhere, visibleInspection, visibleInspectionsWhere } from './inspectionRepository';
import { document, userSecurity, z } from '../openapi';
import { update, type Temporal } from '../temporal';
import { body, parse, query, freeText, text, date } from '../validate';

/**
 * How far ahead of the server's clock an on-site time may be: a phone's or a PC's clock runs a little off. The
 * other bound, not before the plan, is the workflow's: not before the day its inspection was drawn (or started).
 */
const ON_SITE_CLOCK_SKEW_MS = 5 * 60_000;

/** Inspections one plan may start (see POST /inspection-plans). */
export const MAX_INSPECTIONS_PER_PLAN = 5000;
const codes = z.array(text().min(1).max(40)).max(200);
const PlanInput = z
  .object({
    title: text().min(1).max(200),
    checkItemCodes: z.array(text()).min(1, 'at least one check item (no check without a legal basis)'),
    jointDepartmentCodes: codes.default([]).describe('joint check (部门联合抽查): other departments whose items and inspectors join'),
    periodFrom: date(),
    periodTo: date(),
    entityFilter: z.object({ regionCodes: codes.optional(), industryPrefixes: codes.optional(), entityTypes: codes.optional(), licenseItemCodes: codes.optional(), riskClasses: z.array(z.enum(RISK_CLASSES)).optional(), listTypes: z.array(z.enum(LIST_TYPES)).optional().describe('only entities on one of these credit lists') }).default({}),
    strata: z.array(z.object({ key: text().min(1).max(8), ratio: z.number().optional(), count: z.number().int().optional() })).min(1).describe('`all`, or one per credit-risk class A–D with its ratio or count'),
    inspectorFilter: z.object({ departmentCodes: codes.optional(), regionCodes: codes.optional() }).default({}),
    teamSize: z.number().int().default(2),
    drawMode: z.enum(DRAW_MODES).default('planning'),
    receivingDepartmentCode: text().optional(),
  })
  .superRefine((p, ctx) => {
    for (const problem of validateParameters({ strata: p.strata, teamSize: p.teamSize })) ctx.addIssue({ code: 'custom', path: ['strata'], message: problem });
    if (p.periodTo < p.periodFrom) ctx.addIssue({ code: 'custom', path: ['periodTo'], message: 'before periodFrom' });
    if (p.drawMode !== 'planning' && !p.receivingDepartmentCode) ctx.addIssue({ code: 'custom', path: ['receivingDepartmentCode'], message: `required when drawMode is ${p.drawMode}` });
    const keys = p.strata.map((s) => s.key);
    if (!(keys.length === 1 && keys[0] === 'all') && keys.some((k) => !RISK_CLASSES.includes(k as any))) ctx.addIssue({ code: 'custom', path: ['strata'], message: 'strata are `all` or the credit-risk classes A, B, C, D' });
  })
  .openapi('InspectionPlanInput');
type PlanInput = z.infer<typeof PlanInput>;

const RecordInput = z
  .object({
    results: z.array(z.object({ checkItemCode: text(), result: z.enum(CHECK_RESULTS), finding: freeText().max(2000).optional() })),
    outcome: z.enum(INSPECTION_OUTCOMES),
    finding: freeText().max(5000).optional(),
    onSiteAt: z.iso.datetime({ offset: true }).optional().describe('when the team was on site (ISO 8601 with an offset): not in the future, not before the day the inspection was drawn from its plan (or, routine, started); the admin UI always sends it'),
    onSitePlace: text().min(1).max(300).optional().describe('where the team was on site (an address)'),
  })
  .openapi('InspectionResultInput');

const ok = (description: string) => ({ 200: { description } });
/** A numeric record id in the path, as the handlers parse it (a path parameter is always required). */
const NumericId = z.object({ id: z.coerce.number().int().positive() });
document({ method: 'get', path: '/api/v1/check-items', operationId: 'listCheckItems', summary: 'List check items', tags: ['spot checks'], security: userSecurity, responses: ok('the check items (监管事项清单) of every department') }, [401]);
document({ method: 'post', path: '/api/v1/inspection-plans/preview', operationId: 'previewInspectionPlan', summary: 'Preview a spot-check plan', tags: ['spot checks'], security: userSecurity, request: { body: { content: { 'application/json': { schema: PlanInput } } } }, responses: ok('pool size per stratum, expected draws and inspectors') }, [400, 401, 403, 422]);
document({ method: 'post', path: '/api/v1/inspection-plans', operationId: 'createInspectionPlan', summary: 'Create a spot-check plan', tags: ['spot checks'], security: userSecurity, request: { body: { content: { 'application/json': { schema: PlanInput } } } }, responses: { 201: { description: 'created; a supervisor approves it before the draw' } } }, [400, 401, 403, 422]);
const PlanQuery = Paging.extend({ status: text().optional(), q: text().max(100).optional().describe('title contains') });
document({ method: 'get', path: '/api/v1/inspection-plans', operationId: 'listInspectionPlans', summary: 'List spot-check plans', tags: ['spot checks'], security: userSecurity, request: { query: PlanQuery }, responses: listResponses(AnyPage, 'plans of your department') }, [400, 401, 422]);
document({ method: 'get', path: '/api/v1/inspection-plans/{id}', operationId: 'getInspectionPlan', summary: 'Get a spot-check plan', tags: ['spot checks'], security: userSecurity, request: { params: z.object({ id: z.string() }) }, responses: ok('the plan, its commitments and its draw; `creator` and the drawn teams\' `members` (by credential number) as people, by name and department; `experts`, the experts a `zj-draw-3` or `zj-draw-4` draw added to the teams, by id (name, employer); `thirdParties`, the third-party bodies a `zj-draw-4` draw assigned to the teams, by credit code (name); once the teams are drawn, `staffing`: drawn, staffed and unstaffed entities, the team size and, when some got no team, the most eligible inspectors any of them had and the joint departments without one (status `understaffed` when none got a team)') }, [401, 404]);
const InspectionQuery = Paging.extend({
  planId: text().optional(),
  status: text().optional(),
  entity: text().optional(),
  kind: z.enum(['random', 'routine']).optional(),
  outcome: z.enum(INSPECTION_OUTCOMES).optional().describe('the recorded result'),
  department: text().max(32).optional().describe('the department the inspection is of (within what you see)'),
  dueFrom: date().optional().describe('planned on or after this day (Shanghai)'),
  dueTo: date().optional().describe('planned on or before this day (Shanghai)'),
  nonCompliantItem: text().max(64).optional().describe('a check item code: only the inspections whose results hold it non-compliant (the statistic of non-compliance by check item)'),
  industry: text().regex(/^[A-Za-z]$/, 'an industry section letter (GB/T 4754 门类)').optional().describe('an industry section letter (GB/T 4754 门类, e.g. F): only the inspections of entities whose industry code begins with it (the statistic of non-compliance by industry)'),
  member: z.enum(['me']).optional().describe('`me`: only the inspections whose team includes you (我的检查)'),
  sort: text().optional().describe('`plannedDate` (open ones first, then by the planned date `dueAt` in `order`), `dueAt`, `recordedAt`, `status` or `id`'),
});
document({ method: 'get', path: '/api/v1/inspections', operationId: 'listInspections', summary: 'List inspections', tags: ['spot checks'], security: userSecurity, request: { query: InspectionQuery }, responses: listResponses(AnyPage, 'inspections of your department, of teams you are on, and the routine checks (日常监管) of entities your department has licensed (with member=me: only those of your teams), each with entityAddress, regionName, planTitle, workingDaysLeft and light') }, [400, 401, 422]);
document({ method: 'get', path: '/api/v1/inspections/{id}', operationId: 'getInspection', summary: 'Get an inspection', tags: ['spot checks'], security: userSecurity, request: { params: NumericId }, responses: ok('one inspection; `checkItemVersions`: each check item’s catalog version when it started ({code, version, versionId}; null before schema step 022), which a later change of the item does not alter') }, [401, 404]);
/** A case's outcome: its decision's, or its filing's when closed at filing. */
const CASE_OUTCOMES = [...new Set([...OUTCOMES_BY_TYPE.caseDecision, ...OUTCOMES_BY_TYPE.caseFiling.filter((o) => o !== 'filed')])];
const CaseQuery = Paging.extend({
  stage: text().optional(),
  entity: text().optional().describe('credit code'),
  department: text().max(32).optional().describe('district-wide roles: one department’s cases (others always see their own)'),
  outcome: z.enum(CASE_OUTCOMES as [string, ...string[]]).optional().describe('the decision (penalty, no_penalty, transferred) or, closed at filing, the filing’s (not_filed, transferred)'),
  penaltyKind: z.enum(PENALTY_KINDS).optional().describe('decided with this kind of penalty'),
  filedFrom: date().optional().describe('filed (立案) on or after this day (Shanghai)'),
  filedTo: date().optional().describe('filed on or before this day (Shanghai)'),
  decidedFrom: date().optional().describe('decided on or after this day (Shanghai)'),
  decidedTo: date().optional().describe('decided on or before this day (Shanghai)'),
});
document({ method: 'get', path: '/api/v1/cases', operationId: 'listCases', summary: 'List enforcement cases', tags: ['spot checks'], security: userSecurity, request: { query: CaseQuery }, responses: listResponses(AnyPage, 'enforcement cases of your department: filters `stage`, `entity`, `department`, `outcome`, `penaltyKind`, the filing and decision days') }, [400, 401, 422]);
const ExtensionRequestInput = z.object({ reason: freeText().min(1).max(1000).describe('why the open step needs more time') }).openapi('CaseExtensionRequestInput');
const ExtensionApprovalInput = z.object({ comment: freeText().max(1000).optional() }).openapi('CaseExtensionApprovalInput');
document({ method: 'get', path: '/api/v1/cases/{id}', operationId: 'getCase', summary: 'Get an enforcement case', tags: ['spot checks'], security: userSecurity, request: { params: NumericId }, responses: ok('the case, with the parties to it (who may not decide it) and a pending extension request, people by name') }, [401, 404]);
document({ method: 'post', path: '/api/v1/cases/{id}/extension-request', operationId: 'requestCaseExtension', summary: 'Ask for the extension of a case step', tags: ['spot checks'], security: userSecurity, request: { params: NumericId, body: { content: { 'application/json': { schema: ExtensionRequestInput } } } }, responses: ok('asked; a supervisor other than the asker approves it') }, [400, 401, 404, 409, 422]);
document({ method: 'post', path: '/api/v1/cases/{id}/extension', operationId: 'extendCaseDeadline', summary: 'Approve the requested extension of a case step (supervisor)', tags: ['spot checks'], security: userSecurity, request: { params: NumericId, body: { content: { 'application/json': { schema: ExtensionApprovalInput } } } }, responses: ok('the open step’s deadline, extended once; refused (403 own-extension-approval) to the supervisor who asked for it') }, [400, 401, 403, 404, 409]);
const RoutineInput = z
  .object({
    creditCode: text().length(18),
    checkItemCodes: z.array(text()).min(1),
    team: z.array(text()).min(2, 'at least two inspectors (行政处罚法 Art. 42)').describe('usernames of inspectors of your department, yourself included'),
    dueOn: date().optional().describe('default: 14 days from now'),
  })
  .openapi('RoutineInspectionInput');
document({ method: 'post', path: '/api/v1/routine-inspections', operationId: 'startRoutineInspection', summary: 'Start a routine inspection', tags: ['spot checks'], security: userSecurity, request: { body: { content: { 'application/json': { schema: RoutineInput } } } }, responses: { 202: { description: 'a routine inspection (日常监管) started for the team: `{inspectionKey, workflowId, status}`' } } }, [400, 401, 403, 422]);
document({ method: 'post', path: '/api/v1/inspections/{id}/results', operationId: 'recordInspectionResults', summary: 'Record the results of an inspection', tags: ['spot checks'], security: userSecurity, request: { params: NumericId, body: { content: { 'application/json': { schema: RecordInput } } } }, responses: ok('recorded; each team member then confirms on their task') }, [400, 401, 403, 404, 409, 422]);


export function inspectionRoutes(db: Db, temporal: Temporal, childrenPerRun: number): Router {
  const r = Router();
  const staff = requireUser(db, 'admin', 'supervisor', 'inspector', 'clerk', 'leader');

  async function checkPlan(user: SessionUser, p: PlanInput): Promise<void> {
    const departments = [user.department.code, ...p.jointDepartmentCodes];
    // A retired check item (事项清单, F1) is no longer planned: as unknown as one that never was.
    const items = (await db.models.check_items.findAll({ where: { code: p.checkItemCodes, ...statusWhere('current', shanghaiDate(new Date())) }, raw: true })) as any[];
    const missing = p.checkItemCodes.filter((c) => !items.some((i) => i.code === c));
    if (missing.length) {
      const problem = { code: 'unknown-check-item', params: { codes: missing.join(', ') } };
      throw unprocessable(`unknown check items: ${missing.join(', ')}`, [{ field: 'checkItemCodes', message: 'unknown check item', ...problem }], problem);
    }
    const foreign = items.filter((i) => !departments.includes(i.departmentCode));
    if (foreign.length) {
      const problem = { code: 'check-item-of-other-department', params: { items: foreign.map((i) => i.name).join('、') } };
      throw unprocessable(`check items of a department not in the plan: ${foreign.map((i) => i.code).join(', ')}`, [{ field: 'checkItemCodes', message: 'add the department as a joint department', ...problem }], problem);
    }
    const known = await departmentsByCode(db);
    for (const [field, code] of [...p.jointDepartmentCodes.map((c) => ['jointDepartmentCodes', c]), ['receivingDepartmentCode', p.receivingDepartmentCode]] as Array<[string, string | undefined]>) {
      const problem = { code: 'unknown-department', params: { department: code ?? '' } };
      if (code && !known.has(code)) throw unprocessable(`unknown department ${code}`, [{ field, message: 'unknown department', ...problem }], problem);
    }
    // A joint check puts an inspector of each participating department on every team (部门联合抽查, RULES.md),
    // so the team needs a seat for each: the department that draws the teams and every joint department.
    const teamDrawer = p.drawMode === 'planning' ? user.department.code : p.receivingDepartmentCode!;
    const participating = teamDepartments(teamDrawer, p.jointDepartmentCodes);
    if (p.teamSize < participating.length) {
      const problem = { code: 'joint-team-too-small', params: { departments: participating.length } };
      throw unprocessable(`a joint plan of ${participating.length} departments (${participating.join(', ')}) needs a team of at least ${participating.length}`, [{ field: 'teamSize', message: `at least ${participating.length}: one inspector of each department`, ...problem }], problem);
    }
  }

  r.get('/check-items', requireUser(db), async (_req, res) => {
    const data = await db.models.check_items.findAll({ order: [['code', 'ASC']], raw: true });
    res.json({ data, total: data.length });
  });

  async function strataSizes(p: PlanInput) {
    const pool = await entityPool(db, p.entityFilter, p.strata.map((s) => s.key));
    return p.strata.map((s) => {
      const size = pool.filter((e) => e.stratum === s.key).length;
      return { key: s.key, poolSize: size, toDraw: s.count !== undefined ? Math.min(s.count, size) : Math.min(size, Math.ceil((s.ratio ?? 0) * size)) };
    });
  }

  r.post('/inspection-plans/preview', requireUser(db, 'admin', 'supervisor', 'clerk'), async (req, res) => {
    const p = body(PlanInput, req);
    await checkPlan(req.user!, p);
    const strata = await strataSizes(p);
    const inspectors = await inspectorPool(db, { ...p.inspectorFilter, departmentCodes: p.inspectorFilter.departmentCodes?.length ? p.inspectorFilter.departmentCodes : [p.drawMode === 'planning' ? req.user!.department.code : p.receivingDepartmentCode!, ...p.jointDepartmentCodes] });
    res.json({ strata, inspectors: inspectors.length, teams: Math.floor(inspectors.length / p.teamSize) });
  });

  r.post('/inspection-plans', requireUser(db, 'admin', 'supervisor', 'clerk'), async (req, res) => {
    const p = body(PlanInput, req);
    const user = req.user!;
    await checkPlan(user, p);
    // One plan's process starts each inspection from one workflow history; past this size the history
    // would outgrow Temporal's limits, so a larger check is planned as several plans (by region or class).
    const toDraw = (await strataSizes(p)).reduce((n, s) => n + s.toDraw, 0);
    if (toDraw > MAX_INSPECTIONS_PER_PLAN) {
      const problem = { code: 'plan-too-large', params: { toDraw, max: MAX_INSPECTIONS_PER_PLAN } };
      throw unprocessable(`this plan would draw ${toDraw} inspections; one plan runs at most ${MAX_INSPECTIONS_PER_PLAN}: split it by region or credit-risk class`, [{ field: 'strata', message: `at most ${MAX_INSPECTIONS_PER_PLAN} inspections per plan`, ...problem }], problem);
    }
    const year = p.periodFrom.slice(0, 4);
    const id = `${user.department.code}-${year}-${crypto.randomBytes(3).toString('hex').toUpperCase()}`;
    const workflowId = inspectionPlanWorkflowId(id);
    await db.writeTransaction(async (t) => {
      await db.models.inspection_plans.create({ id, ...p, departmentCode: user.department.code, receivingDepartmentCode: p.receivingDepartmentCode ?? null, status: 'draft', createdBy: user.username, createdAt: new Date(), workflowId }, { transaction: t });
      await appendAudit(db, { actorType: 'user', actor: user.username, action: 'plan.created', targetType: 'plan', targetId: id }, t);
    });
    // The plan's period ends at the close of its last day (Asia/Shanghai): the inspections' deadline.
    const dueAt = new Date(`${p.periodTo}T23:59:59.999+08:00`).toISOString();
    await temporal.client.workflow.start(inspectionPlan, { workflowId, taskQueue: temporal.taskQueue, args: [{ planId: id, title: p.title, departmentCode: user.department.code, drawMode: p.drawMode, receivingDepartmentCode: p.receivingDepartmentCode ?? null, checkItemCodes: p.checkItemCodes, dueAt, childrenPerRun, createdBy: user.username }] });
    res.status(201).json(await planView(db, id));
  });

  r.get('/inspection-plans', staff, async (req, res) => {
    const u = req.user!;
    const q = query(PlanQuery, req);
    const where: Record<string | symbol, unknown> = { ...(q.status ? { status: q.status } : {}), ...(q.q ? { title: { [Op.like]: `%${q.q}%` } } : {}) };
    if (!seesAll(u)) where[Op.or] = [{ departmentCode: u.department.code }, { receivingDepartmentCode: u.department.code }];
    await answerList(res, q, planExport(db), pagesOfModel(db.models.inspection_plans, where, q, ['createdAt', 'periodFrom', 'status', 'id']), modelBatches(db.models.inspection_plans, where, q, ['createdAt', 'periodFrom', 'status', 'id']));
  });

  r.get('/inspection-plans/:id', staff, async (req, res) => {
    const { id } = parse(z.object({ id: text().max(40) }), req.params, 'path');
    const plan = await planView(db, id);
    const u = req.user!;
    if (!plan || (!seesAll(u) && plan.departmentCode !== u.department.code && plan.receivingDepartmentCode !== u.department.code)) throw notFound(`plan ${id} does not exist or is not visible to you`, { code: 'plan-not-found', params: { id } });
    res.json(await planWithPeople(db, plan));
  });

  /** The days from `from` to `to` (Shanghai, either open) as a range of instants. */
  const shanghaiDays = (from?: string, to?: string) => ({ ...(from ? { [Op.gte]: startOfShanghaiDay(from) } : {}), ...(to ? { [Op.lt]: startOfShanghaiDayAfter(to) } : {}) });
  /** The inspection's results hold the check item `:nonCompliantItem` (a replacement) as non-compliant. */
  const holdsNonCompliant = () => {
    const j = jsonItems(db, 'inspections.results', '$', ['checkItemCode', 'result']);
    return db.sequelize.literal(`EXISTS (SELECT 1 FROM ${j.from} WHERE ${j.field('checkItemCode')} = :nonCompliantItem AND ${j.field('result')} = 'non_compliant')`);
  };
  /** The inspection's entity is in the industry section `:industry` (its code's first letter, as db/factTallies.ts counts it). */
  const ofIndustry = () => db.sequelize.literal('EXISTS (SELECT 1 FROM entities e WHERE e.creditCode = inspections.creditCode AND SUBSTR(e.industryCode, 1, 1) = :industry)');

  r.get('/inspections', staff, async (req, res) => {
    const q = query(InspectionQuery, req);
    const u = req.user!;
    const visible = q.member ? teamMemberWhere(u) : visibleInspectionsWhere(db, u);
    const due = shanghaiDays(q.dueFrom, q.dueTo);
    const filters = {
      ...(q.planId ? { planId: q.planId } : {}), ...(q.status ? { status: q.status } : {}), ...(q.entity ? { creditCode: q.entity } : {}), ...(q.kind ? { kind: q.kind } : {}),
      ...(q.outcome ? { outcome: q.outcome } : {}), ...(q.department ? { departmentCode: q.department } : {}), ...(q.dueFrom || q.dueTo ? { dueAt: due } : {}),
    };
    const item = [...(q.nonCompliantItem ? [holdsNonCompliant()] : []), ...(q.industry ? [ofIndustry()] : [])];
    const replacements = { ...(q.nonCompliantItem ? { nonCompliantItem: q.nonCompliantItem } : {}), ...(q.industry ? { industry: q.industry } : {}) };
    const where: WhereOptions = { [Op.and]: [filters, ...item, ...(visible ? [visible] : [])] };
    // 我的检查: the inspections still to work before the completed ones, each group by its planned date.
    const sort = q.sort && ['id', 'dueAt', 'recordedAt', 'status'].includes(q.sort) ? q.sort : 'id';
    // Ties broken by id, so an export's consecutive batches neither repeat nor skip a row.
    const order: Order = q.sort === 'plannedDate'
      ? [[db.sequelize.literal("CASE WHEN status = 'completed' THEN 1 ELSE 0 END"), 'ASC'], ['dueAt', q.order.toUpperCase()], ['id', 'ASC']]
      : [[sort, q.order.toUpperCase()], ...(sort === 'id' ? [] : [['id', 'ASC'] as [string, string]])];
    await answerList(res, q, inspectionExport(db), async (pageNo, perPage) => {
      const { rows, count } = await db.models.inspections.findAndCountAll({ where, order, limit: perPage, offset: (pageNo - 1) * perPage, ...(item.length ? { replacements } : {}) });
      return { data: await inspectionViews(db, rows.map((x) => x.get({ plain: true }))), total: count };
    });
  });

  r.get('/inspections/:id', staff, async (req, res) => {
    const { id } = parse(z.object({ id: z.coerce.number().int().positive() }), req.params, 'path');
    const [view] = await inspectionViews(db, [(await visibleInspection(db, req.user!, id)).get({ plain: true })]);
    res.json(view);
  });

  r.post('/inspections/:id/results', requireUser(db, 'inspector', 'supervisor', 'admin'), async (req, res) => {
    const { id } = parse(z.object({ id: z.coerce.number().int().positive() }), req.params, 'path');
    const input = body(RecordInput, req);
    const row = await visibleInspection(db, req.user!, id);
    if (!(row.get('team') as string[]).includes(req.user!.username)) throw forbidden('only a member of the team records the results', { code: 'not-team-member' });
    if (input.onSiteAt && Date.parse(input.onSiteAt) > Date.now() + ON_SITE_CLOCK_SKEW_MS) {
      throw unprocessable('the on-site time is in the future', [{ field: 'onSiteAt', message: 'in the future', code: 'on-site-in-future' }], { code: 'on-site-in-future' });
    }
    const u = req.user!;
    await update(temporal, row.get('workflowId'), recordResultsUpdate, { actor: { username: u.username, departmentCode: u.department.code, roles: u.roles }, ...input });
    const [view] = await inspectionViews(db, [(await db.models.inspections.findByPk(id))!.get({ plain: true })]);
    res.json(view);
  });
  r.get('/cases', staff, async (req, res) => {
    const u = req.user!;
    const q = query(CaseQuery, req);
    const where: WhereOptions = {
      [Op.and]: [
        { ...(q.stage ? { stage: q.stage } : {}), ...(q.entity ? { creditCode: q.entity } : {}), ...(q.outcome ? { outcome: q.outcome } : {}), ...(seesAll(u) ? (q.department ? { departmentCode: q.department } : {}) : { departmentCode: u.department.code }) },
        ...(q.filedFrom || q.filedTo ? [{ filedAt: shanghaiDays(q.filedFrom, q.filedTo) }] : []),
        ...(q.decidedFrom || q.decidedTo ? [{ decidedAt: shanghaiDays(q.decidedFrom, q.decidedTo) }] : []),
        ...(q.penaltyKind ? [db.sequelize.where(db.sequelize.literal(jsonValue(db, 'penalty', '$.penaltyKind')), q.penaltyKind)] : []),
      ],
    };
    await answerList(res, q, caseExport(db), pagesOfModel(db.models.enforcement_cases, where, q, ['id', 'filingDueAt', 'decisionDueAt', 'stage']), modelBatches(db.models.enforcement_cases, where, q, ['id', 'filingDueAt', 'decisionDueAt', 'stage']));
  });

  async function visibleCase(u: SessionUser, id: number) {
    const row = await db.models.enforcement_cases.findByPk(id);
    if (!row || (!seesAll(u) && row.get('departmentCode') !== u.department.code)) throw notFound(`case ${id} does not exist or is not visible to you`, { code: 'case-not-found', params: { id } });
    return row;
  }

  r.get('/cases/:id', staff, async (req, res) => {
    const { id } = parse(z.object({ id: z.coerce.number().int().positive() }), req.params, 'path');
    res.json(await caseView(db, temporal, await visibleCase(req.user!, id)));
  });

  // An extension is asked for by someone working the case and approved by a supervisor who did not ask
  // (separation of duties): the workflow refuses the asker's own approval.
  r.post('/cases/:id/extension-request', staff, async (req, res) => {
    const { id } = parse(z.object({ id: z.coerce.number().int().positive() }), req.params, 'path');
    const { reason } = body(ExtensionRequestInput, req);
    const row = await visibleCase(req.user!, id);
    const u = req.user!;
    await update(temporal, row.get('workflowId'), requestExtensionUpdate, { actor: { username: u.username, departmentCode: u.department.code, roles: u.roles }, reason });
    await appendAudit(db, { actorType: 'user', actor: u.username, action: 'case.extensionRequested', targetType: 'case', targetId: row.get('caseKey') as string, detail: { reason } });
    res.json(await caseView(db, temporal, (await db.models.enforcement_cases.findByPk(id))!));
  });

  r.post('/cases/:id/extension', requireUser(db, 'supervisor', 'admin'), async (req, res) => {
    const { id } = parse(z.object({ id: z.coerce.number().int().positive() }), req.params, 'path');
    const { comment } = body(ExtensionApprovalInput, req);
    const row = await visibleCase(req.user!, id);
    const u = req.user!;
    await update(temporal, row.get('workflowId'), approveExtensionUpdate, { actor: { username: u.username, departmentCode: u.department.code, roles: u.roles } });
    await appendAudit(db, { actorType: 'user', actor: u.username, action: 'case.extensionApproved', targetType: 'case', targetId: row.get('caseKey') as string, ...(comment ? { detail: { comment } } : {}) });
    res.json(await caseView(db, temporal, (await db.models.enforcement_cases.findByPk(id))!));
  });

  // Routine supervision (日常监管, F5): the same inspection process and result format, outside any plan.
  r.post('/routine-inspections', requireUser(db, 'inspector', 'supervisor'), async (req, res) => {
    const input = body(RoutineInput, req);
    const u = req.user!;
    const entity = await db.models.entities.findByPk(input.creditCode);
    if (!entity) throw unprocessable(`no market entity ${input.creditCode}`, [{ field: 'creditCode', message: 'unknown entity', code: 'unknown-entity' }], { code: 'unknown-entity', params: { creditCode: input.creditCode } });
    const items = (await db.models.check_items.findAll({ where: { code: input.checkItemCodes, departmentCode: u.department.code, ...statusWhere('current', shanghaiDate(new Date())) }, raw: true })) as any[];
    if (items.length !== new Set(input.checkItemCodes).size) throw unprocessable('every check item must be one of your department’s', [{ field: 'checkItemCodes', message: 'unknown or another department’s item', code: 'foreign-check-item' }], { code: 'foreign-check-item' });
    const team = (await db.models.users.findAll({ where: { username: [...new Set(input.team)], departmentCode: u.department.code, active: true }, raw: true })) as any[];
    const inspectors = team.filter((m) => m.credentialNo && JSON.parse(m.roles).includes('inspector'));
    if (inspectors.length !== new Set(input.team).size || inspectors.length < 2) throw unprocessable('the team needs at least two inspectors of your department with enforcement credentials', [{ field: 'team', message: 'not an inspector of your department', code: 'routine-team-invalid' }], { code: 'routine-team-invalid' });
    if (!input.team.includes(u.username) && !u.roles.includes('supervisor')) throw forbidden('an inspector records routine checks in which they take part', { code: 'routine-not-in-team' });
    const inspectionKey = `routine:${crypto.randomUUID()}`;
    const dueAt = input.dueOn ? new Date(`${input.dueOn}T23:59:59.999+08:00`).toISOString() : new Date(Date.now() + 14 * 86_400_000).toISOString();
    const workflowId = `inspection:${inspectionKey}`;
    await temporal.client.workflow.start(inspection, {
      workflowId,
      taskQueue: temporal.taskQueue,
      args: [{ inspectionKey, kind: 'routine', planId: null, creditCode: input.creditCode, entityName: entity.get('name'), departmentCode: u.department.code, checkItemCodes: input.checkItemCodes, team: inspectors.map((m) => ({ username: m.username, credentialNo: m.credentialNo })), dueAt }],
    });
    await appendAudit(db, { actorType: 'user', actor: u.username, action: 'inspection.routine', targetType: 'inspection', targetId: inspectionKey });
    res.status(202).json({ inspectionKey, workflowId, status: 'accepted' });
  });
  return r;
}

/** A plan with its draw's public part: commitments always, seeds and result once revealed. */
export async function planView(db: Db, id: string): Promise<Record<string, any> | null> {
  const plan = await db.models.inspection_plans.findByPk(id);
  if (!plan) return null;
  const d = await db.models.draws.findByPk(id);
  const revealed: string[] = d?.get('revealed') ?? [];
  const result = revealed.length ? await readDocument<DrawResult>(db, id, 'result') : null;
  return {
    ...(plan.get({ plain: true }) as Record<string, any>),
    draw: d
      ? {
          algorithm: d.get('algorithm'),
          poolHash: d.get('poolHash'),
          seedHashes: d.get('seedHashes'),
          committedAt: d.get('committedAt'),
          seeds: Object.fromEntries(Object.entries(d.get('seeds') as Record<string, string>).filter(([k]) => revealed.includes(k))),
          drawnAt: revealed.length ? d.get('drawnAt') : null,
          strata: result?.strata ?? null,
          inspections: result ? result.inspections.map((i: any) => (revealed.includes('teams') ? i : { creditCode: i.creditCode, stratum: i.stratum })) : null,
          resultHash: revealed.includes('teams') ? d.get('resultHash') : null,
        }
      : null,
    // Once the teams are drawn: how many entities got a team and, if some did not, why in numbers.
    staffing: result && revealed.includes('teams') ? await planStaffing(db, plan.get({ plain: true }) as Record<string, any>, d!.get('parameters'), result) : null,
  };
}
