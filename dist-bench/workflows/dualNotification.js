"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.licenseFeedbackWorkflowId = exports.dualNotificationWorkflowId = void 0;
exports.dualNotification = dualNotification;
const wf = __importStar(require("@temporalio/workflow"));
const licenseFeedback_1 = require("./licenseFeedback");
// Dual notification (双告知, F3; 国发〔2021〕7号): one run per registration event. It records the event,
// tells the applicant which licenses the scope needs (the notice), and starts one licenseFeedback process
// per competent department or claim-pool item. A deregistration cancels every open step of the entity.
const dualNotificationWorkflowId = (eventId) => `dual-notification:${eventId}`;
exports.dualNotificationWorkflowId = dualNotificationWorkflowId;
const licenseFeedbackWorkflowId = (eventId, routeKey) => `license-feedback:${eventId}:${routeKey}`;
exports.licenseFeedbackWorkflowId = licenseFeedbackWorkflowId;
const acts = wf.proxyActivities({ startToCloseTimeout: '1 minute', retry: { maximumInterval: '10 seconds' } });
async function dualNotification(event) {
    const recorded = await acts.recordRegistration(event);
    if (event.action === 'deregister') {
        const open = await acts.openNotificationWorkflows(event.entity.creditCode);
        const reason = `市场主体已注销（${event.eventId}）`;
        for (const id of open) {
            try {
                await wf.getExternalWorkflowHandle(id).signal(licenseFeedback_1.cancelSignal, { reason });
            }
            catch (err) {
                // A process that closed meanwhile (the only way a signal to it fails) has nothing left to cancel.
                wf.log.info('notification already closed', { workflowId: id, error: String(err) });
            }
        }
        await acts.saveRegistrationOutcome({ eventId: event.eventId, status: 'deregistered', detail: { cancelled: open } });
        return { status: 'deregistered', notifications: open };
    }
    if (recorded.status === 'stale') {
        // The entity was deregistered by a later event that arrived first: nothing to notify.
        await acts.saveRegistrationOutcome({ eventId: event.eventId, status: 'stale' });
        return { status: 'stale', notifications: [] };
    }
    const { notice, routes } = await acts.matchBusinessScope(event);
    await acts.saveRegistrationOutcome({ eventId: event.eventId, status: 'notified', notice, detail: { routes: routes.map((r) => r.key) } });
    const pushedAt = new Date().toISOString();
    const started = [];
    for (const route of routes) {
        const workflowId = (0, exports.licenseFeedbackWorkflowId)(event.eventId, route.key);
        await wf.startChild(licenseFeedback_1.licenseFeedback, {
            workflowId,
            args: [{ eventId: event.eventId, creditCode: event.entity.creditCode, entityName: event.entity.name, route, pushedAt }],
            // Each department's process lives on its own after the push; this run only fans out.
            parentClosePolicy: 'ABANDON',
            workflowIdReusePolicy: 'REJECT_DUPLICATE',
        });
        started.push(workflowId);
    }
    return { status: 'notified', notifications: started };
}
//# sourceMappingURL=dualNotification.js.map