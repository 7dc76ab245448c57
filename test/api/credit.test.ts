import { addYears } from '../../domain/credit';
import { shanghaiDate } from '../../domain/workingDays';
import { testDatabases } from '../support/databases';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';

// The measures catalog and the UI's listing entry and delisting: who may change what, and what each kind
// of bad input does (a clear error, nothing stored).
describe.each(testDatabases)('credit lists and measures API on $name', (database) => {
  let p: TestPlatform;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });
  const today = shanghaiDate(new Date());
  const measure = { code: 'M90', name: '限制参加政府组织的展会', listTypes: ['seriousViolationList'], scenario: 'honors', departmentCode: 'SWW', legalBasis: '《关于对失信被执行人实施联合惩戒的合作备忘录》', active: true };

  beforeAll(async () => {
    p = await startPlatform(database, { entities: 10 });
    for (const u of ['admin', 'sww-supervisor', 'supervisor', 'clerk', 'inspector', 'czj-clerk', 'sww-clerk']) tokens[u] = await p.login(u);
  });
  afterAll(() => p?.stop());

  it('the catalog: the admin or the implementing department’s supervisor manages a measure; bad input changes nothing', async () => {
    const list = (await p.api.get('/api/v1/punishment-measures').set(as('clerk'))).body;
    expect(list.total).toBeGreaterThanOrEqual(7);
    expect(list.data.find((m: any) => m.code === 'M01')).toMatchObject({ id: 'M01', scenario: 'government_procurement', departmentCode: 'CZJ', listTypes: expect.arrayContaining(['seriousViolationList']) });
    const count = await p.db.models.punishment_measures.count();
    for (const [what, user, body, status] of [
      ['a clerk', 'clerk', measure, 403],
      ['another department’s supervisor', 'supervisor', measure, 403],
      ['an unknown scenario', 'admin', { ...measure, scenario: 'lottery' }, 400],
      ['no list', 'admin', { ...measure, listTypes: [] }, 400],
      ['an unknown list', 'admin', { ...measure, listTypes: ['blackList'] }, 400],
      ['an unknown department', 'admin', { ...measure, departmentCode: 'NOPE' }, 422],
      ['a code with spaces', 'admin', { ...measure, code: 'M 9' }, 400],
      ['no legal basis', 'admin', { ...measure, legalBasis: '' }, 400],
      ['an existing code', 'admin', { ...measure, code: 'M01' }, 409],
    ] as Array<[string, string, object, number]>) {
      const res = await p.api.post('/api/v1/punishment-measures').set(as(user)).send(body);
      expect([what, res.status]).toEqual([what, status]);
    }
    expect(await p.db.models.punishment_measures.count()).toBe(count);

    expect((await p.api.post('/api/v1/punishment-measures').set(as('sww-supervisor')).send(measure)).status).toBe(201);
    const changed = await p.api.put('/api/v1/punishment-measures/M90').set(as('sww-supervisor')).send({ ...measure, active: false });
    expect(changed.status).toBe(200);
    expect(changed.body.active).toBe(false);
    expect((await p.api.put('/api/v1/punishment-measures/M90').set(as('sww-supervisor')).send({ ...measure, code: 'M91' })).status).toBe(422);
    // A supervisor cannot hand the measure to another department, nor change another's.
    expect((await p.api.put('/api/v1/punishment-measures/M90').set(as('sww-supervisor')).send({ ...measure, departmentCode: 'CZJ' })).status).toBe(403);
    expect((await p.api.put('/api/v1/punishment-measures/M01').set(as('sww-supervisor')).send({ ...measure, code: 'M01' })).status).toBe(403);
    expect((await p.api.put('/api/v1/punishment-measures/M99').set(as('admin')).send({ ...measure, code: 'M99' })).status).toBe(404);
    expect(((await p.db.models.punishment_measures.findByPk('M90'))!.get('active'))).toBeFalsy();
  });

  it('an inactive measure binds no one: not in notices, not in screening', async () => {
    const creditCode = ((await p.db.models.entities.findOne({ where: { status: 'active' }, raw: true })) as any).creditCode;
    const listed = await p.api.post('/api/v1/credit-listings').set(as('clerk')).send({ listType: 'seriousViolationList', creditCode, reason: '测试', documentNo: '金市监列严〔2026〕77号', listedOn: today });
    expect(listed.status).toBe(201);
    await eventually(async () => ((await p.api.get('/api/v1/tasks').query({ type: 'punishmentNotice', entity: creditCode }).set(as('czj-clerk'))).body.data as any[])[0]);
    // SWW implements only the inactive M90: it gets no notice.
    expect(((await p.api.get('/api/v1/tasks').query({ type: 'punishmentNotice', entity: creditCode }).set(as('sww-clerk'))).body.data as any[])).toHaveLength(0);
    const key = await p.apiKey(['screening:read'], 'fair-system', 'SWW');
    const honors = (await p.api.get('/api/ext/v1/screening').query({ creditCode, scenario: 'honors' }).set('Authorization', `Bearer ${key}`)).body;
    expect(honors.measures.map((m: any) => m.code)).toEqual(['M05']);
  });

  it('UI entry and delisting refuse bad input and change nothing', async () => {
    const creditCode = ((await p.db.models.entities.findAll({ where: { status: 'active' }, order: [['creditCode', 'DESC']], limit: 1, raw: true })) as any[])[0].creditCode;
    const body = { listType: 'abnormalOperationList', creditCode, reason: '未按期公示年度报告', documentNo: '金市监异〔2026〕900号', listedOn: today };
    const before = await p.db.models.credit_listings.count();
    expect((await p.api.post('/api/v1/credit-listings').set(as('inspector')).send(body)).status).toBe(403);
    expect((await p.api.post('/api/v1/credit-listings').set(as('clerk')).send({ ...body, listType: 'grayList' })).status).toBe(400);
    expect((await p.api.post('/api/v1/credit-listings').set(as('clerk')).send({ ...body, listedOn: '2026-13-01' })).status).toBe(400);
    expect((await p.api.post('/api/v1/credit-listings').set(as('clerk')).send({ ...body, creditCode: '91310116MA1H2K3L0X' })).status).toBe(422);
    expect(await p.db.models.credit_listings.count()).toBe(before);

    const listed = (await p.api.post('/api/v1/credit-listings').set(as('clerk')).send(body)).body;
    // The same decision again: 200, the same listing, nothing new.
    const again = await p.api.post('/api/v1/credit-listings').set(as('clerk')).send(body);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'alreadyListed', listingId: listed.listingId });
    expect(await p.db.models.credit_listings.count()).toBe(before + 1);

    const delist = (user: string, b: object) => p.api.post(`/api/v1/credit-listings/${listed.listingId}/delist`).set(as(user)).send(b);
    expect((await delist('clerk', { exitType: 'removed', reason: 'x' })).status).toBe(403);
    expect((await delist('supervisor', { exitType: 'forgiven', reason: 'x' })).status).toBe(400);
    expect((await delist('supervisor', { exitType: 'removed', reason: '' })).status).toBe(400);
    expect((await delist('supervisor', { exitType: 'removed', reason: '住所已变更', delistedOn: addYears(today, 0, -1) })).status).toBe(422);
    expect((await p.api.post('/api/v1/credit-listings/CLNOPE/delist').set(as('supervisor')).send({ exitType: 'removed', reason: 'x' })).status).toBe(404);
    expect(((await p.db.models.credit_listings.findByPk(listed.listingId, { raw: true })) as any).status).toBe('active');

    expect((await delist('supervisor', { exitType: 'removed', reason: '住所已变更' })).status).toBe(200);
    expect(((await p.db.models.credit_listings.findByPk(listed.listingId, { raw: true })) as any).status).toBe('removed');
    // Twice: the listing has already ended.
    expect((await delist('supervisor', { exitType: 'removed', reason: '住所已变更' })).status).toBe(409);
    // The audit trail holds the listing and its end.
    const actions = ((await p.db.models.audit_log.findAll({ where: { targetType: 'entity', targetId: creditCode }, raw: true })) as any[]).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['listing.listed', 'listing.removed']));
  });
});
