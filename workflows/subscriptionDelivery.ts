import * as wf from '@temporalio/workflow';
import { steps } from './activityOptions';
import { historyIsLong } from './history';
import type { Activities } from '../activities';
import type { SubscriptionStatus } from '../activities/sharing';
import { DELIVERY_BACKOFF_COEFFICIENT } from '../domain/sharing';
import { TaskBook } from './humanTasks';
import { REFUSAL, refuse } from './errors';

// Webhook deliveries of one subscription (信息共享, F13): its events strictly in order, one at a time, each
// posted until answered 2xx (at least once: the receiver dedupes by Zongjian-Event-Id). A delivery that fails
// every attempt pauses the subscription and gives its department a task; resuming (that task, or the API)
// starts again at the event that failed.
//
// New events are found by polling (`pollSeconds`), not by a signal from the activities that write them: eight
// places in three layers write shared events, some inside API handlers, and a signal sent after a commit can be
// lost when the process dies between the two — a poll cannot miss an event, and costs one indexed query per
// subscription per interval. History stays bounded: the run continues as new when Temporal suggests it.

export const subscriptionWorkflowId = (subscriptionId: string) => `subscription:${subscriptionId}`;

export interface DeliveryOptions {
  pollSeconds: number;
  timeoutMs: number;
  firstRetrySeconds: number;
  maxRetrySeconds: number;
  /** Attempts of one event before the subscription pauses (domain/sharing.ts DELIVERY_ATTEMPTS_BEFORE_PAUSE). */
  attempts: number;
}

export interface SubscriptionInput {
  subscriptionId: string;
  departmentCode: string;
  url: string;
  options: DeliveryOptions;
  /** Carried over when the run continues as new. */
  cursor?: number;
  status?: Exclude<SubscriptionStatus, 'deleted'>;
}

export interface SubscriptionState {
  status: SubscriptionStatus;
  cursor: number;
}

export interface SubscriptionChange {
  /** `user:<username>` or `system:<name>`, for the audit entry. */
  actor: string;
}

export const pauseSubscriptionUpdate = wf.defineUpdate<SubscriptionState, [SubscriptionChange]>('pauseSubscription');
export const resumeSubscriptionUpdate = wf.defineUpdate<SubscriptionState, [SubscriptionChange]>('resumeSubscription');
export const deleteSubscriptionUpdate = wf.defineUpdate<SubscriptionState, [SubscriptionChange]>('deleteSubscription');
export const subscriptionStateQuery = wf.defineQuery<SubscriptionState>('subscriptionState');

const BATCH = 100;
/**
 * Events one activity posts, one after the other: a round trip through Temporal per event would bound a
 * subscription at a few dozen deliveries a second; a failure still stops the batch at the event that failed.
 */
const EVENTS_PER_ACTIVITY = 25;
/** Working days the department has to look at a paused subscription (local; no statutory period applies). */
const PAUSED_TASK_WORKING_DAYS = 2;


export async function subscriptionDelivery(input: SubscriptionInput): Promise<SubscriptionState> {
  const workflowId = wf.workflowInfo().workflowId;
  const { options } = input;
  const deliveries = wf.proxyActivities<Activities>({
    startToCloseTimeout: EVENTS_PER_ACTIVITY * options.timeoutMs + 30_000,
    heartbeatTimeout: options.timeoutMs + 30_000,
    retry: {
      initialInterval: options.firstRetrySeconds * 1000,
      backoffCoefficient: DELIVERY_BACKOFF_COEFFICIENT,
      maximumInterval: options.maxRetrySeconds * 1000,
      maximumAttempts: options.attempts,
      nonRetryableErrorTypes: ['DeliveryGone'],
    },
  });
  let status = (input.status ?? 'active') as SubscriptionStatus;
  let cursor = input.cursor ?? (await steps.subscriptionCursor({ subscriptionId: input.subscriptionId }));
  let inFlight: wf.CancellationScope | null = null;
  const book = new TaskBook(workflowId);

  const change = async (to: SubscriptionStatus, actor: string, reason: string | null) => {
    if (status === to || status === 'deleted') return;
    status = to;
    if (to !== 'active') inFlight?.cancel();
    if (to !== 'paused') await book.cancelOpen(to === 'active' ? '订阅已恢复推送' : '订阅已删除');
    await steps.saveSubscriptionStatus({ subscriptionId: input.subscriptionId, status: to, reason, actor });
  };
  const state = (): SubscriptionState => ({ status, cursor });
  const open = () => {
    if (status === 'deleted') refuse(REFUSAL.conflict, 'the subscription is deleted', 'subscription-deleted');
  };
  for (const [def, to] of [[pauseSubscriptionUpdate, 'paused'], [resumeSubscriptionUpdate, 'active'], [deleteSubscriptionUpdate, 'deleted']] as const) {
    wf.setHandler(
      def,
      async ({ actor }: SubscriptionChange) => {
        await change(to, actor, null);
        return state();
      },
      { validator: (_: SubscriptionChange) => open() },
    );
  }
  wf.setHandler(subscriptionStateQuery, state);
  book.register((what, task) => {
    if (what === 'completed' && task.outcome === 'resumed') void change('active', `user:${task.completedBy}`, null);
  });

  while (status !== 'deleted') {
    if (status === 'paused') {
      await wf.condition(() => status !== 'paused');
      // A delivery cancelled by the pause may have gone on a little: start after what the row says was delivered.
      if ((status as SubscriptionStatus) === 'active') cursor = Math.max(cursor, await steps.subscriptionCursor({ subscriptionId: input.subscriptionId }));
      continue;
    }
    if (historyIsLong()) {
      await book.flushed();
      await wf.condition(wf.allHandlersFinished);
      await wf.continueAsNew<typeof subscriptionDelivery>({ ...input, cursor, status });
    }
    const batch = await steps.eventsToDeliver({ subscriptionId: input.subscriptionId, after: cursor, limit: BATCH });
    if (batch.length === 0) {
      await wf.condition(() => status !== 'active', options.pollSeconds * 1000);
      continue;
    }
    for (let pending = batch; pending.length > 0 && status === 'active'; pending = pending.filter((e) => e.id > cursor)) {
      inFlight = new wf.CancellationScope();
      try {
        const done = await inFlight.run(() => deliveries.deliverEvents({ subscriptionId: input.subscriptionId, eventIds: pending.slice(0, EVENTS_PER_ACTIVITY).map((e) => e.id), maxAttempts: options.attempts, timeoutMs: options.timeoutMs }));
        inFlight = null;
        // Less than asked: the subscription was paused or deleted meanwhile.
        if (done.cursor <= cursor) break;
        cursor = done.cursor;
      } catch (err) {
        inFlight = null;
        // Paused or deleted meanwhile: on resuming, delivery goes on from the subscription's cursor.
        if (wf.isCancellation(err)) break;
        // The events posted before the one that failed were delivered: the row's cursor says which.
        cursor = Math.max(cursor, await steps.subscriptionCursor({ subscriptionId: input.subscriptionId }));
        const failed = pending.find((e) => e.id > cursor) ?? pending[0];
        const reason = `事件 ${failed.id} 推送 ${options.attempts} 次均失败`;
        await change('paused', workflowId, reason);
        const dueAt = await steps.computeDueAt({ from: new Date().toISOString(), workingDays: PAUSED_TASK_WORKING_DAYS });
        await book.open({
          taskKey: `${workflowId}/paused/${wf.uuid4()}`,
          type: 'subscriptionPaused',
          title: `信息共享订阅已暂停：${input.url}`.slice(0, 300),
          departmentCode: input.departmentCode,
          creditCode: null,
          entityName: null,
          dueAt,
          data: { subscriptionId: input.subscriptionId, url: input.url, eventId: failed.id, eventType: failed.type, attempts: options.attempts },
        });
        break;
      }
    }
  }
  await book.flushed();
  await wf.condition(wf.allHandlersFinished);
  return state();
}
