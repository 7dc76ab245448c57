import { Router } from 'express';
import type { Config } from '../../config';
import type { Db } from '../../db';
import { appendAudit } from '../../db/audit';
import { requireUser } from '../auth/middleware';
import { badRequest, notFound } from '../errors';
import { answerList, EXPORT_BATCH_ROWS, listResponses, ListFormat, Paging, type ListExport } from '../lists';
import { document, userSecurity, z } from '../openapi';
import type { Temporal } from '../temporal';
import { date, parse, query, text } from '../validate';
import { auditLogBatches, auditWhere, listAuditLog, type AuditEntryView } from './repository';
import { verifyAuditLog } from './useCases';
import { auditActionWord, auditActorTypeWord, auditTargetWord } from './words';

// The audit log for the auditor (监管留痕, F8/F15): search it, export it, verify its chain. Only the auditor: the
// administrator's own actions are in it, and whoever runs the platform does not also read and check its trail
// (DESIGN.md rule 7, least privilege; rule 10, separation of duties). Reading, exporting and verifying are
// themselves entries of the log.

const json = (schema: z.ZodTypeAny) => ({ 'application/json': { schema } });

const AuditLogQuery = z.object({
  page: Paging.shape.page,
  perPage: Paging.shape.perPage,
  format: ListFormat,
  actor: text().min(1).max(100).optional().describe('a login (or a system or workflow as recorded), or a fragment of a person’s name: every login whose display name holds it'),
  action: text().min(1).max(64).optional().describe('an action code, e.g. `task.completed`'),
  targetType: text().min(1).max(32).optional().describe('e.g. `entity`, `task`, `plan`, `user`'),
  targetId: text().min(1).max(200).optional().describe('the target’s key as recorded: a credit code, a task id, a login'),
  from: date().optional().describe('first day, YYYY-MM-DD (Asia/Shanghai)'),
  to: date().optional().describe('last day, YYYY-MM-DD (Asia/Shanghai), included'),
});

const AuditEntry = z
  .object({
    id: z.number().int().describe('the entry’s place in the chain'),
    at: z.string().describe('ISO 8601'),
    actorType: z.enum(['user', 'system', 'workflow', 'operator']),
    actor: z.object({ id: z.string().describe('the login, system or workflow id as recorded'), name: z.string().describe('a person’s display name; otherwise the id'), department: z.object({ code: z.string(), name: z.string() }).nullable() }),
    action: z.string(),
    target: z.object({ type: z.string(), id: z.string(), label: z.string().nullable().describe('what a person recognises: an entity’s name, a user’s name, a task’s or plan’s title') }),
    detail: z.record(z.string(), z.unknown()),
    names: z.record(z.string(), z.string()).describe('the name of each department code and login the detail holds'),
    hash: z.string(),
    prevHash: z.string(),
  })
  .openapi('AuditEntry');

const EntryParams = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });

const Problem = z.object({ id: z.number().int().describe('the entry'), problem: z.enum(['missing', 'hashMismatch', 'brokenLink', 'headMismatch', 'truncated']), message: z.string() });
const AuditVerification = z
  .object({
    intact: z.boolean(),
    checked: z.number().int().describe('entries verified'),
    problemCount: z.number().int(),
    firstProblem: Problem.nullable().describe('the first broken entry'),
    problems: z.array(Problem).describe('the first 100 problems'),
    checkpoints: z.union([
      z.object({ compared: z.literal(true), count: z.number().int(), latestAt: z.string(), latestLastId: z.number().int() }),
      z.object({ compared: z.literal(false), code: z.enum(['no-checkpoint-yet', 'no-checkpoint-schedule', 'temporal-unreachable']), reason: z.string() }),
    ]).describe('the checkpoints (the log’s end, kept in Temporal’s history) compared with the chain'),
    summary: z.string().describe('the result in one English sentence; the UI words it in the user’s language'),
  })
  .openapi('AuditVerification');

document(
  {
    method: 'get',
    path: '/api/v1/audit-log',
    operationId: 'listAuditLog',
    summary: 'Search the audit log',
    tags: ['audit'],
    security: userSecurity,
    description:
      'auditor only (not the administrator, whose actions it records). Newest first; filters combine. Each entry’s actor by name, its target by name or title. Every search and export is itself an entry (`auditLog.viewed`, `auditLog.exported`). 400 for a bad filter (`from` after `to`: `date-range-reversed`).',
    request: { query: AuditLogQuery },
    responses: listResponses(z.object({ data: z.array(AuditEntry), total: z.number().int() }), 'one page of entries'),
  },
  [400, 401, 403, 422],
);
document(
  {
    method: 'get',
    path: '/api/v1/audit-log/{id}',
    operationId: 'getAuditEntry',
    summary: 'Read one audit log entry',
    tags: ['audit'],
    security: userSecurity,
    description: 'auditor only; as the list shows it, with its hashes. Reading it is itself an entry (`auditLog.viewed` with the entry’s id).',
    request: { params: EntryParams },
    responses: { 200: { description: 'the entry', content: json(AuditEntry) } },
  },
  [400, 401, 403, 404],
);
document(
  {
    method: 'post',
    path: '/api/v1/audit-log/verify',
    operationId: 'verifyAuditLog',
    summary: 'Verify the audit log’s hash chain',
    tags: ['audit'],
    security: userSecurity,
    description: 'auditor only. The verification of `npm run cli -- audit verify`: every entry’s hash and link, the head, and the checkpoints Temporal holds. Answers 200 whether intact or not; the verification is itself an entry (`auditLog.verified`), written after it.',
    responses: { 200: { description: 'the result', content: json(AuditVerification) } },
  },
  [401, 403],
);

const auditExport: ListExport<AuditEntryView> = {
  fileName: '审计日志',
  sheetName: '审计日志',
  columns: [
    { header: '序号', value: (e) => e.id, type: 'number', width: 10 },
    { header: '时间', value: (e) => e.at, type: 'datetime', width: 20 },
    { header: '操作人', value: (e) => e.actor.name, width: 24 },
    { header: '账号', value: (e) => e.actor.id, width: 24 },
    { header: '操作人类型', value: (e) => auditActorTypeWord(e.actorType), width: 12 },
    { header: '所属部门', value: (e) => e.actor.department?.name ?? '', width: 24 },
    { header: '操作', value: (e) => auditActionWord(e.action), width: 20 },
    { header: '对象类型', value: (e) => auditTargetWord(e.target.type), width: 12 },
    { header: '对象', value: (e) => e.target.label ?? e.target.id, width: 32 },
    { header: '对象编号', value: (e) => e.target.id, width: 24 },
    { header: '详情', value: (e) => Object.entries(e.detail).map(([k, v]) => `${k}: ${typeof v === 'string' ? (e.names[v] ?? v) : JSON.stringify(v)}`).join('；'), width: 60 },
    { header: '哈希', value: (e) => e.hash, width: 66 },
  ],
};

export function auditRoutes(db: Db, temporal: Temporal, config: Config): Router {
  const r = Router();
  r.get('/audit-log', requireUser(db, 'auditor'), async (req, res) => {
    const u = req.user!;
    const { page, perPage, format, ...filter } = query(AuditLogQuery, req);
    if (filter.from && filter.to && filter.from > filter.to) {
      throw badRequest(`from (${filter.from}) is after to (${filter.to})`, [{ field: 'from', message: 'after to' }], { code: 'date-range-reversed', params: { from: filter.from, to: filter.to } });
    }
    const where = await auditWhere(db, filter);
    const record = (action: string, detail: Record<string, unknown>) => appendAudit(db, { actorType: 'user', actor: u.username, action, targetType: 'auditLog', targetId: 'entries', detail: { ...filter, ...detail } });
    if (format === 'xlsx') await record('auditLog.exported', {});
    await answerList(
      res,
      { format, page, perPage },
      auditExport,
      async (p, n) => {
        const answer = await listAuditLog(db, where, { page: p, perPage: n });
        await record('auditLog.viewed', { page: p, perPage: n, total: answer.total });
        return answer;
      },
      auditLogBatches(db, where, EXPORT_BATCH_ROWS),
    );
  });
  r.get('/audit-log/:id', requireUser(db, 'auditor'), async (req, res) => {
    const { id } = parse(EntryParams, req.params, 'path');
    const [entry] = (await listAuditLog(db, { id }, { page: 1, perPage: 1 })).data;
    if (!entry) throw notFound(`no audit log entry ${id}`, { code: 'audit-entry-not-found', params: { id } });
    await appendAudit(db, { actorType: 'user', actor: req.user!.username, action: 'auditLog.viewed', targetType: 'auditLog', targetId: String(id) });
    res.json(entry);
  });
  r.post('/audit-log/verify', requireUser(db, 'auditor'), async (req, res) => {
    res.json(await verifyAuditLog(db, temporal, config, req.user!));
  });
  return r;
}
