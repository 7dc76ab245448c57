import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { Db } from '../db';
import { restrictedRows, type RestrictedRow } from '../db/eligibility';

// The eligibility check's side of the feedback statistics (workflows/eligibilityFeedback.ts).

/** The system an eligibility check's screenings are recorded under (the screenings table's `system`). */
export const ELIGIBILITY_SCREENING_SYSTEM = 'eligibility-check';

/** Tries (up to 10 s apart, workflows/activityOptions.ts) before a missing check counts as rolled back. */
const MISSING_CHECK_ATTEMPTS = 30;

export interface EligibilityCheckHead {
  checkKey: string;
  scenario: string;
  departmentCode: string;
}

export function createEligibilityActivities(db: Db) {
  return {
    /** A check and one page of its restricted rows after `afterRow`. */
    async restrictedEligibilityRows(input: { checkId: number; afterRow: number; limit: number }): Promise<{ check: EligibilityCheckHead; rows: RestrictedRow[] }> {
      const page = await restrictedRows(db, input.checkId, input.afterRow, input.limit);
      if (page) return page;
      // The workflow starts inside the check's transaction: until it commits the check is not there. A check
      // still missing after many tries was rolled back, and there is nothing to feed back.
      if (Context.current().info.attempt >= MISSING_CHECK_ATTEMPTS) throw ApplicationFailure.nonRetryable(`no eligibility check ${input.checkId}`, 'EligibilityCheckMissing');
      throw new Error(`eligibility check ${input.checkId} not committed yet`);
    },

    /**
     * Records restricted rows as screenings, once each whatever the retries (the unique key on the feedback
     * workflow id), and answers each screening's id by that workflow id.
     */
    async recordEligibilityScreenings(input: { check: EligibilityCheckHead; rows: Array<RestrictedRow & { workflowId: string }> }): Promise<Record<string, number>> {
      const { check, rows } = input;
      if (rows.length === 0) return {};
      await db.models.screenings.bulkCreate(
        rows.map((r) => ({ creditCode: r.creditCode, scenario: check.scenario, departmentCode: check.departmentCode, system: ELIGIBILITY_SCREENING_SYSTEM, restricted: true, measureCodes: r.screening.measures.map((m) => m.code), listingIds: r.screening.listingIds, workflowId: r.workflowId, askedAt: new Date() })),
        { ignoreDuplicates: true },
      );
      const found = (await db.models.screenings.findAll({ attributes: ['id', 'workflowId'], where: { workflowId: rows.map((r) => r.workflowId) }, raw: true })) as any[];
      return Object.fromEntries(found.map((s) => [s.workflowId, s.id as number]));
    },
  };
}
