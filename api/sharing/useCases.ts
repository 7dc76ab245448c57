import os from 'node:os';
import type { Config } from '../../config';
import type { Db } from '../../db';
import { lastSharedEventId, sharedEventsAfter } from '../../db/sharedEvents';
import { refusedSubscriptionUrl, type PlatformAddresses, type SharedEvent, type SharedEventType } from '../../domain/sharing';
import { deleteSubscriptionUpdate, pauseSubscriptionUpdate, resumeSubscriptionUpdate, subscriptionDelivery, subscriptionWorkflowId, type SubscriptionInput } from '../../workflows/subscriptionDelivery';
import { badRequest, notFound, unavailable, unprocessable } from '../errors';
import { update, type Temporal } from '../temporal';
import { createSubscription, dropSubscription, findSubscription, type SubscriptionView } from './repository';

// The stories of sharing (F13): reading the feed from a cursor, subscribing a webhook, pausing, resuming and
// deleting it. A subscription's row is created here, like an API key (configuration a department asks for);
// from then on its workflow owns its status and cursor (DESIGN.md rule 1) and changes arrive as Updates.

/** Events after `after` of `types`; `next` is where the next call starts, also when this page is empty. */
export async function readFeed(db: Db, q: { after: number; types: SharedEventType[]; limit: number }): Promise<{ events: SharedEvent[]; next: number }> {
  // The head first: every id up to it has committed (db/sharedEvents.ts), so a short page has seen them all.
  const head = await lastSharedEventId(db);
  if (q.after > head) throw badRequest(`no event ${q.after} exists yet (the newest is ${head})`, [{ field: 'after', message: 'beyond the newest event' }], { code: 'feed-cursor-unknown', params: { after: q.after, newest: head } });
  const events = (await sharedEventsAfter(db, { after: q.after, types: q.types, limit: q.limit })).filter((e) => e.id <= head);
  return { events, next: events.length === q.limit ? events[events.length - 1].id : head };
}

/** Where the platform listens, so a subscription cannot send its deliveries back into it. */
export function platformAddresses(config: Config, request: { localPort?: number; hostname?: string }): PlatformAddresses {
  const hostPort = (address: string, fallback: number) => {
    const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(address);
    return m ? { host: m[1], port: Number(m[2]) } : { host: address, port: fallback };
  };
  const others = [hostPort(config.TEMPORAL_ADDRESS, 7233), { host: '127.0.0.1', port: config.TEMPORAL_UI_PORT }];
  if (config.DATABASE_URL.startsWith('mysql:')) {
    const db = new URL(config.DATABASE_URL);
    others.push({ host: db.hostname, port: Number(db.port || 3306) });
  }
  return { ports: [config.PORT, request.localPort].filter((p): p is number => !!p), others, ownHosts: [os.hostname(), ...(request.hostname ? [request.hostname] : [])] };
}

export interface NewSubscription {
  departmentCode: string;
  system: string;
  url: string;
  types: SharedEventType[];
}

export async function subscribe(deps: { db: Db; temporal: Temporal; config: Config }, s: NewSubscription, platform: PlatformAddresses): Promise<SubscriptionView & { secret: string }> {
  const refused = refusedSubscriptionUrl(s.url, platform);
  if (refused) throw unprocessable(`url: ${refused.message}`, [{ field: 'url', message: refused.message, code: refused.code }], { code: refused.code });
  // Deliveries start with the events after the subscription, as a webhook's integrator expects; what happened
  // before is in the feed, from any cursor.
  const cursor = await lastSharedEventId(deps.db);
  const { id, secret } = await createSubscription(deps.db, { ...s, types: [...new Set(s.types)], cursor });
  const { config } = deps;
  const input: SubscriptionInput = {
    subscriptionId: id,
    departmentCode: s.departmentCode,
    url: s.url,
    cursor,
    options: { pollSeconds: config.SHARING_POLL_SECONDS, timeoutMs: config.DELIVERY_TIMEOUT_SECONDS * 1000, firstRetrySeconds: config.DELIVERY_FIRST_RETRY_SECONDS, maxRetrySeconds: config.DELIVERY_MAX_RETRY_SECONDS, attempts: config.DELIVERY_ATTEMPTS },
  };
  try {
    await deps.temporal.client.workflow.start(subscriptionDelivery, { workflowId: subscriptionWorkflowId(id), taskQueue: deps.temporal.taskQueue, args: [input] });
  } catch (err) {
    await dropSubscription(deps.db, id);
    throw unavailable(`the subscription could not be started, nothing was stored; try again (${String((err as Error).message).slice(0, 200)})`, { code: 'subscription-not-started' });
  }
  return { ...(await findSubscription(deps.db, id))!, secret };
}

export type SubscriptionAction = 'pause' | 'resume' | 'delete';
const UPDATES = { pause: pauseSubscriptionUpdate, resume: resumeSubscriptionUpdate, delete: deleteSubscriptionUpdate };

/** Sends the subscription's workflow the change and answers the subscription as it then stands. */
export async function changeSubscription(deps: { db: Db; temporal: Temporal }, subscription: SubscriptionView, action: SubscriptionAction, actor: string): Promise<SubscriptionView | null> {
  await update(deps.temporal, subscriptionWorkflowId(subscription.id), UPDATES[action], { actor });
  return findSubscription(deps.db, subscription.id);
}

/** The subscription, if `departmentCode` (null: any department) may see it. */
export async function visibleSubscription(db: Db, id: string, departmentCode: string | null): Promise<SubscriptionView> {
  const s = await findSubscription(db, id);
  if (!s || (departmentCode !== null && s.department.code !== departmentCode)) throw notFound('no such subscription', { code: 'subscription-not-found' });
  return s;
}
