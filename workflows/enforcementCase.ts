import * as wf from '@temporalio/workflow';
import { steps } from './activityOptions';
import type { Activities } from '../activities';
import {
  DECISION_DAYS,
  DECISION_EXTENSION_DAYS,
  FILING_EXTENSION_WORKING_DAYS,
  FILING_WORKING_DAYS,
  PENALTY_KINDS,
  PENALTY_PUBLICATION_WORKING_DAYS,
} from '../domain/inspections';
import type { Actor, TaskState } from '../domain/tasks';
import { REFUSAL, refuse } from './errors';
import { awaitWithEscalation, TaskBook } from './humanTasks';
import { raiseWarningsNow } from './warnings';
import { SECOND_ESCALATION_WORKING_DAYS } from '../domain/tasks';

// A suspected violation transferred to enforcement (案件, 市场监督管理行政处罚程序规定): the filing decision
// within 15 working days of discovery, the case decision within 90 days of filing, each extendable once
// by a supervisor's approval; a penalty other than a warning alone is published (SAMR Order 45).

export interface EnforcementCaseInput {
  caseKey: string;
  inspectionKey: string;
  creditCode: string;
  entityName: string;
  departmentCode: string;
  discoveredAt: string;
  finding: string | null;
}

export type CaseStage = 'filing' | 'deciding' | 'closed';

/** An extension asked for and not yet approved: who asked, why, for which step. */
export interface ExtensionRequest {
  stage: 'filing' | 'deciding';
  requestedBy: string;
  reason: string;
  requestedAt: string;
}

/** What the case page needs beyond the projection: the pending extension request and who may not decide. */
export interface CaseState {
  stage: CaseStage;
  extensionRequest: ExtensionRequest | null;
  extended: Record<'filing' | 'deciding', boolean>;
  /** Who found the violation (the originating inspection's team): they may not decide the case. */
  parties: string[];
}

/** Someone working the case asks for the open step's one extension; a supervisor other than them approves it. */
export const requestExtensionUpdate = wf.defineUpdate<CaseState, [{ actor: Actor; reason: string }]>('requestExtension');
/**
 * A supervisor approves the requested extension. `reason` was the only input before requests existed: an
 * extension approved then is replayed as it ran (validators do not run on replay).
 */
export const approveExtensionUpdate = wf.defineUpdate<{ stage: CaseStage; dueAt: string }, [{ actor: Actor; reason?: string }]>('approveExtension');
export const caseStateQuery = wf.defineQuery<CaseState>('caseState');


export async function enforcementCase(input: EnforcementCaseInput): Promise<{ stage: CaseStage; outcome: string | null }> {
  const workflowId = wf.workflowInfo().workflowId;
  const book = new TaskBook(workflowId);
  let stage: CaseStage = 'filing';
  let outcome: string | null = null;
  let filedAt: string | null = null;
  let decidedAt: string | null = null;
  let penalty: Record<string, unknown> | null = null;
  const dues: Record<'filing' | 'deciding', string | null> = { filing: null, deciding: null };
  const extended = { filing: false, deciding: false };
  const key = (step: string) => `${workflowId}/${step}`;

  const save = () =>
    steps.saveCase({ caseKey: input.caseKey, inspectionKey: input.inspectionKey, creditCode: input.creditCode, entityName: input.entityName, departmentCode: input.departmentCode, stage, filingDueAt: dues.filing, decisionDueAt: dues.deciding, filedAt, decidedAt, outcome, penalty, workflowId });

  // Separation of duties (DESIGN.md rule 10): who found the violation does not decide on it.
  let parties: string[] = [];
  let extensionRequest: ExtensionRequest | null = null;
  book.completionCheck = (t: TaskState, i) => {
    if (t.type !== 'caseFiling' && t.type !== 'caseDecision') return;
    if (parties.includes(i.actor.username)) refuse(REFUSAL.forbidden, 'nobody decides a case they are party to (a member of the inspection that found it)', 'own-case-decision');
    if (t.type !== 'caseDecision' || i.outcome !== 'penalty') return;
    const d = i.data ?? {};
    if (typeof d.decisionNo !== 'string' || !d.decisionNo.trim()) refuse(REFUSAL.unprocessable, 'a penalty needs its decision number (decisionNo)', 'penalty-decision-number-required');
    if (!PENALTY_KINDS.includes(d.penaltyKind as any)) refuse(REFUSAL.unprocessable, `penaltyKind must be one of ${PENALTY_KINDS.join(', ')}`, 'penalty-kind-unknown', { allowed: PENALTY_KINDS.join(', ') });
    if (d.penaltyKind === 'fine' && !(typeof d.amount === 'number' && d.amount > 0)) refuse(REFUSAL.unprocessable, 'a fine needs its amount in yuan', 'fine-amount-required');
  };
  book.register(() => undefined);
  wf.setHandler(caseStateQuery, () => ({ stage, extensionRequest, extended: { ...extended }, parties: [...parties] }));

  /** The open step may still be extended: not closed, not extended before. */
  const checkExtensible = () => {
    if (stage === 'closed') refuse(REFUSAL.conflict, 'the case is closed', 'case-closed');
    if (extended[stage]) refuse(REFUSAL.conflict, 'this step was already extended once; a further one needs a collective decision', 'case-extension-used');
  };
  wf.setHandler(
    requestExtensionUpdate,
    ({ actor, reason }) => {
      extensionRequest = { stage: stage as 'filing' | 'deciding', requestedBy: actor.username, reason, requestedAt: new Date().toISOString() };
      return { stage, extensionRequest, extended: { ...extended }, parties: [...parties] };
    },
    {
      validator: ({ reason }) => {
        checkExtensible();
        if (extensionRequest?.stage === stage) refuse(REFUSAL.conflict, 'an extension of this step is already requested and awaits approval', 'case-extension-pending');
        if (!reason?.trim()) refuse(REFUSAL.unprocessable, 'say why the step needs more time (reason)', 'case-extension-reason-required');
      },
    },
  );

  // The extension moves the deadline of the open step once; the original task stays the same task.
  wf.setHandler(
    approveExtensionUpdate,
    async (input) => {
      const step = stage as 'filing' | 'deciding';
      const reason = extensionRequest?.stage === step ? extensionRequest.reason : (input.reason ?? '');
      extensionRequest = null;
      extended[step] = true;
      dues[step] = step === 'filing'
        ? await steps.computeDueAt({ from: dues.filing!, workingDays: FILING_EXTENSION_WORKING_DAYS })
        : await steps.computeCalendarDueAt({ from: dues.deciding!, days: DECISION_EXTENSION_DAYS });
      await book.extend(key(step), dues[step]!, reason);
      await save();
      return { stage, dueAt: dues[step]! };
    },
    {
      validator: ({ actor }) => {
        if (!actor.roles.some((r: string) => r === 'supervisor' || r === 'admin')) refuse(REFUSAL.forbidden, 'a supervisor approves an extension', 'case-extension-supervisor-only');
        checkExtensible();
        if (extensionRequest?.stage !== stage) refuse(REFUSAL.conflict, 'no extension of this step was requested', 'case-extension-not-requested');
        if (extensionRequest.requestedBy === actor.username) refuse(REFUSAL.forbidden, 'nobody approves an extension they requested', 'own-extension-approval');
      },
    },
  );

  /**
   * Waits for a step's task. A missed deadline escalates to the supervisor, a second miss (5 working days
   * later) to the district; an approved extension moves the deadline and the wait follows it.
   */
  const awaitStep = (step: 'filing' | 'deciding'): Promise<TaskState> => awaitWithEscalation(book, key(step), SECOND_ESCALATION_WORKING_DAYS, { dueOf: () => dues[step]! });

  // Cases started before separation of duties know no parties (and ask for none: the same history replays).
  if (wf.patched('case-parties')) parties = await steps.caseParties({ inspectionKey: input.inspectionKey });
  const excluded = parties.length ? { excludedActors: parties, exclusion: 'own-case-decision' } : {};
  dues.filing = await steps.computeDueAt({ from: input.discoveredAt, workingDays: FILING_WORKING_DAYS });
  await save();
  await book.open({ taskKey: key('filing'), type: 'caseFiling', title: `立案审查：${input.entityName}`, departmentCode: input.departmentCode, creditCode: input.creditCode, entityName: input.entityName, dueAt: dues.filing, data: { inspectionKey: input.inspectionKey, finding: input.finding, ...excluded } });
  const filing = await awaitStep('filing');
  if (filing.outcome === 'filed') {
    filedAt = filing.completedAt;
    stage = 'deciding';
    // A request for the filing step's extension lapses with the step.
    extensionRequest = null;
    dues.deciding = await steps.computeCalendarDueAt({ from: filedAt!, days: DECISION_DAYS });
    await save();
    // F7: a filed case warns the departments that licensed the entity (added after cases first ran).
    if (wf.patched('case-filed-warning')) await raiseWarningsNow({ rules: ['caseFiled'], creditCode: input.creditCode, scanId: `${workflowId}/warnings` });
    await book.open({ taskKey: key('deciding'), type: 'caseDecision', title: `案件处理决定：${input.entityName}`, departmentCode: input.departmentCode, creditCode: input.creditCode, entityName: input.entityName, dueAt: dues.deciding, data: { inspectionKey: input.inspectionKey, filedAt, ...excluded } });
    const decision = await awaitStep('deciding');
    outcome = decision.outcome;
    decidedAt = decision.completedAt;
    if (outcome === 'penalty') {
      const { decisionNo, penaltyKind, amount, penaltyItem } = decision.data as Record<string, unknown>;
      // The penalty item's version picked (F1), with its legal basis; decisions before the catalogs had none.
      penalty = { decisionNo, penaltyKind, amount: amount ?? null, ...(penaltyItem ? { penaltyItem } : {}) };
      if (penaltyKind !== 'warning') {
        const dueAt = await steps.computeDueAt({ from: decidedAt!, workingDays: PENALTY_PUBLICATION_WORKING_DAYS });
        await steps.publishPenalty({ caseKey: input.caseKey, dueAt });
      }
    }
  } else {
    outcome = filing.outcome;
  }
  stage = 'closed';
  extensionRequest = null;
  await save();
  await book.flushed();
  await wf.condition(wf.allHandlersFinished);
  return { stage, outcome };
}
