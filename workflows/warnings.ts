import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import * as wf from '@temporalio/workflow';
import { BATCH_ACTIVITIES, steps } from './activityOptions';
import type { Activities } from '../activities';
import type { WarningToStart } from '../activities/warnings';
import { WARNING_HANDLING_WORKING_DAYS, warningTaskKey, type WarningLevel, type WarningRuleCode } from '../domain/warnings';
import { awaitWithEscalation, type NewTask, requireComment, TaskBook } from './humanTasks';
import { REFUSAL, refuse } from './errors';
import { SECOND_ESCALATION_WORKING_DAYS } from '../domain/tasks';

// Supervision warnings (监管预警, F7). A scan runs the rules (on the `warning-scan` Schedule, or for one
// entity on an event) and hands the warnings it raised to `warningBatch` workflows, up to WARNING_BATCH each:
// each warning's handling task, with its deadline and escalation, closing the warning with an outcome. A
// manual warning (主动预警) is a `warning` workflow of its own, which records it first.
//
// Why batches: one workflow per warning costs a workflow start and two activities each, 31–38 ms of CPU in
// the worker and Temporal together, so the 69,000 warnings of a district's first scan took about 30 minutes
// to start (README, "Starting the warnings' workflows"); the issue asks for 5. A batch starts once, writes its
// tasks in one transaction and waits on each task as the single workflow did (a TaskBook holds many tasks,
// as an inspection plan's does), so its tasks escalate, are claimed, completed and reassigned the same way.

export const warningWorkflowId = (warningId: string) => `warning:${warningId}`;
/** A batch is named by its first warning: a scan starting the same page again meets the running batch. */
export const warningBatchWorkflowId = (firstWarningId: string) => `warning-batch:${firstWarningId}`;

const scans = wf.proxyActivities<Activities>({ ...BATCH_ACTIVITIES, startToCloseTimeout: '30 minutes', heartbeatTimeout: '2 minutes' });

/** A manual warning (主动预警): who raised it, and its key while open (one open warning per entity and subject). */
export interface ManualWarning {
  raisedBy: string;
  dedupeKey: string;
}

/** Sent with the start of a manual warning: answers once it is recorded, or refuses a second open one. */
export const warningRaisedUpdate = wf.defineUpdate<{ id: string }, [{ id: string }]>('warningRaised');

/** The book of a workflow handling warnings: handling records what was done; closing needs an outcome. */
function handlingBook(workflowId: string): TaskBook {
  const book = new TaskBook(workflowId);
  book.completionCheck = requireComment(['warningHandling']);
  book.register(() => undefined);
  return book;
}

const handlingTask = (w: WarningToStart, dueAt: string): NewTask => ({
  taskKey: warningTaskKey(w.id),
  type: 'warningHandling',
  title: `监管预警：${w.subject}`,
  departmentCode: w.departmentCode,
  creditCode: w.creditCode,
  entityName: w.entityName,
  dueAt,
  data: { warningId: w.id, level: w.level, reason: w.reason },
});

/** Waits for a warning's handling (escalating when it is late), then closes the warning with its outcome. */
async function handled(book: TaskBook, w: WarningToStart): Promise<string | null> {
  const t = await awaitWithEscalation(book, warningTaskKey(w.id), SECOND_ESCALATION_WORKING_DAYS);
  if (t.outcome) await steps.closeWarning({ id: w.id, outcome: t.outcome, handling: t.comment ?? '', actor: t.completedBy ?? book.workflowId });
  return t.outcome;
}

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
    recorded = await steps.recordManualWarning({ ...w, ...manual, workflowId });
    if (recorded.existingId) {
      await wf.condition(wf.allHandlersFinished);
      return { outcome: null };
    }
  }
  const book = handlingBook(workflowId);
  const dueAt = await steps.computeDueAt({ from: new Date().toISOString(), workingDays: WARNING_HANDLING_WORKING_DAYS[w.level] });
  await book.open(handlingTask(w, dueAt));
  const outcome = await handled(book, w);
  await book.flushed();
  return { outcome };
}

/**
 * The handling of up to WARNING_BATCH warnings a scan raised: takes them (their rows name this workflow), writes
 * their tasks at once, due by level (WARNING_HANDLING_WORKING_DAYS), and ends when every one is handled.
 */
export async function warningBatch(input: { ids: string[] }): Promise<{ handled: number }> {
  const workflowId = wf.workflowInfo().workflowId;
  const warnings = await steps.takeWarnings({ ids: input.ids, workflowId });
  const book = handlingBook(workflowId);
  const now = new Date().toISOString();
  const dueByLevel = new Map<WarningLevel, string>();
  for (const level of new Set(warnings.map((w) => w.level))) dueByLevel.set(level, await steps.computeDueAt({ from: now, workingDays: WARNING_HANDLING_WORKING_DAYS[level] }));
  await book.openAll(warnings.map((w) => handlingTask(w, dueByLevel.get(w.level)!)));
  const outcomes = await Promise.all(warnings.map((w) => handled(book, w)));
  await book.flushed();
  return { handled: outcomes.filter((o) => o !== null).length };
}

/**
 * Warnings a batch holds. Its history grows with each task's changes: about 35 events a warning escalated twice
 * and then handled (timers, writes, the update, the closing), some 7,000 for a batch, well under Temporal's
 * 51,200; the scan's page of ids is its input (about 5 KB).
 */
export const WARNING_BATCH = 200;
/**
 * Batches one scan run starts before it continues as new (10,000 warnings): Temporal allows 2,000 pending
 * children per workflow and 51,200 history events a run; a run of this size stays well under both.
 */
const BATCHES_PER_RUN = 50;

/** Starts the batch of one page of warnings; its id derives from the first warning's, so a repeat changes nothing. */
async function startBatch(ids: string[]): Promise<void> {
  await wf.startChild(warningBatch, { workflowId: warningBatchWorkflowId(ids[0]), args: [{ ids }], parentClosePolicy: wf.ParentClosePolicy.ABANDON, workflowIdReusePolicy: 'REJECT_DUPLICATE' }).catch((err) => {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  });
}

/**
 * Runs the rules for one entity and hands the warnings raised to batches, from inside any process (a listing,
 * a deregistration, a filed case): a handful at most, which they outlive.
 */
export async function raiseWarningsNow(input: { scanId: string; rules?: WarningRuleCode[]; creditCode: string }): Promise<number> {
  const { raised } = await scans.raiseWarnings(input);
  if (!wf.patched(WARNING_BATCHES)) return startOneByOne(input.scanId, raised);
  let started = 0;
  for (let after = ''; started < raised; ) {
    const ids = await steps.warningIdsOfScan({ scanId: input.scanId, after, limit: WARNING_BATCH });
    if (ids.length === 0) break;
    await startBatch(ids);
    started += ids.length;
    after = ids[ids.length - 1];
  }
  return started;
}

export interface WarningScanInput {
  rules?: WarningRuleCode[];
  creditCode?: string;
  /** Testing only: warnings a batch holds (WARNING_BATCH) and batches a run starts (BATCHES_PER_RUN). */
  batchSize?: number;
  batchesPerRun?: number;
  /** Set when a scan continues as new: the rules have run; start the rest of its warnings after `after`. */
  resume?: { scanId: string; after: string; raised: number };
}

/**
 * The scheduled (or on-demand) scan: one run of the rules, then the warnings' batches page by page,
 * continuing as new every BATCHES_PER_RUN so a first scan raising tens of thousands stays within limits.
 */
export async function warningScan(input: WarningScanInput = {}): Promise<{ raised: number }> {
  const info = wf.workflowInfo();
  const batchSize = input.batchSize ?? WARNING_BATCH;
  let resume = input.resume;
  if (!resume) {
    const scanId = `${info.workflowId}:${info.runId}`;
    const { raised } = await scans.raiseWarnings({ scanId, rules: input.rules, creditCode: input.creditCode });
    resume = { scanId, after: '', raised };
  }
  if (!wf.patched(WARNING_BATCHES)) return { raised: await startOneByOne(resume.scanId, resume.raised, resume.after) };
  for (let started = 0; ; ) {
    const ids: string[] = await steps.warningIdsOfScan({ scanId: resume.scanId, after: resume.after, limit: batchSize });
    if (ids.length > 0) await startBatch(ids);
    // A short page is the last: no need to ask again.
    if (ids.length < batchSize) return { raised: resume.raised };
    resume = { ...resume, after: ids[ids.length - 1] };
    if (++started >= (input.batchesPerRun ?? BATCHES_PER_RUN)) await wf.continueAsNew<typeof warningScan>({ ...input, resume });
  }
}

// ---- Before batches: histories recorded before WARNING_BATCHES replay as they ran ----
// A process that raised warnings for one entity (a deregistration, a filed case, a listing) or a scan
// interrupted by the upgrade started one `warning` workflow per warning, 100 a page.

const WARNING_BATCHES = 'warning-batches';

/** The workflows of the scan's warnings after `after`, one each, as they were started before batches. */
async function startOneByOne(scanId: string, raised: number, after = ''): Promise<number> {
  let started = 0;
  while (started < raised) {
    const page = await steps.warningsOfScan({ scanId, after, limit: 100 });
    if (page.length === 0) break;
    await Promise.all(
      page.map((w) =>
        wf.startChild(warning, { workflowId: warningWorkflowId(w.id), args: [w], parentClosePolicy: wf.ParentClosePolicy.ABANDON, workflowIdReusePolicy: 'REJECT_DUPLICATE' }).catch((err) => {
          if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        }),
      ),
    );
    started += page.length;
    after = page[page.length - 1].id;
  }
  return started;
}
