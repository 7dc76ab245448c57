import type { WhereOptions } from 'sequelize';
import { testDatabases } from '../support/databases';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';
import { newCreditCode, newEventId, registration } from '../support/events';
import { shanghaiDate } from '../../domain/workingDays';

// DESIGN.md rule 9: duplicated and concurrent events have one effect, held by a unique key in the database,
// and one answer. Each race sends its copies at once; the effects are counted in the tables afterwards.

const COPIES = 20;
const TRANSPORT_ONLY = '许可项目：道路货物运输（不含危险货物）。一般项目：日用百货销售。';

describe.each(testDatabases)('races on $name', (database) => {
  let p: TestPlatform;
  let keys: { registration: string; license: string; credit: string };
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });
  const today = shanghaiDate(new Date());
  const post = (path: string, key: string, body: object) => p.api.post(path).set('Authorization', `Bearer ${key}`).send(body);
  const auditRows = (where: WhereOptions) => p.db.models.audit_log.count({ where });
  const sameTime = <T>(n: number, f: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => f(i)));

  /** Every copy answered 202 with one body; exactly one of them applied it, the rest say they replayed it. */
  function oneAnswer(answers: Array<{ status: number; body: unknown; headers: Record<string, string> }>) {
    expect(answers.map((a) => a.status)).toEqual(Array(answers.length).fill(202));
    for (const a of answers) expect(a.body).toEqual(answers[0].body);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] !== 'true')).toHaveLength(1);
  }

  async function notifiedOfTransport(): Promise<string> {
    const event = registration({ businessScope: TRANSPORT_ONLY });
    expect((await post('/api/ext/v1/registrations', keys.registration, event)).status).toBe(202);
    const creditCode = event.entity.creditCode;
    await eventually(async () => ((await p.api.get('/api/v1/tasks').query({ entity: creditCode, type: 'receipt' }).set(as('jtw-clerk'))).body.data as any[])[0], 20_000, 'receipt task');
    return creditCode;
  }

  beforeAll(async () => {
    p = await startPlatform(database, { entities: 5 });
    keys = { registration: await p.apiKey(['registration:write']), license: await p.apiKey(['license:write']), credit: await p.apiKey(['credit:write'], 'credit-platform') };
    for (const u of ['jtw-clerk', 'clerk', 'inspector', 'supervisor', 'admin']) tokens[u] = await p.login(u);
  });
  afterAll(() => p?.stop());

  it(`${COPIES} copies of one registration at once: one event row, one process, one audit row, one answer`, async () => {
    const event = registration({ businessScope: TRANSPORT_ONLY });
    oneAnswer(await sameTime(COPIES, () => post('/api/ext/v1/registrations', keys.registration, event)));
    expect(await p.db.models.registration_events.count({ where: { eventId: event.eventId } })).toBe(1);
    expect(await auditRows({ targetId: event.entity.creditCode, action: 'registration.establish' })).toBe(1);
    await eventually(() => p.db.models.tasks.count({ where: { creditCode: event.entity.creditCode, type: 'receipt' } }));
    expect(await p.db.models.tasks.count({ where: { creditCode: event.entity.creditCode, type: 'receipt' } })).toBe(1);
  });

  it(`${COPIES} copies of one license decision at once: one license, one audit row, one answer`, async () => {
    const creditCode = await notifiedOfTransport();
    const decision = { eventId: newEventId('LIC'), creditCode, department: 'JTW', licenseItem: '道路运输经营许可', decision: 'issued', licenseNo: '沪交运管许可金字310116000009号', validFrom: '2026-12-01', validTo: '2030-11-30', decidedAt: '2026-12-01T09:00:00+08:00' };
    oneAnswer(await sameTime(COPIES, () => post('/api/ext/v1/license-decisions', keys.license, decision)));
    await eventually(() => p.db.models.licenses.findOne({ where: { creditCode } }));
    expect(await p.db.models.licenses.count({ where: { creditCode } })).toBe(1);
    expect(await p.db.models.license_decision_events.count({ where: { eventId: decision.eventId } })).toBe(1);
    expect(await auditRows({ targetId: creditCode, action: 'licenseDecision.reported' })).toBe(1);
  });

  it(`${COPIES} copies of one listing and then of its delisting at once: one listing, one set of notices, one audit row each`, async () => {
    const creditCode = newCreditCode();
    const listing = { eventId: newEventId('CL'), action: 'list', listType: 'seriousViolationList', creditCode, entityName: '上海竞态测试有限公司', reason: '提供虚假材料', documentNo: '金市监严〔2026〕801号', authority: '金山区市场监督管理局', listedOn: today };
    const listed = await sameTime(COPIES, () => post('/api/ext/v1/credit-listings', keys.credit, listing));
    oneAnswer(listed);
    expect(listed[0].body).toMatchObject({ status: 'listed' });
    expect(await p.db.models.credit_listings.count({ where: { creditCode } })).toBe(1);
    // One notice per implementing department (its measures), however many copies arrived.
    await eventually(async () => (await p.db.models.tasks.count({ where: { creditCode, type: 'punishmentNotice' } })) || null);
    await new Promise((r) => setTimeout(r, 1000));
    const notices = (await p.db.models.tasks.findAll({ where: { creditCode, type: 'punishmentNotice' }, raw: true })) as any[];
    expect(notices.length).toBe(new Set(notices.map((t) => t.departmentCode)).size);
    expect(await auditRows({ targetId: creditCode, action: 'creditListing.list' })).toBe(1);
    expect(await auditRows({ targetId: creditCode, action: 'listing.listed' })).toBe(1);

    const delisting = { eventId: newEventId('CL'), action: 'delist', listType: 'seriousViolationList', creditCode, documentNo: listing.documentNo, exitType: 'removed', reason: '决定已撤销', delistedOn: today };
    const delisted = await sameTime(COPIES, () => post('/api/ext/v1/credit-listings', keys.credit, delisting));
    oneAnswer(delisted);
    expect(delisted[0].body).toMatchObject({ status: 'removed' });
    expect(await auditRows({ targetId: creditCode, action: 'creditListing.delist' })).toBe(1);
  });

  it('one eventId with different bodies at once: exactly one is applied, every other gets 409', async () => {
    const eventId = newEventId();
    const bodies = Array.from({ length: COPIES }, () => registration({ eventId, businessScope: TRANSPORT_ONLY }));
    const answers = await sameTime(COPIES, (i) => post('/api/ext/v1/registrations', keys.registration, bodies[i]));
    expect(answers.map((a) => a.status).sort()).toEqual([202, ...Array(COPIES - 1).fill(409)]);
    for (const a of answers.filter((x) => x.status === 409)) expect(a.type).toBe('application/problem+json');
    const applied = bodies[answers.findIndex((a) => a.status === 202)];
    expect(((await p.db.models.registration_events.findByPk(eventId, { raw: true })) as any).creditCode).toBe(applied.entity.creditCode);
    expect(await p.db.models.registration_events.count({ where: { eventId } })).toBe(1);

    const listingId = newEventId('CL');
    const listings = Array.from({ length: COPIES }, (_, i) => ({ eventId: listingId, action: 'list', listType: 'seriousViolationList', creditCode: newCreditCode(), entityName: `上海竞态${i}有限公司`, reason: '提供虚假材料', documentNo: `金市监严〔2026〕9${i}号`, authority: '金山区市场监督管理局', listedOn: today }));
    const before = await p.db.models.credit_listings.count();
    const listAnswers = await sameTime(COPIES, (i) => post('/api/ext/v1/credit-listings', keys.credit, listings[i]));
    expect(listAnswers.map((a) => a.status).sort()).toEqual([202, ...Array(COPIES - 1).fill(409)]);
    expect(await p.db.models.credit_listings.count()).toBe(before + 1);
    expect(await p.db.models.credit_listing_events.count({ where: { eventId: listingId } })).toBe(1);
  });

  it('ten relistings of one decision at once (different eventIds): one listing, the others answer alreadyListed', async () => {
    const creditCode = newCreditCode();
    const decision = { action: 'list', listType: 'abnormalOperationList', creditCode, entityName: '上海重复列入测试有限公司', reason: '未按期公示年度报告', documentNo: '金市监异〔2026〕802号', authority: '金山区市场监督管理局', listedOn: today };
    const answers = await sameTime(10, () => post('/api/ext/v1/credit-listings', keys.credit, { ...decision, eventId: newEventId('CL') }));
    expect(answers.map((a) => [a.status, a.body.status ?? a.body.detail])).toEqual(expect.arrayContaining([[202, 'listed']]));
    expect(answers.map((a) => a.body.status).sort()).toEqual([...Array(9).fill('alreadyListed'), 'listed']);
    expect(new Set(answers.map((a) => a.body.listingId)).size).toBe(1);
    expect(await p.db.models.credit_listings.count({ where: { creditCode } })).toBe(1);
    expect(await auditRows({ targetId: creditCode, action: 'listing.listed' })).toBe(1);
    // Ten event rows (ten deliveries, each answered) but one effect.
    expect(await auditRows({ targetId: creditCode, action: 'creditListing.list' })).toBe(10);
  });

  it('a decision listed again after its listing ended is a new listing, once', async () => {
    const creditCode = newCreditCode();
    const decision = { listType: 'seriousViolationList', creditCode, entityName: '上海再次列入测试有限公司', reason: '提供虚假材料', documentNo: '金市监严〔2026〕803号', authority: '金山区市场监督管理局', listedOn: today };
    const first = await post('/api/ext/v1/credit-listings', keys.credit, { ...decision, action: 'list', eventId: newEventId('CL') });
    expect(first.body.status).toBe('listed');
    const ended = await post('/api/ext/v1/credit-listings', keys.credit, { action: 'delist', eventId: newEventId('CL'), listType: decision.listType, creditCode, documentNo: decision.documentNo, exitType: 'removed', reason: '决定已撤销', delistedOn: today });
    expect(ended.body.status).toBe('removed');
    const again = await sameTime(5, () => post('/api/ext/v1/credit-listings', keys.credit, { ...decision, action: 'list', eventId: newEventId('CL') }));
    expect(again.map((a) => a.body.status).sort()).toEqual(['alreadyListed', 'alreadyListed', 'alreadyListed', 'alreadyListed', 'listed']);
    expect(await p.db.models.credit_listings.count({ where: { creditCode } })).toBe(2);
    expect(await p.db.models.credit_listings.count({ where: { creditCode, status: 'active' } })).toBe(1);
  });

  it('two clerks claim one task at once: one gets it, the other 409; two complete it at once: one completes, the other 409', async () => {
    // 道路货物运输 gives JTW a receipt; 农产品收购 is offered to SCJGJ and NYNCW, whose claimant gets the other.
    const event = registration({ businessScope: '许可项目：道路货物运输（不含危险货物）。一般项目：农产品收购。' });
    expect((await post('/api/ext/v1/registrations', keys.registration, event)).status).toBe(202);
    const creditCode = event.entity.creditCode;
    const pool = await eventually(async () => ((await p.api.get('/api/v1/tasks').query({ entity: creditCode, type: 'claim' }).set(as('clerk'))).body.data as any[])[0], 20_000, 'claim task');
    tokens['nyncw-clerk'] = await p.login('nyncw-clerk');
    const claims = await Promise.all(['clerk', 'nyncw-clerk'].map((u) => p.api.post(`/api/v1/tasks/${pool.id}/claim`).set(as(u))));
    expect(claims.map((c) => c.status).sort()).toEqual([200, 409]);
    const winner = claims[0].status === 200 ? 'SCJGJ' : 'NYNCW';
    await eventually(() => p.db.models.tasks.count({ where: { creditCode, type: 'receipt', departmentCode: winner } }), 20_000, 'the claimant’s receipt');
    expect(await p.db.models.tasks.count({ where: { creditCode, type: 'receipt', departmentCode: ['SCJGJ', 'NYNCW'] } })).toBe(1);

    const receipt = await eventually(async () => ((await p.api.get('/api/v1/tasks').query({ entity: creditCode, type: 'receipt', department: 'JTW' }).set(as('jtw-clerk'))).body.data as any[])[0], 20_000, 'JTW receipt');
    tokens['jtw-supervisor'] = await p.login('jtw-supervisor');
    const completions = await Promise.all(['jtw-clerk', 'jtw-supervisor'].map((u) => p.api.post(`/api/v1/tasks/${receipt.id}/complete`).set(as(u)).send({ outcome: 'received' })));
    expect(completions.map((c) => c.status).sort()).toEqual([200, 409]);
    await eventually(() => p.db.models.tasks.count({ where: { creditCode, type: 'licenseDecision', departmentCode: 'JTW' } }), 20_000, 'the decision step');
    expect(await p.db.models.tasks.count({ where: { creditCode, type: 'licenseDecision', departmentCode: 'JTW' } })).toBe(1);
    expect(await auditRows({ targetType: 'task', targetId: String(receipt.id), action: 'task.completed' })).toBe(1);
  });
});
