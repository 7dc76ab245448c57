import { shanghaiDate } from '../../domain/workingDays';
import { testDatabases } from '../support/databases';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';
import { newCreditCode, newEventId } from '../support/events';

// RULES.md "entered by": the court's list from the court's system or a district-wide role, 经营异常名录 by
// market regulation, 严重违法失信名单 by the department that imposed the penalty, 重大税收违法失信主体 by the
// tax authority; the same for people and API keys. And a listing's task rows are their department's.
describe.each(testDatabases)('who enters which credit list, on $name', (database) => {
  let p: TestPlatform;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });
  const today = shanghaiDate(new Date());
  const entry = (listType: string) => ({ listType, creditCode: newCreditCode(), entityName: '上海名单权限测试有限公司', reason: '测试', documentNo: `测〔2026〕${Math.floor(Math.random() * 1e6)}号`, listedOn: today });

  beforeAll(async () => {
    p = await startPlatform(database);
    for (const u of ['admin', 'district', 'clerk', 'jtw-clerk', 'swj-clerk', 'czj-clerk', 'supervisor']) tokens[u] = await p.login(u);
  });
  afterAll(() => p?.stop());

  it('in the UI: each department enters its own lists, district-wide roles every list; a refusal stores nothing', async () => {
    const cases: Array<[string, string, number]> = [
      ['jtw-clerk', 'dishonestDebtor', 403],
      ['clerk', 'dishonestDebtor', 403],
      ['jtw-clerk', 'abnormalOperationList', 403],
      ['clerk', 'majorTaxViolator', 403],
      ['jtw-clerk', 'majorTaxViolator', 403],
      ['clerk', 'abnormalOperationList', 201],
      ['jtw-clerk', 'seriousViolationList', 201],
      ['swj-clerk', 'majorTaxViolator', 201],
      ['admin', 'dishonestDebtor', 201],
      ['district', 'dishonestDebtor', 201],
    ];
    for (const [user, listType, status] of cases) {
      const before = await p.db.models.credit_listings.count();
      const res = await p.api.post('/api/v1/credit-listings').set(as(user)).send(entry(listType));
      expect([user, listType, res.status]).toEqual([user, listType, status]);
      if (status === 403) {
        expect(res.type).toBe('application/problem+json');
        expect(await p.db.models.credit_listings.count()).toBe(before);
      }
    }
  });

  it('the entry form offers only the lists the user may enter', async () => {
    const mine = async (user: string) => ((await p.api.get('/api/v1/credit-list-types').set(as(user))).body.data as any[]).filter((t) => t.mayEnter).map((t) => t.id).sort();
    expect(await mine('jtw-clerk')).toEqual(['seriousViolationList']);
    expect(await mine('clerk')).toEqual(['abnormalOperationList', 'seriousViolationList']);
    expect(await mine('admin')).toEqual(['abnormalOperationList', 'dishonestDebtor', 'majorTaxViolator', 'seriousViolationList']);
    const court = ((await p.api.get('/api/v1/credit-list-types').set(as('clerk'))).body.data as any[]).find((t) => t.id === 'dishonestDebtor');
    expect(court).toMatchObject({ name: '失信被执行人', enteredBy: { code: 'FY', name: '上海市金山区人民法院' }, mayEnter: false });
  });

  it('by API key: a department’s system enters its department’s lists; the court’s system the court’s; the district platform every list', async () => {
    const post = async (key: string, listType: string) => {
      const res = await p.api.post('/api/ext/v1/credit-listings').set('Authorization', `Bearer ${key}`).send({ ...entry(listType), eventId: newEventId('CL'), action: 'list', authority: 'x' });
      return res.status;
    };
    const transport = await p.apiKey(['credit:write'], 'transport-system', 'JTW');
    const court = await p.apiKey(['credit:write'], 'court-system', 'FY');
    const platform = await p.apiKey(['credit:write'], 'credit-platform');
    const before = await p.db.models.credit_listing_events.count();
    expect(await post(transport, 'dishonestDebtor')).toBe(403);
    expect(await post(transport, 'majorTaxViolator')).toBe(403);
    expect(await p.db.models.credit_listing_events.count()).toBe(before);
    expect(await post(transport, 'seriousViolationList')).toBe(202);
    expect(await post(court, 'dishonestDebtor')).toBe(202);
    expect(await post(court, 'abnormalOperationList')).toBe(403);
    expect(await post(platform, 'dishonestDebtor')).toBe(202);
    expect(await post(platform, 'majorTaxViolator')).toBe(202);
  });

  it('a listing’s detail shows each department only its own task rows; district-wide roles see all', async () => {
    const listed = (await p.api.post('/api/v1/credit-listings').set(as('admin')).send(entry('seriousViolationList'))).body;
    expect(listed.status).toBe('listed');
    const detail = (user: string) => p.api.get(`/api/v1/credit-listings/${listed.listingId}`).set(as(user));
    await eventually(async () => ((await detail('admin')).body.tasks as any[]).length >= 2, 20_000, 'notices of several departments');
    // The notices are sent one department after another: let the last arrive.
    await new Promise((r) => setTimeout(r, 1500));
    const all = (await detail('admin')).body.tasks as any[];
    expect(new Set(all.map((t) => t.departmentCode)).size).toBeGreaterThan(1);
    const czj = (await p.api.get(`/api/v1/credit-listings/${listed.listingId}`).set(as('czj-clerk'))).body.tasks as any[];
    expect(czj.length).toBeGreaterThan(0);
    expect(czj.every((t) => t.departmentCode === 'CZJ')).toBe(true);
    expect((await detail('czj-clerk')).body.tasksOfDepartment).toBe('CZJ');
    expect((await detail('admin')).body.tasksOfDepartment).toBeNull();
    const jtw = (await p.api.get(`/api/v1/credit-listings/${listed.listingId}`).set(as('jtw-clerk'))).body.tasks as any[];
    expect(jtw.every((t) => t.departmentCode === 'JTW')).toBe(true);
    expect((await p.api.get(`/api/v1/credit-listings/${listed.listingId}`).set(as('district'))).body.tasks).toHaveLength(all.length);
  });
});
