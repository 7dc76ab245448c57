import crypto from 'node:crypto';
import { Router } from 'express';
import type { Db } from '../../db';
import { activeListings, measuresOf } from '../../db/credit';
import { findDepartment } from '../../db/departments';
import { LIST_TYPE_NAMES, SCENARIOS, screen, type ListType } from '../../domain/credit';
import { shanghaiDate } from '../../domain/workingDays';
import { screeningFeedback, screeningFeedbackWorkflowId } from '../../workflows/screeningFeedback';
import { requireScope } from '../auth/middleware';
import { unprocessable } from '../errors';
import { document, systemSecurity, z } from '../openapi';
import type { Temporal } from '../temporal';
import { query, text } from '../validate';
import { requireValidCreditCode } from './events';

// CONTRACT.md `GET /api/ext/v1/screening`: may this entity take part in this scenario? The answer names
// each applicable measure with its legal basis and the listings behind it. Every call is recorded, and a
// restricted answer becomes a feedback task for the asking department (F6, F9).

const ScreeningQuery = z.object({
  creditCode: text().length(18, 'an 18-character unified social credit code'),
  scenario: z.enum(SCENARIOS),
  department: text().min(1).max(100).optional().describe('the asking department (code or exact name); defaults to the API key’s department'),
});

const ScreeningAnswer = z
  .object({
    screeningId: z.number(),
    creditCode: z.string(),
    scenario: z.enum(SCENARIOS),
    restricted: z.boolean(),
    measures: z.array(z.object({ code: z.string(), name: z.string(), legalBasis: z.string(), department: z.string(), listTypes: z.array(z.string()) })),
    listings: z.array(z.object({ listingId: z.string(), listType: z.string(), listTypeName: z.string(), documentNo: z.string(), authority: z.string(), listedOn: z.string(), expiresOn: z.string().nullable() })),
    feedbackWorkflowId: z.string().nullable().describe('the asking department’s feedback task, when restricted'),
  })
  .openapi('ScreeningAnswer');

document(
  {
    method: 'get',
    path: '/api/ext/v1/screening',
    operationId: 'screenEntity',
    summary: 'Screen an entity for joint-punishment restrictions',
    tags: ['external'],
    security: systemSecurity,
    description: 'scope screening:read. Joint-punishment screening (联合惩戒核查); every call is recorded, and a restricted answer opens a feedback task for the asking department (feedback within 10 working days).',
    request: { query: ScreeningQuery },
    responses: { 200: { description: 'the answer', content: { 'application/json': { schema: ScreeningAnswer } } } },
  },
  [400, 401, 403, 422],
);

export function screeningRoutes(db: Db, temporal: Temporal): Router {
  const r = Router();
  r.get('/screening', requireScope(db, 'screening:read'), async (req, res) => {
    const q = query(ScreeningQuery, req);
    requireValidCreditCode(q.creditCode, 'creditCode');
    const client = req.apiClient!;
    let departmentCode = client.departmentCode;
    if (q.department) {
      departmentCode = (await findDepartment(db, q.department))?.code ?? null;
      if (!departmentCode) throw unprocessable(`unknown department ${q.department}`, [{ field: 'department', message: 'no department with this code or name' }], { code: 'unknown-department', params: { department: q.department } });
    }
    if (!departmentCode) throw unprocessable('say which department asks: `department`, or an API key created with --department', [{ field: 'department', message: 'required for this API key' }], { code: 'department-required' });
    const listings = await activeListings(db, q.creditCode, shanghaiDate(new Date()));
    const listTypes = [...new Set(listings.map((l) => l.listType as string))];
    const { restricted, measures, behind } = screen(listings, listTypes.length ? await measuresOf(db, listTypes, q.scenario) : []);
    const feedbackWorkflowId = restricted ? screeningFeedbackWorkflowId(crypto.randomUUID()) : null;
    const row = await db.models.screenings.create({ creditCode: q.creditCode, scenario: q.scenario, departmentCode, system: client.system, restricted, measureCodes: measures.map((m) => m.code), listingIds: behind.map((l) => l.id), workflowId: feedbackWorkflowId, askedAt: new Date() });
    const screeningId = row.get('id') as number;
    if (feedbackWorkflowId) {
      try {
        await temporal.client.workflow.start(screeningFeedback, {
          workflowId: feedbackWorkflowId,
          taskQueue: temporal.taskQueue,
          args: [{ screeningId, creditCode: q.creditCode, entityName: behind[0].entityName, scenario: q.scenario, departmentCode, measures: measures.map((m) => ({ code: m.code, name: m.name, legalBasis: m.legalBasis })), listingIds: behind.map((l) => l.id) }],
        });
      } catch (err) {
        // No screening row without its feedback process: the caller gets the error (503 when Temporal is away)
        // and asks again, which records the screening anew.
        await row.destroy();
        throw err;
      }
    }
    res.json({
      screeningId,
      creditCode: q.creditCode,
      scenario: q.scenario,
      restricted,
      measures: measures.map((m) => ({ code: m.code, name: m.name, legalBasis: m.legalBasis, department: m.departmentCode, listTypes: m.listTypes })),
      listings: behind.map((l) => ({ listingId: l.id, listType: l.listType, listTypeName: LIST_TYPE_NAMES[l.listType as ListType], documentNo: l.documentNo, authority: l.authority, listedOn: String(l.listedOn), expiresOn: l.expiresOn ? String(l.expiresOn) : null })),
      feedbackWorkflowId,
    });
  });
  return r;
}
