import { Router } from 'express';
import { Op } from 'sequelize';
import type { Db } from '../../db';
import { readDocument } from '../../db/chunks';
import { departmentNames } from '../../db/departments';
import { notFound } from '../errors';
import { planView } from '../inspections/routes';
import { document, z } from '../openapi';
import { parse, query, text, date } from '../validate';
import { publicEntityName } from '../../domain/personalData';
import { publicCreditListingRoutes } from './creditListings';
import { entityMatch } from './entitySearch';
import { startOfShanghaiDay } from '../../domain/workingDays';

// Disclosure (社会监督): no login, nothing unpublished, no personal data of natural persons — plans from
// their approval (with the draw's commitments), draws once made, and published inspection results.

// `understaffed`: drawn, but too few eligible inspectors for any team, so no inspection took place — said so in public too.
const PUBLIC_PLAN_STATUSES = ['approved', 'inProgress', 'completed', 'understaffed'];
const ResultsQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(25),
  entity: text().max(18).optional().describe('credit code'),
  q: text().max(100).optional().describe('credit code (whole or its beginning) or a fragment of the entity name'),
  department: text().max(32).optional(),
  planId: text().max(40).optional(),
  from: date().optional(),
  to: date().optional(),
});

document({ method: 'get', path: '/public/v1/inspection-plans', operationId: 'listPublishedInspectionPlans', summary: 'List published spot-check plans', security: [], tags: ['public'], responses: { 200: { description: 'published plans with their draw commitments and, once drawn, their draws' } } }, []);
document({ method: 'get', path: '/public/v1/inspection-plans/{id}/draw', operationId: 'getPublishedDraw', summary: 'Get a published draw, to verify it', security: [], tags: ['public'], request: { params: z.object({ id: z.string() }) }, responses: { 200: { description: 'everything needed to repeat the draw: algorithm, parameters, pool snapshot, seeds, their published hashes, result (see `npm run cli -- draw verify`)' } } }, [404]);
document({ method: 'get', path: '/public/v1/inspection-results', operationId: 'listPublishedInspectionResults', summary: 'List published inspection results', security: [], tags: ['public'], request: { query: ResultsQuery }, responses: { 200: { description: 'published spot-check and routine inspection results' } } }, [400]);

export function publicRoutes(db: Db): Router {
  const r = Router();

  r.get('/inspection-plans', async (_req, res) => {
    const rows = (await db.models.inspection_plans.findAll({ where: { status: PUBLIC_PLAN_STATUSES }, order: [['createdAt', 'DESC']], limit: 200, attributes: ['id'] })) as any[];
    const names = await departmentNames(db);
    const data = [];
    for (const row of rows) {
      const plan = publicPlan((await planView(db, row.get('id')))!);
      data.push({ ...plan, department: { code: plan.departmentCode, name: names.get(plan.departmentCode) } });
    }
    res.json({ data, total: data.length });
  });

  r.get('/inspection-plans/:id/draw', async (req, res) => {
    const { id } = parse(z.object({ id: text().max(40) }), req.params, 'path');
    const plan = await db.models.inspection_plans.findOne({ where: { id, status: PUBLIC_PLAN_STATUSES } });
    const d = plan && (await db.models.draws.findByPk(id));
    // The pool and seeds are served only once the whole draw is made; before, only the commitments.
    if (!d || !(d.get('revealed') as string[]).includes('teams')) throw notFound(`plan ${id} has no published draw yet`);
    res.json({
      planId: id,
      algorithm: d.get('algorithm'),
      parameters: d.get('parameters'),
      seedHashes: d.get('seedHashes'),
      poolHash: d.get('poolHash'),
      committedAt: d.get('committedAt'),
      seeds: d.get('seeds'),
      pool: await readDocument(db, id, 'pool'),
      result: await readDocument(db, id, 'result'),
      drawnAt: d.get('drawnAt'),
    });
  });

  r.get('/inspection-results', async (req, res) => {
    const q = query(ResultsQuery, req);
    const where: Record<string | symbol, unknown> = {};
    if (q.entity) where.creditCode = q.entity;
    if (q.department) where.departmentCode = q.department;
    if (q.planId) where.planId = q.planId;
    if (q.from || q.to) where.publishedAt = { ...(q.from ? { [Op.gte]: startOfShanghaiDay(q.from) } : {}), ...(q.to ? { [Op.lte]: new Date(`${q.to}T23:59:59.999+08:00`) } : {}) };
    const { rows, count } = await db.models.publications.findAndCountAll({ where: { kind: 'inspectionResult', ...where, ...(q.q ? { [Op.and]: [entityMatch(db, q.q)] } : {}) }, order: [['publishedAt', 'DESC'], ['id', 'DESC']], limit: q.perPage, offset: (q.page - 1) * q.perPage });
    const names = await departmentNames(db);
    res.json({
      data: rows.map((p) => ({ creditCode: p.get('creditCode'), entityName: publicEntityName(p.get('creditCode') as string, p.get('entityName') as string), department: { code: p.get('departmentCode'), name: names.get(p.get('departmentCode')) }, planId: p.get('planId'), publishedAt: p.get('publishedAt'), ...p.get('content') })),
      total: count,
    });
  });
  r.use(publicCreditListingRoutes(db));
  return r;
}

/** A plan as the public sees it: what, who plans, when, and the draw's verification data — never who drafted it. */
function publicPlan(p: Record<string, any>) {
  const { createdBy: _c, workflowId: _w, inspectorFilter: _i, ...rest } = p;
  return rest;
}

