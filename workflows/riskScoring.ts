import * as wf from '@temporalio/workflow';
import type { Activities } from '../activities';
import { shanghaiDate } from '../domain/workingDays';

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
