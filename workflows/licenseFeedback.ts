import * as wf from '@temporalio/workflow';
import { steps } from './activityOptions';
import type { Activities } from '../activities';
import type { NotificationProjection } from '../activities/registrations';
import {
  DECISION_EXTENSION_WORKING_DAYS,
  DEFAULT_CLAIM_WORKING_DAYS,
  UNLICENSED_CHECK_WORKING_DAYS,
  type NotificationRoute,
} from '../domain/registration';
import { LICENSE_DECISIONS, SECOND_ESCALATION_WORKING_DAYS, type LicenseDecision, type TaskState } from '../domain/tasks';
import { REFUSAL, refuse } from './errors';
import { awaitWithEscalation, TaskBook, type CompleteInput } from './humanTasks';

// One department's side of a dual notification (双告知, F3): claim when the department is unclear,
// receipt, license decision and, after a refusal or no application, a check for unlicensed operation.
// Every wait has a deadline in working days and escalates when missed, without closing the task.

export interface LicenseFeedbackInput {
  eventId: string;
  creditCode: string;
  entityName: string;
  route: NotificationRoute;
  pushedAt: string;
}

export type Stage = 'pooled' | 'awaitingReceipt' | 'awaitingDecision' | 'checking' | 'done' | 'cancelled';

export interface TimelineEntry {
  at: string;
  step: 'pushed' | 'claimed' | 'received' | 'decided' | 'escalated' | 'reassigned' | 'checked' | 'cancelled' | 'completed';
  actor?: string;
  detail?: string;
}

export interface LicenseDecisionInput {
  eventId: string;
  departmentCode: string;
  decision: LicenseDecision;
  licenseNo?: string;
  validFrom?: string;
  validTo?: string;
  decidedAt: string;
  /** The external system that reported it. */
  system: string;
}

export interface LicenseDecisionResult {
  eventId: string;
  decision: LicenseDecision;
  stage: Stage;
}

export const reportLicenseDecisionUpdate = wf.defineUpdate<LicenseDecisionResult, [LicenseDecisionInput]>('reportLicenseDecision');
export const cancelSignal = wf.defineSignal<[{ reason: string }]>('cancel');
export const timelineQuery = wf.defineQuery<TimelineEntry[]>('timeline');
export const stageQuery = wf.defineQuery<Stage>('stage');


const LICENSE_FEEDBACK_PREFIX = 'license-feedback:';
/** One license item's (or unclear item's) feedback process of a registration event. */
export const licenseFeedbackWorkflowId = (eventId: string, routeKey: string) => `${LICENSE_FEEDBACK_PREFIX}${eventId}:${routeKey}`;
/** Whether a task belongs to a license-feedback process (whose timeline its workflow keeps). */
export const isLicenseFeedbackWorkflowId = (workflowId: string) => workflowId.startsWith(LICENSE_FEEDBACK_PREFIX);

export async function licenseFeedback(input: LicenseFeedbackInput): Promise<{ stage: Stage; decision: LicenseDecision | null }> {
  const { route } = input;
  const workflowId = wf.workflowInfo().workflowId;
  const book = new TaskBook(workflowId);
  const timeline: TimelineEntry[] = [];
  let stage: Stage = route.departmentCode ? 'awaitingReceipt' : 'pooled';
  let departmentCode = route.departmentCode;
  let decision: LicenseDecision | null = null;
  let decisionEventId: string | null = null;
  let cancelled = false;
  let cancelReason = '';
  /** A decision reported by the department's own system, waiting for the process to take it in. */
  let external: LicenseDecisionInput | null = null;
  const keys = { claim: `${workflowId}/claim`, receipt: `${workflowId}/receipt`, decision: `${workflowId}/decision`, check: `${workflowId}/check` };
  const note = (step: TimelineEntry['step'], actor?: string, detail?: string) => {
    timeline.push({ at: new Date().toISOString(), step, ...(actor ? { actor } : {}), ...(detail ? { detail } : {}) });
  };
  const projection = (): NotificationProjection => ({
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
  const taskData = { eventId: input.eventId, licenseItem: route.licenseItemName, licenseItemCode: route.licenseItemCode, scopeItems: route.scopeItems, legalBasis: route.legalBasis, licenseItemVersionId: route.licenseItemVersionId ?? null, licenseItemVersion: route.licenseItemVersion ?? null };

  // `issued` needs the license itself (行政许可法 Art. 39: the license names its number and validity).
  book.completionCheck = (t: TaskState, i: CompleteInput) => {
    if (t.type === 'licenseDecision' && i.outcome === 'issued') requireLicenseDetails(i.data ?? {});
  };
  book.register((change, t) => {
    if (change === 'reassigned') note('reassigned', t.assigneeUsername ?? undefined);
  });
  wf.setHandler(timelineQuery, () => timeline);
  wf.setHandler(stageQuery, () => stage);
  wf.setHandler(cancelSignal, ({ reason }) => {
    cancelled = true;
    cancelReason = reason;
  });

  wf.setHandler(
    reportLicenseDecisionUpdate,
    async (d) => {
      if (!decision) {
        if (external && external.decision !== d.decision) refuse(REFUSAL.conflict, `a decision of ${external.decision} is already being recorded`, 'decision-being-recorded', { decision: external.decision });
        external ??= d;
        await wf.condition(() => decision !== null || cancelled);
        if (!decision) refuse(REFUSAL.conflict, 'the notification was cancelled', 'notification-cancelled');
      }
      return { eventId: decisionEventId ?? d.eventId, decision: decision as LicenseDecision, stage };
    },
    {
      validator: (d) => {
        if (decision) {
          if (decisionEventId === d.eventId || decision === d.decision) return;
          refuse(REFUSAL.conflict, `the decision was already reported as ${decision}`, 'decision-already-reported', { decision });
        }
        if (cancelled || stage === 'cancelled') refuse(REFUSAL.conflict, 'the notification was cancelled', 'notification-cancelled');
        if (!LICENSE_DECISIONS.includes(d.decision)) refuse(REFUSAL.unprocessable, 'unknown decision', 'unknown-decision');
        if (stage === 'pooled' ? !route.candidateDepartmentCodes.includes(d.departmentCode) : d.departmentCode !== departmentCode) {
          refuse(REFUSAL.forbidden, 'this department was not notified of this item', 'not-notified');
        }
        if (d.decision === 'issued') requireLicenseDetails(d as unknown as Record<string, unknown>);
      },
    },
  );

  const openTask = async (key: string, type: 'receipt' | 'licenseDecision', title: string, from: string, workingDays: number): Promise<string> => {
    if (book.has(key)) return book.get(key).dueAt;
    const dueAt = await steps.computeDueAt({ from, workingDays });
    await book.open({ taskKey: key, type, title, departmentCode, creditCode: input.creditCode, entityName: input.entityName, dueAt, data: taskData });
    return dueAt;
  };

  /**
   * Waits for a task to be finished by a person or by a reported decision; at each missed deadline
   * escalates one level (department supervisor, then the district), never closing the task.
   * Returns false when the process was cancelled.
   */
  async function awaitTask(taskKey: string, nextWindow: number): Promise<boolean> {
    await awaitWithEscalation(book, taskKey, nextWindow, {
      settled: () => cancelled || external !== null || !book.isOpen(taskKey),
      onEscalate: async (level) => {
        note('escalated', undefined, level === 1 ? 'department supervisor' : 'district');
        await steps.saveNotification(projection());
      },
    });
    return !cancelled;
  }


  /** Finishes a still-open task on the account of the system that reported the decision. */
  async function settleByReport(taskKey: string, outcome: string, data?: Record<string, unknown>): Promise<void> {
    if (!external || !book.isOpen(taskKey)) return;
    await book.finish(book.get(taskKey), { outcome, actor: external.system, data, departmentCode: taskKey === keys.claim ? external.departmentCode : undefined, comment: outcome === external.decision ? undefined : 'implied by the reported license decision' });
  }

  note('pushed', undefined, route.departmentCode ?? route.candidateDepartmentCodes.join(','));
  await steps.saveNotification(projection());

  const run = async (): Promise<void> => {
    if (stage === 'pooled') {
      const dueAt = await steps.computeDueAt({ from: input.pushedAt, workingDays: DEFAULT_CLAIM_WORKING_DAYS });
      await book.open({ taskKey: keys.claim, type: 'claim', title: `认领：${input.entityName}（${itemLabel}）`, departmentCode: null, candidateDepartmentCodes: route.candidateDepartmentCodes, creditCode: input.creditCode, entityName: input.entityName, dueAt, data: taskData });
      if (!(await awaitTask(keys.claim, SECOND_ESCALATION_WORKING_DAYS))) return;
      await settleByReport(keys.claim, 'claimed');
      const claim = book.get(keys.claim);
      departmentCode = claim.departmentCode;
      note('claimed', claim.completedBy ?? undefined, departmentCode ?? undefined);
      stage = 'awaitingReceipt';
      await steps.saveNotification(projection());
    }
    await openTask(keys.receipt, 'receipt', `接收双告知：${input.entityName}（${itemLabel}）`, new Date().toISOString(), route.receiptDays);
    if (!(await awaitTask(keys.receipt, SECOND_ESCALATION_WORKING_DAYS))) return;
    await settleByReport(keys.receipt, 'received');
    note('received', book.get(keys.receipt).completedBy ?? undefined);
    stage = 'awaitingDecision';
    await steps.saveNotification(projection());

    await openTask(keys.decision, 'licenseDecision', `发证反馈：${input.entityName}（${itemLabel}）`, book.get(keys.receipt).completedAt ?? new Date().toISOString(), route.decisionDays);
    // 行政许可法 Art. 42: 20 working days, extendable by 10 — the second escalation comes after the extension.
    if (!(await awaitTask(keys.decision, DECISION_EXTENSION_WORKING_DAYS))) return;
    if (external) {
      const e: LicenseDecisionInput = external;
      await settleByReport(keys.decision, e.decision, e.decision === 'issued' ? { licenseNo: e.licenseNo, validFrom: e.validFrom, validTo: e.validTo, decidedAt: e.decidedAt } : { decidedAt: e.decidedAt });
      decisionEventId = e.eventId;
    }
    const d = book.get(keys.decision);
    decision = d.outcome as LicenseDecision;
    note('decided', d.completedBy ?? undefined, decision);
    await steps.saveNotification(projection());

    if (decision === 'issued' && route.licenseItemCode && departmentCode) {
      const license = d.data as Record<string, string>;
      await steps.storeLicense({ creditCode: input.creditCode, licenseItemCode: route.licenseItemCode, departmentCode, licenseNo: license.licenseNo, validFrom: license.validFrom ?? null, validTo: license.validTo ?? null, source: 'licenseFeedback' });
    }
    if (decision === 'refused' || decision === 'not_applied') {
      stage = 'checking';
      await steps.saveNotification(projection());
      // The competent department supervises its item: it checks the entity is not operating unlicensed.
      const dueAt = await steps.computeDueAt({ from: new Date().toISOString(), workingDays: UNLICENSED_CHECK_WORKING_DAYS });
      await book.open({ taskKey: keys.check, type: 'unlicensedOperationCheck', title: `无证经营核查：${input.entityName}（${itemLabel}）`, departmentCode, creditCode: input.creditCode, entityName: input.entityName, dueAt, data: { ...taskData, decision } });
      external = null;
      if (!(await awaitTask(keys.check, SECOND_ESCALATION_WORKING_DAYS))) return;
      const c = book.get(keys.check);
      note('checked', c.completedBy ?? undefined, c.outcome ?? undefined);
    }
  };

  await run();
  if (cancelled) {
    stage = 'cancelled';
    await book.cancelOpen(cancelReason);
    note('cancelled', undefined, cancelReason);
  } else {
    stage = 'done';
    note('completed');
  }
  await book.flushed();
  // Updates accepted while we finished must be answered before the workflow closes.
  await wf.condition(wf.allHandlersFinished);
  await steps.saveNotification(projection());
  return { stage, decision };
}

function requireLicenseDetails(d: Record<string, unknown>): void {
  const isDate = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
  if (typeof d.licenseNo !== 'string' || d.licenseNo.trim() === '') refuse(REFUSAL.unprocessable, 'licenseNo is required when the license was issued', 'license-number-required');
  if (!isDate(d.validFrom) || !isDate(d.validTo)) refuse(REFUSAL.unprocessable, 'validFrom and validTo (YYYY-MM-DD) are required when the license was issued', 'license-validity-required');
  if ((d.validFrom as string) > (d.validTo as string)) refuse(REFUSAL.unprocessable, 'validTo is before validFrom', 'license-validity-reversed');
}
