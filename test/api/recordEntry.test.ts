import crypto from 'node:crypto';
import { testDatabases } from '../support/databases';
import { newCreditCode } from '../support/events';
import { startPlatform, type TestPlatform } from '../support/platform';

// Online entry (在线录入, F10): `POST /api/v1/records` stores one record a person enters through the checks and
// storage of the push API — stored, merged on its natural key, or refused whole — for the person's own department
// (the administrator: any); `GET /api/v1/records` lists a department's records.

describe.each(testDatabases)('records entry API on $name', (database) => {
  let p: TestPlatform;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });
  const enter = (user: string, body: object) => p.api.post('/api/v1/records').set(as(user)).send(body);
  const uid = () => crypto.randomBytes(4).toString('hex');
  let company = '';
  let companyName = '';

  const entries = {
    license: (key: string) => ({ kind: 'license', key, creditCode: company, department: 'SCJGJ', occurredOn: '2026-11-01', licenseItem: '食品经营许可', licenseNo: key, validFrom: '2026-11-01', validTo: '2031-10-31' }),
    penalty: (key: string) => ({ kind: 'penalty', key, creditCode: company, department: 'SCJGJ', occurredOn: '2026-11-20', decisionNo: key, penaltyItem: '经营超过保质期的食品', legalBasis: '《中华人民共和国食品安全法》第一百二十四条', penaltyKinds: ['warning', 'fine'], fineAmount: 5000, summary: '货架上有过期食品。' }),
    inspection: (key: string) => ({ kind: 'inspection', key, creditCode: company, department: 'SCJGJ', occurredOn: '2026-10-12', checkItems: ['食品经营场所卫生'], result: '未发现问题', findings: '现场整洁' }),
    judicial_assistance: (key: string) => ({ kind: 'judicial_assistance', key, creditCode: company, department: 'SCJGJ', occurredOn: '2026-09-03', court: '上海市金山区人民法院', documentNo: key, measure: '股权冻结', personName: '李四', personIdNo: '310116198001011234', amount: 300000 }),
    complaint: (key: string) => ({ kind: 'complaint', key, creditCode: company, department: 'SCJGJ', occurredOn: '2026-11-25', channel: '12315', summary: '购买的面包已过期。', outcome: '已调解', complainantName: '王五', complainantPhone: '13800138000' }),
  };

  beforeAll(async () => {
    p = await startPlatform(database, { worker: false });
    for (const u of ['admin', 'clerk', 'supervisor', 'inspector', 'jtw-clerk', 'leader']) tokens[u] = await p.login(u);
    company = newCreditCode();
    companyName = `上海枫泾录入测试食品有限公司${uid()}`;
    await p.db.models.entities.create({ creditCode: company, name: companyName, entityType: '有限责任公司', industryCode: 'F5223', regionCode: '310116102', address: '上海市金山区枫泾镇', legalRepresentative: '张某', businessScope: '日用百货销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2020-01-01', status: 'active' });
  });
  afterAll(() => p?.stop());

  it('stores a record of each kind entered by a clerk, and the same key again merges into it; one audit entry each, naming the clerk', async () => {
    for (const kind of Object.keys(entries) as Array<keyof typeof entries>) {
      const key = `在线-${kind}-${uid()}`;
      const audits = await p.db.models.audit_log.count({ where: { action: 'records.collected', actor: 'clerk' } });
      const first = await enter('clerk', entries[kind](key));
      expect([kind, first.status, first.body.status]).toEqual([kind, 201, 'stored']);
      expect(first.body.record).toMatchObject({ kind, key, entity: { creditCode: company, name: companyName }, department: { code: 'SCJGJ', name: '金山区市场监督管理局' }, sourceDepartment: { code: 'SCJGJ' } });
      expect(await p.db.models.audit_log.count({ where: { action: 'records.collected', actor: 'clerk', actorType: 'user' } })).toBe(audits + 1);
      const again = await enter('clerk', { ...entries[kind](key), occurredOn: '2026-11-28' });
      expect([kind, again.status, again.body.status, again.body.record.occurredOn]).toEqual([kind, 200, 'merged', '2026-11-28']);
      expect(again.body.record.id).toBe(first.body.record.id);
      expect(await p.db.models.records.count({ where: { kind, recordKey: key } })).toBe(1);
    }
    const row = await p.db.models.records.findOne({ where: { kind: 'penalty', creditCode: company } });
    expect(row!.get('data')).toMatchObject({ penaltyKinds: ['warning', 'fine'], fineAmount: 5000 });
    expect(row!.get('system')).toBe('online-entry');
  });

  it('refuses each kind of bad input with the field named and stores nothing', async () => {
    const before = await p.db.models.records.count();
    const audits = await p.db.models.audit_log.count({ where: { action: 'records.collected' } });
    const key = `BAD-${uid()}`;
    const cases: Array<[string, object, number, string, string | null]> = [
      ['no kind', { ...entries.penalty(key), kind: undefined }, 400, 'invalid-input', 'kind'],
      ['an unknown kind', { ...entries.penalty(key), kind: 'parking' }, 400, 'invalid-input', 'kind'],
      ['no key', { ...entries.penalty(key), key: '' }, 422, 'record-rejected', 'key'],
      ['an impossible date', { ...entries.penalty(key), occurredOn: '2026-02-30' }, 422, 'record-rejected', 'occurredOn'],
      ['a code failing its check character', { ...entries.penalty(key), creditCode: '91310116MA1H2K3L0X' }, 422, 'record-rejected', 'creditCode'],
      ['an unregistered entity', { ...entries.penalty(key), creditCode: newCreditCode() }, 422, 'record-rejected', 'creditCode'],
      ['neither code nor name', { ...entries.penalty(key), creditCode: undefined }, 422, 'record-rejected', 'creditCode'],
      ['an unknown entity name', { ...entries.penalty(key), creditCode: undefined, entityName: '不存在的公司' }, 422, 'record-rejected', 'entityName'],
      ['an unknown department', { ...entries.penalty(key), department: '不存在的局' }, 422, 'record-rejected', 'department'],
      ['an unknown penalty kind', { ...entries.penalty(key), penaltyKinds: ['flogging'] }, 422, 'record-rejected', 'penaltyKinds.0'],
      ['a negative fine', { ...entries.penalty(key), fineAmount: -1 }, 422, 'record-rejected', 'fineAmount'],
      ['a control character', { ...entries.penalty(key), legalBasis: 'a\u0000b' }, 422, 'record-rejected', 'legalBasis'],
      ['a license valid to before from', { ...entries.license(key), validFrom: '2026-11-01', validTo: '2026-10-01' }, 422, 'record-rejected', 'validTo'],
      ['an inspection without check items', { ...entries.inspection(key), checkItems: [] }, 422, 'record-rejected', 'checkItems'],
      ['a complaint without summary', { ...entries.complaint(key), summary: undefined }, 422, 'record-rejected', 'summary'],
      ['judicial assistance without court', { ...entries.judicial_assistance(key), court: undefined }, 422, 'record-rejected', 'court'],
      ['another department’s record', { ...entries.penalty(key), department: 'JTW' }, 403, 'record-other-department', null],
      ['another department by its name', { ...entries.penalty(key), department: '金山区交通委员会' }, 403, 'record-other-department', null],
    ];
    for (const [what, body, status, code, field] of cases) {
      const res = await enter('clerk', body);
      expect([what, res.status, res.body.type?.split('/').pop()]).toEqual([what, status, code]);
      if (field) expect([what, res.body.errors.map((e: any) => e.field)]).toEqual([what, expect.arrayContaining([field])]);
    }
    // Without a session, or without a role that enters records.
    expect((await p.api.post('/api/v1/records').send(entries.penalty(key))).status).toBe(401);
    expect((await enter('inspector', entries.penalty(key))).status).toBe(403);
    expect((await enter('leader', entries.penalty(key))).status).toBe(403);
    expect(await p.db.models.records.count()).toBe(before);
    expect(await p.db.models.audit_log.count({ where: { action: 'records.collected' } })).toBe(audits);
  });

  it('a department’s records are its own: two departments may use one key; the administrator enters any department’s', async () => {
    const key = `共用-${uid()}`;
    expect((await enter('clerk', entries.penalty(key))).status).toBe(201);
    expect((await enter('jtw-clerk', { ...entries.penalty(key), department: 'JTW' })).status).toBe(201);
    const byAdmin = await enter('admin', { ...entries.penalty(key), department: '金山区交通委员会' });
    expect([byAdmin.status, byAdmin.body.status, byAdmin.body.record.department.code]).toEqual([200, 'merged', 'JTW']);
    expect(await p.db.models.records.count({ where: { recordKey: key } })).toBe(2);
  });

  it('one record however often it is entered at once (the unique natural key)', async () => {
    const key = `并发-${uid()}`;
    const answers = await Promise.all(Array.from({ length: 8 }, () => enter('clerk', entries.inspection(key))));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(await p.db.models.records.count({ where: { recordKey: key } })).toBe(1);
  });

  it('lists a department’s own records, filtered by kind and entity, without personal data; district-wide viewers choose a department', async () => {
    const key = `列表-${uid()}`;
    await enter('clerk', entries.complaint(key));
    await enter('jtw-clerk', { ...entries.inspection(`交通-${uid()}`), department: 'JTW' });
    const mine = await p.api.get(`/api/v1/records?kind=complaint&entity=${company}&perPage=100`).set(as('supervisor'));
    expect(mine.status).toBe(200);
    const row = mine.body.data.find((r: any) => r.key === key);
    expect(row).toMatchObject({ kind: 'complaint', entity: { creditCode: company, name: companyName }, department: { name: '金山区市场监督管理局' }, data: { channel: '12315', summary: '购买的面包已过期。' } });
    expect(row.data).not.toHaveProperty('complainantName');
    expect(row.data).not.toHaveProperty('complainantPhone');
    expect(mine.body.data.every((r: any) => r.kind === 'complaint' && r.entity.creditCode === company && r.department.code === 'SCJGJ')).toBe(true);
    // Asking for another department's records gives one's own: the filter is the viewer's department.
    const asked = await p.api.get(`/api/v1/records?department=JTW&entity=${company}`).set(as('clerk'));
    expect(asked.body.data.length).toBeGreaterThan(0);
    expect(asked.body.data.every((r: any) => r.department.code === 'SCJGJ')).toBe(true);
    const jtw = await p.api.get(`/api/v1/records?department=JTW&entity=${company}`).set(as('admin'));
    expect(jtw.body.data.length).toBeGreaterThan(0);
    expect(jtw.body.data.every((r: any) => r.department.code === 'JTW')).toBe(true);
    const all = await p.api.get(`/api/v1/records?entity=${company}&perPage=500`).set(as('leader'));
    expect(new Set(all.body.data.map((r: any) => r.department.code))).toEqual(new Set(['SCJGJ', 'JTW']));
    // Newest first by date of the record.
    const dates = all.body.data.map((r: any) => r.occurredOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect((await p.api.get('/api/v1/records?kind=parking').set(as('clerk'))).status).toBe(400);
    expect((await p.api.get('/api/v1/records')).status).toBe(401);
  });

  it('the dossier shows a record entered online', async () => {
    const key = `金市监处罚〔2026〕${uid()}号`;
    await enter('clerk', entries.penalty(key));
    const dossier = await p.api.get(`/api/v1/entities/${company}`).set(as('clerk'));
    const penalties = dossier.body.records.byKind.find((g: any) => g.kind === 'penalty');
    expect(penalties.items.map((r: any) => r.key)).toContain(key);
  });
});
