"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.licenseDecisionRoutes = licenseDecisionRoutes;
const express_1 = require("express");
const sequelize_1 = require("sequelize");
const audit_1 = require("../../db/audit");
const tasks_1 = require("../../domain/tasks");
const licenseFeedback_1 = require("../../workflows/licenseFeedback");
const middleware_1 = require("../auth/middleware");
const errors_1 = require("../errors");
const openapi_1 = require("../openapi");
const temporal_1 = require("../temporal");
const validate_1 = require("../validate");
const events_1 = require("./events");
const date = openapi_1.z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');
const LicenseDecisionEvent = openapi_1.z
    .object({
    eventId: events_1.EventId,
    creditCode: openapi_1.z.string().length(18, 'an 18-character unified social credit code'),
    department: openapi_1.z.string().min(1).max(100).describe('department code or exact name'),
    licenseItem: openapi_1.z.string().min(1).max(100).describe('license item name or code'),
    decision: openapi_1.z.enum(tasks_1.LICENSE_DECISIONS),
    licenseNo: openapi_1.z.string().min(1).max(64).optional(),
    validFrom: date.optional(),
    validTo: date.optional(),
    decidedAt: openapi_1.z.string().datetime({ offset: true }),
})
    .superRefine((e, ctx) => {
    if (e.decision !== 'issued')
        return;
    // 行政许可法 Art. 39: an issued license has its number and validity.
    for (const f of ['licenseNo', 'validFrom', 'validTo']) {
        if (!e[f])
            ctx.addIssue({ code: 'custom', path: [f], message: 'required when the decision is issued' });
    }
    if (e.validFrom && e.validTo && e.validFrom > e.validTo)
        ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'before validFrom' });
})
    .openapi('LicenseDecisionEvent');
(0, openapi_1.document)({ method: 'post', path: '/api/ext/v1/license-decisions', tags: ['external'], security: openapi_1.systemSecurity, description: 'scope license:write. Advances the license-feedback step of a notified entity.', request: { body: { content: { 'application/json': { schema: LicenseDecisionEvent } } } }, responses: { 202: { description: 'accepted (a repeated eventId returns the same answer)', content: { 'application/json': { schema: events_1.Accepted } } } } }, [400, 401, 403, 404, 409, 413, 422]);
function licenseDecisionRoutes(db, temporal) {
    const r = (0, express_1.Router)();
    r.post('/license-decisions', (0, middleware_1.requireScope)(db, 'license:write'), async (req, res) => {
        const event = (0, validate_1.body)(LicenseDecisionEvent, req);
        (0, events_1.requireValidCreditCode)(event.creditCode, 'creditCode');
        const hash = (0, events_1.eventHash)(event);
        const stored = await db.models.license_decision_events.findByPk(event.eventId);
        if (stored) {
            (0, events_1.sameEventOrConflict)(stored.get('bodyHash'), hash, event.eventId);
            res.set('Idempotent-Replayed', 'true');
            return res.status(202).json(stored.get('response'));
        }
        const department = await db.models.departments.findOne({ where: { [sequelize_1.Op.or]: [{ code: event.department }, { name: event.department }] } });
        if (!department)
            throw (0, errors_1.unprocessable)(`unknown department ${event.department}`, [{ field: 'department', message: 'no department with this code or name' }]);
        const item = await db.models.license_items.findOne({ where: { [sequelize_1.Op.or]: [{ code: event.licenseItem }, { name: event.licenseItem }] } });
        if (!item)
            throw (0, errors_1.unprocessable)(`unknown license item ${event.licenseItem}`, [{ field: 'licenseItem', message: 'no license item with this name or code' }]);
        const departmentCode = department.get('code');
        const candidates = await db.models.notifications.findAll({
            where: { creditCode: event.creditCode, licenseItemCode: item.get('code'), stage: { [sequelize_1.Op.ne]: 'cancelled' } },
            order: [['pushedAt', 'DESC']],
        });
        const notification = candidates.find((n) => n.get('departmentCode') === departmentCode || n.get('candidateDepartmentCodes').includes(departmentCode));
        if (!notification)
            throw (0, errors_1.notFound)(`${department.get('name')} was not notified of ${event.creditCode} for ${item.get('name')}`);
        const workflowId = notification.get('workflowId');
        const result = await (0, temporal_1.update)(temporal, workflowId, licenseFeedback_1.reportLicenseDecisionUpdate, { eventId: event.eventId, departmentCode, decision: event.decision, licenseNo: event.licenseNo, validFrom: event.validFrom, validTo: event.validTo, decidedAt: event.decidedAt, system: req.apiClient.system }, `license-decision:${event.eventId}`);
        const answer = { eventId: event.eventId, workflowId, status: result.decision === event.decision ? 'recorded' : result.decision };
        await db.writeTransaction(async (t) => {
            await db.models.license_decision_events.findOrCreate({ where: { eventId: event.eventId }, defaults: { eventId: event.eventId, bodyHash: hash, workflowId, response: answer, receivedAt: new Date() }, transaction: t });
            await (0, audit_1.appendAudit)(db, { actorType: 'system', actor: req.apiClient.system, action: 'licenseDecision.reported', targetType: 'entity', targetId: event.creditCode, detail: { eventId: event.eventId, decision: event.decision, workflowId } }, t);
        });
        res.status(202).json(answer);
    });
    return r;
}
//# sourceMappingURL=licenseDecisions.js.map