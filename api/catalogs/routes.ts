import { Router } from 'express';
import { Op, type WhereOptions } from 'sequelize';
import type { Db } from '../../db';
import { CatalogRefusal, catalogModel, changeItem, createItem, itemVersions, itemView, retireItem, statusWhere } from '../../db/catalogs';
import type { SessionUser } from '../../db/credentials';
import { departmentsByCode } from '../../db/departments';
import { peopleOf } from '../../db/people';
import { CATALOG_COLUMNS, CATALOG_NAMES, CATALOG_PATHS, CATALOGS, catalogOfPath, CHECK_ITEM_KIND_WORDS, ITEM_STATUSES, itemChange, itemInput, itemRetirement, MAX_CATALOG_IMPORT_ROWS, type Catalog } from '../../domain/catalogs';
import { shanghaiDate } from '../../domain/workingDays';
import { districtWide } from '../credit/listings';
import { requireUser } from '../auth/middleware';
import { AppError, conflict, forbidden, notFound, unprocessable } from '../errors';
import { answerList, departmentLabeller, type ListExport, listResponses, pagesOfModel, Paging, seesAll } from '../lists';
import { document, userSecurity, z } from '../openapi';
import { receiveUpload } from '../upload';
import { body, parse, query, text } from '../validate';
import { importCatalog } from './import';

// The function lists (职能清单, F1): approval, penalty and supervision items with their legal basis, department,
// dates and versions. Everyone reads their department's items (administrators, leaders and the district office
// every department's); the administrator and the district office add, change (a new version), retire and import.

const tags = ['catalogs'];
const CatalogParam = z.object({ catalog: z.enum(CATALOGS.map((c) => CATALOG_PATHS[c]) as [string, ...string[]]).describe('license-items (行政许可事项), penalty-items (行政处罚事项), check-items (监管事项)') });
const ItemParams = CatalogParam.extend({ code: text().max(16) });
const CatalogQuery = Paging.extend({
  department: text().max(32).optional().describe('department code'),
  status: z.enum(ITEM_STATUSES).optional().describe('current: in force today; retired: no longer in force'),
  q: text().max(100).optional().describe('code or name contains'),
});
const ItemView = z
  .object({ code: z.string(), name: z.string(), departmentCode: z.string(), legalBasis: z.string(), version: z.number().int(), versionId: z.number().int(), effectiveFrom: z.string(), effectiveTo: z.string().nullable(), status: z.enum(ITEM_STATUSES) })
  .catchall(z.unknown())
  .openapi('CatalogItem');
const VersionView = z
  .object({ id: z.number().int(), code: z.string(), version: z.number().int(), name: z.string(), departmentCode: z.string(), legalBasis: z.string(), details: z.record(z.string(), z.unknown()), effectiveFrom: z.string(), effectiveTo: z.string().nullable(), reason: z.string().nullable(), createdBy: z.string(), createdByName: z.string().nullable().describe('who made it, by name; null: the system (version 1 of a seeded or migrated item)'), createdAt: z.string(), supersededAt: z.string().nullable() })
  .openapi('CatalogVersion');
const json = (schema: z.ZodTypeAny) => ({ 'application/json': { schema } });
// One input schema per catalog would repeat the paths three times; the union says what each catalog takes.
const AnyItemInput = z.union(CATALOGS.map((c) => itemInput(c)) as any).openapi('CatalogItemInput');
const AnyItemChange = z.union(CATALOGS.map((c) => itemChange(c)) as any).openapi('CatalogItemChange');
const ImportAnswer = z.object({ created: z.number().int(), changed: z.number().int(), unchanged: z.number().int() }).openapi('CatalogImportResult');

const base = '/api/v1/catalogs/{catalog}';
document({ method: 'get', path: base, operationId: 'listCatalogItems', summary: 'List the items of a catalog (职能清单)', description: 'Filters `department`, `status` (current, retired), `q` (code or name). A department sees its own items; administrators, leaders and the district office every department’s.', tags, security: userSecurity, request: { params: CatalogParam, query: CatalogQuery }, responses: listResponses(z.object({ data: z.array(ItemView), total: z.number().int() }), 'the items in force, each with its version') }, [400, 401, 404, 422]);
document({ method: 'get', path: `${base}/{code}`, operationId: 'getCatalogItem', summary: 'An item and every version of it, newest first', tags, security: userSecurity, request: { params: ItemParams }, responses: { 200: { description: 'the item with `versions`', content: json(ItemView.extend({ versions: z.array(VersionView) })) } } }, [400, 401, 404]);
document({ method: 'post', path: base, operationId: 'createCatalogItem', summary: 'Add an item (version 1)', description: 'Administrators and the district office (403 `catalog-district-only`). 409 `catalog-item-exists` when the code (or a license item’s name) is taken; 422 `unknown-department`. A check item needs `method` and `kind`.', tags, security: userSecurity, request: { params: CatalogParam, body: { content: json(AnyItemInput) } }, responses: { 201: { description: 'added', content: json(ItemView) } } }, [400, 401, 403, 404, 409, 422]);
document({ method: 'put', path: `${base}/{code}`, operationId: 'changeCatalogItem', summary: 'Change an item: a new version', description: '`version` is the version the change was made from: when another change came first the answer is 409 `catalog-item-changed` and nothing is stored. A retired item is not changed (409 `catalog-item-retired`). Processes already running keep the version they recorded.', tags, security: userSecurity, request: { params: ItemParams, body: { content: json(AnyItemChange) } }, responses: { 200: { description: 'the new version in force', content: json(ItemView) } } }, [400, 401, 403, 404, 409, 422]);
document({ method: 'post', path: `${base}/{code}/retire`, operationId: 'retireCatalogItem', summary: 'Retire an item from a date', description: '`effectiveTo` is the first day it no longer applies (default today); `reason` is required. 409 `catalog-item-retired` when it is already.', tags, security: userSecurity, request: { params: ItemParams, body: { content: json(z.object(itemRetirement.shape).openapi('CatalogRetirement')) } }, responses: { 200: { description: 'the item, retired', content: json(ItemView) } } }, [400, 401, 403, 404, 409, 422]);
document(
  {
    method: 'post', path: `${base}/import`, operationId: 'importCatalogItems', summary: 'Import items from a workbook',
    description: `Multipart form with \`file\` (.xlsx or CSV, at most ${MAX_CATALOG_IMPORT_ROWS} rows) whose columns are the list’s export columns (事项编码, 事项名称, 实施部门 as a name or code, 设定依据, 生效日期; 检查方式 and 事项类别 重点/一般 for check items; 到期预警天数 for license items). A new code is added, a known one gets a new version when anything differs. Every row is validated first: any error answers 422 \`catalog-import-invalid\` with \`errors\` [{ field: "<row>:<column>", message, code }] and stores nothing.`,
    tags, security: userSecurity,
    request: { params: CatalogParam, body: { content: { 'multipart/form-data': { schema: z.object({ file: z.string().openapi({ format: 'binary' }) }) } } } },
    responses: { 200: { description: 'what was added and changed', content: json(ImportAnswer) } },
  },
  [400, 401, 403, 404, 409, 413, 422],
);

const catalogExport = (db: Db, catalog: Catalog): ListExport<any> => ({
  fileName: CATALOG_NAMES[catalog],
  sheetName: CATALOG_NAMES[catalog],
  prepare: async (rows) => {
    const dept = await departmentLabeller(db);
    return rows.map((r) => ({ ...r, department: dept(r.departmentCode) }));
  },
  // The import's columns first, so an exported list edited and uploaded again is an import.
  columns: [
    ...CATALOG_COLUMNS[catalog].map((c) => ({
      header: c.header,
      width: c.field === 'name' || c.field === 'legalBasis' ? 40 : c.field === 'department' ? 26 : 14,
      ...(c.field === 'effectiveFrom' ? { type: 'date' as const } : c.field === 'expiryWarningDays' ? { type: 'number' as const } : {}),
      value: (r: any) => (c.field === 'kind' ? CHECK_ITEM_KIND_WORDS[r.kind as 'key' | 'general'] ?? r.kind : r[c.field]),
    })),
    { header: '版本', value: (r: any) => r.version, type: 'number' as const },
    { header: '失效日期', value: (r: any) => r.effectiveTo, type: 'date' as const },
    { header: '状态', value: (r: any) => (r.status === 'retired' ? '已废止' : '有效') },
  ],
});

/** A refusal of the catalog store as the problem the API answers with. */
export function catalogProblem(err: unknown): unknown {
  if (!(err instanceof CatalogRefusal)) return err;
  const params = err.params;
  switch (err.code) {
    case 'catalog-item-exists': return conflict(err.message, { code: 'catalog-item-exists', params });
    case 'catalog-item-changed': return conflict(err.message, { code: 'catalog-item-changed', params });
    case 'catalog-item-retired': return conflict(err.message, { code: 'catalog-item-retired', params });
    default: return notFound(err.message, { code: 'catalog-item-not-found', params });
  }
}

const requireDistrict = (u: SessionUser) => {
  // The function lists are the district's (FEATURES.md F1): the district office's supervisors and administrators keep them.
  if (!districtWide(u)) throw forbidden('the district office or an administrator manages the catalogs', { code: 'catalog-district-only' });
};

async function requireDepartment(db: Db, departmentCode: string): Promise<void> {
  if (!(await departmentsByCode(db)).has(departmentCode)) throw unprocessable(`unknown department ${departmentCode}`, [{ field: 'departmentCode', message: 'unknown department' }], { code: 'unknown-department', params: { department: departmentCode } });
}

export function catalogRoutes(db: Db, options: { maxUploadBytes: number }): Router {
  const r = Router();
  const staff = requireUser(db);
  // The district office's supervisors and administrators (other roles of the district office only read).
  const editors = requireUser(db, 'admin', 'supervisor');
  const catalogOf = (req: { params: unknown }): Catalog => catalogOfPath(parse(CatalogParam.pick({ catalog: true }), { catalog: (req.params as Record<string, unknown>).catalog }, 'path').catalog)!;
  const answering = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (err) {
      throw catalogProblem(err);
    }
  };

  r.get('/catalogs/:catalog', staff, async (req, res) => {
    const catalog = catalogOf(req);
    const q = query(CatalogQuery, req);
    const u = req.user!;
    const today = shanghaiDate(new Date());
    const department = seesAll(u) ? q.department : u.department.code;
    const where: WhereOptions = {
      [Op.and]: [
        ...(department ? [{ departmentCode: department }] : []),
        ...(q.status ? [statusWhere(q.status, today)] : []),
        ...(q.q ? [{ [Op.or]: [{ code: { [Op.like]: `%${q.q}%` } }, { name: { [Op.like]: `%${q.q}%` } }] }] : []),
      ],
    };
    const read = pagesOfModel(catalogModel(db, catalog), where, { ...q, order: q.sort ? q.order : 'ASC' }, ['code', 'name', 'departmentCode', 'effectiveFrom', 'version']);
    await answerList(res, q, catalogExport(db, catalog), async (p, n) => {
      const pageRows = await read(p, n);
      return { ...pageRows, data: pageRows.data.map((row) => ({ id: row.code, ...itemView(row, today) })) };
    });
  });

  r.get('/catalogs/:catalog/:code', staff, async (req, res) => {
    const catalog = catalogOf(req);
    const { code } = parse(ItemParams, req.params, 'path');
    const row = (await catalogModel(db, catalog).findByPk(code, { raw: true })) as any;
    if (!row || (!seesAll(req.user!) && row.departmentCode !== req.user!.department.code)) throw notFound(`${catalog} ${code} does not exist`, { code: 'catalog-item-not-found', params: { code } });
    // A person reads who made each version by name; version 1 of a seeded or migrated item was made by the system.
    const versions = await itemVersions(db, catalog, code);
    const people = await peopleOf(db, versions.map((v) => v.createdBy).filter((u) => u !== 'system'));
    res.json({ id: row.code, ...itemView(row), versions: versions.map((v) => ({ ...v, createdByName: v.createdBy === 'system' ? null : (people.get(v.createdBy)?.displayName ?? v.createdBy) })) });
  });

  r.post('/catalogs/:catalog', editors, async (req, res) => {
    const catalog = catalogOf(req);
    requireDistrict(req.user!);
    const input = body(itemInput(catalog), req);
    await requireDepartment(db, input.departmentCode);
    const item = await answering(() => createItem(db, catalog, input, req.user!));
    res.status(201).json({ id: item.code, ...item });
  });

  r.put('/catalogs/:catalog/:code', editors, async (req, res) => {
    const catalog = catalogOf(req);
    const { code } = parse(ItemParams, req.params, 'path');
    requireDistrict(req.user!);
    // react-admin sends the whole record back: the code, when there, must be this one.
    if (req.body?.code !== undefined && req.body.code !== code) throw unprocessable('the code of an item does not change', [{ field: 'code', message: `must be ${code}` }], { code: 'catalog-code-fixed' });
    const input = body(itemChange(catalog), req);
    await requireDepartment(db, input.departmentCode);
    const item = await answering(() => changeItem(db, catalog, code, input, req.user!));
    res.json({ id: item.code, ...item });
  });

  r.post('/catalogs/:catalog/:code/retire', editors, async (req, res) => {
    const catalog = catalogOf(req);
    const { code } = parse(ItemParams, req.params, 'path');
    requireDistrict(req.user!);
    const input = body(itemRetirement, req);
    const item = await answering(() => retireItem(db, catalog, code, input, req.user!));
    res.json({ id: item.code, ...item });
  });

  r.post('/catalogs/:catalog/import', editors, async (req, res) => {
    const catalog = catalogOf(req);
    requireDistrict(req.user!);
    const upload = await receiveUpload(req, { maxBytes: options.maxUploadBytes, fields: [] });
    try {
      res.json(await importCatalog(db, catalog, upload.file, req.user!));
    } catch (err) {
      throw err instanceof AppError ? err : catalogProblem(err);
    }
  });
  return r;
}
