import * as wf from '@temporalio/workflow';
import { steps } from './activityOptions';
import type { Activities } from '../activities';
import { PUBLICATION_WORKING_DAYS, resultProblems, type CheckItemResult, type InspectionOutcome } from '../domain/inspections';
import type { Actor } from '../domain/tasks';
import { REFUSAL, refuse } from './errors';
import { enforcementCase } from './enforcementCase';
import { TaskBook } from './humanTasks';
import { inspectionCompletedSignal, inspectionPlanWorkflowId } from './planSignals';
import { SECOND_ESCALATION_WORKING_DAYS } from '../domain/tasks';

// One inspection of one entity by its team (a drawn spot check, or routine supervision): either member
// records the results per check item, both confirm, and the result is published (企业信息公示暂行条例 Art. 14).

export interface InspectionInput {
  inspectionKey: string;
  kind: 'random' | 'routine';
  planId: string | null;
  creditCode: string;
  entityName: string;
  departmentCode: string;
  checkItemCodes: string[];
  team: Array<{ username: string; credentialNo: string }>;
  /** A `zj-draw-3` plan: the outside experts drawn into the team (专家库), who hold no account and so no task. */
  experts?: Array<{ id: string; name: string }>;
  /** A `zj-draw-4` plan: the third-party bodies assigned to the team (第三方机构), by credit code and name; no task of their own either. */
  thirdParties?: Array<{ creditCode: string; name: string }>;
  dueAt: string;
}

export interface RecordInput {
  actor: Actor;
  results: CheckItemResult[];
  outcome: InspectionOutcome;
  finding?: string;
  /** When the team was on site (ISO 8601); the API has checked it is not in the future nor before the plan. */
  onSiteAt?: string;
  /** Where the team was on site (an address). */
  onSitePlace?: string;
}

export interface InspectionState {
  status: 'open' | 'recorded' | 'completed';
  outcome: InspectionOutcome | null;
  results: CheckItemResult[];
  recordedBy: string | null;
  confirmedBy: string[];
  onSiteAt?: string | null;
  onSitePlace?: string | null;
}

/** Start of the Asia/Shanghai day (UTC+8, no daylight saving) holding `ms`: a visit is dated by its day. */
const shanghaiDayStart = (ms: number) => ms - ((ms + 8 * 3_600_000) % 86_400_000);

export const enforcementCaseWorkflowId = (inspectionKey: string) => `enforcement-case:${inspectionKey}`;
export const recordResultsUpdate = wf.defineUpdate<InspectionState, [RecordInput]>('recordResults');
export const inspectionStateQuery = wf.defineQuery<InspectionState>('inspectionState');


export async function inspection(input: InspectionInput): Promise<InspectionState> {
  const workflowId = wf.workflowInfo().workflowId;
  const book = new TaskBook(workflowId);
  const state: InspectionState = { status: 'open', outcome: null, results: [], recordedBy: null, confirmedBy: [] };
  let finding: string | null = null;
  let recordedAt: string | null = null;
  const memberKey = (username: string) => `${workflowId}/member/${username}`;
  const members = input.team.map((m) => m.username);

  const save = () =>
    steps.saveInspection({
      inspectionKey: input.inspectionKey, kind: input.kind, planId: input.planId, creditCode: input.creditCode, entityName: input.entityName,
      departmentCode: input.departmentCode, checkItemCodes: input.checkItemCodes, team: members, status: state.status, outcome: state.outcome,
      results: state.results, finding, recordedBy: state.recordedBy, confirmedBy: state.confirmedBy, dueAt: input.dueAt, recordedAt, workflowId,
      onSiteAt: state.onSiteAt ?? null, onSitePlace: state.onSitePlace ?? null,
    });

  // A member confirms only a recorded result; once anyone confirmed, the result is frozen for the other.
  book.completionCheck = (t) => {
    if (t.type === 'inspection' && state.status !== 'recorded') refuse(REFUSAL.unprocessable, 'record the results before confirming them', 'results-not-recorded');
  };
  book.register(() => undefined);
  /** Who confirmed: the members whose task is done — derived, so it cannot lag behind the tasks. */
  const confirmed = () => members.filter((m) => book.has(memberKey(m)) && !book.isOpen(memberKey(m)));
  wf.setHandler(inspectionStateQuery, () => state);
  wf.setHandler(
    recordResultsUpdate,
    async (r) => {
      state.results = r.results;
      state.outcome = r.outcome;
      state.recordedBy = r.actor.username;
      state.status = 'recorded';
      finding = r.finding ?? null;
      state.onSiteAt = r.onSiteAt ?? null;
      state.onSitePlace = r.onSitePlace ?? null;
      recordedAt = new Date().toISOString();
      await save();
      return state;
    },
    {
      validator: (r) => {
        if (!members.includes(r.actor.username)) refuse(REFUSAL.forbidden, 'only a member of the team records the results', 'not-team-member');
        if (state.status === 'completed' || confirmed().length > 0) refuse(REFUSAL.conflict, 'the result is already confirmed', 'result-already-confirmed');
        const problems = resultProblems(input.checkItemCodes, r.results, r.outcome);
        if (problems.length) refuse(REFUSAL.unprocessable, problems.join('; '), 'inspection-results-invalid');
        // Not before the plan: nobody visits for an inspection before it was drawn from its plan (or, routine, started);
        // by the day, since a routine check may be entered in the office after the visit.
        if (r.onSiteAt && Date.parse(r.onSiteAt) < shanghaiDayStart(wf.workflowInfo().startTime.getTime())) {
          refuse(REFUSAL.unprocessable, 'the on-site time is before the inspection was started', 'on-site-before-start');
        }
      },
    },
  );

  await save();
  for (const m of input.team) {
    await book.open({ taskKey: memberKey(m.username), type: 'inspection', title: `${input.kind === 'random' ? '双随机抽查' : '日常检查'}：${input.entityName}`, departmentCode: input.departmentCode, creditCode: input.creditCode, entityName: input.entityName, dueAt: input.dueAt, assigneeUsername: m.username, data: { inspectionKey: input.inspectionKey, planId: input.planId, checkItemCodes: input.checkItemCodes, team: input.team, ...(input.experts?.length ? { experts: input.experts } : {}), ...(input.thirdParties?.length ? { thirdParties: input.thirdParties } : {}) } });
  }

  // Each confirmation is saved as it comes; a missed deadline escalates the open tasks (supervisor, district).
  // Not awaitWithEscalation: the members' tasks escalate together, and the wait wakes on each confirmation.
  let due = input.dueAt;
  let level = 0;
  while (state.confirmedBy.length < members.length) {
    const progressed = () => confirmed().length !== state.confirmedBy.length;
    if (level >= 2) await wf.condition(progressed);
    else if (!(await wf.condition(progressed, Math.max(1, Date.parse(due) - Date.now())))) {
      level++;
      for (const m of members) if (book.isOpen(memberKey(m))) await book.escalate(memberKey(m), level);
      if (level === 1) due = await steps.computeDueAt({ from: due, workingDays: SECOND_ESCALATION_WORKING_DAYS });
      continue;
    }
    state.confirmedBy = confirmed();
    if (state.confirmedBy.length < members.length) await save();
  }
  state.status = 'completed';
  await save();
  const publishBy = await steps.computeDueAt({ from: recordedAt ?? new Date().toISOString(), workingDays: PUBLICATION_WORKING_DAYS });
  await steps.publishInspectionResult({ inspectionKey: input.inspectionKey, dueAt: publishBy });
  if (state.outcome === 'suspected_violation') {
    // The case lives on its own once transferred: its deadlines run for months.
    await wf.startChild(enforcementCase, {
      workflowId: enforcementCaseWorkflowId(input.inspectionKey),
      args: [{ caseKey: input.inspectionKey, inspectionKey: input.inspectionKey, creditCode: input.creditCode, entityName: input.entityName, departmentCode: input.departmentCode, discoveredAt: recordedAt ?? new Date().toISOString(), finding }],
      parentClosePolicy: 'ABANDON',
    });
  }
  // A plan started since batching (launched children are abandoned) counts completions when told.
  if (input.planId && wf.patched('inspection-tells-plan')) {
    await wf.getExternalWorkflowHandle(inspectionPlanWorkflowId(input.planId)).signal(inspectionCompletedSignal, { inspectionKey: input.inspectionKey }).catch((err) => {
      // A plan run before batching awaits this workflow's result instead, and may have closed meanwhile.
      wf.log.info('plan not told', { planId: input.planId, error: String(err) });
    });
  }
  await book.flushed();
  await wf.condition(wf.allHandlersFinished);
  return state;
}
