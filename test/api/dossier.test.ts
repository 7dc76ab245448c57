import { testDatabases } from '../support/databases';
import { newCreditCode, registration } from '../support/events';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';

// The dossier (一户一档, CONTRACT.md `GET /api/v1/entities/{creditCode}` and the shared `GET /api/ext/v1/…`):
// a registered entity's notices, tasks and timeline, masked by who asks.

const ID_NUMBER = '310116198001011234';
const PHONE = '13812345678';

describe.each(testDatabases)('the entity dossier on $name', (database) => {
  let p: TestPlatform;
  let creditCode: string;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });
  const dossier = (user: string, code = creditCode) => p.api.get(`/api/v1/entities/${code}`).set(as(user));

  beforeAll(async () => {
    p = await startPlatform(database);
    for (const u of ['admin', 'clerk', 'jtw-clerk', 'swj-clerk', 'auditor']) tokens[u] = await p.login(u);
    const regKey = await p.apiKey(['registration:write'], 'registration-system');
    const event = registration();
    event.entity.legalRepresentative = '王小明';
    creditCode = event.entity.creditCode;
    expect((await p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${regKey}`).send(event)).status).toBe(202);
    await eventually(async () => ((await p.api.get('/api/v1/tasks').query({ entity: creditCode }).set(as('admin'))).body.data as any[]).length === 3, 20_000, 'three tasks of the registration');
    // A manual warning whose reason names the legal representative, an ID number and a phone number.
    await p.db.models.warnings.create({
      id: `W-dossier-${creditCode}`, ruleCode: null, source: 'manual', level: 'yellow', creditCode, entityName: event.entity.name, subject: '投诉线索',
      reason: `王小明（身份证${ID_NUMBER}，电话${PHONE}）被投诉`, departmentCode: 'SCJGJ', status: 'open', dedupeKey: null, raisedBy: 'user:clerk', raisedAt: new Date(), workflowId: `warning-dossier-${creditCode}`,
    });
  });
  afterAll(() => p?.stop());

  it('has the registration, its notices, every department’s open tasks and one timeline, newest first', async () => {
    const res = await dossier('admin');
    expect(res.status).toBe(200);
    const d = res.body;
    expect(d.entity).toMatchObject({ creditCode, name: '上海枫泾测试食品有限公司', legalRepresentative: '王小明' });
    expect(d.registrations).toHaveLength(1);
    expect(d.notifications.length).toBeGreaterThanOrEqual(2);
    expect(d.openTasks.total).toBe(3);
    expect(d.openTasks.tasks).toHaveLength(3);
    expect(d.openTasks.tasks[0]).toHaveProperty('workingDaysLeft');
    expect(d.warnings).toHaveLength(1);
    // Nothing collected about a new entity (where the records table exists, every kind counts 0).
    expect((d.records.byKind as any[]).every((g) => g.count === 0)).toBe(true);
    const at = (d.timeline as any[]).map((i) => Date.parse(i.at));
    expect(at).toEqual([...at].sort((a, b) => b - a));
    const kinds = new Set((d.timeline as any[]).map((i) => i.kind));
    for (const k of ['registration', 'notification', 'warning', 'task']) expect(kinds).toContain(k);
    expect((d.timeline as any[]).find((i) => i.kind === 'warning').link).toEqual({ resource: 'warnings', id: `W-dossier-${creditCode}` });
    expect(d.risk).toMatchObject({ class: expect.any(String), score: expect.any(Number) });
  });

  it('masks by role: ID numbers only for the administrator, names and phones for the entity’s own departments', async () => {
    const reason = async (user: string) => (await dossier(user)).body.warnings[0].reason as string;
    expect(await reason('admin')).toContain(ID_NUMBER);
    const own = (await dossier('clerk')).body;
    expect(own.entity.legalRepresentative).toBe('王小明');
    expect(own.warnings[0].reason).toContain(PHONE);
    expect(own.warnings[0].reason).not.toContain(ID_NUMBER);
    expect(own.warnings[0].reason).toContain('310116********1234');
    const other = (await dossier('swj-clerk')).body;
    expect(other.entity.legalRepresentative).toBe('王**');
    expect(other.warnings[0].reason).not.toContain('王小明');
    expect(other.warnings[0].reason).not.toContain(PHONE);
    expect(other.warnings[0].reason).toContain('138****5678');
    expect(other.masking).toEqual({ names: true, phoneNumbers: true, idNumbers: true });
  });

  it('shows each department its own task rows, every department’s counts and titles', async () => {
    const jtw = (await dossier('jtw-clerk')).body;
    expect(jtw.openTasks.total).toBe(3);
    expect(jtw.openTasks.tasksOfDepartment).toBe('JTW');
    expect((jtw.openTasks.tasks as any[]).every((t) => t.department.code === 'JTW')).toBe(true);
    expect((jtw.openTasks.byDepartment as any[]).reduce((n, g) => n + g.count, 0)).toBe(3);
    const linked = (jtw.timeline as any[]).filter((i) => i.kind === 'task' && i.link).map((i) => i.link.id);
    expect(linked).toEqual((jtw.openTasks.tasks as any[]).map((t) => String(t.id)));
  });

  it('shows collected records by kind once collection is set up, masked like the rest', async () => {
    // Until the records table exists (collection, 归集), the section says it is not available.
    if (!p.db.models.records) return expect((await dossier('admin')).body.records).toEqual({ available: false, byKind: [] });
    await p.db.models.records.create({ kind: 'complaint', departmentCode: 'SCJGJ', recordKey: `TS-${creditCode}`, keyHash: `${creditCode}`.padEnd(64, '0'), creditCode, entityName: '上海枫泾测试食品有限公司', occurredOn: '2026-11-20', data: { summary: `投诉人电话${PHONE}` }, sourceDepartmentCode: 'SCJGJ', system: 'complaint-system', createdAt: new Date(), updatedAt: new Date() });
    const group = (user: string) => dossier(user).then((r) => (r.body.records.byKind as any[]).find((g) => g.kind === 'complaint'));
    expect(await group('admin')).toMatchObject({ count: 1, items: [{ key: `TS-${creditCode}`, department: { code: 'SCJGJ' }, data: { summary: `投诉人电话${PHONE}` } }] });
    expect((await group('swj-clerk')).items[0].data.summary).toBe('投诉人电话138****5678');
    expect(((await dossier('admin')).body.timeline as any[]).some((i) => i.kind === 'record')).toBe(true);
  });

  it('holds the first 50 rows of a long section with its total, and pages the rest from the section, masked alike', async () => {
    const busy = newCreditCode();
    await p.db.models.entities.create({ creditCode: busy, name: '上海档案翻页测试有限公司', entityType: '有限责任公司', industryCode: 'F5223', regionCode: '310116102', address: '上海市金山区枫泾镇', legalRepresentative: '李大海', businessScope: '食品销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2020-01-01', status: 'active' });
    const at = Date.now();
    await p.db.models.warnings.bulkCreate(Array.from({ length: 61 }, (_, i) => ({
      id: `W-paged-${busy}-${String(i).padStart(2, '0')}`, ruleCode: null, source: 'manual', level: 'yellow', creditCode: busy, entityName: '上海档案翻页测试有限公司', subject: `翻页预警${i}`,
      reason: `李大海 电话${PHONE}`, departmentCode: 'JTW', status: 'open', dedupeKey: null, raisedBy: 'user:clerk', raisedAt: new Date(at - i * 60_000), workflowId: `warning-paged-${busy}-${i}`,
    })));
    const whole = await dossier('swj-clerk', busy);
    expect(whole.status).toBe(200);
    expect(whole.body.pageSize).toBe(50);
    expect(whole.body.warnings).toHaveLength(50);
    expect(whole.body.totals).toMatchObject({ warnings: 61, timeline: 61, licenses: 0, records: 0 });
    expect(whole.body.timeline).toHaveLength(50);
    // The tax bureau has nothing about this entity: the phone number is masked on every page.
    expect(JSON.stringify(whole.body.warnings)).not.toContain(PHONE);
    const section = (path: string, query: Record<string, unknown> = {}, user = 'swj-clerk') => p.api.get(`/api/v1/entities/${busy}/sections/${path}`).query(query).set(as(user));
    const second = await section('warnings', { page: 2 });
    expect(second.status).toBe(200);
    expect(second.body.total).toBe(61);
    expect(second.body.data.map((w: any) => w.subject)).toEqual(Array.from({ length: 11 }, (_, i) => `翻页预警${50 + i}`));
    expect(JSON.stringify(second.body.data)).toContain('138****5678');
    expect([...whole.body.warnings, ...second.body.data].map((w: any) => w.id)).toEqual(Array.from({ length: 61 }, (_, i) => `W-paged-${busy}-${String(i).padStart(2, '0')}`));
    expect((await section('timeline', { page: 3, perPage: 25 })).body.data).toHaveLength(11);
    expect((await section('records', { kind: 'penalty' })).body).toEqual({ data: [], total: 0 });
    expect((await section('warnings', {}, 'jtw-clerk')).body.data[0].reason).toContain(PHONE);
    // Bad input: an unknown section or kind, a page out of range; an unknown entity.
    expect((await section('secrets')).status).toBe(400);
    expect((await section('records', { kind: 'gossip' })).status).toBe(400);
    expect((await section('warnings', { page: 0 })).status).toBe(400);
    expect((await p.api.get(`/api/v1/entities/${newCreditCode()}/sections/warnings`).set(as('clerk'))).status).toBe(404);
    expect((await section('warnings', {}, 'auditor')).status).toBe(403);
  });

  it('holds the first 50 collected records of each kind with the kind’s count, and pages the rest of one kind from the records section, masked alike', async () => {
    const busy = newCreditCode();
    await p.db.models.entities.create({ creditCode: busy, name: '上海归集翻页测试有限公司', entityType: '有限责任公司', industryCode: 'F5223', regionCode: '310116102', address: '上海市金山区枫泾镇', legalRepresentative: '李大海', businessScope: '食品销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2020-01-01', status: 'active' });
    const now = new Date();
    // 55 complaints, one a day back from 2026-10-31 (newest first by date), and 2 penalties.
    const day = (i: number) => new Date(Date.UTC(2026, 9, 31 - i)).toISOString().slice(0, 10);
    await p.db.models.records.bulkCreate([
      ...Array.from({ length: 55 }, (_, i) => ({ kind: 'complaint', departmentCode: 'SCJGJ', recordKey: `TS-paged-${busy}-${String(i).padStart(2, '0')}`, keyHash: `${busy}c${String(i).padStart(2, '0')}`.padEnd(64, '0'), creditCode: busy, entityName: '上海归集翻页测试有限公司', occurredOn: day(i), data: { summary: `投诉人电话${PHONE}` }, sourceDepartmentCode: 'SCJGJ', system: 'complaint-system', createdAt: now, updatedAt: now })),
      ...Array.from({ length: 2 }, (_, i) => ({ kind: 'penalty', departmentCode: 'SCJGJ', recordKey: `CF-paged-${busy}-${i}`, keyHash: `${busy}p${i}`.padEnd(64, '0'), creditCode: busy, entityName: '上海归集翻页测试有限公司', occurredOn: day(i), data: { decisionNo: `CF-paged-${busy}-${i}` }, sourceDepartmentCode: 'SCJGJ', system: 'test', createdAt: now, updatedAt: now })),
    ]);
    const whole = (await dossier('swj-clerk', busy)).body;
    const complaints = (whole.records.byKind as any[]).find((g) => g.kind === 'complaint');
    expect(complaints.count).toBe(55);
    expect(complaints.items).toHaveLength(50);
    expect((whole.records.byKind as any[]).find((g) => g.kind === 'penalty')).toMatchObject({ count: 2 });
    expect(whole.totals.records).toBe(57);
    const section = (query: Record<string, unknown>) => p.api.get(`/api/v1/entities/${busy}/sections/records`).query(query).set(as('swj-clerk'));
    const rest = await section({ kind: 'complaint', page: 2, perPage: 50 });
    expect(rest.status).toBe(200);
    expect(rest.body.total).toBe(55);
    expect(rest.body.data.map((r: any) => [r.kind, r.key, r.occurredOn])).toEqual(Array.from({ length: 5 }, (_, i) => ['complaint', `TS-paged-${busy}-${50 + i}`, day(50 + i)]));
    expect([...complaints.items, ...rest.body.data].map((r: any) => r.key)).toEqual(Array.from({ length: 55 }, (_, i) => `TS-paged-${busy}-${String(i).padStart(2, '0')}`));
    // The tax bureau is not involved: the phone number is masked on the next page as on the first.
    expect(rest.body.data[0].data.summary).toBe('投诉人电话138****5678');
    expect((await section({ kind: 'penalty' })).body.data.map((r: any) => r.key)).toEqual([`CF-paged-${busy}-0`, `CF-paged-${busy}-1`]);
  });

  it('answers 404 with a problem code for an unknown entity, 422 for an invalid code, 403 to auditors', async () => {
    const unknown = await dossier('admin', newCreditCode());
    expect(unknown.status).toBe(404);
    expect(unknown.type).toBe('application/problem+json');
    expect(unknown.body.type).toMatch(/\/entity-not-found$/);
    const invalid = await dossier('admin', '91310116ABCDEFGHIJ');
    expect(invalid.status).toBe(422);
    expect(invalid.body.type).toMatch(/\/invalid-credit-code$/);
    expect((await dossier('admin', 'x'.repeat(41))).status).toBe(400);
    expect((await dossier('auditor')).status).toBe(403);
  });

  it('shares the same dossier with API keys of scope entity:read, masked as their department', async () => {
    const ext = (key: string) => p.api.get(`/api/ext/v1/entities/${creditCode}`).set('Authorization', `Bearer ${key}`);
    expect((await ext(await p.apiKey(['screening:read'], 'no-scope'))).status).toBe(403);
    expect((await p.api.get(`/api/ext/v1/entities/${creditCode}`)).status).toBe(401);
    const tax = (await ext(await p.apiKey(['entity:read'], 'tax-system', 'SWJ'))).body;
    expect(tax.entity).toMatchObject({ creditCode, legalRepresentative: '王**' });
    expect(tax.openTasks.tasks).toEqual([]);
    expect(tax.openTasks.total).toBe(3);
    const food = (await ext(await p.apiKey(['entity:read'], 'food-system', 'SCJGJ'))).body;
    expect(food.entity.legalRepresentative).toBe('王小明');
    expect(food.warnings[0].reason).not.toContain(ID_NUMBER);
    // The shared dossier's sections page alike, masked as its department.
    const taxKey = await p.apiKey(['entity:read'], 'tax-system-2', 'SWJ');
    const warnings = await p.api.get(`/api/ext/v1/entities/${creditCode}/sections/warnings`).set('Authorization', `Bearer ${taxKey}`);
    expect(warnings.status).toBe(200);
    expect(warnings.body.total).toBe(tax.totals.warnings);
    expect(JSON.stringify(warnings.body.data)).not.toContain(PHONE);
    expect((await p.api.get(`/api/ext/v1/entities/${creditCode}/sections/warnings`).set('Authorization', `Bearer ${await p.apiKey(['screening:read'], 'no-scope-2')}`)).status).toBe(403);
  });
});
