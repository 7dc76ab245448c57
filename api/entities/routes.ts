import { Router } from 'express';
import type { Db } from '../../db';
import { searchEntities, TOTAL_CAP, type EntitySummary } from '../../db/entitySearch';
import { LIST_TYPE_NAMES, LIST_TYPES, type ListType } from '../../domain/credit';
import { requireUser } from '../auth/middleware';
import { unprocessable } from '../errors';
import { answerList, ListFormat, listResponses, Paging, type ListExport } from '../lists';
import { entityStatusWord, riskClassWord } from '../listWords';
import { document, userSecurity, z } from '../openapi';
import { date, query, text } from '../validate';

// Entity search (CONTRACT.md `GET /api/v1/entities?q=…`, F11), for the forms that pick a market entity (starting a
// routine check) and for finding an entity's dossier: `q` is a credit code (whole or its beginning) or any
// fragment of the name, found through the name index of db/entitySearch.ts. The rows carry no personal data
// (no legal representative): a picker needs the name, the code and the address.

const code = (max: number) => text().max(max).regex(/^[0-9A-Za-z]+$/);
const EntityQuery = Paging.pick({ page: true, perPage: true }).extend({
  q: text().min(1).max(100).optional().describe('credit code (whole or its beginning) or a fragment of the name, e.g. 枫泾; full- and half-width forms match alike'),
  region: code(12).optional().describe('region (town) code'),
  industry: code(8).optional().describe('industry code (GB/T 4754) or its beginning, e.g. F52'),
  status: z.enum(['active', 'deregistered']).optional(),
  riskClass: z.enum(['A', 'B', 'C', 'D']).optional().describe('credit-risk class'),
  listed: z.enum(['any', ...LIST_TYPES]).optional().describe('on an active credit listing (of this list type, or any)'),
  establishedFrom: date().optional().describe('established on or after this day'),
  establishedTo: date().optional().describe('established on or before this day'),
  format: ListFormat,
});
const EntityRow = z
  .object({
    creditCode: z.string(),
    name: z.string(),
    entityType: z.string(),
    industryCode: z.string(),
    regionCode: z.string(),
    address: z.string(),
    status: z.string(),
    riskClass: z.string(),
    listTypes: z.array(z.enum(LIST_TYPES)).describe('the list types of its active credit listings'),
  })
  .openapi('EntitySummary');
const EntityPage = z.object({
  data: z.array(EntityRow),
  total: z.number().int().describe(`matches counted, at most ${TOTAL_CAP}`),
  totalIsLowerBound: z.boolean().describe(`more than ${TOTAL_CAP} match: narrow the search`),
});
document({ method: 'get', path: '/api/v1/entities', operationId: 'searchEntities', summary: 'Search market entities', tags: ['entities'], security: userSecurity, request: { query: EntityQuery }, responses: listResponses(EntityPage, `matching entities, by credit code; a workbook only when at most ${TOTAL_CAP} match (else 422 \`search-export-too-broad\`: narrow the search)`) }, [400, 401, 403, 422]);

/** The search's matches as a workbook: what the list shows, towns by name and codes in words. */
const entityExport = (db: Db): ListExport<EntitySummary, EntitySummary & { regionName: string }> => ({
  fileName: '市场主体',
  sheetName: '市场主体',
  prepare: async (rows) => {
    const regions = new Map(((await db.models.regions.findAll({ raw: true })) as any[]).map((r) => [r.code, r.name]));
    return rows.map((e) => ({ ...e, regionName: regions.get(e.regionCode) ?? e.regionCode }));
  },
  columns: [
    { header: '名称', value: (e) => e.name, width: 36 },
    { header: '统一社会信用代码', value: (e) => e.creditCode, width: 22 },
    { header: '类型', value: (e) => e.entityType, width: 30 },
    { header: '所属街镇', value: (e) => e.regionName },
    { header: '行业代码', value: (e) => e.industryCode },
    { header: '住所', value: (e) => e.address, width: 40 },
    { header: '登记状态', value: (e) => entityStatusWord(e.status) },
    { header: '信用风险分类', value: (e) => riskClassWord(e.riskClass), width: 22 },
    { header: '信用名单', value: (e) => e.listTypes.map((t) => LIST_TYPE_NAMES[t as ListType] ?? t).join('、'), width: 30 },
  ],
});

export function entityRoutes(db: Db): Router {
  const r = Router();
  r.get('/entities', requireUser(db, 'admin', 'supervisor', 'inspector', 'clerk', 'leader'), async (req, res) => {
    const q = query(EntityQuery, req);
    const search = (page: number, perPage: number) =>
      searchEntities(db, { q: q.q, regionCode: q.region, industryCode: q.industry?.toUpperCase(), status: q.status, riskClass: q.riskClass, listed: q.listed, establishedFrom: q.establishedFrom, establishedTo: q.establishedTo, page, perPage });
    if (q.format !== 'xlsx') {
      res.json(await search(q.page, q.perPage));
      return;
    }
    // The search counts at most TOTAL_CAP matches and pages no further: a broader search is narrowed, not cut short.
    if ((await search(1, 1)).totalIsLowerBound) {
      throw unprocessable(`more than ${TOTAL_CAP} entities match: narrow the search to export it`, undefined, { code: 'search-export-too-broad', params: { limit: TOTAL_CAP } });
    }
    await answerList(res, q, entityExport(db), search);
  });
  return r;
}
