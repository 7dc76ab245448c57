import * as wf from '@temporalio/workflow';
import { steps } from './activityOptions';
import type { Activities } from '../activities';
import { PUNISHMENT_FEEDBACK_WORKING_DAYS, SCENARIO_NAMES, type Scenario } from '../domain/credit';
import { awaitWithEscalation, requireComment, TaskBook } from './humanTasks';
import { SECOND_ESCALATION_WORKING_DAYS } from '../domain/tasks';

// A screening that found the entity restricted (CONTRACT.md `GET /api/ext/v1/screening`): the asking
// department says what it did with the answer within the feedback period (RULES.md, local: 10 working
// days); these tasks and the listing notices are what the feedback statistics count (F9).

/** By a random key, not the row id: databases sharing a Temporal namespace would otherwise collide. */
export const screeningFeedbackWorkflowId = (key: string) => `screening-feedback:${key}`;

export interface ScreeningFeedbackInput {
  screeningId: number;
  creditCode: string;
  entityName: string;
  scenario: Scenario;
  departmentCode: string;
  measures: Array<{ code: string; name: string; legalBasis: string }>;
  listingIds: string[];
}


export async function screeningFeedback(input: ScreeningFeedbackInput): Promise<{ outcome: string | null }> {
  const workflowId = wf.workflowInfo().workflowId;
  const book = new TaskBook(workflowId);
  book.completionCheck = requireComment(['screeningFeedback']);
  book.register(() => undefined);
  const taskKey = `${workflowId}/feedback`;
  const dueAt = await steps.computeDueAt({ from: new Date().toISOString(), workingDays: PUNISHMENT_FEEDBACK_WORKING_DAYS });
  await book.open({
    taskKey,
    type: 'screeningFeedback',
    title: `核查结果反馈：${input.entityName}（${SCENARIO_NAMES[input.scenario]}）`,
    departmentCode: input.departmentCode,
    creditCode: input.creditCode,
    entityName: input.entityName,
    dueAt,
    data: { screeningId: input.screeningId, scenario: input.scenario, measures: input.measures, listingIds: input.listingIds },
  });
  const t = await awaitWithEscalation(book, taskKey, SECOND_ESCALATION_WORKING_DAYS);
  await book.flushed();
  return { outcome: t.outcome };
}
