import { Router, type Request, type Response } from 'express';
import type { Db } from '../../db';
import { checkById, listChecks, listPolicies } from '../../db/eligibility';
import { peopleOf } from '../../db/people';
import { SCENARIOS } from '../../domain/credit';
import { ENTITY_STATUS_NAMES, POLICY_CODE, REASON_KINDS, REASON_NAMES, type RowResult } from '../../domain/eligibility';
import { requireUser } from '../auth/middleware';
import { forbidden, notFound } from '../errors';
import { answerList, departmentLabeller, listResponses, Paging, seesAll, type ListExport } from '../lists';
import { document, Problem, userSecurity, z } from '../openapi';
import type { Temporal } from '../temporal';
import { receiveUpload } from '../upload';
import { body, parse, query, text } from '../validate';
import { sendWorkbook, XLSX_TYPE } from '../workbook';
import { changePolicy, requirePolicy, runCheck } from './useCases';

// Support-eligibility check (扶持鼓励数据核查, F12; CONTRACT.md `POST /api/v1/eligibility-checks`): a department
// uploads a list for a policy and reads, per row, whether the entity may receive what the policy gives, as JSON
// or as a workbook; each check is kept and can be fetched again. Administrators keep the policies' criteria.

const STAFF = ['admin', 'supervisor', 'clerk', 'leader'] as const;

const Criteria = z
  .object({
    requireActive: z.boolean().describe('a deregistered entity is not eligible'),
    restricted: z.boolean().describe('joint-punishment measures of the policy’s scenario restrict (the screening’s answer; a restricted row counts as a screening)'),
    seriousViolation: z.boolean().describe('listed on the serious violation list (严重违法失信名单)'),
    abnormalOperation: z.boolean().describe('listed on the abnormal operation list (经营异常名录)'),
    penaltyWindowMonths: z.number().int().min(1).max(120).nullable().describe('penalties decided within this many months count; null: penalties not checked'),
    warningOnlyCounts: z.boolean().describe('whether a penalty that is a warning (警告) alone counts'),
    openCases: z.boolean().describe('a filed case not yet decided (在办案件)'),
  })
  .openapi('EligibilityCriteria');
const PolicyBody = z.object({
  name: text().min(1).max(100),
  scenario: z.enum(SCENARIOS).describe('the screening scenario whose joint-punishment measures apply'),
  criteria: Criteria,
  active: z.boolean().default(true).describe('an inactive policy cannot be checked against'),
});
const PolicyView = PolicyBody.extend({ id: z.string(), code: z.string() }).openapi('EligibilityPolicy');
const PolicyCodeParam = z.object({ code: z.string().regex(POLICY_CODE, 'lower-case letters, digits and _, 2–32 characters').openapi({ param: { name: 'code', in: 'path' } }) });

const Reason = z.object({ kind: z.enum(REASON_KINDS), detail: z.string().describe('the facts behind it: document numbers, authorities, dates (Chinese, as the register writes them); empty when the kind says all (deregistered)') });
const CheckRow = z
  .object({
    row: z.number().int().describe('the row in the uploaded file (the header is row 1)'),
    creditCode: z.string().nullable().describe('as found (or as listed when not found)'),
    name: z.string().nullable(),
    found: z.boolean(),
    status: z.enum(['active', 'deregistered']).nullable(),
    eligible: z.boolean(),
    reasons: z.array(Reason).describe('why not eligible; empty when eligible'),
  })
  .openapi('EligibilityCheckRow');
const CheckSummary = z.object({
  id: z.number().int(),
  policy: z.string().describe('the policy’s code'),
  policyName: z.string(),
  scenario: z.enum(SCENARIOS),
  checkedBy: z.string().describe('the person, by name'),
  department: z.string().describe('the department that ran it, by name'),
  checkedAt: z.string().describe('ISO 8601 instant'),
  fileName: z.string(),
  sha256: z.string().describe('of the uploaded file'),
  total: z.number().int(),
  found: z.number().int(),
  eligible: z.number().int(),
  restricted: z.number().int().describe('rows restricted by joint-punishment measures: each counted as a screening with its feedback task'),
});
const CheckAnswer = CheckSummary.extend({ rows: z.array(CheckRow) }).openapi('EligibilityCheck');
const CheckList = z.object({ data: z.array(CheckSummary.openapi('EligibilityCheckSummary')), total: z.number().int() });
const IdParam = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' } }) });
const FormatQuery = z.object({ format: z.enum(['json', 'xlsx']).optional().describe('`xlsx`: the rows as a workbook (also chosen by `Accept` set to the spreadsheet type)') });
const Workbook = { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } };

document(
  {
    method: 'post',
    path: '/api/v1/eligibility-checks',
    operationId: 'runEligibilityCheck',
    summary: 'Check a list of entities against a policy',
    tags: ['eligibility'],
    security: userSecurity,
    description:
      'Support-eligibility check (扶持鼓励数据核查). Multipart form: `policy` (a policy code) and `file` (.xlsx or CSV, UTF-8 or GBK, at most 10,000 data rows; a `统一社会信用代码` and/or `企业名称` column). Rows naming only a name are matched on the normalised name; a name fitting several entities is a reason (`ambiguousName`), never a guess. The check is stored with an audit entry; restricted rows count as screenings. With `Accept` set to the spreadsheet type the answer is the workbook.',
    request: { body: { content: { 'multipart/form-data': { schema: z.object({ policy: z.string(), file: z.string().openapi({ format: 'binary' }) }) } } } },
    responses: {
      201: { description: 'the check, row by row (stored)', content: { 'application/json': { schema: CheckAnswer } } },
      200: { description: 'with `Accept` set to the spreadsheet type: the rows as a workbook (the check is stored all the same)', content: Workbook },
      415: { description: 'not a multipart/form-data body; nothing was stored', content: { 'application/problem+json': { schema: Problem } } },
    },
  },
  [400, 401, 403, 413, 422],
);
const CheckListQuery = Paging.pick({ page: true, perPage: true, format: true });
document({ method: 'get', path: '/api/v1/eligibility-checks', operationId: 'listEligibilityChecks', summary: 'List eligibility checks, newest first', tags: ['eligibility'], security: userSecurity, description: 'Your department’s checks (every department’s for administrators, leaders and the district office), newest first.', request: { query: CheckListQuery }, responses: listResponses(CheckList, 'one page of checks') }, [400, 401, 403, 422]);
document({ method: 'get', path: '/api/v1/eligibility-checks/{id}', operationId: 'getEligibilityCheck', summary: 'An eligibility check with its rows', tags: ['eligibility'], security: userSecurity, request: { params: IdParam, query: FormatQuery }, responses: { 200: { description: 'the check', content: { 'application/json': { schema: CheckAnswer }, ...Workbook } } } });
document({ method: 'get', path: '/api/v1/eligibility-policies', operationId: 'listEligibilityPolicies', summary: 'List the policies an eligibility check can be run for', tags: ['eligibility'], security: userSecurity, responses: { 200: { description: 'policies', content: { 'application/json': { schema: z.object({ data: z.array(PolicyView), total: z.number().int() }) } } } } }, [401, 403]);
document({ method: 'get', path: '/api/v1/eligibility-policies/{code}', operationId: 'getEligibilityPolicy', summary: 'A policy with its criteria', tags: ['eligibility'], security: userSecurity, request: { params: PolicyCodeParam }, responses: { 200: { description: 'the policy', content: { 'application/json': { schema: PolicyView } } } } });
document(
  { method: 'put', path: '/api/v1/eligibility-policies/{code}', operationId: 'saveEligibilityPolicy', summary: 'Create or change a policy and its criteria (administrators)', tags: ['eligibility'], security: userSecurity, request: { params: PolicyCodeParam, body: { content: { 'application/json': { schema: PolicyBody } } } }, responses: { 200: { description: 'changed', content: { 'application/json': { schema: PolicyView } } }, 201: { description: 'created', content: { 'application/json': { schema: PolicyView } } } } },
  [400, 401, 403, 422],
);

/** `format=xlsx`, or (without `format`) an `Accept` that prefers the spreadsheet type to JSON. */
const wantsWorkbook = (req: Request, format?: string) => format === 'xlsx' || (format === undefined && req.accepts(['application/json', XLSX_TYPE]) === XLSX_TYPE);

async function* workbookRows(rows: RowResult[]) {
  for (const r of rows) {
    yield {
      row: r.row,
      creditCode: r.creditCode ?? '',
      name: r.name ?? '',
      found: r.found ? '是' : '否',
      status: r.status ? (ENTITY_STATUS_NAMES[r.status] ?? r.status) : '',
      eligible: r.eligible ? '符合' : '不符合',
      reasons: r.reasons.map((x) => (x.detail ? `${REASON_NAMES[x.kind]}：${x.detail}` : REASON_NAMES[x.kind])).join('\n'),
    };
  }
}

const WORKBOOK_COLUMNS = [
  { header: '行号', key: 'row', type: 'number' as const, width: 8 },
  { header: '统一社会信用代码', key: 'creditCode', width: 22 },
  { header: '名称', key: 'name', width: 36 },
  { header: '是否找到', key: 'found' },
  { header: '登记状态', key: 'status' },
  { header: '核查结果', key: 'eligible' },
  { header: '原因', key: 'reasons', width: 80 },
];

type CheckView = { policyName: string; fileName: string; total: number; found: number; eligible: number; restricted: number; checkedBy: string; department: string; checkedAt: string };
const CHECK_LIST_EXPORT: ListExport<CheckView> = {
  fileName: '资格核查记录',
  sheetName: '资格核查记录',
  columns: [
    { header: '核查政策', value: (c) => c.policyName },
    { header: '名单文件', value: (c) => c.fileName },
    { header: '行数', type: 'number', value: (c) => c.total },
    { header: '找到', type: 'number', value: (c) => c.found },
    { header: '符合', type: 'number', value: (c) => c.eligible },
    { header: '受联合惩戒限制', type: 'number', value: (c) => c.restricted },
    { header: '核查人', value: (c) => c.checkedBy },
    { header: '核查部门', value: (c) => c.department },
    { header: '核查时间', type: 'datetime', value: (c) => c.checkedAt },
  ],
};

export function eligibilityRoutes(db: Db, temporal: Temporal, options: { maxUploadBytes: number }): Router {
  const r = Router();
  const staff = requireUser(db, ...STAFF);

  /** JSON with `status`, or the workbook (always 200: api/workbook.ts). */
  async function answer(req: Request, res: Response, check: NonNullable<Awaited<ReturnType<typeof checkById>>>, status: number, format?: string) {
    if (wantsWorkbook(req, format)) {
      await sendWorkbook(res, { fileName: `资格核查-${check.policy.name}-${check.id}`, sheetName: '核查结果', columns: WORKBOOK_COLUMNS }, workbookRows(check.rows as RowResult[]));
      return;
    }
    res.status(status).json(await view(check));
  }

  /** Checks as the API shows them: the policy's code and name, the person and the department by name. */
  async function views<T extends { policy: { code: string; name: string }; checkedBy: string; departmentCode: string }>(checks: T[]) {
    const people = await peopleOf(db, checks.map((c) => c.checkedBy));
    const departmentName = await departmentLabeller(db);
    return checks.map(({ policy, departmentCode, ...rest }) => ({ ...rest, policy: policy.code, policyName: policy.name, checkedBy: people.get(rest.checkedBy)!.displayName, department: departmentName(departmentCode) }));
  }
  const view = async <T extends { policy: { code: string; name: string }; checkedBy: string; departmentCode: string }>(c: T) => (await views([c]))[0];

  r.post('/eligibility-checks', staff, async (req, res) => {
    const upload = await receiveUpload(req, { maxBytes: options.maxUploadBytes, fields: ['policy'] });
    const policy = parse(z.object({ policy: text().min(1).max(32) }), upload.fields, 'form').policy;
    const { id } = await runCheck(db, temporal, req.user!, { policy, fileName: upload.file.name, bytes: upload.file.bytes });
    await answer(req, res, (await checkById(db, id))!, 201);
  });

  r.get('/eligibility-checks', staff, async (req, res) => {
    const q = query(CheckListQuery, req);
    const u = req.user!;
    await answerList(res, q, CHECK_LIST_EXPORT, async (page, perPage) => {
      const checks = await listChecks(db, seesAll(u) ? null : u.department.code, page, perPage);
      return { data: await views(checks.data), total: checks.total };
    });
  });

  r.get('/eligibility-checks/:id', staff, async (req, res) => {
    const { id } = parse(IdParam, req.params, 'path');
    const { format } = query(FormatQuery, req);
    const check = await checkById(db, id);
    const u = req.user!;
    if (!check || (!seesAll(u) && check.departmentCode !== u.department.code)) throw notFound(`no eligibility check ${id}`, { code: 'eligibility-check-not-found', params: { id } });
    await answer(req, res, check, 200, format);
  });

  r.get('/eligibility-policies', staff, async (_req, res) => {
    const data = (await listPolicies(db)).map((p) => ({ id: p.code, ...p }));
    res.json({ data, total: data.length });
  });

  r.get('/eligibility-policies/:code', staff, async (req, res) => {
    const { code } = parse(PolicyCodeParam, req.params, 'path');
    const p = await requirePolicy(db, code);
    res.json({ id: p.code, ...p });
  });

  r.put('/eligibility-policies/:code', staff, async (req, res) => {
    if (!req.user!.roles.includes('admin')) throw forbidden('administrators keep the policies', { code: 'eligibility-policy-admin-only' });
    const { code } = parse(PolicyCodeParam, req.params, 'path');
    const input = body(PolicyBody, req);
    const { created } = await changePolicy(db, req.user!, { code, ...input });
    res.status(created ? 201 : 200).json({ id: code, code, ...input });
  });
  return r;
}
