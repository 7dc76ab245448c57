import * as wf from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { Activities } from '../activities';
import { steps } from './activityOptions';
import type { Scenario } from '../domain/credit';
import { screeningFeedback, screeningFeedbackWorkflowId, type ScreeningFeedbackInput } from './screeningFeedback';

// An eligibility check's restricted rows count like screenings (issue 10, F12): each is recorded as a screening
// and gets the asking department's feedback task (workflows/screeningFeedback.ts), which the punishment-feedback
// statistics count. One effect per row: the feedback workflow's id derives from the check and the row, and
// the screening row is held by a unique key on that id, so a retried activity or a repeated run adds nothing.

/** By the check's random key, not its row id: databases sharing a Temporal namespace would otherwise collide. */
export const eligibilityFeedbackWorkflowId = (checkKey: string) => `eligibility-feedback:${checkKey}`;
/** The feedback process of one restricted row of a check. */
export const eligibilityRowFeedbackWorkflowId = (checkKey: string, row: number) => screeningFeedbackWorkflowId(`eligibility:${checkKey}:${row}`);

export interface EligibilityFeedbackInput {
  checkId: number;
  /** Set when a run continues as new: rows up to this one have their feedback. */
  afterRow?: number;
}


const PAGE = 100;
/** Children one run starts before continuing as new (history stays far below 51,200 events; see warningScan). */
const STARTS_PER_RUN = 1000;

export async function eligibilityFeedback(input: EligibilityFeedbackInput): Promise<{ started: number }> {
  let afterRow = input.afterRow ?? 0;
  for (let started = 0; ; ) {
    const { check, rows } = await steps.restrictedEligibilityRows({ checkId: input.checkId, afterRow, limit: PAGE });
    const page = rows.map((r) => ({ ...r, workflowId: eligibilityRowFeedbackWorkflowId(check.checkKey, r.row) }));
    const screeningIds = await steps.recordEligibilityScreenings({ check, rows: page });
    await Promise.all(
      page.map((r) => {
        const args: ScreeningFeedbackInput = { screeningId: screeningIds[r.workflowId], creditCode: r.creditCode, entityName: r.name, scenario: check.scenario as Scenario, departmentCode: check.departmentCode, measures: r.screening.measures, listingIds: r.screening.listingIds };
        return wf.startChild(screeningFeedback, { workflowId: r.workflowId, args: [args], parentClosePolicy: wf.ParentClosePolicy.ABANDON, workflowIdReusePolicy: 'REJECT_DUPLICATE' }).catch((err) => {
          if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        });
      }),
    );
    started += page.length;
    if (page.length < PAGE) return { started };
    afterRow = page[page.length - 1].row;
    if (started >= STARTS_PER_RUN) await wf.continueAsNew<typeof eligibilityFeedback>({ ...input, afterRow });
  }
}
