import { Router } from 'express';
import type { Db } from '../../db';
import { searchEntities, TOTAL_CAP } from '../../db/entitySearch';
import { LIST_TYPES } from '../../domain/credit';
import { requireUser } from '../auth/middleware';
import { Paging } from '../lists';
import { document, userSecurity, z } from '../openapi';
import { query, text } from '../validate';

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
document({ method: 'get', path: '/api/v1/entities', operationId: 'searchEntities', summary: 'Search market entities', tags: ['entities'], security: userSecurity, request: { query: EntityQuery }, responses: { 200: { description: 'matching entities, by credit code', content: { 'application/json': { schema: EntityPage } } } } }, [400, 401, 403]);

export function entityRoutes(db: Db): Router {
  const r = Router();
  r.get('/entities', requireUser(db, 'admin', 'supervisor', 'inspector', 'clerk', 'leader'), async (req, res) => {
    const q = query(EntityQuery, req);
    const page = await searchEntities(db, {
      q: q.q,
      regionCode: q.region,
      industryCode: q.industry?.toUpperCase(),
      status: q.status,
      riskClass: q.riskClass,
      listed: q.listed,
      page: q.page,
      perPage: q.perPage,
    });
    res.json(page);
  });
  return r;
}
