import { Router, type Request } from 'express';
import type { Config } from '../../config';
import type { Db } from '../../db';
import { departmentsByCode } from '../../db/departments';
import { FEED_DEFAULT_LIMIT, FEED_MAX_LIMIT, SHARED_EVENT_TYPES, type SharedEventType } from '../../domain/sharing';
import { requireScope, requireUser } from '../auth/middleware';
import { badRequest, forbidden } from '../errors';
import { document, systemSecurity, userSecurity, z } from '../openapi';
import type { Temporal } from '../temporal';
import { body, query, text } from '../validate';
import { answerList, ListFormat, listResponses } from '../lists';
import { listDeliveries, listSubscriptions, subscriptionExport } from './repository';
import { changeSubscription, platformAddresses, readFeed, subscribe, visibleSubscription, type SubscriptionAction } from './useCases';

// Information sharing (信息共享, F13, CONTRACT.md): the feed of shared events from a cursor, and webhook
// subscriptions — for other systems with a feed:read key (/api/ext/v1), and for the department's staff and the
// administrator in the admin UI (/api/v1).

const EventType = z.enum(SHARED_EVENT_TYPES).openapi('SharedEventType');
const SharedEvent = z
  .object({
    id: z.number().int().describe('the event’s place in the feed: the cursor'),
    type: EventType,
    occurredAt: z.string().describe('ISO 8601'),
    creditCode: z.string(),
    data: z.record(z.string(), z.unknown()).describe('what happened, by name: the entity’s name, the department, the license item, the list…'),
  })
  .openapi('SharedEvent');
const Feed = z.object({ events: z.array(SharedEvent), next: z.number().int().describe('pass as `after` to read on; also when `events` is empty') }).openapi('SharedEventFeed');
const FeedQuery = z.object({
  after: z.string().optional().describe('a cursor: the `next` of a previous answer, or an event id (0 or absent: from the first event)'),
  types: z.string().optional().describe('comma-separated event types; all when absent'),
  limit: z.string().optional().describe(`events per answer, 1–${FEED_MAX_LIMIT} (default ${FEED_DEFAULT_LIMIT})`),
});

const SubscriptionInput = z
  .object({
    url: text().min(1).max(2000).describe('http(s) URL receiving a POST per event; not the platform itself'),
    types: z.array(EventType).min(1).max(SHARED_EVENT_TYPES.length),
  })
  .openapi('SubscriptionInput');
const AdminSubscriptionInput = SubscriptionInput.extend({ departmentCode: text().min(1).max(32).describe('whose subscription it is') }).openapi('AdminSubscriptionInput');
const Subscription = z
  .object({
    id: z.string(),
    department: z.object({ code: z.string(), name: z.string() }),
    system: z.string().describe('who created it: the API key’s system, or `user:<username>`'),
    url: z.string(),
    types: z.array(EventType),
    status: z.enum(['active', 'paused']),
    pausedReason: z.string().nullable(),
    pausedAt: z.string().nullable(),
    cursor: z.number().int().describe('the last event delivered'),
    lastDeliveryAt: z.string().nullable(),
    lastDeliveryStatus: z.enum(['sent', 'retrying', 'failed']).nullable(),
    createdAt: z.string(),
  })
  .openapi('Subscription');
const CreatedSubscription = Subscription.extend({ secret: z.string().describe('signs every delivery (Zongjian-Signature); shown only in this answer') }).openapi('CreatedSubscription');
const Delivery = z
  .object({
    id: z.number().int(),
    eventId: z.number().int(),
    eventType: EventType,
    attempt: z.number().int(),
    status: z.enum(['sent', 'retrying', 'failed']).describe('sent: answered 2xx; retrying: failed, tried again; failed: the last attempt failed and the subscription paused'),
    statusCode: z.number().int().nullable(),
    error: z.string().nullable(),
    durationMs: z.number().int(),
    payload: z.string().describe('the body as posted'),
    at: z.string(),
  })
  .openapi('Delivery');
const list = (item: z.ZodTypeAny) => z.object({ data: z.array(item), total: z.number().int() });
const json = (schema: z.ZodTypeAny) => ({ 'application/json': { schema } });
const Id = z.object({ id: z.string() });
const ListQuery = z.object({ page: z.coerce.number().int().min(1).default(1), perPage: z.coerce.number().int().min(1).max(500).default(25), status: z.enum(['active', 'paused']).optional() });
const DeliveryQuery = z.object({ page: z.coerce.number().int().min(1).default(1), perPage: z.coerce.number().int().min(1).max(500).default(25), status: z.enum(['sent', 'retrying', 'failed']).optional(), eventId: z.coerce.number().int().min(1).optional() });
const SIGNATURE = 'Deliveries start with the events after the subscription (earlier ones are in the feed). Each delivery is a POST of one SharedEvent with headers `Zongjian-Event-Id` (dedupe on it: delivery is at least once), `Zongjian-Timestamp` (Unix seconds) and `Zongjian-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the secret>`; events in feed order, the next only once the previous was answered 2xx; a failed one is retried with exponential backoff, and after DELIVERY_ATTEMPTS (15) failures the subscription pauses and its department gets a task.';

const ext = ['sharing'];
document({ method: 'get', path: '/api/ext/v1/feed', operationId: 'readFeed', summary: 'Read shared events from a cursor', tags: ext, security: systemSecurity, description: 'scope feed:read. Events in order after `after`; resumable from any cursor. Bad input answers 400 with a code: `feed-cursor-invalid`, `feed-cursor-unknown` (beyond the newest event), `event-types-empty`, `event-type-unknown`, `feed-limit-invalid`.', request: { query: FeedQuery }, responses: { 200: { description: 'events and the next cursor', content: json(Feed) } } }, [400, 401, 403]);
document({ method: 'post', path: '/api/ext/v1/subscriptions', operationId: 'createSubscription', summary: 'Subscribe a webhook to shared events', tags: ext, security: systemSecurity, description: `scope feed:read, a key created for a department (the subscription is that department’s). ${SIGNATURE} Refused (422): a URL that is not http(s) (\`subscription-url-scheme\`), carries a user or password, or points at the platform (its API port on its own host or a loopback address, its Temporal frontend or web UI, its database: \`subscription-url-platform\`).`, request: { body: { content: json(SubscriptionInput) } }, responses: { 201: { description: 'created; the secret is shown only here', content: json(CreatedSubscription) } } }, [400, 401, 403, 422]);
document({ method: 'get', path: '/api/ext/v1/subscriptions', operationId: 'listSubscriptions', summary: 'List your department’s subscriptions', tags: ext, security: systemSecurity, description: 'scope feed:read; active and paused ones (`status` to filter)', request: { query: ListQuery }, responses: { 200: { description: 'subscriptions', content: json(list(Subscription)) } } }, [400, 401, 403]);
document({ method: 'get', path: '/api/ext/v1/subscriptions/{id}', operationId: 'getSubscription', summary: 'Get a subscription', tags: ext, security: systemSecurity, request: { params: Id }, responses: { 200: { description: 'the subscription', content: json(Subscription) } } }, [401, 403, 404]);
document({ method: 'delete', path: '/api/ext/v1/subscriptions/{id}', operationId: 'deleteSubscription', summary: 'Delete a subscription', tags: ext, security: systemSecurity, description: 'no further deliveries; its log stays', request: { params: Id }, responses: { 204: { description: 'deleted' } } }, [401, 403, 404, 409]);
for (const action of ['pause', 'resume'] as const) {
  document({ method: 'post', path: `/api/ext/v1/subscriptions/{id}/${action}`, operationId: `${action}Subscription`, summary: action === 'pause' ? 'Pause deliveries' : 'Resume deliveries from where they stopped', tags: ext, security: systemSecurity, request: { params: Id }, responses: { 200: { description: 'the subscription as it now stands (pausing or resuming twice is harmless)', content: json(Subscription) } } }, [401, 403, 404, 409]);
}
document({ method: 'get', path: '/api/ext/v1/subscriptions/{id}/deliveries', operationId: 'listSubscriptionDeliveries', summary: 'A subscription’s delivery log', tags: ext, security: systemSecurity, description: 'one row per attempt, newest first', request: { params: Id, query: DeliveryQuery }, responses: { 200: { description: 'attempts', content: json(list(Delivery)) } } }, [400, 401, 403, 404]);

const staffTags = ['sharing'];
const StaffListQuery = ListQuery.extend({ departmentCode: text().optional(), format: ListFormat });
document({ method: 'get', path: '/api/v1/subscriptions', operationId: 'listDepartmentSubscriptions', summary: 'List webhook subscriptions', tags: staffTags, security: userSecurity, description: 'your department’s (clerks, supervisors); every department’s for the administrator (`departmentCode` to filter)', request: { query: StaffListQuery }, responses: listResponses(list(Subscription), 'subscriptions') }, [400, 401, 403, 422]);
document({ method: 'post', path: '/api/v1/subscriptions', operationId: 'createDepartmentSubscription', summary: 'Subscribe a webhook for a department', tags: staffTags, security: userSecurity, description: `administrator only. ${SIGNATURE}`, request: { body: { content: json(AdminSubscriptionInput) } }, responses: { 201: { description: 'created; the secret is shown only here', content: json(CreatedSubscription) } } }, [400, 401, 403, 422]);
document({ method: 'get', path: '/api/v1/subscriptions/{id}', operationId: 'getDepartmentSubscription', summary: 'Get a subscription', tags: staffTags, security: userSecurity, request: { params: Id }, responses: { 200: { description: 'the subscription', content: json(Subscription) } } }, [401, 403, 404]);
document({ method: 'get', path: '/api/v1/subscriptions/{id}/deliveries', operationId: 'listDepartmentSubscriptionDeliveries', summary: 'A subscription’s delivery log', tags: staffTags, security: userSecurity, request: { params: Id, query: DeliveryQuery }, responses: { 200: { description: 'attempts, newest first, with the payload', content: json(list(Delivery)) } } }, [400, 401, 403, 404]);
for (const action of ['pause', 'resume'] as const) {
  document({ method: 'post', path: `/api/v1/subscriptions/{id}/${action}`, operationId: `${action}DepartmentSubscription`, summary: action === 'pause' ? 'Pause deliveries' : 'Resume deliveries', tags: staffTags, security: userSecurity, description: 'supervisors and clerks of the department, or the administrator', request: { params: Id }, responses: { 200: { description: 'the subscription as it now stands', content: json(Subscription) } } }, [401, 403, 404, 409]);
}

/** `?after&types&limit`, each refused with its own code. */
function feedQuery(req: Request): { after: number; types: SharedEventType[]; limit: number } {
  const q = query(FeedQuery, req);
  const after = q.after === undefined || q.after === '' ? 0 : /^\d{1,10}$/.test(q.after) && Number(q.after) <= 2 ** 31 - 1 ? Number(q.after) : null;
  if (after === null) throw badRequest('after: a cursor is a whole number from a previous answer’s `next`', [{ field: 'after', message: 'not a cursor' }], { code: 'feed-cursor-invalid' });
  let types: SharedEventType[] = [];
  if (q.types !== undefined) {
    const named = q.types.split(',').map((t) => t.trim());
    if (named.every((t) => t === '')) throw badRequest('types: name at least one event type, or leave the parameter out for all', [{ field: 'types', message: 'empty' }], { code: 'event-types-empty' });
    const unknown = named.find((t) => !(SHARED_EVENT_TYPES as readonly string[]).includes(t));
    if (unknown !== undefined) throw badRequest(`types: ${unknown || '(empty)'} is not a shared event type (${SHARED_EVENT_TYPES.join(', ')})`, [{ field: 'types', message: 'unknown event type' }], { code: 'event-type-unknown', params: { type: unknown } });
    types = [...new Set(named)] as SharedEventType[];
  }
  const limit = q.limit === undefined ? FEED_DEFAULT_LIMIT : /^\d{1,4}$/.test(q.limit) && Number(q.limit) >= 1 && Number(q.limit) <= FEED_MAX_LIMIT ? Number(q.limit) : null;
  if (limit === null) throw badRequest(`limit: a whole number from 1 to ${FEED_MAX_LIMIT}`, [{ field: 'limit', message: 'out of range' }], { code: 'feed-limit-invalid', params: { maximum: FEED_MAX_LIMIT } });
  return { after, types, limit };
}

const ACTIONS: SubscriptionAction[] = ['pause', 'resume'];

export function sharingRoutes(db: Db, temporal: Temporal, config: Config): Router {
  const r = Router();
  const feed = requireScope(db, 'feed:read');
  const deps = { db, temporal, config };
  const where = (req: Request) => platformAddresses(config, { localPort: req.socket.localPort, hostname: req.hostname });
  const departmentOf = (req: Request) => {
    const code = req.apiClient!.departmentCode;
    if (!code) throw forbidden('subscriptions belong to a department: use a key created for one (apikey create --department)', { code: 'subscription-department-key-required' });
    return code;
  };

  r.get('/feed', feed, async (req, res) => {
    res.json(await readFeed(db, feedQuery(req)));
  });
  r.post('/subscriptions', feed, async (req, res) => {
    const input = body(SubscriptionInput, req);
    res.status(201).json(await subscribe(deps, { ...input, departmentCode: departmentOf(req), system: req.apiClient!.system }, where(req)));
  });
  r.get('/subscriptions', feed, async (req, res) => {
    const q = query(ListQuery, req);
    res.json(await listSubscriptions(db, { ...q, departmentCode: departmentOf(req) }));
  });
  r.get('/subscriptions/:id', feed, async (req, res) => {
    res.json(await visibleSubscription(db, String(req.params.id), departmentOf(req)));
  });
  r.get('/subscriptions/:id/deliveries', feed, async (req, res) => {
    const s = await visibleSubscription(db, String(req.params.id), departmentOf(req));
    res.json(await listDeliveries(db, s.id, query(DeliveryQuery, req)));
  });
  r.delete('/subscriptions/:id', feed, async (req, res) => {
    const s = await visibleSubscription(db, String(req.params.id), departmentOf(req));
    await changeSubscription(deps, s, 'delete', `system:${req.apiClient!.system}`);
    res.status(204).end();
  });
  for (const action of ACTIONS) {
    r.post(`/subscriptions/:id/${action}`, feed, async (req, res) => {
      const s = await visibleSubscription(db, String(req.params.id), departmentOf(req));
      res.json(await changeSubscription(deps, s, action, `system:${req.apiClient!.system}`));
    });
  }
  return r;
}

export function subscriptionRoutes(db: Db, temporal: Temporal, config: Config): Router {
  const r = Router();
  const staff = requireUser(db, 'admin', 'supervisor', 'clerk');
  const deps = { db, temporal, config };
  const scope = (req: Request) => (req.user!.roles.includes('admin') ? null : req.user!.department.code);

  r.get('/subscriptions', staff, async (req, res) => {
    const q = query(StaffListQuery, req);
    await answerList(res, q, subscriptionExport, (page, perPage) => listSubscriptions(db, { ...q, page, perPage, departmentCode: scope(req) ?? q.departmentCode }));
  });
  r.post('/subscriptions', requireUser(db, 'admin'), async (req, res) => {
    const input = body(AdminSubscriptionInput, req);
    if (!(await departmentsByCode(db)).has(input.departmentCode)) throw badRequest('departmentCode: no such department', [{ field: 'departmentCode', message: 'unknown department' }], { code: 'unknown-department', params: { department: input.departmentCode } });
    res.status(201).json(await subscribe(deps, { url: input.url, types: input.types, departmentCode: input.departmentCode, system: `user:${req.user!.username}` }, platformAddresses(config, { localPort: req.socket.localPort, hostname: req.hostname })));
  });
  r.get('/subscriptions/:id', staff, async (req, res) => {
    res.json(await visibleSubscription(db, String(req.params.id), scope(req)));
  });
  r.get('/subscriptions/:id/deliveries', staff, async (req, res) => {
    const s = await visibleSubscription(db, String(req.params.id), scope(req));
    res.json(await listDeliveries(db, s.id, query(DeliveryQuery, req)));
  });
  for (const action of ACTIONS) {
    r.post(`/subscriptions/:id/${action}`, staff, async (req, res) => {
      const s = await visibleSubscription(db, String(req.params.id), scope(req));
      res.json(await changeSubscription(deps, s, action, `user:${req.user!.username}`));
    });
  }
  return r;
}
