import { Router } from 'express';
import { ScheduleOverlapPolicy } from '@temporalio/client';
import type { Db } from '../../db';
import { currentRiskModel, saveRiskModel } from '../../db/risk';
import { RISK_FACTORS, type RiskFactor } from '../../domain/risk';
import { riskScoringScheduleId } from '../../workflows/riskScoring';
import { requireUser } from '../auth/middleware';
import { forbidden } from '../errors';
import { document, userSecurity, z } from '../openapi';
import type { Temporal } from '../temporal';
import { body } from '../validate';

// The credit-risk model (F14): leaders, supervisors and the district office read it; the administrator or the
// district office sets a new version, which scores the register at once (and nightly after).

const RiskModelBody = z
  .object({
    weights: z.object(Object.fromEntries(RISK_FACTORS.map((f) => [f, z.number().int().min(0).max(100)])) as Record<RiskFactor, z.ZodNumber>).describe('points for each occurrence of a fact'),
    countCap: z.number().int().min(1).max(10).describe('occurrences of one fact counted at most'),
    thresholds: z
      .object({ B: z.number().int().min(1), C: z.number().int().min(1), D: z.number().int().min(1) })
      .refine((t) => t.B < t.C && t.C < t.D, { message: 'B < C < D' })
      .describe('the lowest score of classes B, C and D; below B is A'),
    windowMonths: z.number().int().min(1).max(120).describe('how far back penalties, failed checks, warnings, complaints and lapsed licenses count'),
  })
  .openapi('RiskModelInput');
const RiskModelView = RiskModelBody.extend({ version: z.number().int() }).openapi('RiskModel');

document({ method: 'get', path: '/api/v1/risk-model', operationId: 'getRiskModel', summary: 'The credit-risk model in force (F14)', tags: ['risk'], security: userSecurity, responses: { 200: { description: 'its newest version', content: { 'application/json': { schema: RiskModelView } } } } }, [401, 403]);
document(
  { method: 'put', path: '/api/v1/risk-model', operationId: 'setRiskModel', summary: 'Set a new version of the credit-risk model (administrator, district office); the register is scored with it at once', tags: ['risk'], security: userSecurity, request: { body: { content: { 'application/json': { schema: RiskModelBody } } } }, responses: { 201: { description: 'the new version', content: { 'application/json': { schema: RiskModelView } } } } },
  [400, 401, 403],
);

export function riskRoutes(db: Db, temporal: Temporal): Router {
  const r = Router();
  r.get('/risk-model', requireUser(db, 'admin', 'leader', 'supervisor'), async (_req, res) => {
    res.json(await currentRiskModel(db));
  });
  r.put('/risk-model', requireUser(db, 'admin', 'supervisor'), async (req, res) => {
    const u = req.user!;
    if (!u.roles.includes('admin') && u.department.kind !== 'district') throw forbidden('the district office or an administrator sets the risk model', { code: 'risk-model-district-only' });
    const model = await saveRiskModel(db, body(RiskModelBody, req), u.username);
    // Score with it now rather than tonight: the classes a plan draws from should be the model's just set.
    await temporal.client.schedule.getHandle(riskScoringScheduleId(temporal.taskQueue)).trigger(ScheduleOverlapPolicy.BUFFER_ONE);
    res.status(201).json(model);
  });
  return r;
}
