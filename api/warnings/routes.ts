import crypto from 'node:crypto';
import { WithStartWorkflowOperation } from '@temporalio/client';
import { Router } from 'express';
import { Op } from 'sequelize';
import type { Db } from '../../db';
import { peopleOf } from '../../db/people';
import { appendAudit } from '../../db/audit';
import { departmentsByCode } from '../../db/departments';
import { WARNING_LEVELS, WARNING_RULES, warningTaskKey } from '../../domain/warnings';
import { warning, warningRaisedUpdate, warningScan, warningWorkflowId } from '../../workflows/warnings';
import { requireUser } from '../auth/middleware';
import { forbidden, notFound, unprocessable } from '../errors';
import { requireValidCreditCode } from '../ext/events';
import { AnyPage, answerList, ListFormat, listResponses, modelBatches, pagesOfModel, Paging, seesAll, wholeList } from '../lists';
import { warningExport, warningRuleExport } from './exports';
import { document, userSecurity, z } from '../openapi';
import { updateWithStart, type Temporal } from '../temporal';
import { body, date, parse, query, freeText, text } from '../validate';
import { startOfShanghaiDay, startOfShanghaiDayAfter } from '../../domain/workingDays';

// Supervision warnings (监管预警, F7): the board, manual warnings, the rules' settings and a scan on demand.

const ManualWarning = z
  .object({
    creditCode: text().length(18, 'an 18-character unified social credit code'),
    level: z.enum(WARNING_LEVELS),
    subject: text().min(1).max(200),
    reason: freeText().min(1).max(2000),
    departmentCode: text().min(1).max(32).optional().describe('responsible department; your own by default'),
  })
  .openapi('ManualWarningInput');
const RuleInput = z
  .object({ enabled: z.boolean(), thresholdDays: z.number().int().min(1).max(365).nullable(), level: z.enum(WARNING_LEVELS), departmentCode: text().min(1).max(32).nullable() })
  .openapi('WarningRuleInput');
const ScanInput = z.object({ rules: z.array(z.enum(WARNING_RULES)).min(1).optional(), creditCode: text().length(18).optional() }).openapi('WarningScanInput');

const ok = (description: string) => ({ 200: { description } });
const tags = ['warnings'];
const WarningQuery = Paging.extend({ status: text().optional(), level: text().optional(), ruleCode: text().optional(), source: text().optional(), entity: text().optional().describe('credit code'), departmentCode: text().optional().describe('district-wide roles: one department'), raisedFrom: date().optional().describe('raised on or after this day (Shanghai)'), raisedTo: date().optional().describe('raised on or before this day (Shanghai)') });
const RuleListQuery = z.object({ format: ListFormat });
document({ method: 'get', path: '/api/v1/warnings', operationId: 'listWarnings', summary: 'List warnings', tags, security: userSecurity, request: { query: WarningQuery }, responses: listResponses(AnyPage, 'warnings of your department: filters `status`, `level`, `ruleCode`, `source`, `entity`, the days raised') }, [400, 401, 422]);
document({ method: 'get', path: '/api/v1/warnings/{id}', operationId: 'getWarning', summary: 'Get a warning', tags, security: userSecurity, request: { params: z.object({ id: z.string() }) }, responses: ok('one warning with its handling task') }, [401, 404]);
document({ method: 'post', path: '/api/v1/warnings', operationId: 'raiseWarning', summary: 'Raise a manual warning', tags, security: userSecurity, request: { body: { content: { 'application/json': { schema: ManualWarning } } } }, responses: { 201: { description: 'a manual warning (主动预警), a task for the responsible department' } } }, [400, 401, 403, 409, 422]);
document({ method: 'get', path: '/api/v1/warning-rules', operationId: 'listWarningRules', summary: 'List the automatic warning rules', tags, security: userSecurity, request: { query: RuleListQuery }, responses: listResponses(AnyPage, 'the automatic rules and their settings') }, [400, 401]);
document({ method: 'put', path: '/api/v1/warning-rules/{code}', operationId: 'updateWarningRule', summary: 'Change a warning rule', tags, security: userSecurity, request: { params: z.object({ code: z.enum(WARNING_RULES) }), body: { content: { 'application/json': { schema: RuleInput } } } }, responses: ok('changed (admin or district supervisor); the next scan uses it') }, [400, 401, 403, 404, 422]);
document({ method: 'post', path: '/api/v1/warning-scans', operationId: 'runWarningScan', summary: 'Run the warning rules now', tags, security: userSecurity, request: { body: { content: { 'application/json': { schema: ScanInput } } } }, responses: ok('the rules ran now (besides the daily Schedule); answers how many warnings were raised') }, [400, 401, 403, 422]);

export function warningRoutes(db: Db, temporal: Temporal): Router {
  const r = Router();
  const staff = requireUser(db, 'admin', 'supervisor', 'inspector', 'clerk', 'leader', 'auditor');
  const ruleAdmin = requireUser(db, 'admin', 'supervisor');

  r.get('/warnings', staff, async (req, res) => {
    const q = query(WarningQuery, req);
    const u = req.user!;
    const where: Record<string, unknown> = {
      ...(q.status ? { status: q.status } : {}),
      ...(q.level ? { level: q.level } : {}),
      ...(q.ruleCode ? { ruleCode: q.ruleCode } : {}),
      ...(q.source ? { source: q.source } : {}),
      ...(q.entity ? { creditCode: q.entity } : {}),
      ...(seesAll(u) ? (q.departmentCode ? { departmentCode: q.departmentCode } : {}) : { departmentCode: u.department.code }),
      ...(q.raisedFrom || q.raisedTo ? { raisedAt: { ...(q.raisedFrom ? { [Op.gte]: startOfShanghaiDay(q.raisedFrom) } : {}), ...(q.raisedTo ? { [Op.lt]: startOfShanghaiDayAfter(q.raisedTo) } : {}) } } : {}),
    };
    await answerList(res, q, warningExport(db), pagesOfModel(db.models.warnings, where, q, ['raisedAt', 'level', 'closedAt', 'status']), modelBatches(db.models.warnings, where, q, ['raisedAt', 'level', 'closedAt', 'status']));
  });

  r.get('/warnings/:id', staff, async (req, res) => {
    const { id } = parse(z.object({ id: text().max(60) }), req.params, 'path');
    const u = req.user!;
    const w = (await db.models.warnings.findByPk(id, { raw: true })) as any;
    if (!w || (!seesAll(u) && w.departmentCode !== u.department.code && w.raisedBy !== `user:${u.username}`)) throw notFound(`warning ${id} does not exist or is not visible to you`, { code: 'warning-not-found' });
    const tasks = (await db.models.tasks.findAll({ where: { taskKey: warningTaskKey(w.id) }, order: [['id', 'ASC']] })).map((t) => t.get({ plain: true }));
    // A person raised it (`user:<login>`), shown by name and department; otherwise a rule scan did.
    const login = String(w.raisedBy).startsWith('user:') ? String(w.raisedBy).slice(5) : null;
    const raisedByPerson = login ? (await peopleOf(db, [login])).get(login)! : null;
    res.json({ ...w, raisedByPerson, tasks });
  });

  r.post('/warnings', requireUser(db, 'admin', 'supervisor', 'inspector', 'clerk'), async (req, res) => {
    const input = body(ManualWarning, req);
    requireValidCreditCode(input.creditCode, 'creditCode');
    const u = req.user!;
    const entity = (await db.models.entities.findByPk(input.creditCode, { raw: true })) as any;
    if (!entity) throw unprocessable(`entity ${input.creditCode} is not registered in the district`, [{ field: 'creditCode', message: 'unknown entity' }], { code: 'entity-not-registered', params: { creditCode: input.creditCode } });
    const departmentCode = input.departmentCode ?? u.department.code;
    if (!(await departmentsByCode(db)).has(departmentCode)) throw unprocessable(`unknown department ${departmentCode}`, [{ field: 'departmentCode', message: 'unknown department' }], { code: 'unknown-department', params: { department: departmentCode } });
    const id = `W${crypto.randomBytes(12).toString('hex')}`;
    const workflowId = warningWorkflowId(id);
    const w = { id, level: input.level, creditCode: input.creditCode, entityName: entity.name, subject: input.subject, reason: input.reason, departmentCode };
    // The workflow records the warning and answers (or refuses a second open one on the same subject: 409).
    await updateWithStart(temporal, warningRaisedUpdate, { id }, `raised:${id}`, new WithStartWorkflowOperation(warning, {
      workflowId,
      taskQueue: temporal.taskQueue,
      workflowIdConflictPolicy: 'USE_EXISTING',
      args: [w, { raisedBy: `user:${u.username}`, dedupeKey: `manual:${input.creditCode}:${input.subject}` }],
    }));
    const row = await db.models.warnings.findByPk(id);
    res.status(201).json(row!.get({ plain: true }));
  });

  r.get('/warning-rules', staff, async (req, res) => {
    const q = query(RuleListQuery, req);
    const rows = (await db.models.warning_rules.findAll()).map((r) => r.get({ plain: true })) as any[];
    const data = WARNING_RULES.map((code) => rows.find((x) => x.code === code)).filter(Boolean).map((x) => ({ id: x.code, ...x }));
    await answerList(res, { ...q, page: 1, perPage: data.length }, warningRuleExport(db), wholeList(data));
  });

  r.put('/warning-rules/:code', ruleAdmin, async (req, res) => {
    const { code } = parse(z.object({ code: z.enum(WARNING_RULES) }), req.params, 'path');
    const input = body(RuleInput, req);
    const u = req.user!;
    // The rules serve every department: the administrator or the district office sets them.
    if (!u.roles.includes('admin') && u.department.kind !== 'district') throw forbidden('the district office sets the warning rules', { code: 'warning-rules-district-only' });
    if (input.departmentCode && !(await departmentsByCode(db)).has(input.departmentCode)) throw unprocessable(`unknown department ${input.departmentCode}`, [{ field: 'departmentCode', message: 'unknown department' }], { code: 'unknown-department', params: { department: input.departmentCode } });
    const row = await db.models.warning_rules.findByPk(code);
    if (!row) throw notFound(`rule ${code} does not exist`, { code: 'warning-rule-not-found', params: { code } });
    await db.writeTransaction(async (t) => {
      await row.update({ ...input, updatedAt: new Date(), updatedBy: u.username }, { transaction: t });
      await appendAudit(db, { actorType: 'user', actor: u.username, action: 'warningRule.updated', targetType: 'warningRule', targetId: code, detail: input }, t);
    });
    res.json({ id: code, ...row.get({ plain: true }) });
  });

  r.post('/warning-scans', ruleAdmin, async (req, res) => {
    const input = body(ScanInput, req);
    if (input.creditCode) requireValidCreditCode(input.creditCode, 'creditCode');
    const workflowId = `warning-scan:manual:${crypto.randomUUID()}`;
    await appendAudit(db, { actorType: 'user', actor: req.user!.username, action: 'warningScan.started', targetType: 'warningScan', targetId: workflowId, detail: input });
    const result = await temporal.client.workflow.execute(warningScan, { workflowId, taskQueue: temporal.taskQueue, args: [input] });
    res.json({ workflowId, ...result });
  });
  return r;
}
