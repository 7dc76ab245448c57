import { Router } from 'express';
import { Op } from 'sequelize';
import type { Db } from '../../db';
import { findDepartment } from '../../db/departments';
import { LICENSE_DECISIONS } from '../../domain/tasks';
import { reportLicenseDecisionUpdate } from '../../workflows/licenseFeedback';
import { requireScope } from '../auth/middleware';
import { notFound, unprocessable } from '../errors';
import { document, systemSecurity, z } from '../openapi';
import { update, type Temporal } from '../temporal';
import { body, text, date } from '../validate';
import { Accepted, applyOnce, EventId, eventHash, requireValidCreditCode } from './events';

const LicenseDecisionEvent = z
  .object({
    eventId: EventId,
    creditCode: text().length(18, 'an 18-character unified social credit code'),
    department: text().min(1).max(100).describe('department code or exact name'),
    licenseItem: text().min(1).max(100).describe('license item name or code'),
    decision: z.enum(LICENSE_DECISIONS),
    licenseNo: text().min(1).max(64).optional(),
    validFrom: date().optional(),
    validTo: date().optional(),
    decidedAt: z.string().datetime({ offset: true }),
  })
  .superRefine(
    (e, ctx) => {
      if (e.decision !== 'issued') return;
      // 行政许可法 Art. 39: an issued license has its number and validity.
      for (const f of ['licenseNo', 'validFrom', 'validTo'] as const) {
        if (e[f] === undefined) ctx.addIssue({ code: 'custom', path: [f], message: 'required when the decision is issued' });
      }
      const valid = (v: unknown) => typeof v === 'string' && date().safeParse(v).success;
      if (valid(e.validFrom) && valid(e.validTo) && e.validFrom! > e.validTo!) ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'before validFrom' });
    },
    // Also when other fields are bad, so that every missing field is named at once (CONTRACT.md).
    { when: ({ value }) => typeof value === 'object' && value !== null && (value as { decision?: unknown }).decision === 'issued' },
  )
  .openapi('LicenseDecisionEvent');

document({ method: 'post', path: '/api/ext/v1/license-decisions', operationId: 'postLicenseDecision', summary: 'Report a licensing decision', tags: ['external'], security: systemSecurity, description: 'scope license:write. Advances the license-feedback step of a notified entity.', request: { body: { content: { 'application/json': { schema: LicenseDecisionEvent } } } }, responses: { 202: { description: 'accepted (a repeated eventId returns the same answer)', content: { 'application/json': { schema: Accepted } } } } }, [400, 401, 403, 404, 409, 413, 422]);

export function licenseDecisionRoutes(db: Db, temporal: Temporal): Router {
  const r = Router();
  r.post('/license-decisions', requireScope(db, 'license:write'), async (req, res) => {
    const event = body(LicenseDecisionEvent, req);
    requireValidCreditCode(event.creditCode, 'creditCode');
    const system = req.apiClient!.system;
    const { answer, replayed } = await applyOnce(db, db.models.license_decision_events, { eventId: event.eventId, hash: eventHash(event), pending: { workflowId: '' } }, async () => {
      const department = await findDepartment(db, event.department);
      if (!department) throw unprocessable(`unknown department ${event.department}`, [{ field: 'department', message: 'no department with this code or name' }], { code: 'unknown-department', params: { department: event.department } });
      const item = (await db.models.license_items.findAll({ where: { [Op.or]: [{ code: event.licenseItem }, { name: event.licenseItem }] } })).find(
        (i) => i.get('code') === event.licenseItem || i.get('name') === event.licenseItem,
      );
      if (!item) throw unprocessable(`unknown license item ${event.licenseItem}`, [{ field: 'licenseItem', message: 'no license item with this name or code' }], { code: 'unknown-license-item', params: { licenseItem: event.licenseItem } });
      const departmentCode = department.code;
      const candidates = await db.models.notifications.findAll({
        where: { creditCode: event.creditCode, licenseItemCode: item.get('code'), stage: { [Op.ne]: 'cancelled' } },
        order: [['pushedAt', 'DESC']],
      });
      const notification = candidates.find((n) => n.get('departmentCode') === departmentCode || (n.get('candidateDepartmentCodes') as string[]).includes(departmentCode));
      if (!notification) throw notFound(`${department.name} was not notified of ${event.creditCode} for ${item.get('name')}`, { code: 'not-notified', params: { department: department.name, creditCode: event.creditCode, licenseItem: String(item.get('name')) } });
      const workflowId = notification.get('workflowId') as string;
      const result = await update(
        temporal,
        workflowId,
        reportLicenseDecisionUpdate,
        { eventId: event.eventId, departmentCode, decision: event.decision, licenseNo: event.licenseNo, validFrom: event.validFrom, validTo: event.validTo, decidedAt: event.decidedAt, system },
        `license-decision:${event.eventId}`,
      );
      const answer = { eventId: event.eventId, workflowId, status: result.decision === event.decision ? 'recorded' : result.decision };
      return {
        answer,
        columns: { workflowId },
        audit: { actorType: 'system', actor: system, action: 'licenseDecision.reported', targetType: 'entity', targetId: event.creditCode, detail: { eventId: event.eventId, decision: event.decision, workflowId } },
      };
    });
    if (replayed) res.set('Idempotent-Replayed', 'true');
    res.status(202).json(answer);
  });
  return r;
}
