import { shanghaiDate } from '../domain/workingDays';
import { addYears } from '../domain/credit';
import { testDatabases } from './support/databases';
import { newEventId } from './support/events';
import { eventually, startPlatform, type TestPlatform } from './support/platform';

// Joint punishment (联合惩戒, F6): listing → notices → feedback; screening; delisting by credit repair,
// removal or expiry → lifting; and what each kind of bad or repeated event does.
describe.each(testDatabases)('joint punishment on $name', (database) => {
  let p: TestPlatform;
  let fast: TestPlatform;
  const tokens = new Map<TestPlatform, Record<string, string>>();
  const keys = new Map<TestPlatform, { credit: string; czj: string; jsglw: string; none: string }>();
  const as = (pl: TestPlatform, user: string) => ({ Authorization: `Bearer ${tokens.get(pl)![user]}` });
  const users = ['supervisor', 'clerk', 'czj-clerk', 'rsj-clerk', 'jsglw-clerk', 'fgw-clerk', 'admin', 'district'];
  const today = shanghaiDate(new Date());
  const entities = new Map<TestPlatform, string[]>();

  beforeAll(async () => {
    [p, fast] = await Promise.all([startPlatform(database, { entities: 30 }), startPlatform(database, { entities: 30, secondsPerWorkingDay: 2 })]);
    for (const pl of [p, fast]) {
      const t: Record<string, string> = {};
      for (const u of users) t[u] = await pl.login(u);
      tokens.set(pl, t);
      keys.set(pl, {
        credit: await pl.apiKey(['credit:write'], 'credit-system'),
        czj: await pl.apiKey(['screening:read'], 'procurement-system', 'CZJ'),
        jsglw: await pl.apiKey(['screening:read'], 'bidding-system', 'JSGLW'),
        none: await pl.apiKey(['screening:read'], 'no-department-system'),
      });
      entities.set(pl, ((await pl.db.models.entities.findAll({ where: { status: 'active' }, order: [['creditCode', 'ASC']], raw: true })) as any[]).map((e) => e.creditCode));
    }
  });
  afterAll(async () => {
    await p?.stop();
    await fast?.stop();
  });

  const listEvent = (creditCode: string, over: Record<string, unknown> = {}) => ({
    eventId: newEventId('CL'),
    action: 'list',
    listType: 'seriousViolationList',
    creditCode,
    reason: '提供虚假材料骗取登记，被处以罚款',
    documentNo: `金市监列严〔2026〕${Math.floor(Math.random() * 1e6)}号`,
    authority: '金山区市场监督管理局',
    listedOn: today,
    ...over,
  });
  const post = (pl: TestPlatform, event: object) => pl.api.post('/api/ext/v1/credit-listings').set('Authorization', `Bearer ${keys.get(pl)!.credit}`).send(event);
  const screen = (pl: TestPlatform, key: 'czj' | 'jsglw' | 'none', creditCode: string, scenario: string) =>
    pl.api.get('/api/ext/v1/screening').query({ creditCode, scenario }).set('Authorization', `Bearer ${keys.get(pl)![key]}`);
  const tasksOf = async (pl: TestPlatform, user: string, q: Record<string, string>) => (await pl.api.get('/api/v1/tasks').query(q).set(as(pl, user))).body.data as any[];

  it('a listing notifies each implementing department of its measures; feedback needs a comment; repeats have one effect', async () => {
    const creditCode = entities.get(p)![0];
    const event = listEvent(creditCode);
    const res = await post(p, event);
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ eventId: event.eventId, status: 'listed' });
    // SAMR Order 44: 3 years, so the entry ends the day before the third anniversary.
    const listing = (await p.db.models.credit_listings.findByPk(res.body.listingId, { raw: true })) as any;
    expect(String(listing.expiresOn)).toBe(addYears(today, 3, -1));

    // The same event again: the same answer, nothing new. The same eventId with another body: 409.
    const again = await post(p, event);
    expect(again.status).toBe(202);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(res.body);
    expect((await post(p, { ...event, reason: '另一理由' })).status).toBe(409);
    // The same decision under a new eventId: one listing, and the answer says so.
    const relist = await post(p, { ...event, eventId: newEventId('CL') });
    expect(relist.body).toMatchObject({ status: 'alreadyListed', listingId: res.body.listingId });
    expect(await p.db.models.credit_listings.count({ where: { creditCode } })).toBe(1);

    // Notices: the procurement measure to 财政局 (CZJ), honors to 人社局 (RSJ), …
    const czj = await eventually(async () => (await tasksOf(p, 'czj-clerk', { type: 'punishmentNotice', entity: creditCode, status: 'open' }))[0]);
    expect(czj.data.measures.map((m: any) => m.code)).toEqual(['M01']);
    expect(czj.data.measures[0].legalBasis).toContain('企业信息公示暂行条例');
    const rsj = await eventually(async () => (await tasksOf(p, 'rsj-clerk', { type: 'punishmentNotice', entity: creditCode, status: 'open' }))[0]);
    expect(await tasksOf(p, 'czj-clerk', { type: 'punishmentNotice', entity: creditCode })).toHaveLength(1);

    const noComment = await p.api.post(`/api/v1/tasks/${czj.id}/complete`).set(as(p, 'czj-clerk')).send({ outcome: 'applied' });
    expect(noComment.status).toBe(422);
    expect((await p.api.post(`/api/v1/tasks/${czj.id}/complete`).set(as(p, 'czj-clerk')).send({ outcome: 'applied', comment: '已在政府采购平台标注，限制投标' })).status).toBe(200);
    expect((await p.api.post(`/api/v1/tasks/${rsj.id}/complete`).set(as(p, 'rsj-clerk')).send({ outcome: 'not_applicable', comment: '本年度无评优申报' })).status).toBe(200);

    // F9: the board counts notices sent and feedback received per department.
    const board = (await p.api.get('/api/v1/punishment-feedback').set(as(p, 'admin'))).body.data as any[];
    expect(board.find((d) => d.departmentCode === 'CZJ').punishmentNotice).toMatchObject({ sent: 1, fedBack: 1, onTime: 1 });
    expect(board.find((d) => d.departmentCode === 'FGW').punishmentNotice).toMatchObject({ sent: 1, fedBack: 0, open: 1 });
  });

  it('screening answers with the measures and listings behind them, records every call, and asks the department for feedback', async () => {
    const [, creditCode, clean] = entities.get(p)!;
    const listed = await post(p, listEvent(creditCode, { listType: 'abnormalOperationList', reason: '未按期公示年度报告' }));
    expect(listed.body.status).toBe('listed');
    // 经营异常名录 has no fixed end: it moves to the serious violation list after 3 years (RULES.md).
    expect((await p.db.models.credit_listings.findByPk(listed.body.listingId, { raw: true }) as any).expiresOn).toBeNull();

    const hit = await screen(p, 'czj', creditCode, 'government_procurement');
    expect([hit.status, hit.body.detail ?? hit.body.title]).toEqual([200, undefined]);
    expect(hit.body).toMatchObject({ restricted: true, creditCode, scenario: 'government_procurement' });
    expect(hit.body.measures.map((m: any) => m.code)).toEqual(['M01']);
    expect(hit.body.listings).toEqual([expect.objectContaining({ listingId: listed.body.listingId, listType: 'abnormalOperationList', listTypeName: '经营异常名录' })]);
    // The abnormal-operation list carries no restriction on legal representatives, nor does a clean entity anywhere.
    expect((await screen(p, 'czj', creditCode, 'legal_representative')).body).toMatchObject({ restricted: false, measures: [], listings: [], feedbackWorkflowId: null });
    expect((await screen(p, 'czj', clean, 'government_procurement')).body.restricted).toBe(false);
    expect(await p.db.models.screenings.count({ where: { creditCode } })).toBe(2);

    // The restricted answer is a feedback task in the asking department's inbox.
    const fb = await eventually(async () => (await tasksOf(p, 'czj-clerk', { type: 'screeningFeedback', entity: creditCode, status: 'open' }))[0]);
    expect(fb.data.screeningId).toBe(hit.body.screeningId);
    expect((await p.api.post(`/api/v1/tasks/${fb.id}/complete`).set(as(p, 'czj-clerk')).send({ outcome: 'restricted', comment: '取消其本次投标资格' })).status).toBe(200);

    // Bad input changes nothing: an unknown scenario, a bad credit code, no department to send feedback to.
    const before = await p.db.models.screenings.count();
    expect((await screen(p, 'czj', creditCode, 'lottery')).status).toBe(400);
    expect((await screen(p, 'czj', '91310116MA1H2K3L0X', 'honors')).status).toBe(422);
    expect((await screen(p, 'none', creditCode, 'honors')).status).toBe(422);
    expect((await p.api.get('/api/ext/v1/screening').query({ creditCode, scenario: 'honors' }).set('Authorization', `Bearer ${keys.get(p)!.credit}`)).status).toBe(403);
    expect(await p.db.models.screenings.count()).toBe(before);

    // The abnormal-operation entry raised a warning for the listing authority (F7, on the event).
    const w = await eventually(async () => ((await p.api.get('/api/v1/warnings').query({ entity: creditCode, ruleCode: 'abnormalOperationListed' }).set(as(p, 'supervisor'))).body.data as any[])[0]);
    expect(w).toMatchObject({ departmentCode: 'SCJGJ', status: 'open', source: 'auto' });
  });

  it('credit repair and removal end a listing early, screening frees the entity at once, and departments that applied lift', async () => {
    const [, , creditCode] = entities.get(p)!;
    // Serious violation listed 13 months ago: repair allowed (SAMR Order 44: after at least one year).
    const old = listEvent(creditCode, { listedOn: addYears(today, -1, -30) });
    const listed = await post(p, old);
    expect(listed.body.status).toBe('listed');
    const overlapping = await post(p, listEvent(creditCode, { listType: 'dishonestDebtor', authority: '上海市金山区人民法院', reason: '有履行能力而拒不履行生效法律文书确定义务' }));
    expect(overlapping.body).toMatchObject({ status: 'listed', overlapping: [expect.objectContaining({ listingId: listed.body.listingId })] });

    const czj = await eventually(async () => (await tasksOf(p, 'czj-clerk', { type: 'punishmentNotice', entity: creditCode, status: 'open' })).find((t) => t.data.listingId === listed.body.listingId));
    await p.api.post(`/api/v1/tasks/${czj.id}/complete`).set(as(p, 'czj-clerk')).send({ outcome: 'applied', comment: '已限制' });
    expect((await screen(p, 'jsglw', creditCode, 'legal_representative')).body.listings).toHaveLength(2);

    // Delisting what was never listed: 404, and nothing stored (the eventId may be used again).
    const never = { eventId: newEventId('CL'), action: 'delist', listType: 'seriousViolationList', creditCode, documentNo: '不存在的文号', exitType: 'removed', reason: '撤销', delistedOn: today };
    const events = await p.db.models.credit_listing_events.count();
    expect((await post(p, never)).status).toBe(404);
    expect(await p.db.models.credit_listing_events.count()).toBe(events);
    // Repair of the new dishonest-debtor entry is not limited by time, but of a fresh serious entry it is.
    const freshSerious = await post(p, listEvent(entities.get(p)![3]));
    const early = await post(p, { eventId: newEventId('CL'), action: 'delist', listType: 'seriousViolationList', creditCode: entities.get(p)![3], documentNo: (await p.db.models.credit_listings.findByPk(freshSerious.body.listingId, { raw: true }) as any).documentNo, exitType: 'creditRepair', reason: '已履行', delistedOn: today });
    expect(early.status).toBe(422);
    expect(early.body.detail).toMatch(/one year/);

    const repair = { eventId: newEventId('CL'), action: 'delist', listType: 'seriousViolationList', creditCode, documentNo: old.documentNo, exitType: 'creditRepair', reason: '已履行行政处罚决定并公开作出信用承诺', delistedOn: today };
    const repaired = await post(p, repair);
    expect(repaired.status).toBe(202);
    expect(repaired.body).toMatchObject({ status: 'repaired', listingId: listed.body.listingId });
    // At once: only the dishonest-debtor entry remains behind the answer.
    const after = (await screen(p, 'jsglw', creditCode, 'legal_representative')).body;
    expect(after.listings.map((l: any) => l.listingId)).toEqual([overlapping.body.listingId]);
    // Again: alreadyEnded, as stored; the repaired listing's process asks CZJ (which applied) to lift.
    expect((await post(p, { ...repair, eventId: newEventId('CL') })).body.status).toBe('alreadyEnded');
    const lift = await eventually(async () => (await tasksOf(p, 'czj-clerk', { type: 'punishmentLifting', entity: creditCode, status: 'open' }))[0]);
    expect(lift.data).toMatchObject({ listingId: listed.body.listingId, endStatus: 'repaired' });
    // Departments that never answered get no lifting task; their notice is cancelled with the reason.
    const fgwNotice = await eventually(async () => (await tasksOf(p, 'fgw-clerk', { type: 'punishmentNotice', entity: creditCode, status: 'cancelled' })).find((t) => t.data.listingId === listed.body.listingId));
    expect(fgwNotice.comment).toMatch(/无需执行/);
    expect((await tasksOf(p, 'fgw-clerk', { type: 'punishmentLifting', entity: creditCode })).filter((t) => t.data.listingId === listed.body.listingId)).toHaveLength(0);
    expect((await p.api.post(`/api/v1/tasks/${lift.id}/complete`).set(as(p, 'czj-clerk')).send({ outcome: 'lifted' })).status).toBe(200);
    await eventually(async () => (await p.client.workflow.getHandle(listed.body.workflowId).describe()).status.name === 'COMPLETED');

    // The UI shows the entry with its process; the clerk may not end it, the authority's supervisor may.
    const view = (await p.api.get(`/api/v1/credit-listings/${overlapping.body.listingId}`).set(as(p, 'clerk'))).body;
    expect(view.tasks.length).toBeGreaterThan(0);
    expect((await p.api.post(`/api/v1/credit-listings/${overlapping.body.listingId}/delist`).set(as(p, 'clerk')).send({ exitType: 'removed', reason: 'x' })).status).toBe(403);
    expect((await p.api.post(`/api/v1/credit-listings/${overlapping.body.listingId}/delist`).set(as(p, 'supervisor')).send({ exitType: 'removed', reason: 'x' })).status).toBe(403);
    const removed = await p.api.post(`/api/v1/credit-listings/${overlapping.body.listingId}/delist`).set(as(p, 'district')).send({ exitType: 'removed', reason: '法院通知已履行完毕' });
    expect(removed.status).toBe(200);
    expect((await screen(p, 'jsglw', creditCode, 'legal_representative')).body.restricted).toBe(false);
  });

  it('refuses bad listing events and stores nothing', async () => {
    const creditCode = entities.get(p)![4];
    const count = async () => [await p.db.models.credit_listings.count(), await p.db.models.credit_listing_events.count()];
    const before = await count();
    for (const [what, event, status] of [
      ['an unknown list type', listEvent(creditCode, { listType: 'blackList' }), 400],
      ['an unknown action', listEvent(creditCode, { action: 'suspend' }), 400],
      ['a date that does not exist', listEvent(creditCode, { listedOn: '2026-02-30' }), 400],
      ['an end before the start', listEvent(creditCode, { expiresOn: addYears(today, 0, -1), listedOn: today }), 422],
      ['an entry that already ended', listEvent(creditCode, { listedOn: addYears(today, -4, 0) }), 422],
      ['a bad credit code', listEvent('91310116MA1H2K3L0X'), 422],
      ['an unknown entity without its name', listEvent('91310116MA1H2K3L0T'), 422],
      ['no document number', { ...listEvent(creditCode), documentNo: undefined }, 400],
    ] as Array<[string, object, number]>) {
      const res = await post(p, event);
      expect([what, res.status]).toEqual([what, status]);
    }
    expect(await count()).toEqual(before);
    // UI entry by a clerk works the same way and records the clerk's department as the authority.
    const ui = await p.api.post('/api/v1/credit-listings').set(as(p, 'clerk')).send({ listType: 'abnormalOperationList', creditCode, reason: '通过登记的住所无法联系', documentNo: '金市监异〔2026〕1号', listedOn: today });
    expect(ui.status).toBe(201);
    expect((await p.db.models.credit_listings.findByPk(ui.body.listingId, { raw: true }) as any).authority).toBe('金山区市场监督管理局');
  });

  it('a missed feedback escalates, and expiry ends the listing by its durable timer and lifts the measures', async () => {
    const creditCode = entities.get(fast)![0];
    // Ends 15 days from today; with 2-second days the timer fires after about 32 seconds.
    const listed = await post(fast, listEvent(creditCode, { listType: 'dishonestDebtor', authority: '上海市金山区人民法院', expiresOn: addYears(today, 0, 15) }));
    expect(listed.body.status).toBe('listed');
    const czj = await eventually(async () => (await tasksOf(fast, 'czj-clerk', { type: 'punishmentNotice', entity: creditCode, status: 'open' }))[0]);
    await fast.api.post(`/api/v1/tasks/${czj.id}/complete`).set(as(fast, 'czj-clerk')).send({ outcome: 'applied', comment: '已限制' });
    expect((await screen(fast, 'czj', creditCode, 'government_procurement')).body.restricted).toBe(true);
    // FGW never answers: after 10 working days (20 s) the notice escalates to its supervisor.
    const escalated = await eventually(async () => (await tasksOf(fast, 'fgw-clerk', { type: 'punishmentNotice', entity: creditCode })).find((t) => t.escalationLevel >= 1), 40_000);
    expect(escalated.status).toBe('open');
    await eventually(async () => ((await fast.db.models.credit_listings.findByPk(listed.body.listingId, { raw: true })) as any).status === 'expired', 40_000, 'expiry');
    expect((await screen(fast, 'czj', creditCode, 'government_procurement')).body.restricted).toBe(false);
    const lift = await eventually(async () => (await tasksOf(fast, 'czj-clerk', { type: 'punishmentLifting', entity: creditCode, status: 'open' }))[0]);
    expect(lift.data.endStatus).toBe('expired');
  }, 120_000);

  it('an abnormal-operation entry still listed after 3 years moves to the serious violation list, which notifies anew', async () => {
    const creditCode = entities.get(fast)![1];
    // Listed three years ago tomorrow: its third anniversary ends tomorrow (4 s here).
    const listed = await post(fast, listEvent(creditCode, { listType: 'abnormalOperationList', listedOn: addYears(today, -3, 2), reason: '未按期公示年度报告' }));
    expect(listed.body.status).toBe('listed');
    const moved = await eventually(async () => (await fast.db.models.credit_listings.findOne({ where: { previousListingId: listed.body.listingId }, raw: true })) as any, 40_000, 'the move');
    expect(moved).toMatchObject({ listType: 'seriousViolationList', status: 'active', source: 'move' });
    expect(String(moved.expiresOn)).toBe(addYears(String(moved.listedOn), 3, -1));
    expect(((await fast.db.models.credit_listings.findByPk(listed.body.listingId, { raw: true })) as any).status).toBe('moved');
    // The serious list restricts the legal representative, which the abnormal-operation list did not.
    expect((await screen(fast, 'czj', creditCode, 'legal_representative')).body.listings.map((l: any) => l.listingId)).toEqual([moved.id]);
    await eventually(async () => (await tasksOf(fast, 'clerk', { type: 'punishmentNotice', entity: creditCode })).find((t) => t.data.listingId === moved.id));
  }, 90_000);
});
