import * as wf from '@temporalio/workflow';
import type { Activities } from '../activities';
import { shanghaiDate } from '../domain/workingDays';
import { batches, steps } from './activityOptions';
import { historyIsLong } from './history';

// The credit-risk classes (F14) come from the model (domain/risk.ts), scored over the whole register by a nightly
// Schedule (api/risk/schedule.ts), and at once when the district office changes the model. The spot-check strata
// read the classes it writes (entities.riskClass).

export const riskScoringScheduleId = (taskQueue: string) => `risk-scoring:${taskQueue}`;

// A million entities take minutes; the heartbeat carries the page reached, so a retry resumes there.
const acts = wf.proxyActivities<Activities>({ startToCloseTimeout: '2 hours', heartbeatTimeout: '2 minutes', retry: { maximumInterval: '1 minute' } });

export interface RiskScoringInput {
  /** The Shanghai date to score at; by default the day the run starts. */
  asOf?: string;
}

export async function riskScoring(input: RiskScoringInput = {}): Promise<{ scored: number; changed: number; modelVersion: number; asOf: string }> {
  const asOf = input.asOf ?? shanghaiDate(new Date());
  return { ...(await acts.scoreRegister({ asOf })), asOf };
}

// Between nightly runs, an entity is scored again as facts about it arrive: this workflow follows the shared events
// (listings, cases, published checks, warnings, revocations) and the collected records (penalties, complaints) by
// their ids, as a subscription follows the feed, polling every `pollSeconds` when nothing is new (a signal sent
// after a commit is lost when the process dies between the two; a poll cannot miss a committed row).

export const riskRescoringWorkflowId = (taskQueue: string) => `risk-rescoring:${taskQueue}`;

export interface RiskRescoringInput {
  pollSeconds: number;
  /** Where to continue; absent at the first start, which begins after the newest rows. */
  cursors?: { afterEvent: number; afterRecord: number };
  /** Testing only: continue as new past this many history events instead of POLLING_HISTORY_EVENTS. */
  historyEvents?: number;
}

/**
 * A round rescores up to 500 events' and records' entities: a batch, not a step of a few rows. As a local step it
 * held the run's workflow task for the whole round, which on a loaded machine (a registration bench beside a
 * million-entity load) passed 8 s, so the SDK heartbeat the task (three history events more each time) and
 * warned "Workflow task duration exceeded 5 seconds" every round. Runs that began before this patch replay as
 * they ran.
 */
const RESCORE_ROUNDS_SCHEDULED_PATCH = 'rescore-rounds-scheduled';

export async function riskRescoring(input: RiskRescoringInput): Promise<void> {
  let cursors = input.cursors ?? (await steps.rescoreCursors());
  for (;;) {
    const rescoreChanged = wf.patched(RESCORE_ROUNDS_SCHEDULED_PATCH) ? batches.rescoreChanged : steps.rescoreChanged;
    const round = await rescoreChanged({ asOf: shanghaiDate(new Date()), ...cursors });
    const moved = round.afterEvent !== cursors.afterEvent || round.afterRecord !== cursors.afterRecord;
    cursors = { afterEvent: round.afterEvent, afterRecord: round.afterRecord };
    if (historyIsLong(input.historyEvents)) await wf.continueAsNew<typeof riskRescoring>({ ...input, cursors });
    if (!moved) await wf.sleep(input.pollSeconds * 1000);
  }
}
