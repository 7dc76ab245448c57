import { Router } from 'express';
import { UniqueConstraintError } from 'sequelize';
import type { Db } from '../../db';
import { appendAudit } from '../../db/audit';
import { REGISTRATION_ACTIONS, type RegistrationEvent } from '../../domain/registration';
import { dualNotificationWorkflowId } from '../../workflows/dualNotification';
import { requireScope } from '../auth/middleware';
import { AppError, notFound } from '../errors';
import { document, systemSecurity, z } from '../openapi';
import type { Temporal } from '../temporal';
import { body, parse, freeText, text, date } from '../validate';
import { Accepted, EventId, eventHash, requireValidCreditCode, sameEventOrConflict } from './events';
import { startDualNotification } from './registrationStart';

const Entity = z.object({
  creditCode: text().length(18, 'an 18-character unified social credit code'),
  name: text().min(1).max(200),
  entityType: text().min(1).max(100).optional(),
  industryCode: text().regex(/^[A-T](\d{2}|\d{3}|\d{4})?$/, 'GB/T 4754 code: a section letter and 2–4 digits').optional(),
  regionCode: text().regex(/^\d{6}(\d{3})?(\d{3})?$/, 'a GB/T 2260 region or NBS town code').optional(),
  address: text().min(1).max(300).optional(),
  legalRepresentative: text().min(1).max(64).optional(),
  businessScope: freeText().min(1).max(5000).optional(),
  registrationAuthority: text().min(1).max(100).optional(),
  establishedOn: date().optional(),
});
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const Registration = z
  .object({
    eventId: EventId,
    action: z.enum(REGISTRATION_ACTIONS),
    occurredAt: z.string().datetime({ offset: true }),
    entity: Entity,
  })
  .superRefine(
    (e, ctx) => {
      if (e.action === 'deregister') return;
      // An establishment or change carries the registration data the notification needs.
      for (const f of ['entityType', 'industryCode', 'regionCode', 'address', 'legalRepresentative', 'businessScope', 'registrationAuthority'] as const) {
        if (e.entity[f] === undefined) ctx.addIssue({ code: 'custom', path: ['entity', f], message: `required for ${e.action}` });
      }
    },
    // Also when other fields are bad, so that every missing field is named at once (CONTRACT.md).
    { when: ({ value }) => isObject(value) && isObject(value.entity) && (value.action === 'establish' || value.action === 'change') },
  )
  .openapi('RegistrationEvent');

const Notice = z
  .object({
    eventId: z.string(),
    creditCode: z.string(),
    entityName: z.string(),
    licenses: z.array(z.object({ licenseItem: z.string(), department: z.object({ code: z.string(), name: z.string() }), legalBasis: z.string(), scopeItems: z.array(z.string()) })),
    pendingDepartment: z.array(z.object({ scopeItem: z.string(), candidateDepartments: z.array(z.object({ code: z.string(), name: z.string() })) })),
    unmatchedScopeItems: z.array(z.string()),
    generalScopeItems: z.array(z.string()),
    undertaking: z.string(),
  })
  .openapi('ApplicantNotice', { description: '告知书: which licenses the scope needs, from which department, on which legal basis' });

document({ method: 'post', path: '/api/ext/v1/registrations', operationId: 'postRegistrationEvent', summary: 'Report a registration event', tags: ['external'], security: systemSecurity, description: 'scope registration:write. Starts the dual-notification process (双告知).', request: { body: { content: { 'application/json': { schema: Registration } } } }, responses: { 202: { description: 'accepted (a repeated eventId returns the same answer)', content: { 'application/json': { schema: Accepted } } } } }, [400, 401, 403, 409, 413, 422]);
document({ method: 'get', path: '/api/ext/v1/registrations/{eventId}/notice', operationId: 'getRegistrationNotice', summary: 'Get the applicant’s notice of a registration event', tags: ['external'], security: systemSecurity, description: 'scope registration:write', request: { params: z.object({ eventId: EventId }) }, responses: { 200: { description: 'the applicant’s notice', content: { 'application/json': { schema: Notice } } }, 202: { description: 'still being prepared', content: { 'application/json': { schema: Accepted } } } } }, [401, 403, 404]);

export function registrationRoutes(db: Db, temporal: Temporal): Router {
  const r = Router();
  const auth = requireScope(db, 'registration:write');

  r.post('/registrations', auth, async (req, res) => {
    const event = body(Registration, req) as RegistrationEvent;
    requireValidCreditCode(event.entity.creditCode, 'entity.creditCode');
    const hash = eventHash(event);
    const workflowId = dualNotificationWorkflowId(event.eventId);
    const answer = { eventId: event.eventId, workflowId, status: 'accepted' };
    let repeated = false;
    try {
      await db.writeTransaction(async (t) => {
        await db.models.registration_events.create(
          { eventId: event.eventId, action: event.action, creditCode: event.entity.creditCode, workflowId, occurredAt: new Date(event.occurredAt), bodyHash: hash, status: 'accepted', receivedAt: new Date(), event },
          { transaction: t },
        );
        await appendAudit(db, { actorType: 'system', actor: req.apiClient!.system, action: `registration.${event.action}`, targetType: 'entity', targetId: event.entity.creditCode, detail: { eventId: event.eventId } }, t);
      });
    } catch (err) {
      if (!(err instanceof UniqueConstraintError)) throw err;
      const stored = await db.models.registration_events.findByPk(event.eventId);
      sameEventOrConflict(stored!.get('bodyHash'), hash, event.eventId);
      repeated = true;
    }
    // Temporal away here: the sender gets a 503 and sends again, and the worker's reconciler starts it anyway.
    await startDualNotification(temporal.client, temporal.taskQueue, event);
    if (repeated) res.set('Idempotent-Replayed', 'true');
    res.status(202).json(answer);
  });

  r.get('/registrations/:eventId/notice', auth, async (req, res) => {
    const { eventId } = parse(z.object({ eventId: EventId }), req.params, 'path');
    const row = await db.models.registration_events.findByPk(eventId);
    if (!row) throw notFound(`no registration event ${eventId}`, { code: 'event-not-found' });
    if (row.get('action') === 'deregister') throw notFound(`event ${eventId} is a deregistration: it has no notice`, { code: 'deregistration-has-no-notice' });
    const notice = row.get('notice');
    if (notice) return res.json(notice);
    if (row.get('status') === 'stale') throw notFound(`event ${eventId} came after the entity was deregistered: no notice was made`, { code: 'event-after-deregistration' });
    res.status(202).json({ eventId, workflowId: row.get('workflowId'), status: row.get('status') });
  });

  // Another method on the collection is refused; a path below it that no route serves stays a 404.
  r.all('/registrations', (req, res, next) => {
    res.set('Allow', 'POST');
    next(new AppError(405, 'Method Not Allowed', `${req.method} is not supported here; use POST`, undefined, { code: 'method-not-allowed' }));
  });
  return r;
}
