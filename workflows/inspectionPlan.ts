import * as wf from '@temporalio/workflow';
import type { Activities } from '../activities';
import { DRAW_WORKING_DAYS, PLAN_APPROVAL_WORKING_DAYS, type DrawMode } from '../domain/inspections';
import { SECOND_ESCALATION_WORKING_DAYS } from '../domain/registration';
import type { TaskState } from '../domain/tasks';
import { REFUSAL, refuse } from './errors';
import { awaitWithEscalation, TaskBook } from './humanTasks';
import { inspection } from './inspection';

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
}

export const inspectionPlanWorkflowId = (planId: string) => `inspection-plan:${planId}`;
export const inspectionWorkflowId = (planId: string, creditCode: string) => `inspection:${planId}:${creditCode}`;

const acts = wf.proxyActivities<Activities>({ startToCloseTimeout: '10 minutes', retry: { maximumInterval: '30 seconds' } });

export async function inspectionPlan(input: InspectionPlanInput): Promise<{ status: string; inspections: number }> {
  const workflowId = wf.workflowInfo().workflowId;
  const book = new TaskBook(workflowId);
  const key = (step: string) => `${workflowId}/${step}`;
  book.completionCheck = (t: TaskState, i) => {
    if (t.type === 'planApproval' && !i.actor.roles.some((r) => r === 'supervisor' || r === 'admin')) refuse(REFUSAL.forbidden, 'a supervisor approves a plan');
  };
  book.register(() => undefined);
  const planTask = async (step: string, type: 'planApproval' | 'draw', title: string, departmentCode: string, workingDays: number) => {
    const dueAt = await acts.computeDueAt({ from: new Date().toISOString(), workingDays });
    await book.open({ taskKey: key(step), type, title: `${title}：${input.title}`, departmentCode, creditCode: null, entityName: null, dueAt, data: { planId: input.planId } });
    return awaitWithEscalation(book, key(step), SECOND_ESCALATION_WORKING_DAYS);
  };

  await acts.setPlanStatus({ planId: input.planId, status: 'pendingApproval' });
  const approval = await planTask('approval', 'planApproval', '审批抽查计划', input.departmentCode, PLAN_APPROVAL_WORKING_DAYS);
  if (approval.outcome !== 'approved') {
    await acts.setPlanStatus({ planId: input.planId, status: 'rejected', actor: approval.completedBy ?? undefined });
    return { status: 'rejected', inspections: 0 };
  }
  // Commit before any draw: the pool and the seeds are fixed and their hashes published now.
  await acts.commitPlanDraw(input.planId);
  await acts.setPlanStatus({ planId: input.planId, status: 'approved', actor: approval.completedBy ?? undefined });

  const receiving = input.receivingDepartmentCode ?? input.departmentCode;
  const steps: Array<{ step: 'entities' | 'teams' | 'both'; departmentCode: string; title: string }> =
    input.drawMode === 'planning'
      ? [{ step: 'both', departmentCode: input.departmentCode, title: '摇号（检查对象与执法人员）' }]
      : input.drawMode === 'split'
        ? [{ step: 'entities', departmentCode: input.departmentCode, title: '摇号（检查对象）' }, { step: 'teams', departmentCode: receiving, title: '摇号（执法人员）' }]
        : [{ step: 'both', departmentCode: receiving, title: '摇号（检查对象与执法人员）' }];
  let assignments: Awaited<ReturnType<Activities['runDraw']>>['assignments'] = [];
  for (const s of steps) {
    const t = await planTask(`draw-${s.step}`, 'draw', s.title, s.departmentCode, DRAW_WORKING_DAYS);
    ({ assignments } = await acts.runDraw({ planId: input.planId, step: s.step, actor: t.completedBy ?? workflowId }));
  }
  await acts.setPlanStatus({ planId: input.planId, status: 'inProgress' });

  const children = [];
  for (const a of assignments) {
    children.push(
      await wf.startChild(inspection, {
        workflowId: inspectionWorkflowId(input.planId, a.creditCode),
        args: [{ inspectionKey: `${input.planId}:${a.creditCode}`, kind: 'random', planId: input.planId, creditCode: a.creditCode, entityName: a.entityName, departmentCode: receiving, checkItemCodes: input.checkItemCodes, team: a.team, dueAt: input.dueAt }],
      }),
    );
  }
  await Promise.all(children.map((c) => c.result()));
  await acts.setPlanStatus({ planId: input.planId, status: 'completed' });
  await book.flushed();
  return { status: 'completed', inspections: children.length };
}
