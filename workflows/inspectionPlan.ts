import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import * as wf from '@temporalio/workflow';
import { batches, steps } from './activityOptions';
import type { Activities } from '../activities';
import type { DrawnAssignment } from '../activities/inspections';
import { DRAW_WORKING_DAYS, PLAN_APPROVAL_WORKING_DAYS, type DrawMode } from '../domain/inspections';
import type { TaskState } from '../domain/tasks';
import { REFUSAL, refuse } from './errors';
import { awaitWithEscalation, TaskBook } from './humanTasks';
import { inspection, type InspectionInput } from './inspection';
import { inspectionCompletedSignal, inspectionPlanWorkflowId } from './planSignals';
import { SECOND_ESCALATION_WORKING_DAYS } from '../domain/tasks';

// A spot-check plan (双随机一公开, F4): approval by a supervisor, the commitment to pool and seeds, the draw by
// the department(s) the draw mode names, then one inspection per drawn entity, each its own workflow.

export interface InspectionPlanInput {
  planId: string;
  title: string;
  departmentCode: string;
  drawMode: DrawMode;
  receivingDepartmentCode: string | null;
  checkItemCodes: string[];
  /** End of the plan's period: the inspections' deadline. */
  dueAt: string;
  /** Inspections one run starts before it continues as new (Temporal: 2,000 pending children a run). */
  childrenPerRun?: number;
  /**
   * Who created the plan: they may not decide its approval (separation of duties, DESIGN.md rule 10).
   * Absent in plans started before the rule, which any supervisor may approve as before.
   */
  createdBy?: string;
  /** Set when the plan continued as new: where launching (or waiting) resumes. */
  resume?: { phase: 'launch' | 'await'; offset: number; staffed: number };
}

/** Each run starts at most this many inspections (below Temporal's 2,000 pending children per workflow). */
const CHILDREN_PER_RUN = 1000;
const LAUNCH_PAGE = 200;

export { inspectionPlanWorkflowId };
export const inspectionWorkflowId = (planId: string, creditCode: string) => `inspection:${planId}:${creditCode}`;

// The draw and its commitment are batches; every other step reads or writes a few rows, on the step timeout, so a
// worker lost in the middle of one is replaced after a minute, not after a batch's ten (test/faults/workerKill.test.ts).

export async function inspectionPlan(input: InspectionPlanInput): Promise<{ status: string; inspections: number }> {
  const workflowId = wf.workflowInfo().workflowId;
  const receiving = input.receivingDepartmentCode ?? input.departmentCode;
  let told = 0;
  wf.setHandler(inspectionCompletedSignal, () => void told++);
  if (input.resume) return launchAndAwait(input, receiving, input.resume, () => told);
  // Plans started since then launch their inspections in pages and continue as new (see launchAndAwait).
  const batched = wf.patched('plan-batches');
  const book = new TaskBook(workflowId);
  const key = (step: string) => `${workflowId}/${step}`;
  book.completionCheck = (t: TaskState, i) => {
    if (t.type !== 'planApproval') return;
    if (!i.actor.roles.some((r) => r === 'supervisor' || r === 'admin')) refuse(REFUSAL.forbidden, 'a supervisor approves a plan', 'plan-approval-supervisor-only');
    if (input.createdBy && i.actor.username === input.createdBy) refuse(REFUSAL.forbidden, 'nobody decides the approval of a plan they created', 'own-plan-approval');
  };
  book.register(() => undefined);
  const planTask = async (step: string, type: 'planApproval' | 'draw', title: string, departmentCode: string, workingDays: number) => {
    const dueAt = await steps.computeDueAt({ from: new Date().toISOString(), workingDays });
    // The task names the plan's creator (excludedActors), so the inbox shows them why there is no approve button.
    const excluded = type === 'planApproval' && input.createdBy ? { excludedActors: [input.createdBy], exclusion: 'own-plan-approval' } : {};
    await book.open({ taskKey: key(step), type, title: `${title}：${input.title}`, departmentCode, creditCode: null, entityName: null, dueAt, data: { planId: input.planId, ...excluded } });
    return awaitWithEscalation(book, key(step), SECOND_ESCALATION_WORKING_DAYS);
  };

  await steps.setPlanStatus({ planId: input.planId, status: 'pendingApproval' });
  const approval = await planTask('approval', 'planApproval', '审批抽查计划', input.departmentCode, PLAN_APPROVAL_WORKING_DAYS);
  if (approval.outcome !== 'approved') {
    await steps.setPlanStatus({ planId: input.planId, status: 'rejected', actor: approval.completedBy ?? undefined });
    return { status: 'rejected', inspections: 0 };
  }
  // Commit before any draw: the pool and the seeds are fixed and their hashes published now.
  await batches.commitPlanDraw(input.planId);
  await steps.setPlanStatus({ planId: input.planId, status: 'approved', actor: approval.completedBy ?? undefined });

  const drawSteps: Array<{ step: 'entities' | 'teams' | 'both'; departmentCode: string; title: string }> =
    input.drawMode === 'planning'
      ? [{ step: 'both', departmentCode: input.departmentCode, title: '摇号（检查对象与执法人员）' }]
      : input.drawMode === 'split'
        ? [{ step: 'entities', departmentCode: input.departmentCode, title: '摇号（检查对象）' }, { step: 'teams', departmentCode: receiving, title: '摇号（执法人员）' }]
        : [{ step: 'both', departmentCode: receiving, title: '摇号（检查对象与执法人员）' }];
  let drawn: Awaited<ReturnType<Activities['runDraw']>> = { assignments: [], unstaffed: 0 };
  for (const s of drawSteps) {
    const t = await planTask(`draw-${s.step}`, 'draw', s.title, s.departmentCode, DRAW_WORKING_DAYS);
    drawn = await batches.runDraw({ planId: input.planId, step: s.step, actor: t.completedBy ?? workflowId, ...(batched ? { summaryOnly: true } : {}) });
  }
  // Not one drawn entity could be staffed (too few eligible inspectors for the team size): the plan says so
  // and ends, rather than show 已完成 with no inspection. Its page says what to change; a new plan redraws,
  // since this plan's pool and seeds were committed and published, and a redraw under them would give the same.
  const staffedCount = batched ? (drawn.staffed ?? 0) : drawn.assignments.length;
  if (staffedCount === 0 && drawn.unstaffed > 0 && wf.patched('plan-understaffed')) {
    await steps.setPlanStatus({ planId: input.planId, status: 'understaffed' });
    await book.flushed();
    return { status: 'understaffed', inspections: 0 };
  }
  await steps.setPlanStatus({ planId: input.planId, status: 'inProgress' });
  await book.flushed();
  if (batched) return launchAndAwait(input, receiving, { phase: 'launch', offset: 0, staffed: drawn.staffed ?? 0 }, () => told);

  // Plans started before batching: every inspection from this run, awaited as children.
  const children = [];
  for (const a of drawn.assignments) children.push(await wf.startChild(inspection, inspectionOptions(input, receiving, a)));
  await Promise.all(children.map((c) => c.result()));
  await steps.setPlanStatus({ planId: input.planId, status: 'completed' });
  return { status: 'completed', inspections: children.length };
}

function inspectionOptions(input: InspectionPlanInput, receiving: string, a: DrawnAssignment) {
  return {
    workflowId: inspectionWorkflowId(input.planId, a.creditCode),
    args: [{ inspectionKey: `${input.planId}:${a.creditCode}`, kind: 'random' as const, planId: input.planId, creditCode: a.creditCode, entityName: a.entityName, departmentCode: receiving, checkItemCodes: input.checkItemCodes, team: a.team, ...(a.experts?.length ? { experts: a.experts } : {}), ...(a.thirdParties?.length ? { thirdParties: a.thirdParties } : {}), dueAt: input.dueAt }] as [InspectionInput],
  };
}

/**
 * Starts the drawn inspections a page at a time, each living on its own, and continues as new every
 * `childrenPerRun` so that a plan of tens of thousands stays within Temporal's limits (2,000 pending
 * children, 51,200 events per run); then waits until every inspection has completed, counting them in the
 * database whenever one says so (and hourly, should a signal be lost across a continue-as-new).
 */
async function launchAndAwait(input: InspectionPlanInput, receiving: string, at: NonNullable<InspectionPlanInput['resume']>, told: () => number): Promise<{ status: string; inspections: number }> {
  const perRun = input.childrenPerRun ?? CHILDREN_PER_RUN;
  let { offset } = at;
  if (at.phase === 'launch') {
    for (let started = 0; ; ) {
      const page = await steps.drawnAssignments({ planId: input.planId, offset, limit: Math.min(LAUNCH_PAGE, perRun) });
      await Promise.all(
        page.map((a) =>
          wf.startChild(inspection, { ...inspectionOptions(input, receiving, a), parentClosePolicy: wf.ParentClosePolicy.ABANDON, workflowIdReusePolicy: 'REJECT_DUPLICATE' }).catch((err) => {
            if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
          }),
        ),
      );
      offset += page.length;
      started += page.length;
      if (page.length === 0 || offset >= at.staffed) break;
      if (started >= perRun) await wf.continueAsNew<typeof inspectionPlan>({ ...input, resume: { phase: 'launch', offset, staffed: at.staffed } });
    }
  }
  for (let seen = -1; ; ) {
    const completed = await steps.completedInspections({ planId: input.planId });
    if (completed >= at.staffed) break;
    seen = told();
    await wf.condition(() => told() !== seen, '1 hour');
    if (wf.workflowInfo().continueAsNewSuggested) await wf.continueAsNew<typeof inspectionPlan>({ ...input, resume: { phase: 'await', offset, staffed: at.staffed } });
  }
  await steps.setPlanStatus({ planId: input.planId, status: 'completed' });
  return { status: 'completed', inspections: at.staffed };
}
