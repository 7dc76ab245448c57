import { Router } from 'express';
import { Op } from 'sequelize';
import type { Db } from '../../db';
import { requireUser } from '../auth/middleware';
import { Paging } from '../lists';
import { document, userSecurity, z } from '../openapi';
import { query, text } from '../validate';

// Entity search (CONTRACT.md `GET /api/v1/entities?q=…`) for the forms that pick a market entity, such as
// starting a routine check: `q` is a credit code (whole or its beginning) or a fragment of the name. The rows
// carry no personal data (no legal representative): a picker needs the name, the code and the address.

const CODE_PREFIX = /^[0-9A-Za-z]{1,18}$/;
const EntityQuery = Paging.pick({ page: true, perPage: true }).extend({
  q: text().min(1).max(100).optional().describe('credit code (whole or its beginning) or a fragment of the name, e.g. 枫泾'),
  region: text().max(12).optional().describe('region (town) code'),
  status: text().max(16).optional(),
});
const EntityRow = z
  .object({ creditCode: z.string(), name: z.string(), entityType: z.string(), industryCode: z.string(), regionCode: z.string(), address: z.string(), status: z.string(), riskClass: z.string() })
  .openapi('EntitySummary');
document({ method: 'get', path: '/api/v1/entities', operationId: 'searchEntities', summary: 'Search market entities', tags: ['entities'], security: userSecurity, request: { query: EntityQuery }, responses: { 200: { description: 'matching entities, by name', content: { 'application/json': { schema: z.object({ data: z.array(EntityRow), total: z.number().int() }) } } } } }, [400, 401, 403]);

export function entityRoutes(db: Db): Router {
  const r = Router();
  r.get('/entities', requireUser(db, 'admin', 'supervisor', 'inspector', 'clerk', 'leader'), async (req, res) => {
    const q = query(EntityQuery, req);
    const where: Record<string | symbol, unknown> = { ...(q.region ? { regionCode: q.region } : {}), ...(q.status ? { status: q.status } : {}) };
    if (q.q) {
      const byName = { name: { [Op.like]: `%${q.q}%` } };
      where[Op.or] = CODE_PREFIX.test(q.q) ? [{ creditCode: { [Op.like]: `${q.q.toUpperCase()}%` } }, byName] : [byName];
    }
    const { rows, count } = await db.models.entities.findAndCountAll({
      where,
      attributes: ['creditCode', 'name', 'entityType', 'industryCode', 'regionCode', 'address', 'status', 'riskClass'],
      order: [['name', 'ASC'], ['creditCode', 'ASC']],
      limit: q.perPage,
      offset: (q.page - 1) * q.perPage,
      raw: true,
    });
    res.json({ data: rows, total: count });
  });
  return r;
}
