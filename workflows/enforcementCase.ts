import * as wf from '@temporalio/workflow';
import { STEP_ACTIVITIES } from './activityOptions';
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

export const approveExtensionUpdate = wf.defineUpdate<{ stage: CaseStage; dueAt: string }, [{ actor: Actor; reason: string }]>('approveExtension');

const acts = wf.proxyActivities<Activities>(STEP_ACTIVITIES);

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
    acts.saveCase({ caseKey: input.caseKey, inspectionKey: input.inspectionKey, creditCode: input.creditCode, entityName: input.entityName, departmentCode: input.departmentCode, stage, filingDueAt: dues.filing, decisionDueAt: dues.deciding, filedAt, decidedAt, outcome, penalty, workflowId });

  book.completionCheck = (t: TaskState, i) => {
    if (t.type !== 'caseDecision' || i.outcome !== 'penalty') return;
    const d = i.data ?? {};
    if (typeof d.decisionNo !== 'string' || !d.decisionNo.trim()) refuse(REFUSAL.unprocessable, 'a penalty needs its decision number (decisionNo)');
    if (!PENALTY_KINDS.includes(d.penaltyKind as any)) refuse(REFUSAL.unprocessable, `penaltyKind must be one of ${PENALTY_KINDS.join(', ')}`);
    if (d.penaltyKind === 'fine' && !(typeof d.amount === 'number' && d.amount > 0)) refuse(REFUSAL.unprocessable, 'a fine needs its amount in yuan');
  };
  book.register(() => undefined);

  // The extension moves the deadline of the open step once; the original task stays the same task.
  wf.setHandler(
    approveExtensionUpdate,
    async ({ reason }) => {
      const step = stage as 'filing' | 'deciding';
      extended[step] = true;
      dues[step] = step === 'filing'
        ? await acts.computeDueAt({ from: dues.filing!, workingDays: FILING_EXTENSION_WORKING_DAYS })
        : await acts.computeCalendarDueAt({ from: dues.deciding!, days: DECISION_EXTENSION_DAYS });
      await book.extend(key(step), dues[step]!, reason);
      await save();
      return { stage, dueAt: dues[step]! };
    },
    {
      validator: ({ actor }) => {
        if (!actor.roles.some((r: string) => r === 'supervisor' || r === 'admin')) refuse(REFUSAL.forbidden, 'a supervisor approves an extension');
        if (stage === 'closed') refuse(REFUSAL.conflict, 'the case is closed');
        if (extended[stage as 'filing' | 'deciding']) refuse(REFUSAL.conflict, 'this step was already extended once; a further one needs a collective decision');
      },
    },
  );

  /**
   * Waits for a step's task. A missed deadline escalates to the supervisor, a second miss (5 working days
   * later) to the district; an approved extension moves the deadline and the wait follows it.
   */
  const awaitStep = (step: 'filing' | 'deciding'): Promise<TaskState> => awaitWithEscalation(book, key(step), SECOND_ESCALATION_WORKING_DAYS, { dueOf: () => dues[step]! });

  dues.filing = await acts.computeDueAt({ from: input.discoveredAt, workingDays: FILING_WORKING_DAYS });
  await save();
  await book.open({ taskKey: key('filing'), type: 'caseFiling', title: `立案审查：${input.entityName}`, departmentCode: input.departmentCode, creditCode: input.creditCode, entityName: input.entityName, dueAt: dues.filing, data: { inspectionKey: input.inspectionKey, finding: input.finding } });
  const filing = await awaitStep('filing');
  if (filing.outcome === 'filed') {
    filedAt = filing.completedAt;
    stage = 'deciding';
    dues.deciding = await acts.computeCalendarDueAt({ from: filedAt!, days: DECISION_DAYS });
    await save();
    // F7: a filed case warns the departments that licensed the entity (added after cases first ran).
    if (wf.patched('case-filed-warning')) await raiseWarningsNow({ rules: ['caseFiled'], creditCode: input.creditCode, scanId: `${workflowId}/warnings` });
    await book.open({ taskKey: key('deciding'), type: 'caseDecision', title: `案件处理决定：${input.entityName}`, departmentCode: input.departmentCode, creditCode: input.creditCode, entityName: input.entityName, dueAt: dues.deciding, data: { inspectionKey: input.inspectionKey, filedAt } });
    const decision = await awaitStep('deciding');
    outcome = decision.outcome;
    decidedAt = decision.completedAt;
    if (outcome === 'penalty') {
      const { decisionNo, penaltyKind, amount } = decision.data as Record<string, unknown>;
      penalty = { decisionNo, penaltyKind, amount: amount ?? null };
      if (penaltyKind !== 'warning') {
        const dueAt = await acts.computeDueAt({ from: decidedAt!, workingDays: PENALTY_PUBLICATION_WORKING_DAYS });
        await acts.publishPenalty({ caseKey: input.caseKey, dueAt });
      }
    }
  } else {
    outcome = filing.outcome;
  }
  stage = 'closed';
  await save();
  await book.flushed();
  await wf.condition(wf.allHandlersFinished);
  return { stage, outcome };
}
