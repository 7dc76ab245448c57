import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { riskRescoring, riskRescoringWorkflowId, riskScoring, riskScoringScheduleId } from '../../workflows/riskScoring';
import { ensureSchedule } from '../schedules';
import type { Temporal } from '../temporal';

// The register is scored nightly (F14), at 02:30 Shanghai time: the day's facts are in, no one is at work, and
// the warning scan and the delivery log pruning come later.
export const ensureRiskScoringSchedule = (temporal: Temporal) =>
  ensureSchedule(temporal, riskScoringScheduleId(temporal.taskQueue), { cronExpressions: ['30 2 * * *'], timezone: 'Asia/Shanghai' }, riskScoring, [{}]);

/** Starts the workflow that scores entities again as facts about them arrive, unless it runs already. */
export async function ensureRiskRescoring(temporal: Temporal, pollSeconds: number): Promise<void> {
  try {
    await temporal.client.workflow.start(riskRescoring, { workflowId: riskRescoringWorkflowId(temporal.taskQueue), taskQueue: temporal.taskQueue, args: [{ pollSeconds }] });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
}
