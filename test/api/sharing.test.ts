import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { Op } from 'sequelize';
import { createRegistrationActivities } from '../../activities/registrations';
import { recordSharedEvents } from '../../db/sharedEvents';
import { signDelivery } from '../../domain/deliverySignature';
import type { SharedEventType } from '../../domain/sharing';
import { testDatabases } from '../support/databases';
import { newCreditCode, registration } from '../support/events';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';

// Information sharing (F13): the feed from any cursor, and webhook subscriptions delivering to a REAL local
// receiver that fails on purpose (500s, no answer, slow answers) — nothing lost, nothing doubled beyond its event
// id, nothing reordered; a receiver that keeps failing pauses its subscription and gives its department a task.

interface Received {
  eventId: string;
  body: string;
  answered: number;
  signatureValid: boolean;
}

/** A webhook receiver on an ephemeral port; `answer` decides each request (a status, or `hang`). */
class Receiver {
  readonly received: Received[] = [];
  private readonly sockets = new Set<Socket>();
  private server!: http.Server;
  secret = '';
  answer: (eventId: string, attemptOfThisEvent: number) => number | 'hang' | { slowMs: number } = () => 200;
  private readonly attempts = new Map<string, number>();

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const eventId = String(req.headers['zongjian-event-id']);
        const attempt = (this.attempts.get(eventId) ?? 0) + 1;
        this.attempts.set(eventId, attempt);
        const a = this.answer(eventId, attempt);
        const signatureValid = req.headers['zongjian-signature'] === signDelivery(this.secret, String(req.headers['zongjian-timestamp']), body);
        if (a === 'hang') {
          this.received.push({ eventId, body, answered: 0, signatureValid });
          return;
        }
        const status = typeof a === 'number' ? a : 200;
        const send = () => {
          this.received.push({ eventId, body, answered: status, signatureValid });
          res.writeHead(status).end();
        };
        if (typeof a === 'object') setTimeout(send, a.slowMs);
        else send();
      });
    });
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  /** Event ids answered 2xx, in the order they were answered. */
  acknowledged(): number[] {
    return this.received.filter((r) => r.answered >= 200 && r.answered < 300).map((r) => Number(r.eventId));
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((r) => this.server.close(r));
  }
}

/** A problem's stable code: the last part of its `type`. */
const codeOf = (res: { body: { type?: string } }) => res.body.type?.split('/').pop();

describe.each(testDatabases)('information sharing on $name', (database) => {
  let p: TestPlatform;
  let feedKey = '';
  let noDepartmentKey = '';
  let otherScopeKey = '';
  const receivers: Receiver[] = [];
  const auth = (key = feedKey) => ({ Authorization: `Bearer ${key}` });
  const feed = (q: Record<string, string | number>, key = feedKey) => p.api.get('/api/ext/v1/feed').query(q).set(auth(key));
  const subscribe = (body: unknown, key = feedKey) => p.api.post('/api/ext/v1/subscriptions').set(auth(key)).send(body as object);

  /** Writes shared events as the activities do, one transaction each. */
  const write = async (facts: Array<{ type: SharedEventType; creditCode: string; n?: number }>) => {
    for (const f of facts) {
      await p.db.writeTransaction((t) => recordSharedEvents(p.db, [{ type: f.type, key: crypto.randomUUID(), occurredAt: new Date(), creditCode: f.creditCode, data: { entityName: '测试主体', n: f.n ?? 0 } }], t));
    }
  };
  const headId = async () => ((await p.db.models.shared_event_head.findByPk(1, { raw: true })) as any).lastId as number;
  const newReceiver = async () => {
    const r = new Receiver();
    receivers.push(r);
    return { receiver: r, url: await r.start() };
  };

  beforeAll(async () => {
    p = await startPlatform(database, {
      config: { SHARING_POLL_SECONDS: '0.2', DELIVERY_TIMEOUT_SECONDS: '0.5', DELIVERY_FIRST_RETRY_SECONDS: '0.1', DELIVERY_MAX_RETRY_SECONDS: '0.4', DELIVERY_ATTEMPTS: '5' },
    });
    feedKey = await p.apiKey(['feed:read'], 'city-sharing', 'SCJGJ');
    noDepartmentKey = await p.apiKey(['feed:read'], 'no-department');
    otherScopeKey = await p.apiKey(['records:write'], 'records-only', 'SCJGJ');
  });
  afterAll(async () => {
    await p?.stop();
    for (const r of receivers) await r.stop();
  });

  describe('shared events', () => {
    it('a registration through the API is shared as entity.registered, by name, once however often its activity runs', async () => {
      const regKey = await p.apiKey(['registration:write'], 'registration-system');
      const event = registration();
      const after = await headId();
      expect((await p.api.post('/api/ext/v1/registrations').set(auth(regKey)).send(event)).status).toBe(202);
      const shared = await eventually(async () => (await feed({ after, types: 'entity.registered' })).body.events.find((e: any) => e.creditCode === event.entity.creditCode), 20_000, 'entity.registered');
      expect(shared.data).toMatchObject({ name: event.entity.name, address: event.entity.address, registrationAuthority: event.entity.registrationAuthority });
      expect(shared.data.regionName).toEqual(expect.any(String));
      expect(shared.data).not.toHaveProperty('legalRepresentative');
      // The activity retried (as after a worker died once it committed) records the fact again: no second event.
      await createRegistrationActivities(p.db).recordRegistration(event);
      expect(await p.db.models.shared_events.count({ where: { factKey: `entity.registered:${event.eventId}` } })).toBe(1);
    });

    it('ten concurrent writers of one fact leave one event, and ids stay gapless and in commit order', async () => {
      const before = await headId();
      const key = crypto.randomUUID();
      const creditCode = newCreditCode();
      await Promise.all(
        Array.from({ length: 10 }, () => p.db.writeTransaction((t) => recordSharedEvents(p.db, [{ type: 'warning.raised', key, occurredAt: new Date(), creditCode, data: {} }], t)).catch(() => undefined)),
      );
      await Promise.all(Array.from({ length: 10 }, (_, n) => write([{ type: 'case.filed', creditCode, n }])));
      expect(await p.db.models.shared_events.count({ where: { factKey: `warning.raised:${key}` } })).toBe(1);
      const ids = ((await p.db.models.shared_events.findAll({ attributes: ['id'], where: { creditCode }, order: [['id', 'ASC']], raw: true })) as any[]).map((r) => r.id);
      expect(ids).toEqual(Array.from({ length: 11 }, (_, i) => before + 1 + i));
    });
  });

  describe('the feed', () => {
    it('pages from any cursor: following `next` reads every event once, in order; a types filter keeps only those', async () => {
      const creditCode = newCreditCode();
      const start = await headId();
      await write(Array.from({ length: 25 }, (_, n) => ({ type: n % 2 ? 'license.issued' : 'listing.listed', creditCode, n }) as const));
      const read: any[] = [];
      let after = start;
      for (let page = 0; page < 10; page++) {
        const res = await feed({ after, limit: 7 });
        expect(res.status).toBe(200);
        read.push(...res.body.events);
        if (res.body.events.length === 0) break;
        after = res.body.next;
      }
      const ours = read.filter((e) => e.creditCode === creditCode);
      expect(ours.map((e) => e.data.n)).toEqual(Array.from({ length: 25 }, (_, n) => n));
      expect(read.map((e) => e.id)).toEqual([...read.map((e) => e.id)].sort((a, b) => a - b));
      expect(new Set(read.map((e) => e.id)).size).toBe(read.length);
      // From a cursor in the middle: exactly what follows it.
      const middle = ours[11].id;
      const rest = (await feed({ after: middle, limit: 1000 })).body.events.filter((e: any) => e.creditCode === creditCode);
      expect(rest.map((e: any) => e.data.n)).toEqual(Array.from({ length: 13 }, (_, n) => n + 12));
      const licenses = (await feed({ after: start, types: 'license.issued', limit: 1000 })).body;
      expect(licenses.events.every((e: any) => e.type === 'license.issued')).toBe(true);
      expect(licenses.events.filter((e: any) => e.creditCode === creditCode)).toHaveLength(12);
      expect(licenses.next).toBe(await headId());
      expect(Object.keys(licenses.events[0]).sort()).toEqual(['creditCode', 'data', 'id', 'occurredAt', 'type']);
    });

    it('bad input answers 400 with a code; no key 401, a key without feed:read 403', async () => {
      const head = await headId();
      const cases: Array<[Record<string, string | number>, string]> = [
        [{ after: 'abc' }, 'feed-cursor-invalid'],
        [{ after: '-1' }, 'feed-cursor-invalid'],
        [{ after: '1.5' }, 'feed-cursor-invalid'],
        [{ after: head + 1000 }, 'feed-cursor-unknown'],
        [{ types: '' }, 'event-types-empty'],
        [{ types: 'entity.registered,entity.exploded' }, 'event-type-unknown'],
        [{ limit: 0 }, 'feed-limit-invalid'],
        [{ limit: 5000 }, 'feed-limit-invalid'],
      ];
      for (const [q, code] of cases) {
        const res = await feed(q);
        expect([res.status, codeOf(res)]).toEqual([400, code]);
        expect(res.body.errors[0].field).toBe(Object.keys(q)[0]);
      }
      expect((await p.api.get('/api/ext/v1/feed')).status).toBe(401);
      expect((await feed({}, otherScopeKey)).status).toBe(403);
    });
  });

  describe('subscriptions', () => {
    it('refuses bad input with a clear error and stores nothing', async () => {
      const before = await p.db.models.subscriptions.count();
      const own = new URL(p.server.url);
      const bad: Array<[unknown, number, string, string?]> = [
        [{ url: 'ftp://127.0.0.1:2121/hook', types: ['case.filed'] }, 422, 'subscription-url-scheme'],
        [{ url: 'file:///etc/passwd', types: ['case.filed'] }, 422, 'subscription-url-scheme'],
        [{ url: `http://127.0.0.1:${own.port}/api/ext/v1/registrations`, types: ['case.filed'] }, 422, 'subscription-url-platform'],
        [{ url: `http://localhost:${own.port}/`, types: ['case.filed'] }, 422, 'subscription-url-platform'],
        [{ url: `http://${p.config.TEMPORAL_ADDRESS}/`, types: ['case.filed'] }, 422, 'subscription-url-platform'],
        [{ url: 'http://169.254.169.254/latest/meta-data', types: ['case.filed'] }, 422, 'subscription-url-platform'],
        [{ url: 'http://user:pw@127.0.0.1:9/hook', types: ['case.filed'] }, 422, 'subscription-url-credentials'],
        [{ url: 'not a url', types: ['case.filed'] }, 422, 'subscription-url-invalid'],
        [{ url: 'http://127.0.0.1:9/hook', types: ['case.exploded'] }, 400, 'invalid-input', 'types.0'],
        [{ url: 'http://127.0.0.1:9/hook', types: [] }, 400, 'invalid-input', 'types'],
        [{ url: 'http://127.0.0.1:9/hook' }, 400, 'invalid-input', 'types'],
      ];
      for (const [body, status, code, field] of bad) {
        const res = await subscribe(body);
        expect([res.status, codeOf(res)]).toEqual([status, code]);
        expect(res.body.errors?.[0]?.field).toBe(field ?? 'url');
      }
      expect((await subscribe({ url: 'http://127.0.0.1:9/hook', types: ['case.filed'] }, noDepartmentKey))).toMatchObject({ status: 403, body: { type: expect.stringMatching(/subscription-department-key-required$/) } });
      expect((await subscribe({ url: 'http://127.0.0.1:9/hook', types: ['case.filed'] }, otherScopeKey)).status).toBe(403);
      expect(await p.db.models.subscriptions.count()).toBe(before);
    });

    it('delivers every event to a receiver that fails on purpose: none lost, in order, recorded as sent once, signed', async () => {
      const { receiver, url } = await newReceiver();
      // Per event: the first attempt 500, the second no answer (times out), the third slow but in time; some events
      // succeed at once; for some the third answer is a 2xx that comes after the platform's 500-ms timeout.
      receiver.answer = (id, attempt) => (Number(id) % 3 === 0 ? 200 : attempt === 1 ? 500 : attempt === 2 ? 'hang' : attempt === 3 && Number(id) % 3 === 1 ? { slowMs: 800 } : { slowMs: 150 });
      const entities = [newCreditCode(), newCreditCode(), newCreditCode()];
      const start = await headId();
      const res = await subscribe({ url, types: ['case.filed', 'case.decided'] });
      expect(res.status).toBe(201);
      receiver.secret = res.body.secret;
      expect(res.body).toMatchObject({ url, types: ['case.filed', 'case.decided'], status: 'active', department: { code: 'SCJGJ', name: '金山区市场监督管理局' } });
      expect(await p.db.models.audit_log.count({ where: { action: 'subscription.created', targetId: res.body.id, actor: 'city-sharing' } })).toBe(1);
      await write(Array.from({ length: 12 }, (_, n) => ({ type: n % 2 ? 'case.decided' : 'case.filed', creditCode: entities[n % 3], n }) as const));
      await write([{ type: 'warning.raised', creditCode: entities[0] }]);
      // Deliveries start after the subscription: the earlier tests' case events are not sent.
      const expected = ((await p.db.models.shared_events.findAll({ attributes: ['id'], where: { type: ['case.filed', 'case.decided'], id: { [Op.gt]: start } }, order: [['id', 'ASC']], raw: true })) as any[]).map((r) => r.id);
      expect(await p.db.models.shared_events.count({ where: { type: 'case.filed', id: { [Op.lte]: start } } })).toBeGreaterThan(0);
      await eventually(async () => new Set(receiver.acknowledged()).size === expected.length, 60_000, `all ${expected.length} events acknowledged`);
      // The platform records one delivery of each event, whatever the receiver answered on the way (the last row lands
      // just after the receiver answered, so the receiver's list is read after it).
      const sentRows = async () => ((await p.db.models.deliveries.findAll({ attributes: ['eventId'], where: { subscriptionId: res.body.id, status: 'sent' }, order: [['eventId', 'ASC']], raw: true })) as any[]).map((d) => d.eventId);
      await eventually(async () => (await sentRows()).length >= expected.length, 10_000, 'every delivery logged as sent');
      expect(await sentRows()).toEqual(expected);
      // Nothing lost, strictly in feed order (so in order for each entity): the next event is posted only once the
      // platform heard the last one's 2xx. At least once, not exactly once: a 2xx that reached the platform after its
      // timeout (a slow answer on a loaded machine) is not heard, and the same event is posted again, right away.
      const acknowledged = receiver.acknowledged();
      expect(acknowledged.filter((id, i) => id !== acknowledged[i - 1])).toEqual(expected);
      // An event acknowledged twice is one whose first acknowledgement the platform logged as unanswered: here at
      // least those whose third answer came late.
      const twice = new Set(acknowledged.filter((x, i) => x === acknowledged[i - 1]));
      expect([...twice]).toEqual(expect.arrayContaining(expected.filter((id) => id % 3 === 1)));
      for (const id of twice) {
        expect(await p.db.models.deliveries.count({ where: { subscriptionId: res.body.id, eventId: id, error: { [Op.like]: 'no answer within%' } } })).toBeGreaterThan(0);
      }
      expect(receiver.received.every((r) => r.signatureValid)).toBe(true);
      // A repeat carries the same event id and the same event.
      for (const r of receiver.received) expect(JSON.parse(r.body).id).toBe(Number(r.eventId));
      expect(receiver.received.some((r) => r.answered === 500) && receiver.received.some((r) => r.answered === 0)).toBe(true);
      expect(receiver.received.some((r) => JSON.parse(r.body).type === 'warning.raised')).toBe(false);
      expect(expected).toHaveLength(12);

      // The log: per event its attempts, retrying until sent; the cursor at the last.
      const clerk = await p.login('clerk');
      const failing = expected.find((id) => id % 3 !== 0)!;
      const log = (await p.api.get(`/api/v1/subscriptions/${res.body.id}/deliveries`).query({ eventId: failing, perPage: 50 }).set(auth(clerk))).body;
      // Newest first: attempt 1 answered 500, attempt 2 not at all, then the receiver's slow 2xx; an answer that came
      // after the timeout (on purpose, or a slow one on a loaded machine) is tried again, so the attempts between read
      // "no answer".
      const attempts = [...log.data].reverse();
      expect(attempts.map((d: any) => d.attempt)).toEqual(attempts.map((_: unknown, i: number) => i + 1));
      expect(attempts.map((d: any) => d.status)).toEqual([...attempts.slice(1).map(() => 'retrying'), 'sent']);
      expect(attempts.length).toBeGreaterThanOrEqual(3);
      expect(attempts[0].statusCode).toBe(500);
      for (const d of attempts.slice(1, -1)) expect(d.error).toMatch(/no answer within 500 ms/);
      expect(JSON.parse(attempts[attempts.length - 1].payload)).toMatchObject({ id: failing, data: { entityName: '测试主体' } });
      const listed = (await p.api.get('/api/v1/subscriptions').set(auth(clerk))).body.data.find((s: any) => s.id === res.body.id);
      expect(listed).toMatchObject({ cursor: expected[expected.length - 1], lastDeliveryStatus: 'sent', status: 'active' });
      expect(listed).not.toHaveProperty('secret');
      // Another department's clerk does not see it.
      const other = await p.login('jtw-clerk');
      expect((await p.api.get(`/api/v1/subscriptions/${res.body.id}`).set(auth(other))).status).toBe(404);
    });

    it('a receiver failing every attempt pauses the subscription and gives its department a task; resuming delivers from the failed event', async () => {
      const { receiver, url } = await newReceiver();
      let down = true;
      receiver.answer = () => (down ? 500 : 204);
      const creditCode = newCreditCode();
      const res = await subscribe({ url, types: ['inspection.published'] });
      receiver.secret = res.body.secret;
      const id = res.body.id;
      await write([1, 2, 3].map((n) => ({ type: 'inspection.published' as const, creditCode, n })));
      const paused = await eventually(async () => {
        const s = (await p.api.get(`/api/ext/v1/subscriptions/${id}`).set(auth())).body;
        return s.status === 'paused' ? s : null;
      }, 60_000, 'the subscription paused');
      expect(paused.pausedReason).toMatch(/5 次均失败/);
      const first = Number(receiver.received[0].eventId);
      expect(new Set(receiver.received.map((r) => r.eventId))).toEqual(new Set([String(first)]));
      expect(receiver.received).toHaveLength(5);
      const log = (await p.api.get(`/api/ext/v1/subscriptions/${id}/deliveries`).set(auth())).body.data;
      expect(log.map((d: any) => d.status)).toEqual(['failed', 'retrying', 'retrying', 'retrying', 'retrying']);
      // The department's task, in its clerks' inbox.
      const clerk = await p.login('clerk');
      const task = await eventually(async () => ((await p.api.get('/api/v1/tasks').query({ type: 'subscriptionPaused', status: 'open' }).set(auth(clerk))).body.data as any[]).find((t) => t.data?.subscriptionId === id), 20_000, 'the paused task');
      expect(task).toMatchObject({ department: expect.objectContaining({ code: 'SCJGJ' }) });

      down = false;
      const resumed = await p.api.post(`/api/ext/v1/subscriptions/${id}/resume`).set(auth());
      expect([resumed.status, resumed.body.status]).toEqual([200, 'active']);
      await eventually(async () => receiver.acknowledged().length === 3, 30_000, 'the three events delivered after resuming');
      expect(receiver.acknowledged()[0]).toBe(first);
      expect(receiver.acknowledged()).toEqual([...receiver.acknowledged()].sort((a, b) => a - b));
      // Resuming settled the task.
      await eventually(async () => ((await p.db.models.tasks.findOne({ where: { id: task.id }, raw: true })) as any).status === 'cancelled', 10_000, 'the task cancelled');
    });

    it('the department resumes a paused subscription by completing its task with 恢复推送 (resumed)', async () => {
      const { receiver, url } = await newReceiver();
      let down = true;
      receiver.answer = () => (down ? 503 : 200);
      const res = await subscribe({ url, types: ['case.decided'] });
      receiver.secret = res.body.secret;
      await write([{ type: 'case.decided', creditCode: newCreditCode() }]);
      const clerk = await p.login('clerk');
      const task = await eventually(async () => ((await p.api.get('/api/v1/tasks').query({ type: 'subscriptionPaused', status: 'open' }).set(auth(clerk))).body.data as any[]).find((t) => t.data?.subscriptionId === res.body.id), 60_000, 'the paused task');
      expect(task.allowedOutcomes).toEqual(['resumed', 'left_paused']);
      down = false;
      const done = await p.api.post(`/api/v1/tasks/${task.id}/complete`).set(auth(clerk)).send({ outcome: 'resumed', comment: '接收端已修复' });
      expect(done.status).toBe(200);
      await eventually(async () => receiver.acknowledged().length === 1, 30_000, 'delivered after the task resumed it');
      expect((await p.api.get(`/api/ext/v1/subscriptions/${res.body.id}`).set(auth())).body.status).toBe('active');
    });

    it('pausing in the middle of a backlog stops after the event in flight; resuming delivers the rest, in order', async () => {
      const { receiver, url } = await newReceiver();
      receiver.answer = () => ({ slowMs: 150 });
      const res = await subscribe({ url, types: ['entity.changed'] });
      receiver.secret = res.body.secret;
      const creditCode = newCreditCode();
      await write(Array.from({ length: 30 }, (_, n) => ({ type: 'entity.changed' as const, creditCode, n })));
      await eventually(async () => receiver.acknowledged().length >= 3, 30_000, 'the first deliveries');
      expect((await p.api.post(`/api/ext/v1/subscriptions/${res.body.id}/pause`).set(auth())).body.status).toBe('paused');
      const atPause = receiver.received.length;
      await new Promise((r) => setTimeout(r, 1500));
      expect(receiver.received.length).toBeLessThanOrEqual(atPause + 1);
      expect(receiver.acknowledged().length).toBeLessThan(30);
      expect((await p.api.post(`/api/ext/v1/subscriptions/${res.body.id}/resume`).set(auth())).body.status).toBe('active');
      await eventually(async () => new Set(receiver.acknowledged()).size === 30, 60_000, 'the rest delivered');
      const firsts = [...new Set(receiver.acknowledged())];
      expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
      expect(receiver.received.map((r) => JSON.parse(r.body).data.n).filter((n, i, all) => all.indexOf(n) === i)).toEqual(Array.from({ length: 30 }, (_, n) => n));
    });

    it('pause, resume and delete as an integrator expects; another department’s key sees nothing of it', async () => {
      const { receiver, url } = await newReceiver();
      const res = await subscribe({ url, types: ['listing.listed', 'listing.listed'] });
      receiver.secret = res.body.secret;
      expect(res.body.types).toEqual(['listing.listed']);
      const id = res.body.id;
      expect((await p.api.post(`/api/ext/v1/subscriptions/${id}/pause`).set(auth())).body.status).toBe('paused');
      expect((await p.api.post(`/api/ext/v1/subscriptions/${id}/pause`).set(auth())).body.status).toBe('paused');
      const creditCode = newCreditCode();
      await write([{ type: 'listing.listed', creditCode }]);
      await new Promise((r) => setTimeout(r, 1000));
      expect(receiver.received).toHaveLength(0);
      expect((await p.api.post(`/api/ext/v1/subscriptions/${id}/resume`).set(auth())).body.status).toBe('active');
      await eventually(async () => receiver.acknowledged().length >= 1, 20_000, 'delivered after resume');
      const list = (await p.api.get('/api/ext/v1/subscriptions').set(auth())).body;
      expect(list.data.map((s: any) => s.id)).toContain(id);
      const otherDepartment = await p.apiKey(['feed:read'], 'transport', 'JTW');
      expect((await p.api.get(`/api/ext/v1/subscriptions/${id}`).set(auth(otherDepartment))).status).toBe(404);
      expect((await p.api.delete(`/api/ext/v1/subscriptions/${id}`).set(auth(otherDepartment))).status).toBe(404);
      expect((await p.api.delete(`/api/ext/v1/subscriptions/${id}`).set(auth())).status).toBe(204);
      expect((await p.api.get(`/api/ext/v1/subscriptions/${id}`).set(auth())).status).toBe(404);
      expect((await p.api.get('/api/ext/v1/subscriptions').set(auth())).body.data.map((s: any) => s.id)).not.toContain(id);
    });
  });
});
