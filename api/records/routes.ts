import { Router } from 'express';
import type { Db } from '../../db';
import { RECORD_KINDS } from '../../domain/records';
import { requireUser } from '../auth/middleware';
import { ITEM_SCHEMAS } from '../ext/records';
import { answerList, listResponses, Paging, seesAll } from '../lists';
import { recordExport } from './export';
import { document, userSecurity, z } from '../openapi';
import { body, query, text } from '../validate';
import { listRecords } from './repository';
import { enterRecord } from './useCases';

// Collected records (归集, F10) for staff: the online entry form's one record at a time (the push API's checks and
// storage), and the list of what has been collected, a department's own unless the viewer sees every department.

const json = (schema: z.ZodTypeAny) => ({ 'application/json': { schema } });

// The item's fields sit beside `kind`; the push API's item schema checks them (api/ext/records.ts collect).
const RecordEntryBody = z.looseObject({ kind: z.enum(RECORD_KINDS) });
const RecordEntry = z
  .union(RECORD_KINDS.map((kind) => z.object({ kind: z.literal(kind) }).and(ITEM_SCHEMAS[kind])) as unknown as [z.ZodTypeAny, z.ZodTypeAny, ...z.ZodTypeAny[]])
  .openapi('RecordEntry');

const Named = z.object({ code: z.string(), name: z.string() });
const CollectedRecordRow = z
  .object({
    id: z.number().int(),
    kind: z.enum(RECORD_KINDS),
    key: z.string().describe('the natural key: a decision, license or document number'),
    entity: z.object({ creditCode: z.string(), name: z.string() }),
    department: Named.describe('whose record it is'),
    occurredOn: z.string().describe('YYYY-MM-DD'),
    data: z.record(z.string(), z.unknown()).describe('the kind’s own fields, without personal data (the dossier shows it, masked by role)'),
    sourceDepartment: Named.describe('who sent or entered it'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('CollectedRecord');
const RecordEntered = z.object({ status: z.enum(['stored', 'merged']).describe('merged: the natural key (kind, department, key) was known, and the record is updated'), record: CollectedRecordRow }).openapi('RecordEntered');

const RecordQuery = Paging.extend({
  kind: z.enum(RECORD_KINDS).optional(),
  entity: text().max(18).optional().describe('credit code'),
  department: text().max(32).optional().describe('department code; only those who see every department choose another than their own'),
});
const sortable = 'sort: `occurredOn` (default), `updatedAt`, `id`';

document(
  {
    method: 'post',
    path: '/api/v1/records',
    operationId: 'enterRecord',
    summary: 'Enter one collected record (在线录入)',
    tags: ['records'],
    security: userSecurity,
    description:
      'clerk, supervisor (their own department’s records) or admin (any department). One item of `kind`, with the fields and the checks of `POST /api/ext/v1/records`; the entity by credit code (or an unambiguous name). A rejected record stores nothing: 422 `record-rejected` with `errors[].field` naming the item’s fields; 403 `record-other-department` for another department’s record. One audit entry.',
    request: { body: { content: json(RecordEntry) } },
    responses: { 200: { description: 'merged into the record of the same key', content: json(RecordEntered) }, 201: { description: 'stored', content: json(RecordEntered) } },
  },
  [400, 401, 403, 422],
);
document(
  {
    method: 'get',
    path: '/api/v1/records',
    operationId: 'listRecords',
    summary: 'List collected records',
    tags: ['records'],
    security: userSecurity,
    description: `the viewer’s department’s records; administrators, leaders and the district office see every department’s and may filter by one. ${sortable}, newest first.`,
    request: { query: RecordQuery },
    responses: listResponses(z.object({ data: z.array(CollectedRecordRow), total: z.number().int() }), 'one page of records'),
  },
  [400, 401, 403, 422],
);

export function recordEntryRoutes(db: Db): Router {
  const r = Router();
  r.post('/records', requireUser(db, 'admin', 'supervisor', 'clerk'), async (req, res) => {
    const { kind, ...item } = body(RecordEntryBody, req);
    const answer = await enterRecord(db, req.user!, kind, item);
    res.status(answer.status === 'stored' ? 201 : 200).json(answer);
  });
  r.get('/records', requireUser(db, 'admin', 'supervisor', 'inspector', 'clerk', 'leader'), async (req, res) => {
    const u = req.user!;
    const q = query(RecordQuery, req);
    const departmentCode = seesAll(u) ? q.department : u.department.code;
    await answerList(res, q, recordExport, (page, perPage) => listRecords(db, { kind: q.kind, creditCode: q.entity, departmentCode }, { ...q, page, perPage }));
  });
  return r;
}
