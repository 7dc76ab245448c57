import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { riskRescoring, riskRescoringWorkflowId, riskScoring, riskScoringScheduleId } from '../../workflows/riskScoring';
import { ensureSchedule } from '../schedules';
import type { Temporal } from '../temporal';
import type { Db } from '../../db';
import { rescoreCursors } from '../../db/risk';

// The register is scored nightly (F14), at 02:30 Shanghai time: the day's facts are in, no one is at work, and
// the warning scan and the delivery log pruning come later.
export const ensureRiskScoringSchedule = (temporal: Temporal) =>
  ensureSchedule(temporal, riskScoringScheduleId(temporal.taskQueue), { cronExpressions: ['30 2 * * *'], timezone: 'Asia/Shanghai' }, riskScoring, [{}]);

/**
 * Starts the workflow that scores entities again as facts about them arrive, unless it runs already. Its cursors are
 * the newest event and record now, not when a worker first runs it: facts that arrive in between (a platform
 * answering before its worker has started) are rescored too, not left to the night.
 */
export async function ensureRiskRescoring(temporal: Temporal, db: Db, pollSeconds: number): Promise<void> {
  const cursors = await rescoreCursors(db);
  try {
    await temporal.client.workflow.start(riskRescoring, { workflowId: riskRescoringWorkflowId(temporal.taskQueue), taskQueue: temporal.taskQueue, args: [{ pollSeconds, cursors }] });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
}
