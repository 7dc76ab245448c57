import { defaultPayloadConverter } from '@temporalio/common';
import { optionalTsToMs } from '@temporalio/common/lib/time';
import type { temporal as proto } from '@temporalio/proto';
import type { Db } from '../../db';
import type { Temporal } from '../temporal';

// Reads of Temporal's visibility and histories for the stuck-process list: which runs of this platform's task
// queue failed, and which have a step that keeps failing. Each read is bounded (a page of events, a capped
// number of runs), since this runs on a schedule beside the platform's real work.

type Failure = proto.api.failure.v1.IFailure;
type HistoryEvent = proto.api.history.v1.IHistoryEvent;

export type StuckState = 'failed' | 'retrying';

export interface StuckProcess {
  workflowId: string;
  runId: string;
  /** The workflow type (`dualNotification`): the UI shows its name. */
  process: string;
  state: StuckState;
  entity: { creditCode: string; name: string | null } | null;
  /** When the run failed, or when the step that keeps failing was first scheduled. */
  since: string;
  /** Attempts of the failing step (the current one while it retries); null when history no longer tells. */
  attempts: number | null;
  /** The activity that failed or keeps failing; null when the workflow code itself failed. */
  step: string | null;
  /** The failure's type: `DataError` for a step that failed on its data. */
  errorType: string | null;
  error: string | null;
}

/** Runs examined per refresh, at most: beyond it the list says it is incomplete rather than taking longer. */
export const SCAN_LIMIT = { failed: 500, running: 2000 } as const;
const DESCRIBE_CONCURRENCY = 8;
const HISTORY_PAGE = 50;
const HISTORY_PAGES_FOR_SCHEDULE = 4;

const msToIso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());

/** The first failure of the chain that names a type (the DataError, not the "activity task failed" wrapper). */
function explain(failure: Failure | null | undefined): { errorType: string | null; error: string | null } {
  for (let f = failure; f; f = f.cause) {
    if (f.applicationFailureInfo) return { errorType: f.applicationFailureInfo.type || null, error: f.message ?? null };
  }
  return { errorType: null, error: failure?.message ?? null };
}

async function historyPage(t: Temporal, workflowId: string, runId: string, reverse: boolean, nextPageToken?: Uint8Array | null) {
  const request = { namespace: t.client.options.namespace, execution: { workflowId, runId }, maximumPageSize: reverse ? HISTORY_PAGE : 1, ...(nextPageToken?.length ? { nextPageToken } : {}) };
  const page = reverse ? await t.client.workflowService.getWorkflowExecutionHistoryReverse(request) : await t.client.workflowService.getWorkflowExecutionHistory(request);
  return { events: page.history?.events ?? [], next: page.nextPageToken };
}

/** The subject entity named in the process's input (`creditCode` or `entity.creditCode`), if any. */
async function entityOf(t: Temporal, workflowId: string, runId: string): Promise<StuckProcess['entity']> {
  const { events } = await historyPage(t, workflowId, runId, false);
  const payload = events[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0];
  if (!payload) return null;
  let input: any;
  try {
    input = defaultPayloadConverter.fromPayload(payload);
  } catch {
    return null;
  }
  const creditCode = input?.creditCode ?? input?.entity?.creditCode;
  if (typeof creditCode !== 'string') return null;
  const name = input?.entityName ?? input?.entity?.name;
  return { creditCode, name: typeof name === 'string' ? name : null };
}

/** Runs of the task queue that failed, newest first, that are still the latest run of their workflow id. */
export async function failedProcesses(t: Temporal): Promise<{ rows: StuckProcess[]; truncated: boolean }> {
  const rows: StuckProcess[] = [];
  let seen = 0;
  for await (const w of t.client.workflow.list({ query: `TaskQueue="${t.taskQueue}" AND ExecutionStatus="Failed"` })) {
    if (++seen > SCAN_LIMIT.failed) return { rows, truncated: true };
    // A workflow id started again after the failure (an operator's reset or restart) is no longer stuck.
    const latest = await t.client.workflow.getHandle(w.workflowId).describe();
    if (latest.runId !== w.runId) continue;
    const { events } = await historyPage(t, w.workflowId, w.runId, true);
    const failed = events.find((e) => e.workflowExecutionFailedEventAttributes)?.workflowExecutionFailedEventAttributes;
    const activity = failed?.failure?.activityFailureInfo;
    const started = activity ? events.find((e) => Number(e.eventId) === Number(activity.startedEventId)) : undefined;
    rows.push({
      workflowId: w.workflowId,
      runId: w.runId,
      process: w.type,
      state: 'failed',
      entity: await entityOf(t, w.workflowId, w.runId),
      since: (w.closeTime ?? w.startTime).toISOString(),
      attempts: started?.activityTaskStartedEventAttributes?.attempt ?? null,
      step: activity?.activityType?.name ?? null,
      ...explain(failed?.failure),
    });
  }
  return { rows, truncated: false };
}

/** When the activity `activityId` was first scheduled: its ActivityTaskScheduled event, searched from the end. */
async function firstScheduled(t: Temporal, workflowId: string, runId: string, activityId: string): Promise<number | undefined> {
  let token: Uint8Array | null | undefined;
  for (let page = 0; page < HISTORY_PAGES_FOR_SCHEDULE; page++) {
    const { events, next } = await historyPage(t, workflowId, runId, true, token);
    const scheduled = events.find((e: HistoryEvent) => e.activityTaskScheduledEventAttributes?.activityId === activityId);
    if (scheduled) return optionalTsToMs(scheduled.eventTime);
    if (!next?.length) return undefined;
    token = next;
  }
  return undefined;
}

/**
 * Running processes of the task queue whose pending step has failed at least once and was first scheduled
 * before `before`. Only runs started before `before` can qualify, so only those are described.
 */
export async function retryingProcesses(t: Temporal, before: Date): Promise<{ rows: StuckProcess[]; truncated: boolean }> {
  const candidates: Array<{ workflowId: string; runId: string; type: string }> = [];
  let truncated = false;
  for await (const w of t.client.workflow.list({ query: `TaskQueue="${t.taskQueue}" AND ExecutionStatus="Running" AND StartTime < "${before.toISOString()}"` })) {
    if (candidates.length >= SCAN_LIMIT.running) {
      truncated = true;
      break;
    }
    candidates.push({ workflowId: w.workflowId, runId: w.runId, type: w.type });
  }
  const rows: StuckProcess[] = [];
  const examine = async (w: (typeof candidates)[number]) => {
    const { raw } = await t.client.workflow.getHandle(w.workflowId, w.runId).describe();
    for (const a of raw.pendingActivities ?? []) {
      if (!a.attempt || a.attempt <= 1 || !a.lastFailure || !a.activityId) continue;
      const since = await firstScheduled(t, w.workflowId, w.runId, a.activityId);
      if (since === undefined || since >= before.getTime()) continue;
      rows.push({
        workflowId: w.workflowId,
        runId: w.runId,
        process: w.type,
        state: 'retrying',
        entity: await entityOf(t, w.workflowId, w.runId),
        since: msToIso(since)!,
        attempts: a.attempt,
        step: a.activityType?.name ?? null,
        ...explain(a.lastFailure),
      });
    }
  };
  for (let i = 0; i < candidates.length; i += DESCRIBE_CONCURRENCY) {
    // A run that closed since it was listed has nothing pending.
    await Promise.all(candidates.slice(i, i + DESCRIBE_CONCURRENCY).map((w) => examine(w).catch(() => undefined)));
  }
  return { rows, truncated };
}

/** Registered names of the entities the rows name without one (people read names, not credit codes). */
export async function withEntityNames(db: Db, rows: StuckProcess[]): Promise<StuckProcess[]> {
  const missing = [...new Set(rows.filter((r) => r.entity && !r.entity.name).map((r) => r.entity!.creditCode))];
  if (missing.length === 0) return rows;
  const names = new Map(((await db.models.entities.findAll({ where: { creditCode: missing }, attributes: ['creditCode', 'name'], raw: true })) as any[]).map((e) => [e.creditCode, e.name as string]));
  return rows.map((r) => (r.entity && !r.entity.name ? { ...r, entity: { ...r.entity, name: names.get(r.entity.creditCode) ?? null } } : r));
}
