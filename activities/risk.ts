import { Context } from '@temporalio/activity';
import type { Db } from '../db';
import { rescoreChanged, rescoreCursors, scoreRegister, type ScoringProgress } from '../db/risk';

const RESCORE_BATCH = 500; // events and records read a round: a busy minute's worth

// The credit-risk scoring (F14) of the whole register, page by page: a worker that dies resumes after the last
// page it finished (its heartbeat); a page scored twice writes the same rows.
export function createRiskActivities(db: Db) {
  return {
    async scoreRegister(input: { asOf: string }): Promise<{ scored: number; changed: number; modelVersion: number }> {
      const ctx = Context.current();
      const { scored, changed, modelVersion } = await scoreRegister(db, input.asOf, ctx.info.heartbeatDetails as ScoringProgress | undefined, (p) => ctx.heartbeat(p));
      return { scored, changed, modelVersion };
    },
    rescoreCursors: () => rescoreCursors(db),
    rescoreChanged: (input: { asOf: string; afterEvent: number; afterRecord: number }) => rescoreChanged(db, input.asOf, input.afterEvent, input.afterRecord, RESCORE_BATCH),
  };
}
