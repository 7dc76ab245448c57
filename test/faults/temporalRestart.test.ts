import { startReconciler } from '../../api/ext/reconcile';
import { testDatabases } from '../support/databases';
import { newCreditCode, newEventId, registration } from '../support/events';
import { shanghaiDate } from '../../domain/workingDays';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';
import { countsBy, ownTemporal, type OwnTemporal } from './support';

// The Temporal server stopped and started again with its data while registrations are in flight and their
// receipt deadlines are pending: the API says 503 (not 500) while it is away, every process goes on
// afterwards, every deadline timer fires, and nothing is done twice. An event stored while Temporal was away
// gets its workflow, by the sender's retry or by the reconciler.

const FOOD_ONLY = '许可项目：食品销售。';
// One working day lasts 2 s: a receipt is due 10 s after the push, the second escalation 10 s later.
const SECONDS_PER_WORKING_DAY = 2;

describe('Temporal stopped and restarted with its data', () => {
  let temporal: OwnTemporal;
  let p: TestPlatform;
  let key: string;
  let creditKey: string;
  let screeningKey: string;

  beforeAll(async () => {
    temporal = await ownTemporal();
    p = await startPlatform(testDatabases[0], { temporalAddress: temporal.address, secondsPerWorkingDay: SECONDS_PER_WORKING_DAY });
    key = await p.apiKey(['registration:write']);
    creditKey = await p.apiKey(['credit:write'], 'credit-platform');
    screeningKey = await p.apiKey(['screening:read'], 'procurement-system', 'CZJ');
  });
  afterAll(async () => {
    await p?.stop();
    await temporal?.destroy();
  });

  const post = (event: object) => p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${key}`).send(event);
  const postListing = (event: object) => p.api.post('/api/ext/v1/credit-listings').set('Authorization', `Bearer ${creditKey}`).send(event);
  const listingEvent = (creditCode: string) => ({ eventId: newEventId('CL'), action: 'list', listType: 'seriousViolationList', creditCode, entityName: '上海故障测试有限公司', reason: '提供虚假材料', documentNo: `金市监严〔2026〕${creditCode.slice(10, 16)}号`, authority: '金山区市场监督管理局', listedOn: shanghaiDate(new Date()) });

  it('loses no registration and no deadline, doubles nothing, and answers 503 while it is away', async () => {
    // An entity on a list before the outage, so that a screening of it needs a feedback process.
    const listedBefore = listingEvent(newCreditCode());
    expect((await postListing(listedBefore)).body.status).toBe('listed');
    // All at once: since steps run in the worker (local activities) a registration reaches its receipt in a few
    // hundred milliseconds, and ten at a time had all fifty done before the stop below.
    const events = Array.from({ length: 50 }, () => registration({ businessScope: FOOD_ONLY }));
    const answers = await Promise.all(events.map(post));
    expect(answers.map((a) => a.status)).toEqual(Array(events.length).fill(202));
    // Stop once some receipt tasks (and their deadline timers) exist, while most processes are still running.
    const receiptCount = () => p.db.models.tasks.count({ where: { type: 'receipt' } });
    await eventually(async () => (await receiptCount()) >= 5, 60_000, 'first receipt tasks');
    await temporal.stop();
    expect(await receiptCount()).toBeLessThan(events.length);

    // While it is away: writes that need it answer 503 with Retry-After, and the platform is not ready.
    const resent = registration({ businessScope: FOOD_ONLY });
    const reconciled = registration({ businessScope: FOOD_ONLY });
    const [r1, r2, ready] = await Promise.all([post(resent), post(reconciled), p.api.get('/readyz')]);
    for (const r of [r1, r2]) {
      expect(r.status).toBe(503);
      expect(r.type).toBe('application/problem+json');
      expect(r.headers['retry-after']).toMatch(/^\d+$/);
      expect(r.body).toMatchObject({ status: 503, title: 'Service Unavailable' });
    }
    expect(ready.status).toBe(503);
    expect(ready.body.checks.database).toBe('ok');
    expect(ready.body.checks.temporal).not.toBe('ok');
    // A listing and a restricted screening need their processes: 503, and nothing of them is kept.
    const rows = async () => [await p.db.models.credit_listing_events.count(), await p.db.models.credit_listing_decisions.count(), await p.db.models.screenings.count()];
    const before = await rows();
    const listedDuring = listingEvent(newCreditCode());
    const [listing, screening] = await Promise.all([
      postListing(listedDuring),
      p.api.get('/api/ext/v1/screening').query({ creditCode: listedBefore.creditCode, scenario: 'government_procurement' }).set('Authorization', `Bearer ${screeningKey}`),
    ]);
    expect([listing.status, screening.status]).toEqual([503, 503]);
    expect(await rows()).toEqual(before);
    // Both events were stored before the start failed: rows without their workflow, for now.
    expect(await p.db.models.registration_events.count({ where: { eventId: [resent.eventId, reconciled.eventId], status: 'accepted' } })).toBe(2);

    await temporal.start();
    await eventually(async () => (await p.api.get('/readyz')).status === 200, 30_000, 'ready again');

    // The listing sent again is applied once, as new; the screening asked again is recorded with its process.
    expect((await postListing(listedDuring)).body.status).toBe('listed');
    const asked = await p.api.get('/api/ext/v1/screening').query({ creditCode: listedBefore.creditCode, scenario: 'government_procurement' }).set('Authorization', `Bearer ${screeningKey}`);
    expect(asked.body.restricted).toBe(true);
    await eventually(async () => (await p.client.workflow.getHandle(asked.body.feedbackWorkflowId).describe()).status.name, 30_000, 'screening feedback process');
    // The sender's retry starts the missing workflow and is told it is a repeat.
    const again = await post(resent);
    expect(again.status).toBe(202);
    expect(again.headers['idempotent-replayed']).toBe('true');
    // The reconciler starts the other one, whose sender never came back.
    const started: string[] = [];
    const reconciler = startReconciler(p.db, p.client, p.config.TASK_QUEUE, { olderThanMs: 1_000, everyMs: 500, log: (_msg, detail: any) => started.push(...(detail.started ?? [])) });
    try {
      await eventually(async () => (await p.client.workflow.getHandle(`dual-notification:${reconciled.eventId}`).describe()).status.name, 30_000, 'reconciled workflow');
    } finally {
      await reconciler.stop();
    }
    // Only that one: the others' runs exist, so starting them again is refused by their business key.
    expect(started).toEqual([reconciled.eventId]);

    const all = [...events, resent, reconciled];
    const codes = all.map((e) => e.entity.creditCode);
    // Every deadline timer fires: each receipt task reaches the second escalation (the district).
    await eventually(async () => (await p.db.models.tasks.count({ where: { creditCode: codes, escalationLevel: 2 } })) === all.length, 120_000, 'every receipt escalated twice');

    // Nothing doubled: one receipt task per entity, one creation and two escalations in the trail per task,
    // one event row and one notification per event, and no event left without its workflow.
    const tasksPerEntity = await countsBy(p, 'tasks', 'creditCode', { creditCode: codes });
    expect(codes.filter((c) => tasksPerEntity.get(c) !== 1)).toEqual([]);
    const receipts = ((await p.db.models.tasks.findAll({ where: { type: 'receipt' }, raw: true })) as any[]).map((t) => String(t.id));
    expect(receipts).toHaveLength(all.length);
    expect(await p.db.models.audit_log.count({ where: { action: 'task.created', targetType: 'task', targetId: receipts } })).toBe(all.length);
    expect(await p.db.models.audit_log.count({ where: { action: 'task.escalated', targetType: 'task', targetId: receipts } })).toBe(2 * all.length);
    // The listing refused during the outage and sent again is one listing, noticed once per department.
    expect(await p.db.models.credit_listings.count({ where: { creditCode: listedDuring.creditCode } })).toBe(1);
    const notices = (await p.db.models.tasks.findAll({ where: { creditCode: listedDuring.creditCode, type: 'punishmentNotice' }, raw: true })) as any[];
    expect(notices.length).toBe(new Set(notices.map((t) => t.departmentCode)).size);
    expect(await p.db.models.registration_events.count()).toBe(all.length);
    expect(await p.db.models.audit_log.count({ where: { action: 'registration.establish' } })).toBe(all.length);
    expect(await p.db.models.audit_log.count({ where: { action: 'registration.notified' } })).toBe(all.length);
    const notificationsPerEvent = await countsBy(p, 'notifications', 'eventId');
    expect(all.filter((e) => notificationsPerEvent.get(e.eventId) !== 1).map((e) => e.eventId)).toEqual([]);
    expect(await p.db.models.registration_events.count({ where: { status: 'accepted' } })).toBe(0);
  }, 300_000);
});
