import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import * as wf from '@temporalio/workflow';
import { BATCH_ACTIVITIES, STEP_ACTIVITIES } from './activityOptions';
import type { Activities } from '../activities';
import type { WarningToStart } from '../activities/warnings';
import { WARNING_HANDLING_WORKING_DAYS, type WarningRuleCode } from '../domain/warnings';
import { awaitWithEscalation, requireComment, TaskBook } from './humanTasks';
import { REFUSAL, refuse } from './errors';
import { SECOND_ESCALATION_WORKING_DAYS } from '../domain/tasks';

// Supervision warnings (监管预警, F7). A scan runs the rules (on the `warning-scan` Schedule, or for one
// entity on an event) and starts one `warning` workflow per warning it raised; that workflow is the
// responsible department's handling task, with its deadline and escalation, and closes with an outcome.

export const warningWorkflowId = (warningId: string) => `warning:${warningId}`;

const acts = wf.proxyActivities<Activities>(STEP_ACTIVITIES);
const scans = wf.proxyActivities<Activities>({ ...BATCH_ACTIVITIES, startToCloseTimeout: '30 minutes', heartbeatTimeout: '2 minutes' });

/** A manual warning (主动预警): who raised it, and its key while open (one open warning per entity and subject). */
export interface ManualWarning {
  raisedBy: string;
  dedupeKey: string;
}

/** Sent with the start of a manual warning: answers once it is recorded, or refuses a second open one. */
export const warningRaisedUpdate = wf.defineUpdate<{ id: string }, [{ id: string }]>('warningRaised');

export async function warning(w: WarningToStart, manual?: ManualWarning): Promise<{ outcome: string | null }> {
  const workflowId = wf.workflowInfo().workflowId;
  if (manual) {
    // The workflow records its warning (DESIGN.md rule 1); automatic ones were recorded by their scan.
    let recorded: { existingId: string | null } | null = null;
    wf.setHandler(warningRaisedUpdate, async () => {
      await wf.condition(() => recorded !== null);
      if (recorded!.existingId) refuse(REFUSAL.conflict, `an open warning about “${w.subject}” for this entity exists: ${recorded!.existingId}`, 'warning-already-open', { subject: w.subject });
      return { id: w.id };
    });
    recorded = await acts.recordManualWarning({ ...w, ...manual, workflowId });
    if (recorded.existingId) {
      await wf.condition(wf.allHandlersFinished);
      return { outcome: null };
    }
  }
  const book = new TaskBook(workflowId);
  // Handling records what was done; closing needs an outcome (the task's allowed outcomes).
  book.completionCheck = requireComment(['warningHandling']);
  book.register(() => undefined);
  const taskKey = `${workflowId}/handle`;
  const dueAt = await acts.computeDueAt({ from: new Date().toISOString(), workingDays: WARNING_HANDLING_WORKING_DAYS[w.level] });
  await book.open({ taskKey, type: 'warningHandling', title: `监管预警：${w.subject}`, departmentCode: w.departmentCode, creditCode: w.creditCode, entityName: w.entityName, dueAt, data: { warningId: w.id, level: w.level, reason: w.reason } });
  const t = await awaitWithEscalation(book, taskKey, SECOND_ESCALATION_WORKING_DAYS);
  if (t.outcome) await acts.closeWarning({ id: w.id, outcome: t.outcome, handling: t.comment ?? '', actor: t.completedBy ?? workflowId });
  await book.flushed();
  return { outcome: t.outcome };
}

const START_PAGE = 100;
/**
 * Children one scan run starts before it continues as new: Temporal allows 2,000 pending children per
 * workflow (and a warning stays open for days), and 51,200 history events; a run of this size stays well
 * under both.
 */
const STARTS_PER_RUN = 1000;

/** Starts one page of warnings' workflows; ids derive from the warning ids, so a repeat changes nothing. */
async function startWarnings(page: WarningToStart[]): Promise<void> {
  await Promise.all(
    page.map((w) =>
      wf.startChild(warning, { workflowId: warningWorkflowId(w.id), args: [w], parentClosePolicy: wf.ParentClosePolicy.ABANDON, workflowIdReusePolicy: 'REJECT_DUPLICATE' }).catch((err) => {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }),
    ),
  );
}

/**
 * Runs the rules for one entity and starts a workflow for each warning raised, from inside any process
 * (a listing, a deregistration, a filed case): a handful at most, which they outlive.
 */
export async function raiseWarningsNow(input: { scanId: string; rules?: WarningRuleCode[]; creditCode: string }): Promise<number> {
  const { raised } = await scans.raiseWarnings(input);
  let started = 0;
  for (let after = ''; started < raised; ) {
    const page = await acts.warningsOfScan({ scanId: input.scanId, after, limit: START_PAGE });
    if (page.length === 0) break;
    await startWarnings(page);
    started += page.length;
    after = page[page.length - 1].id;
  }
  return started;
}

export interface WarningScanInput {
  rules?: WarningRuleCode[];
  creditCode?: string;
  /** Children per run before continuing as new; STARTS_PER_RUN unless a test asks for fewer. */
  startsPerRun?: number;
  /** Set when a scan continues as new: the rules have run; start the rest of its warnings after `after`. */
  resume?: { scanId: string; after: string; raised: number };
}

/**
 * The scheduled (or on-demand) scan: one run of the rules, then the warnings' workflows page by page,
 * continuing as new every STARTS_PER_RUN so a first scan raising tens of thousands stays within limits.
 */
export async function warningScan(input: WarningScanInput = {}): Promise<{ raised: number }> {
  const info = wf.workflowInfo();
  let resume = input.resume;
  if (!resume) {
    const scanId = `${info.workflowId}:${info.runId}`;
    const { raised } = await scans.raiseWarnings({ scanId, rules: input.rules, creditCode: input.creditCode });
    resume = { scanId, after: '', raised };
  }
  for (let started = 0; ; ) {
    const page: WarningToStart[] = await acts.warningsOfScan({ scanId: resume.scanId, after: resume.after, limit: Math.min(START_PAGE, input.startsPerRun ?? START_PAGE) });
    if (page.length === 0) return { raised: resume.raised };
    await startWarnings(page);
    started += page.length;
    resume = { ...resume, after: page[page.length - 1].id };
    if (started >= (input.startsPerRun ?? STARTS_PER_RUN)) await wf.continueAsNew<typeof warningScan>({ ...input, resume });
  }
}
