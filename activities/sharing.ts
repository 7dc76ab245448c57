import { performance } from 'node:perf_hooks';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { Op } from 'sequelize';
import type { Db } from '../db';
import { appendAudit } from '../db/audit';
import { sharedEventsAfter } from '../db/sharedEvents';
import { DELIVERY_HEADERS, signDelivery } from '../domain/deliverySignature';
import type { SharedEventType } from '../domain/sharing';

// Deliveries of shared events to webhook subscriptions (F13). The subscription's workflow decides what to
// deliver next; these post it, log every attempt and keep the subscription row (its status and cursor) as the
// workflow holds it. Neither the secret nor the payload passes through workflow history: the activity reads both.

/** Thrown when a receiver does not answer 2xx; the activity's retry policy tries again with backoff. */
export const DELIVERY_FAILED = 'DeliveryFailed';

export type SubscriptionStatus = 'active' | 'paused' | 'deleted';

export interface DeliveryInput {
  subscriptionId: string;
  /** In feed order; those the subscription's cursor has passed are skipped. */
  eventIds: number[];
  /** The attempt that, failing, is the last: logged `failed` instead of `retrying`. */
  maxAttempts: number;
  timeoutMs: number;
}

const ERROR_CHARS = 300;

export function createSharingActivities(db: Db) {
  const { subscriptions, deliveries, shared_events } = db.models;

  /** One POST of one event and its log row; the failure's text, or null when answered 2xx. */
  async function post(sub: { id: string; url: string; secret: string }, row: any, attempt: number, input: DeliveryInput): Promise<string | null> {
    const body = JSON.stringify({ id: row.id, type: row.type, occurredAt: new Date(row.occurredAt).toISOString(), creditCode: row.creditCode, data: row.data });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(sub.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(input.timeoutMs),
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Zongjian-Webhooks/1',
          [DELIVERY_HEADERS.eventId]: String(row.id),
          [DELIVERY_HEADERS.timestamp]: timestamp,
          [DELIVERY_HEADERS.signature]: signDelivery(sub.secret, timestamp, body),
        },
        body,
      });
      statusCode = res.status;
      await res.arrayBuffer();
    } catch (err) {
      error = (err as Error).name === 'TimeoutError' ? `no answer within ${input.timeoutMs} ms` : String((err as any)?.cause?.code ?? (err as Error).message);
    }
    const durationMs = Math.round(performance.now() - started);
    const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
    const status = ok ? 'sent' : attempt >= input.maxAttempts ? 'failed' : 'retrying';
    const failure = ok ? null : error ?? `answered ${statusCode}`;
    const now = new Date();
    await db.writeTransaction(async (t) => {
      // One row per attempt (unique key): an activity retried after this committed writes it once.
      await deliveries.bulkCreate([{ subscriptionId: sub.id, eventId: row.id, eventType: row.type, attempt, status, statusCode, error: error?.slice(0, ERROR_CHARS) ?? null, durationMs, payload: body, at: now }], { ignoreDuplicates: true, transaction: t });
      await subscriptions.update(
        { lastDeliveryAt: now, lastDeliveryStatus: status, updatedAt: now, ...(ok ? { cursor: row.id } : {}) },
        { where: { id: sub.id, ...(ok ? { cursor: { [Op.lt]: row.id } } : {}) }, transaction: t },
      );
    });
    return failure;
  }

  return {
    /** The subscription's next events after `after`, of its types: ids only. */
    async eventsToDeliver(input: { subscriptionId: string; after: number; limit: number }): Promise<Array<{ id: number; type: SharedEventType; creditCode: string }>> {
      const sub = (await subscriptions.findByPk(input.subscriptionId))?.get({ plain: true }) as any;
      if (!sub) return [];
      const events = await sharedEventsAfter(db, { after: input.after, types: sub.types, limit: input.limit });
      return events.map((e) => ({ id: e.id, type: e.type, creditCode: e.creditCode }));
    },

    /** Where a subscription's deliveries stand (read when its workflow starts). */
    async subscriptionCursor(input: { subscriptionId: string }): Promise<number> {
      return ((await subscriptions.findByPk(input.subscriptionId, { raw: true })) as any)?.cursor ?? 0;
    },

    /**
     * Posts the events of `eventIds` not yet delivered, in order, each signed, and logs every attempt; stops at
     * the first one not answered 2xx (a redirect is not followed) or not answered within `timeoutMs`, and
     * fails, so the retry policy tries again. A retry posts only that event and returns: every event's attempts
     * are then the activity's attempts, and the subscription pauses after `maxAttempts` of one event. Stops
     * early when the subscription is no longer active (paused or deleted meanwhile). Returns the last event
     * delivered (the subscription's cursor).
     */
    async deliverEvents(input: DeliveryInput): Promise<{ cursor: number }> {
      const ctx = Context.current();
      const attempt = ctx.info.attempt;
      const first = (await subscriptions.findByPk(input.subscriptionId))?.get({ plain: true }) as any;
      if (!first) throw ApplicationFailure.nonRetryable(`subscription ${input.subscriptionId} is gone`, 'DeliveryGone');
      let cursor: number = first.cursor;
      const pending = input.eventIds.filter((id) => id > cursor);
      const rows = (await shared_events.findAll({ where: { id: attempt > 1 ? pending.slice(0, 1) : pending }, order: [['id', 'ASC']] })).map((r) => r.get({ plain: true }) as any);
      for (const row of rows) {
        const sub = (await subscriptions.findByPk(input.subscriptionId, { attributes: ['id', 'url', 'secret', 'status'], raw: true })) as any;
        if (!sub || sub.status !== 'active') break;
        const failure = await post(sub, row, attempt, input);
        if (failure) throw ApplicationFailure.retryable(`delivery of event ${row.id} to subscription ${sub.id}: ${failure}`, DELIVERY_FAILED);
        cursor = row.id;
        ctx.heartbeat(cursor);
      }
      return { cursor };
    },

    /**
     * Deletes delivery-log rows older than `retentionDays`, `batch` rows a statement, oldest first. Kept: every row
     * of a paused subscription (its department is looking into why), and a failed attempt whose event the
     * subscription has not delivered since. Resumes after the last row it looked at when retried (heartbeat).
     */
    async pruneDeliveryLog(input: { retentionDays: number; batch: number }): Promise<{ deleted: number }> {
      const ctx = Context.current();
      const cutoff = new Date(Date.now() - input.retentionDays * 86_400_000);
      let after: number = ctx.info.heartbeatDetails ?? 0;
      let deleted = 0;
      for (;;) {
        const rows = (await deliveries.findAll({ attributes: ['id', 'subscriptionId', 'eventId', 'status'], where: { id: { [Op.gt]: after }, at: { [Op.lt]: cutoff } }, order: [['id', 'ASC']], limit: input.batch, raw: true })) as any[];
        if (rows.length === 0) break;
        const subs = new Map(((await subscriptions.findAll({ attributes: ['id', 'status', 'cursor'], where: { id: [...new Set(rows.map((r) => r.subscriptionId))] }, raw: true })) as any[]).map((r) => [r.id, r]));
        const prunable = rows.filter((r) => {
          const sub = subs.get(r.subscriptionId);
          if (!sub) return true;
          if (sub.status === 'paused') return false;
          return r.status === 'sent' || sub.status === 'deleted' || r.eventId <= sub.cursor;
        });
        if (prunable.length > 0) deleted += await deliveries.destroy({ where: { id: prunable.map((r) => r.id) } });
        after = rows[rows.length - 1].id;
        ctx.heartbeat(after);
        if (rows.length < input.batch) break;
      }
      return { deleted };
    },

    /** Records the status the subscription's workflow changed it to, with an audit entry. */
    async saveSubscriptionStatus(input: { subscriptionId: string; status: SubscriptionStatus; reason: string | null; actor: string }): Promise<void> {
      await db.writeTransaction(async (t) => {
        const row = await subscriptions.findByPk(input.subscriptionId, { transaction: t });
        if (!row || row.get('status') === input.status) return;
        const now = new Date();
        await row.update({ status: input.status, pausedReason: input.status === 'paused' ? input.reason : null, pausedAt: input.status === 'paused' ? now : null, updatedAt: now }, { transaction: t });
        await appendAudit(db, { actorType: input.actor.startsWith('subscription:') ? 'workflow' : 'user', actor: input.actor, action: `subscription.${input.status}`, targetType: 'subscription', targetId: input.subscriptionId, detail: input.reason ? { reason: input.reason } : {} }, t);
      });
    },
  };
}
