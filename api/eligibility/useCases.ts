import crypto from 'node:crypto';
import type { Db } from '../../db';
import type { SessionUser } from '../../db/credentials';
import { entitiesNamed, entityFacts, savePolicy, saveCheck, policyByCode } from '../../db/eligibility';
import { validateCreditCode } from '../../domain/creditCode';
import { judge, listColumns, listedEntities, MAX_ELIGIBILITY_ROWS, windowStart, type Policy, type Resolution, type RowResult } from '../../domain/eligibility';
import { matchEntityName, normaliseEntityName } from '../../domain/records';
import { readTable, SpreadsheetError, type Table } from '../../domain/spreadsheet';
import { shanghaiDate } from '../../domain/workingDays';
import { eligibilityFeedback, eligibilityFeedbackWorkflowId } from '../../workflows/eligibilityFeedback';
import { notFound, unprocessable } from '../errors';
import type { Temporal } from '../temporal';

// The support-eligibility check (F12) as a clerk runs it: the policy, the uploaded list read and its entities
// found (by credit code, or by a name that fits exactly one entity), every row judged on facts read in bulk,
// then the check stored with its audit entry and, when rows are restricted, their screening feedback started.

export interface CheckUpload {
  policy: string;
  fileName: string;
  bytes: Buffer;
}

export interface CheckAnswer {
  id: number;
  policy: Policy;
  rows: RowResult[];
}

/** The active policy of that code, or a clear refusal naming it (issue 10: an unknown policy is bad input). */
export async function activePolicy(db: Db, code: string): Promise<Policy> {
  const policy = await policyByCode(db, code);
  if (!policy || !policy.active) throw unprocessable(`unknown policy ${code}`, [{ field: 'policy', message: 'no active policy with this code' }], { code: 'eligibility-policy-unknown', params: { policy: code } });
  return policy;
}

async function readList(upload: CheckUpload): Promise<Table> {
  try {
    return await readTable(upload.bytes, upload.fileName, { maxRows: MAX_ELIGIBILITY_ROWS });
  } catch (err) {
    if (err instanceof SpreadsheetError) throw unprocessable(err.message, [{ field: 'file', message: err.message }], { code: err.code, params: { ...err.params } });
    throw err;
  }
}

/** Every listed entity's resolution: its code looked up, or its name matched (never a guess between several). */
async function resolve(db: Db, policy: Policy, listed: ReturnType<typeof listedEntities>, today: string): Promise<Resolution[]> {
  const byName = new Map<string, Array<{ creditCode: string; name: string }>>();
  for (const c of await entitiesNamed(db, listed.filter((e) => !e.creditCode).map((e) => e.name!))) {
    const key = normaliseEntityName(c.name);
    byName.set(key, [...(byName.get(key) ?? []), c]);
  }
  const matches = listed.map((e) => (e.creditCode ? null : matchEntityName(e.name!, byName.get(normaliseEntityName(e.name!)) ?? [])));
  const codes = listed.map((e, i) => e.creditCode ?? (matches[i]?.status === 'matched' ? matches[i].creditCode : null)).filter((c): c is string => c !== null);
  const months = policy.criteria.penaltyWindowMonths;
  const found = await entityFacts(db, codes, policy, today, months === null ? null : windowStart(today, months));
  return listed.map((e, i): Resolution => {
    const m = matches[i];
    if (m?.status === 'ambiguous') return { status: 'ambiguous', candidates: m.candidates };
    const code = e.creditCode ?? (m?.status === 'matched' ? m.creditCode : null);
    const entity = code ? found.get(code) : undefined;
    if (entity) return { status: 'found', ...entity };
    return { status: 'notFound', creditCodeMalformed: !!e.creditCode && !validateCreditCode(e.creditCode).valid };
  });
}

export async function runCheck(db: Db, temporal: Temporal, user: SessionUser, upload: CheckUpload): Promise<CheckAnswer> {
  const policy = await activePolicy(db, upload.policy);
  const table = await readList(upload);
  const columns = listColumns(table.headers);
  if (!columns) throw unprocessable('the list has no credit-code or name column (统一社会信用代码 / 企业名称)', [{ field: 'file', message: 'no 统一社会信用代码 or 企业名称 column' }], { code: 'eligibility-list-columns' });
  const listed = listedEntities(columns, table.rows);
  if (listed.length === 0) throw unprocessable('the list names no entity', [{ field: 'file', message: 'no row with a credit code or a name' }], { code: 'eligibility-list-empty' });

  const today = shanghaiDate(new Date());
  const resolutions = await resolve(db, policy, listed, today);
  const rows = listed.map((e, i) => judge(e, resolutions[i], policy.criteria, today));

  const checkKey = crypto.randomUUID();
  const restricted = rows.some((r) => r.screening);
  const workflowId = restricted ? eligibilityFeedbackWorkflowId(checkKey) : null;
  const sha256 = crypto.createHash('sha256').update(upload.bytes).digest('hex');
  const id = await saveCheck(
    db,
    { checkKey, policy, departmentCode: user.department.code, checkedBy: user.username, fileName: upload.fileName, sha256, workflowId, rows },
    (checkId, counts) => ({ actorType: 'user', actor: user.username, action: 'eligibility.checked', targetType: 'eligibilityCheck', targetId: String(checkId), detail: { policy: policy.code, fileName: upload.fileName, sha256, ...counts } }),
    // Restricted rows count as screenings through their feedback process; started inside the check's
    // transaction, so a check is stored only with it (Temporal away: a 503 and nothing stored).
    workflowId ? (checkId) => temporal.client.workflow.start(eligibilityFeedback, { workflowId, taskQueue: temporal.taskQueue, args: [{ checkId }] }).then(() => undefined) : undefined,
  );
  return { id, policy, rows };
}

/** Changes (or adds) a policy; an administrator's step. */
export async function changePolicy(db: Db, user: SessionUser, policy: Policy): Promise<{ created: boolean }> {
  return { created: await savePolicy(db, policy, user.username) };
}

export async function requirePolicy(db: Db, code: string): Promise<Policy> {
  const policy = await policyByCode(db, code);
  if (!policy) throw notFound(`no policy ${code}`, { code: 'eligibility-policy-not-found', params: { policy: code } });
  return policy;
}
