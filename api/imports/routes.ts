import ExcelJS from 'exceljs';
import { Router } from 'express';
import type { Db } from '../../db';
import { importErrors, IMPORT_STATUSES } from '../../db/imports';
import { IMPORT_TEMPLATES, MAX_IMPORT_ROWS } from '../../domain/importTemplates';
import { RECORD_KINDS, type RecordKind } from '../../domain/records';
import { requireUser } from '../auth/middleware';
import { badRequest } from '../errors';
import { answerList, listResponses, Paging, type ListExport } from '../lists';
import { document, Problem, userSecurity, z } from '../openapi';
import type { Temporal } from '../temporal';
import { receiveUpload } from '../upload';
import { parse, query } from '../validate';
import { contentDisposition, sendWorkbook, XLSX_TYPE } from '../workbook';
import { importView, listImports, type ImportView as ImportViewRow } from './repository';
import { cancelImport, confirmImport, startImport, visibleImport } from './useCases';

// Batch import of collected records (归集, F10; CONTRACT.md `POST /api/v1/imports`): a department uploads a
// workbook or CSV of one kind, follows its validation and progress, reads (or downloads) the refused rows, then
// imports the valid rows or cancels. The template of each kind gives the columns.

const STAFF = ['admin', 'supervisor', 'clerk'] as const;

const KIND_NAMES: Record<RecordKind, string> = { license: '许可', penalty: '行政处罚', inspection: '检查', judicial_assistance: '司法协助', complaint: '投诉举报' };

const RowError = z
  .object({
    row: z.number().int().describe('the row as the spreadsheet shows it (the header is row 1)'),
    column: z.string().describe('the column by its header in the file (Chinese as in the template)'),
    message: z.string().describe('English, for logs and integrators; the UI translates `code`'),
    code: z.string().describe('stable code: a field rule (too_small, invalid_format, invalid-character…) or entity-unmatched, entity-ambiguous, unknown-department, invalid-credit-code, entity-required, record-other-department'),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .openapi('ImportRowError');

const ImportView = z
  .object({
    id: z.number().int(),
    kind: z.enum(RECORD_KINDS),
    fileName: z.string(),
    format: z.enum(['xlsx', 'csv']),
    size: z.number().int().describe('bytes'),
    status: z.enum(IMPORT_STATUSES).describe('validating → needsReview (rows refused: confirm or cancel) → importing → done; failed when no row can be imported; cancelled'),
    rowsTotal: z.number().int().describe('data rows in the file; while validating, the rows read so far'),
    rowsValid: z.number().int().describe('rows that will be (or were) imported; the progress bar is rowsDone of rowsValid'),
    rowsRejected: z.number().int().describe('rows with at least one error: never imported'),
    rowsAmbiguous: z.number().int().describe('rows naming an entity by a name several entities share: each waits for an importMatchConfirmation task of the department'),
    rowsDone: z.number().int().describe('valid rows stored so far'),
    stored: z.number().int().describe('rows stored as new records'),
    merged: z.number().int().describe('rows whose natural key was known: the record updated'),
    secondsLeft: z.number().int().nullable().describe('estimated, at the pace so far, while importing'),
    errors: z.array(RowError).describe(`in row order; the first ${1000} (the list endpoint has them all)`),
    errorsTotal: z.number().int(),
    failure: z.object({ code: z.string(), message: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }).nullable().describe('why the import failed as a whole: import-nothing-valid, or the file refused by validation (merged-cells, formula-cell, too-many-rows, or another spreadsheet code)'),
    department: z.object({ code: z.string(), name: z.string() }),
    uploadedBy: z.object({ username: z.string(), displayName: z.string() }),
    workflowId: z.string(),
    createdAt: z.string().describe('ISO 8601'),
    importingSince: z.string().nullable(),
    finishedAt: z.string().nullable(),
  })
  .openapi('Import');

const IdParam = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' } }) });
const KindParam = z.object({ kind: z.enum(RECORD_KINDS).openapi({ param: { name: 'kind', in: 'path' } }) });
const ErrorsQuery = Paging.pick({ page: true, perPage: true }).extend({ format: z.enum(['json', 'xlsx']).optional().describe('`xlsx`: every error as a workbook (行号, 列, 错误, 代码)') });
const Workbook = { [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } };
const json = (schema: z.ZodTypeAny) => ({ 'application/json': { schema } });

document(
  {
    method: 'post',
    path: '/api/v1/imports',
    operationId: 'startImport',
    summary: 'Upload a spreadsheet of collected records (归集) to import',
    tags: ['records'],
    security: userSecurity,
    description: `Multipart form: \`kind\` (${RECORD_KINDS.join(', ')}) and \`file\` (.xlsx, or CSV in UTF-8 with or without BOM or GBK; at most UPLOAD_MAX_BYTES, 50 MB by default, and ${MAX_IMPORT_ROWS.toLocaleString('en')} data rows), with the columns of the kind's template (Chinese headers, or the field names). The API reads the headers and the first 100 data rows only, and refuses at once, nothing stored, a file that is not such a table there: \`not-a-spreadsheet\`, \`formula-cell\` (params.cell), \`duplicate-header\`, \`csv-malformed\`, \`spreadsheet-empty\`, \`import-columns-missing\` (params.columns) — 422; the rest of the file (merged cells, a formula further down, more than the row limit) is read by validation, which then fails the import with \`failure.code\` \`merged-cells\` (params.range), \`formula-cell\` or \`too-many-rows\` (params.maxRows), nothing of it stored; \`upload-too-large\` 413; \`upload-file-missing\`, \`import-kind-unknown\` 400; \`upload-not-multipart\` 415. Otherwise the import starts (202) and its rows are validated by its workflow. The same file again (same department, kind and content) answers the existing import with 200 and changes nothing. Clerks, supervisors and administrators.`,
    request: { body: { content: { 'multipart/form-data': { schema: z.object({ kind: z.enum(RECORD_KINDS), file: z.string().openapi({ format: 'binary' }) }) } } } },
    responses: {
      202: { description: 'accepted: the import is validating', content: json(z.object({ importId: z.number().int(), workflowId: z.string(), status: z.enum(IMPORT_STATUSES) }).openapi('ImportStarted')) },
      200: { description: 'the same file was uploaded before: that import', content: json(z.object({ importId: z.number().int(), workflowId: z.string(), status: z.enum(IMPORT_STATUSES) })) },
      415: { description: 'not a multipart/form-data body (`upload-not-multipart`); nothing stored', content: { 'application/problem+json': { schema: Problem } } },
    },
  },
  [400, 401, 403, 413, 422],
);
const ImportListQuery = Paging.pick({ page: true, perPage: true, format: true });
document({ method: 'get', path: '/api/v1/imports', operationId: 'listImports', summary: 'List imports, newest first', description: 'Your department’s imports (every department’s for administrators). `errors` is empty here; `errorsTotal` counts them.', tags: ['records'], security: userSecurity, request: { query: ImportListQuery }, responses: listResponses(z.object({ data: z.array(ImportView), total: z.number().int() }), 'imports') }, [400, 401, 403, 422]);
document({ method: 'get', path: '/api/v1/imports/{id}', operationId: 'getImport', summary: 'An import: status, progress, time left and its errors', tags: ['records'], security: userSecurity, request: { params: IdParam }, responses: { 200: { description: 'the import', content: json(ImportView) } } }, [400, 401, 403, 404]);
document(
  { method: 'get', path: '/api/v1/imports/{id}/errors', operationId: 'listImportErrors', summary: 'An import’s refused rows, with the column and the reason', description: 'JSON one page at a time, or every error as a workbook with `format=xlsx` (or `Accept` set to the spreadsheet type).', tags: ['records'], security: userSecurity, request: { params: IdParam, query: ErrorsQuery }, responses: { 200: { description: 'the errors in row order', content: { ...json(z.object({ data: z.array(RowError), total: z.number().int() })), ...Workbook } } } },
  [400, 401, 403, 404],
);
document(
  { method: 'post', path: '/api/v1/imports/{id}/confirm', operationId: 'confirmImport', summary: 'Import the valid rows of an import waiting for review', description: 'Only while `needsReview`; otherwise 409 `import-not-in-review`. The refused rows are not imported; fix them and upload a new file.', tags: ['records'], security: userSecurity, request: { params: IdParam }, responses: { 200: { description: 'the import, now importing', content: json(ImportView) } } },
  [400, 401, 403, 404, 409],
);
document(
  { method: 'post', path: '/api/v1/imports/{id}/cancel', operationId: 'cancelImport', summary: 'Cancel an import before it is done', description: 'While validating, waiting for review or importing; 409 `import-finished` once done, failed or cancelled. Rows already stored stay stored (they are ordinary records, merged by their natural key if imported again). A long step finishes first: the answer may still say `importing` for a moment.', tags: ['records'], security: userSecurity, request: { params: IdParam }, responses: { 200: { description: 'the import', content: json(ImportView) } } },
  [400, 401, 403, 404, 409],
);
document({ method: 'get', path: '/api/v1/import-templates/{kind}', operationId: 'getImportTemplate', summary: 'The .xlsx template of a kind of record', description: 'Sheet 数据: the Chinese column headers, text columns formatted as text; sheet 说明: each column’s field name, whether it is required, its format and an example.', tags: ['records'], security: userSecurity, request: { params: KindParam }, responses: { 200: { description: 'the template', content: Workbook } } }, [400, 401, 403]);

const STATUS_NAMES: Record<string, string> = { validating: '校验中', needsReview: '待确认', importing: '导入中', done: '已完成', failed: '失败', cancelled: '已取消' };

/** The list of imports as a workbook (CONTRACT.md: any list + format=xlsx). */
const IMPORT_LIST_EXPORT: ListExport<ImportViewRow> = {
  fileName: '导入批次',
  sheetName: '导入批次',
  columns: [
    { header: '类别', value: (i) => KIND_NAMES[i.kind as RecordKind] ?? i.kind },
    { header: '文件', value: (i) => i.fileName },
    { header: '状态', value: (i) => STATUS_NAMES[i.status] ?? i.status },
    { header: '行数', type: 'number', value: (i) => i.rowsTotal },
    { header: '有效行', type: 'number', value: (i) => i.rowsValid },
    { header: '错误行', type: 'number', value: (i) => i.rowsRejected },
    { header: '已导入', type: 'number', value: (i) => i.rowsDone },
    { header: '部门', value: (i) => i.department.name },
    { header: '上传人', value: (i) => i.uploadedBy.displayName },
    { header: '上传时间', type: 'datetime', value: (i) => i.createdAt },
  ],
};

/** The template workbook: the data sheet with headers only, and a sheet explaining each column. */
async function templateWorkbook(kind: RecordKind): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Zongjian';
  const columns = IMPORT_TEMPLATES[kind];
  const data = book.addWorksheet('数据', { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = columns.map((c) => ({ header: c.header, key: c.field, width: Math.max(14, c.header.length * 2 + 4), style: { numFmt: c.type === 'date' ? 'yyyy-mm-dd' : c.type === 'number' ? 'General' : '@' } }));
  data.getRow(1).font = { bold: true };
  const help = book.addWorksheet('说明');
  help.columns = [
    { header: '列名', key: 'header', width: 22 },
    { header: '字段', key: 'field', width: 20 },
    { header: '必填', key: 'required', width: 8 },
    { header: '格式', key: 'format', width: 40 },
    { header: '示例', key: 'example', width: 40 },
  ];
  help.getRow(1).font = { bold: true };
  const FORMATS = { text: '文本', date: '日期 YYYY-MM-DD', number: '数字', list: '多项以顿号（、）分隔', penaltyKinds: '警告、罚款、没收违法所得、责令停产停业、吊销许可证件，多项以顿号分隔' };
  for (const c of columns) {
    const required = c.required ? '是' : c.field === 'creditCode' || c.field === 'entityName' ? '二选一' : '否';
    const format = c.field === 'department' ? '部门名称或代码；不填为导入部门' : c.field === 'entityName' ? '无统一社会信用代码时按名称匹配' : FORMATS[c.type];
    help.addRow({ header: c.header, field: c.field, required, format, example: c.example });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function* errorRows(db: Db, importId: number) {
  const PAGE = 5000;
  for (let offset = 0; ; offset += PAGE) {
    const { errors } = await importErrors(db, importId, offset, PAGE);
    for (const e of errors) yield { row: e.row, column: e.column, message: e.message, code: e.code };
    if (errors.length < PAGE) return;
  }
}

export function importRoutes(db: Db, temporal: Temporal, options: { maxUploadBytes: number }): Router {
  const r = Router();
  const staff = requireUser(db, ...STAFF);

  r.post('/imports', staff, async (req, res) => {
    const upload = await receiveUpload(req, { maxBytes: options.maxUploadBytes, fields: ['kind'] });
    const kind = upload.fields.kind;
    if (!kind || !(RECORD_KINDS as readonly string[]).includes(kind)) {
      throw badRequest(`kind must be one of ${RECORD_KINDS.join(', ')}`, [{ field: 'kind', message: `one of ${RECORD_KINDS.join(', ')}`, code: 'import-kind-unknown', params: { kinds: RECORD_KINDS.join(', ') } }], { code: 'import-kind-unknown', params: { kinds: RECORD_KINDS.join(', ') } });
    }
    const { created, import: imp } = await startImport(db, temporal, req.user!, kind as RecordKind, upload.file);
    res.status(created ? 202 : 200).json({ importId: imp.id, workflowId: imp.workflowId, status: imp.status });
  });

  r.get('/imports', staff, async (req, res) => {
    const q = query(ImportListQuery, req);
    const u = req.user!;
    await answerList(res, q, IMPORT_LIST_EXPORT, (page, perPage) => listImports(db, u.roles.includes('admin') ? null : u.department.code, page, perPage));
  });

  r.get('/imports/:id', staff, async (req, res) => {
    const { id } = parse(IdParam, req.params, 'path');
    res.json(await importView(db, await visibleImport(db, req.user!, id)));
  });

  r.get('/imports/:id/errors', staff, async (req, res) => {
    const { id } = parse(IdParam, req.params, 'path');
    const q = query(ErrorsQuery, req);
    const imp = await visibleImport(db, req.user!, id);
    if (q.format === 'xlsx' || (q.format === undefined && req.accepts(['application/json', XLSX_TYPE]) === XLSX_TYPE)) {
      const columns = [
        { header: '行号', key: 'row', type: 'number' as const, width: 8 },
        { header: '列', key: 'column', width: 20 },
        { header: '错误', key: 'message', width: 60 },
        { header: '代码', key: 'code', width: 24 },
      ];
      await sendWorkbook(res, { fileName: `导入错误-${KIND_NAMES[imp.kind]}-${imp.id}`, sheetName: '错误', columns }, errorRows(db, imp.id));
      return;
    }
    const { errors, total } = await importErrors(db, imp.id, (q.page - 1) * q.perPage, q.perPage);
    res.json({ data: errors, total });
  });

  r.post('/imports/:id/confirm', staff, async (req, res) => {
    const { id } = parse(IdParam, req.params, 'path');
    await confirmImport(db, temporal, req.user!, id);
    res.json(await importView(db, await visibleImport(db, req.user!, id)));
  });

  r.post('/imports/:id/cancel', staff, async (req, res) => {
    const { id } = parse(IdParam, req.params, 'path');
    await cancelImport(db, temporal, req.user!, id);
    res.json(await importView(db, await visibleImport(db, req.user!, id)));
  });

  r.get('/import-templates/:kind', staff, async (req, res) => {
    const { kind } = parse(KindParam, req.params, 'path');
    const bytes = await templateWorkbook(kind);
    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader('Content-Disposition', contentDisposition(`导入模板-${KIND_NAMES[kind]}`));
    res.send(bytes);
  });
  return r;
}
