"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registrationRoutes = registrationRoutes;
const client_1 = require("@temporalio/client");
const express_1 = require("express");
const sequelize_1 = require("sequelize");
const audit_1 = require("../../db/audit");
const registration_1 = require("../../domain/registration");
const dualNotification_1 = require("../../workflows/dualNotification");
const middleware_1 = require("../auth/middleware");
const errors_1 = require("../errors");
const openapi_1 = require("../openapi");
const validate_1 = require("../validate");
const events_1 = require("./events");
const date = openapi_1.z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const Entity = openapi_1.z.object({
    creditCode: openapi_1.z.string().length(18, 'an 18-character unified social credit code'),
    name: openapi_1.z.string().min(1).max(200),
    entityType: openapi_1.z.string().min(1).max(100).optional(),
    industryCode: openapi_1.z.string().regex(/^[A-T](\d{2}|\d{3}|\d{4})?$/, 'GB/T 4754 code: a section letter and 2–4 digits').optional(),
    regionCode: openapi_1.z.string().regex(/^\d{6}(\d{3})?(\d{3})?$/, 'a GB/T 2260 region or NBS town code').optional(),
    address: openapi_1.z.string().min(1).max(300).optional(),
    legalRepresentative: openapi_1.z.string().min(1).max(64).optional(),
    businessScope: openapi_1.z.string().min(1).max(5000).optional(),
    registrationAuthority: openapi_1.z.string().min(1).max(100).optional(),
    establishedOn: date.optional(),
});
const Registration = openapi_1.z
    .object({
    eventId: events_1.EventId,
    action: openapi_1.z.enum(registration_1.REGISTRATION_ACTIONS),
    occurredAt: openapi_1.z.string().datetime({ offset: true }),
    entity: Entity,
})
    .superRefine((e, ctx) => {
    if (e.action === 'deregister')
        return;
    // An establishment or change carries the registration data the notification needs.
    for (const f of ['entityType', 'industryCode', 'regionCode', 'address', 'legalRepresentative', 'businessScope', 'registrationAuthority']) {
        if (e.entity[f] === undefined)
            ctx.addIssue({ code: 'custom', path: ['entity', f], message: `required for ${e.action}` });
    }
})
    .openapi('RegistrationEvent');
const Notice = openapi_1.z
    .object({
    eventId: openapi_1.z.string(),
    creditCode: openapi_1.z.string(),
    entityName: openapi_1.z.string(),
    licenses: openapi_1.z.array(openapi_1.z.object({ licenseItem: openapi_1.z.string(), department: openapi_1.z.object({ code: openapi_1.z.string(), name: openapi_1.z.string() }), legalBasis: openapi_1.z.string(), scopeItems: openapi_1.z.array(openapi_1.z.string()) })),
    pendingDepartment: openapi_1.z.array(openapi_1.z.object({ scopeItem: openapi_1.z.string(), candidateDepartments: openapi_1.z.array(openapi_1.z.object({ code: openapi_1.z.string(), name: openapi_1.z.string() })) })),
    unmatchedScopeItems: openapi_1.z.array(openapi_1.z.string()),
    generalScopeItems: openapi_1.z.array(openapi_1.z.string()),
    undertaking: openapi_1.z.string(),
})
    .openapi('ApplicantNotice', { description: '告知书: which licenses the scope needs, from which department, on which legal basis' });
(0, openapi_1.document)({ method: 'post', path: '/api/ext/v1/registrations', tags: ['external'], security: openapi_1.systemSecurity, description: 'scope registration:write. Starts the dual-notification process (双告知).', request: { body: { content: { 'application/json': { schema: Registration } } } }, responses: { 202: { description: 'accepted (a repeated eventId returns the same answer)', content: { 'application/json': { schema: events_1.Accepted } } } } }, [400, 401, 403, 409, 413, 422]);
(0, openapi_1.document)({ method: 'get', path: '/api/ext/v1/registrations/{eventId}/notice', tags: ['external'], security: openapi_1.systemSecurity, description: 'scope registration:write', request: { params: openapi_1.z.object({ eventId: events_1.EventId }) }, responses: { 200: { description: 'the applicant’s notice', content: { 'application/json': { schema: Notice } } }, 202: { description: 'still being prepared', content: { 'application/json': { schema: events_1.Accepted } } } } }, [401, 403, 404]);
function registrationRoutes(db, temporal) {
    const r = (0, express_1.Router)();
    const auth = (0, middleware_1.requireScope)(db, 'registration:write');
    r.post('/registrations', auth, async (req, res) => {
        const event = (0, validate_1.body)(Registration, req);
        (0, events_1.requireValidCreditCode)(event.entity.creditCode, 'entity.creditCode');
        const hash = (0, events_1.eventHash)(event);
        const workflowId = (0, dualNotification_1.dualNotificationWorkflowId)(event.eventId);
        const answer = { eventId: event.eventId, workflowId, status: 'accepted' };
        let repeated = false;
        try {
            await db.writeTransaction(async (t) => {
                await db.models.registration_events.create({ eventId: event.eventId, action: event.action, creditCode: event.entity.creditCode, workflowId, occurredAt: new Date(event.occurredAt), bodyHash: hash, status: 'accepted', receivedAt: new Date() }, { transaction: t });
                await (0, audit_1.appendAudit)(db, { actorType: 'system', actor: req.apiClient.system, action: `registration.${event.action}`, targetType: 'entity', targetId: event.entity.creditCode, detail: { eventId: event.eventId } }, t);
            });
        }
        catch (err) {
            if (!(err instanceof sequelize_1.UniqueConstraintError))
                throw err;
            const stored = await db.models.registration_events.findByPk(event.eventId);
            (0, events_1.sameEventOrConflict)(stored.get('bodyHash'), hash, event.eventId);
            repeated = true;
        }
        // Started by its business key: a repeat (or a retry after a failed start) finds the same run.
        try {
            await temporal.client.workflow.start(dualNotification_1.dualNotification, { workflowId, taskQueue: temporal.taskQueue, args: [event], workflowIdReusePolicy: 'REJECT_DUPLICATE' });
        }
        catch (err) {
            if (!(err instanceof client_1.WorkflowExecutionAlreadyStartedError))
                throw err;
        }
        if (repeated)
            res.set('Idempotent-Replayed', 'true');
        res.status(202).json(answer);
    });
    r.get('/registrations/:eventId/notice', auth, async (req, res) => {
        const { eventId } = (0, validate_1.parse)(openapi_1.z.object({ eventId: events_1.EventId }), req.params, 'path');
        const row = await db.models.registration_events.findByPk(eventId);
        if (!row)
            throw (0, errors_1.notFound)(`no registration event ${eventId}`);
        if (row.get('action') === 'deregister')
            throw (0, errors_1.notFound)(`event ${eventId} is a deregistration: it has no notice`);
        const notice = row.get('notice');
        if (notice)
            return res.json(notice);
        if (row.get('status') === 'stale')
            throw (0, errors_1.notFound)(`event ${eventId} came after the entity was deregistered: no notice was made`);
        res.status(202).json({ eventId, workflowId: row.get('workflowId'), status: row.get('status') });
    });
    r.use('/registrations', (req, _res, next) => next(req.method === 'POST' ? undefined : (0, errors_1.badRequest)('unsupported method')));
    return r;
}
//# sourceMappingURL=registrations.js.map