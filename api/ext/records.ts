import { Router } from 'express';
import type { Db } from '../../db';
import { departmentsNamed, entitiesByCode, entitiesNamedLike, saveRecords, type RecordToSave } from '../../db/records';
import { validateCreditCode } from '../../domain/creditCode';
import { PENALTY_KINDS } from '../../domain/inspections';
import { matchEntityName, MAX_RECORDS_PER_CALL, RECORD_KINDS, type RecordKind } from '../../domain/records';
import { requireScope } from '../auth/middleware';
import { fieldErrors, forbidden, unprocessable, type FieldError } from '../errors';
import { document, systemSecurity, z } from '../openapi';
import { body, date, freeText, text } from '../validate';

// CONTRACT.md `POST /api/ext/v1/records`: a batch of records another system holds, collected (归集) into the
// entities' dossiers. Each item is answered on its own: stored, merged (its natural key again: an update) or
// rejected with its errors; a rejected item stores nothing, and a call whose every item is rejected is a 422.

const fromTo = <T extends { validFrom?: string; validTo?: string }>(s: z.ZodType<T>) =>
  s.refine((r) => !r.validFrom || !r.validTo || r.validFrom <= r.validTo, { path: ['validTo'], message: 'before validFrom' });

const Common = {
  key: text().min(1).max(150).describe('the natural key, unique per kind and department (a decision, license or document number)'),
  creditCode: text().length(18, 'an 18-character unified social credit code').optional(),
  entityName: text().min(1).max(200).optional().describe('when an old record has no credit code: matched on the normalised name'),
  department: text().min(1).max(100).describe('department code or exact name: whose record it is'),
  occurredOn: date(),
};

export const ITEM_SCHEMAS = {
  license: fromTo(
    z.object({
      ...Common,
      licenseItem: text().min(1).max(100),
      licenseNo: text().min(1).max(64),
      validFrom: date().optional(),
      validTo: date().optional(),
    }),
  ).openapi('LicenseRecord'),
  penalty: z
    .object({
      ...Common,
      decisionNo: text().min(1).max(100),
      penaltyItem: text().min(1).max(200).describe('penalty item code or name'),
      legalBasis: text().min(1).max(300),
      penaltyKinds: z.array(z.enum(PENALTY_KINDS)).min(1).max(PENALTY_KINDS.length).optional(),
      fineAmount: z.number().nonnegative().max(1e12).optional().describe('yuan'),
      summary: freeText().max(2000).optional(),
    })
    .openapi('PenaltyRecord'),
  inspection: z
    .object({
      ...Common,
      checkItems: z.array(text().min(1).max(200)).min(1).max(50),
      result: text().min(1).max(64),
      findings: freeText().max(5000).optional(),
    })
    .openapi('InspectionRecord'),
  judicial_assistance: z
    .object({
      ...Common,
      court: text().min(1).max(100),
      documentNo: text().min(1).max(100),
      measure: text().min(1).max(100).describe('e.g. 股权冻结'),
      personName: text().min(1).max(64).optional().describe('personal data: masked when read'),
      personIdNo: text().min(1).max(32).optional().describe('personal data: masked when read'),
      amount: z.number().nonnegative().max(1e13).optional().describe('yuan'),
    })
    .openapi('JudicialAssistanceRecord'),
  complaint: z
    .object({
      ...Common,
      channel: text().min(1).max(32).describe('e.g. 12315, 12345'),
      summary: freeText().min(1).max(5000),
      outcome: freeText().max(2000).optional(),
      complainantName: text().min(1).max(64).optional().describe('personal data: masked when read'),
      complainantIdNo: text().min(1).max(32).optional().describe('personal data: masked when read'),
      complainantPhone: text().min(1).max(32).optional().describe('personal data: masked when read'),
    })
    .openapi('ComplaintRecord'),
} satisfies Record<RecordKind, z.ZodTypeAny>;

type Item = z.infer<(typeof ITEM_SCHEMAS)[RecordKind]>;

// The items are parsed one by one below, so one bad item does not refuse its neighbours.
const RecordsPush = z.object({ kind: z.enum(RECORD_KINDS), items: z.array(z.unknown()).min(1).max(MAX_RECORDS_PER_CALL) });
const RecordsPushDocument = z
  .object({ kind: z.enum(RECORD_KINDS), items: z.array(z.union(Object.values(ITEM_SCHEMAS) as [z.ZodTypeAny, z.ZodTypeAny, ...z.ZodTypeAny[]])).min(1).max(MAX_RECORDS_PER_CALL).describe('items of the one `kind`') })
  .openapi('RecordsPush');

const RecordResult = z
  .object({
    index: z.number().int().describe('the item’s place in `items`, from 0'),
    key: z.string().nullable().describe('the item’s key, null when it had none that is valid'),
    status: z.enum(['stored', 'merged', 'rejected']),
    errors: z.array(z.object({ field: z.string(), message: z.string(), code: z.string().optional() })).optional().describe('why it was rejected: the field (within the item) and a stable code'),
  })
  .openapi('RecordResult');
const RecordsAnswer = z.object({ results: z.array(RecordResult), stored: z.number().int(), merged: z.number().int(), rejected: z.number().int() }).openapi('RecordsAnswer');

document(
  {
    method: 'post',
    path: '/api/ext/v1/records',
    operationId: 'postRecords',
    summary: 'Push collected records (归集)',
    tags: ['external'],
    security: systemSecurity,
    description:
      'scope records:write, with a key created for a department (the source department). Up to 1,000 items of one kind. Each item is `stored`, `merged` (its natural key — kind, department, key — was known: updated) or `rejected` with its errors (code `entity-unmatched`, `entity-ambiguous`, `unknown-department`, `invalid-credit-code`, or a field rule); a rejected item stores nothing. An item without a credit code is matched on its normalised `entityName` (full- and half-width, brackets and spaces alike): exactly one registered entity, or rejected. When every item is rejected the answer is 422 (`records-rejected`) with `errors[].field` as `items.<index>.<field>`. Pushing the same items again has one effect.',
    request: { body: { content: { 'application/json': { schema: RecordsPushDocument } } } },
    responses: { 200: { description: 'each item’s result, in the order sent', content: { 'application/json': { schema: RecordsAnswer } } } },
  },
  [400, 401, 403, 413, 422],
);

interface Checked {
  index: number;
  key: string | null;
  item?: Item;
  errors: FieldError[];
}

const rejection = (field: string, message: string, code: string, params?: Record<string, string | number>): FieldError => ({ field, message, code, ...(params ? { params } : {}) });

/**
 * The story of one push: each item parsed, its department and entity found, the accepted ones saved at once.
 * Also the online entry form's (api/records/): `source.user` then names who entered it, for the audit entry.
 */
export async function collect(db: Db, kind: RecordKind, items: unknown[], source: { system: string; departmentCode: string; user?: string }) {
  const checked: Checked[] = items.map((raw, index) => {
    const r = ITEM_SCHEMAS[kind].safeParse(raw);
    const rawKey = (raw as { key?: unknown } | null)?.key;
    const key = typeof rawKey === 'string' && Common.key.safeParse(rawKey).success ? rawKey : null;
    if (!r.success) return { index, key, errors: fieldErrors(r.error) };
    const item = r.data as Item;
    const errors: FieldError[] = [];
    if (item.creditCode === undefined && item.entityName === undefined) errors.push(rejection('creditCode', 'creditCode, or entityName when the record has no code', 'entity-required'));
    if (item.creditCode !== undefined) {
      const v = validateCreditCode(item.creditCode);
      if (!v.valid) errors.push(rejection('creditCode', v.message, 'invalid-credit-code'));
    }
    return { index, key, item, errors };
  });
  const parsed = checked.filter((c) => c.item && c.errors.length === 0);
  const departments = await departmentsNamed(db, [...new Set(parsed.map((c) => c.item!.department))]);
  const byCode = await entitiesByCode(db, parsed.flatMap((c) => (c.item!.creditCode ? [c.item!.creditCode] : [])));
  const nameOnly = parsed.filter((c) => !c.item!.creditCode);
  const candidates = await entitiesNamedLike(db, nameOnly.map((c) => c.item!.entityName!));
  const toSave: Array<{ at: Checked; record: RecordToSave }> = [];
  for (const c of parsed) {
    const { key, creditCode: code, entityName: name, department, occurredOn, ...data } = c.item!;
    const departmentCode = departments.get(department);
    if (!departmentCode) c.errors.push(rejection('department', 'no department with this code or name', 'unknown-department', { department }));
    let entity: { creditCode: string; name: string } | null = null;
    if (code) {
      const registered = byCode.get(code);
      if (registered !== undefined) entity = { creditCode: code, name: registered };
      else c.errors.push(rejection('creditCode', 'no registered entity has this credit code', 'entity-unmatched'));
    } else {
      const m = matchEntityName(name!, candidates);
      if (m.status === 'matched') entity = m;
      // The confirmation task listing the candidates to the pushing department is still to come (issue 10).
      else if (m.status === 'ambiguous') c.errors.push(rejection('entityName', `${m.candidates.length} registered entities have this name; send the credit code`, 'entity-ambiguous', { count: m.candidates.length }));
      else c.errors.push(rejection('entityName', 'no registered entity has this name', 'entity-unmatched'));
    }
    if (departmentCode && entity && c.errors.length === 0) {
      toSave.push({ at: c, record: { kind, key, departmentCode, creditCode: entity.creditCode, entityName: entity.name, occurredOn, data, sourceDepartmentCode: source.departmentCode, system: source.system } });
    }
  }
  const rejected = checked.filter((c) => c.errors.length > 0);
  if (toSave.length === 0) {
    const errors = rejected.flatMap((c) => c.errors.map((e) => ({ ...e, field: `items.${c.index}.${e.field}` })));
    throw unprocessable(`all ${items.length} item(s) rejected; nothing stored`, errors, { code: 'records-rejected', params: { count: items.length } });
  }
  const statuses = await saveRecords(
    db,
    toSave.map((s) => s.record),
    (counts) => ({ actorType: source.user ? 'user' : 'system', actor: source.user ?? source.system, action: 'records.collected', targetType: 'records', targetId: kind, detail: { kind, sourceDepartment: source.departmentCode, ...counts, rejected: rejected.length } }),
  );
  const status = new Map(toSave.map((s, i) => [s.at.index, statuses[i]]));
  const results = checked.map((c) => (c.errors.length > 0 ? { index: c.index, key: c.key, status: 'rejected' as const, errors: c.errors } : { index: c.index, key: c.key, status: status.get(c.index)! }));
  return { results, stored: statuses.filter((s) => s === 'stored').length, merged: statuses.filter((s) => s === 'merged').length, rejected: rejected.length };
}

export function recordRoutes(db: Db): Router {
  const r = Router();
  r.post('/records', requireScope(db, 'records:write'), async (req, res) => {
    const push = body(RecordsPush, req);
    const { system, departmentCode } = req.apiClient!;
    // Every record names who sent it; a key without a department cannot say.
    if (!departmentCode) throw forbidden('records are pushed with a key created for a department (apikey create --department)', { code: 'department-key-required' });
    res.json(await collect(db, push.kind, push.items, { system, departmentCode }));
  });
  return r;
}
