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
exports.stageQuery = exports.timelineQuery = exports.cancelSignal = exports.reportLicenseDecisionUpdate = void 0;
exports.licenseFeedback = licenseFeedback;
const wf = __importStar(require("@temporalio/workflow"));
const registration_1 = require("../domain/registration");
const tasks_1 = require("../domain/tasks");
const errors_1 = require("./errors");
const humanTasks_1 = require("./humanTasks");
exports.reportLicenseDecisionUpdate = wf.defineUpdate('reportLicenseDecision');
exports.cancelSignal = wf.defineSignal('cancel');
exports.timelineQuery = wf.defineQuery('timeline');
exports.stageQuery = wf.defineQuery('stage');
const acts = wf.proxyActivities({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '10 seconds' } });
async function licenseFeedback(input) {
    const { route } = input;
    const workflowId = wf.workflowInfo().workflowId;
    const book = new humanTasks_1.TaskBook(workflowId);
    const timeline = [];
    let stage = route.departmentCode ? 'awaitingReceipt' : 'pooled';
    let departmentCode = route.departmentCode;
    let decision = null;
    let decisionEventId = null;
    let cancelled = false;
    let cancelReason = '';
    /** A decision reported by the department's own system, waiting for the process to take it in. */
    let external = null;
    const keys = { claim: `${workflowId}/claim`, receipt: `${workflowId}/receipt`, decision: `${workflowId}/decision`, check: `${workflowId}/check` };
    const note = (step, actor, detail) => {
        timeline.push({ at: new Date().toISOString(), step, ...(actor ? { actor } : {}), ...(detail ? { detail } : {}) });
    };
    const projection = () => ({
        workflowId,
        eventId: input.eventId,
        creditCode: input.creditCode,
        licenseItemCode: route.licenseItemCode,
        scopeItems: route.scopeItems,
        departmentCode,
        candidateDepartmentCodes: route.candidateDepartmentCodes,
        stage,
        decision,
        timeline,
        pushedAt: input.pushedAt,
    });
    const itemLabel = route.licenseItemName ?? route.scopeItems.join('、');
    const taskData = { eventId: input.eventId, licenseItem: route.licenseItemName, licenseItemCode: route.licenseItemCode, scopeItems: route.scopeItems, legalBasis: route.legalBasis };
    // `issued` needs the license itself (行政许可法 Art. 39: the license names its number and validity).
    book.completionCheck = (t, i) => {
        if (t.type === 'licenseDecision' && i.outcome === 'issued')
            requireLicenseDetails(i.data ?? {});
    };
    book.register((change, t) => {
        if (change === 'reassigned')
            note('reassigned', t.assigneeUsername ?? undefined);
    });
    wf.setHandler(exports.timelineQuery, () => timeline);
    wf.setHandler(exports.stageQuery, () => stage);
    wf.setHandler(exports.cancelSignal, ({ reason }) => {
        cancelled = true;
        cancelReason = reason;
    });
    wf.setHandler(exports.reportLicenseDecisionUpdate, async (d) => {
        if (!decision) {
            if (external && external.decision !== d.decision)
                (0, errors_1.refuse)(errors_1.REFUSAL.conflict, `a decision of ${external.decision} is already being recorded`);
            external ??= d;
            await wf.condition(() => decision !== null || cancelled);
            if (!decision)
                (0, errors_1.refuse)(errors_1.REFUSAL.conflict, 'the notification was cancelled');
        }
        return { eventId: decisionEventId ?? d.eventId, decision: decision, stage };
    }, {
        validator: (d) => {
            if (decision) {
                if (decisionEventId === d.eventId || decision === d.decision)
                    return;
                (0, errors_1.refuse)(errors_1.REFUSAL.conflict, `the decision was already reported as ${decision}`);
            }
            if (cancelled || stage === 'cancelled')
                (0, errors_1.refuse)(errors_1.REFUSAL.conflict, 'the notification was cancelled');
            if (!tasks_1.LICENSE_DECISIONS.includes(d.decision))
                (0, errors_1.refuse)(errors_1.REFUSAL.unprocessable, 'unknown decision');
            if (stage === 'pooled' ? !route.candidateDepartmentCodes.includes(d.departmentCode) : d.departmentCode !== departmentCode) {
                (0, errors_1.refuse)(errors_1.REFUSAL.forbidden, 'this department was not notified of this item');
            }
            if (d.decision === 'issued')
                requireLicenseDetails(d);
        },
    });
    const openTask = async (key, type, title, from, workingDays) => {
        if (book.has(key))
            return book.get(key).dueAt;
        const dueAt = await acts.computeDueAt({ from, workingDays });
        await book.open({ taskKey: key, type, title, departmentCode, creditCode: input.creditCode, entityName: input.entityName, dueAt, data: taskData });
        return dueAt;
    };
    /**
     * Waits for a task to be finished by a person or by a reported decision; at each missed deadline
     * escalates one level (department supervisor, then the district), never closing the task.
     * Returns false when the process was cancelled.
     */
    async function awaitTask(taskKey, dueAt, nextWindow) {
        const settled = () => cancelled || external !== null || !book.isOpen(taskKey);
        let due = dueAt;
        for (let level = 1; level <= 2; level++) {
            if (await wf.condition(settled, Math.max(1, Date.parse(due) - Date.now())))
                return !cancelled;
            await book.escalate(taskKey, level);
            note('escalated', undefined, level === 1 ? 'department supervisor' : 'district');
            await acts.saveNotification(projection());
            if (level === 1)
                due = await acts.computeDueAt({ from: due, workingDays: nextWindow });
        }
        await wf.condition(settled);
        return !cancelled;
    }
    /** Finishes a still-open task on the account of the system that reported the decision. */
    async function settleByReport(taskKey, outcome, data) {
        if (!external || !book.isOpen(taskKey))
            return;
        await book.finish(book.get(taskKey), { outcome, actor: external.system, data, departmentCode: taskKey === keys.claim ? external.departmentCode : undefined, comment: outcome === external.decision ? undefined : 'implied by the reported license decision' });
    }
    note('pushed', undefined, route.departmentCode ?? route.candidateDepartmentCodes.join(','));
    await acts.saveNotification(projection());
    const run = async () => {
        if (stage === 'pooled') {
            const dueAt = await acts.computeDueAt({ from: input.pushedAt, workingDays: registration_1.DEFAULT_CLAIM_WORKING_DAYS });
            await book.open({ taskKey: keys.claim, type: 'claim', title: `认领：${input.entityName}（${itemLabel}）`, departmentCode: null, candidateDepartmentCodes: route.candidateDepartmentCodes, creditCode: input.creditCode, entityName: input.entityName, dueAt, data: taskData });
            if (!(await awaitTask(keys.claim, dueAt, registration_1.SECOND_ESCALATION_WORKING_DAYS)))
                return;
            await settleByReport(keys.claim, 'claimed');
            const claim = book.get(keys.claim);
            departmentCode = claim.departmentCode;
            note('claimed', claim.completedBy ?? undefined, departmentCode ?? undefined);
            stage = 'awaitingReceipt';
            await acts.saveNotification(projection());
        }
        const receiptDue = await openTask(keys.receipt, 'receipt', `接收双告知：${input.entityName}（${itemLabel}）`, new Date().toISOString(), route.receiptDays);
        if (!(await awaitTask(keys.receipt, receiptDue, registration_1.SECOND_ESCALATION_WORKING_DAYS)))
            return;
        await settleByReport(keys.receipt, 'received');
        note('received', book.get(keys.receipt).completedBy ?? undefined);
        stage = 'awaitingDecision';
        await acts.saveNotification(projection());
        const decisionDue = await openTask(keys.decision, 'licenseDecision', `发证反馈：${input.entityName}（${itemLabel}）`, book.get(keys.receipt).completedAt ?? new Date().toISOString(), route.decisionDays);
        // 行政许可法 Art. 42: 20 working days, extendable by 10 — the second escalation comes after the extension.
        if (!(await awaitTask(keys.decision, decisionDue, registration_1.DECISION_EXTENSION_WORKING_DAYS)))
            return;
        if (external) {
            const e = external;
            await settleByReport(keys.decision, e.decision, e.decision === 'issued' ? { licenseNo: e.licenseNo, validFrom: e.validFrom, validTo: e.validTo, decidedAt: e.decidedAt } : { decidedAt: e.decidedAt });
            decisionEventId = e.eventId;
        }
        const d = book.get(keys.decision);
        decision = d.outcome;
        note('decided', d.completedBy ?? undefined, decision);
        await acts.saveNotification(projection());
        if (decision === 'issued' && route.licenseItemCode && departmentCode) {
            const license = d.data;
            await acts.storeLicense({ creditCode: input.creditCode, licenseItemCode: route.licenseItemCode, departmentCode, licenseNo: license.licenseNo, validFrom: license.validFrom ?? null, validTo: license.validTo ?? null, source: 'licenseFeedback' });
        }
        if (decision === 'refused' || decision === 'not_applied') {
            stage = 'checking';
            await acts.saveNotification(projection());
            // The competent department supervises its item: it checks the entity is not operating unlicensed.
            const dueAt = await acts.computeDueAt({ from: new Date().toISOString(), workingDays: registration_1.UNLICENSED_CHECK_WORKING_DAYS });
            await book.open({ taskKey: keys.check, type: 'unlicensedOperationCheck', title: `无证经营核查：${input.entityName}（${itemLabel}）`, departmentCode, creditCode: input.creditCode, entityName: input.entityName, dueAt, data: { ...taskData, decision } });
            external = null;
            if (!(await awaitTask(keys.check, dueAt, registration_1.SECOND_ESCALATION_WORKING_DAYS)))
                return;
            const c = book.get(keys.check);
            note('checked', c.completedBy ?? undefined, c.outcome ?? undefined);
        }
    };
    await run();
    if (cancelled) {
        stage = 'cancelled';
        await book.cancelOpen(cancelReason);
        note('cancelled', undefined, cancelReason);
    }
    else {
        stage = 'done';
        note('completed');
    }
    await book.flushed();
    // Updates accepted while we finished must be answered before the workflow closes.
    await wf.condition(wf.allHandlersFinished);
    await acts.saveNotification(projection());
    return { stage, decision };
}
function requireLicenseDetails(d) {
    const isDate = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
    if (typeof d.licenseNo !== 'string' || d.licenseNo.trim() === '')
        (0, errors_1.refuse)(errors_1.REFUSAL.unprocessable, 'licenseNo is required when the license was issued');
    if (!isDate(d.validFrom) || !isDate(d.validTo))
        (0, errors_1.refuse)(errors_1.REFUSAL.unprocessable, 'validFrom and validTo (YYYY-MM-DD) are required when the license was issued');
    if (d.validFrom > d.validTo)
        (0, errors_1.refuse)(errors_1.REFUSAL.unprocessable, 'validTo is before validFrom');
}
//# sourceMappingURL=licenseFeedback.js.map