import { Router } from 'express';
import type { Db } from '../../db';
import { resolveRecordItems } from '../../db/recordItems';
import { saveRecords, type RecordToSave } from '../../db/records';
import { checkRecordItem, RECORD_ITEM_SCHEMAS, type RecordItem } from '../../domain/recordItems';
import { MAX_RECORDS_PER_CALL, RECORD_KINDS, type RecordKind } from '../../domain/records';
import { requireScope } from '../auth/middleware';
import { forbidden, unprocessable, type FieldError } from '../errors';
import { document, named, systemSecurity, z } from '../openapi';
import { body } from '../validate';

// CONTRACT.md `POST /api/ext/v1/records`: a batch of records another system holds, collected (归集) into the
// entities' dossiers. Each item is answered on its own: stored, merged (its natural key again: an update) or
// rejected with its errors; a rejected item stores nothing, and a call whose every item is rejected is a 422.

// The item schemas are domain/recordItems.ts's (one validation for the push, the entry form and the import),
// named here for the OpenAPI document.
export const ITEM_SCHEMAS = {
  license: named(RECORD_ITEM_SCHEMAS.license, 'LicenseRecord'),
  penalty: named(RECORD_ITEM_SCHEMAS.penalty, 'PenaltyRecord'),
  inspection: named(RECORD_ITEM_SCHEMAS.inspection, 'InspectionRecord'),
  judicial_assistance: named(RECORD_ITEM_SCHEMAS.judicial_assistance, 'JudicialAssistanceRecord'),
  complaint: named(RECORD_ITEM_SCHEMAS.complaint, 'ComplaintRecord'),
} satisfies Record<RecordKind, z.ZodTypeAny>;

type Item = RecordItem;

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
  const checked: Checked[] = items.map((raw, index) => ({ index, ...checkRecordItem(kind, raw) }));
  const parsed = checked.filter((c) => c.item && c.errors.length === 0);
  const resolved = await resolveRecordItems(db, kind, parsed.map((c) => ({ item: c.item!, errors: [] })));
  const toSave: Array<{ at: Checked; record: RecordToSave }> = [];
  parsed.forEach((c, i) => {
    const r = resolved[i];
    // The push has nobody to ask: an ambiguous name is rejected (the import asks its department instead).
    if (r.status === 'ambiguous') c.errors.push(rejection('entityName', `${r.candidates.length} registered entities have this name; send the credit code`, 'entity-ambiguous', { count: r.candidates.length }));
    else if (r.status === 'rejected') c.errors.push(...r.errors);
    else toSave.push({ at: c, record: { ...r.record, sourceDepartmentCode: source.departmentCode, system: source.system } });
  });
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
