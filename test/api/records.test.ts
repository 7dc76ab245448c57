import crypto from 'node:crypto';
import { recordsOf } from '../../db/records';
import { testDatabases } from '../support/databases';
import { newCreditCode } from '../support/events';
import { startPlatform, type TestPlatform } from '../support/platform';

// Collection (归集, F10): `POST /api/ext/v1/records` as a department's system pushes records — each item
// stored, merged or rejected on its own, one row per natural key however often and however concurrently
// it is sent, entities found by credit code or by an unambiguous name.

describe.each(testDatabases)('records collection API on $name', (database) => {
  let p: TestPlatform;
  let key = '';
  const push = (body: unknown, bearer = key) => p.api.post('/api/ext/v1/records').set('Authorization', `Bearer ${bearer}`).send(body as object);
  const uid = () => crypto.randomBytes(4).toString('hex');
  const entity = async (name: string) => {
    const creditCode = newCreditCode();
    await p.db.models.entities.create({ creditCode, name, entityType: '有限责任公司', industryCode: 'F5223', regionCode: '310116102', address: '上海市金山区枫泾镇', legalRepresentative: '张某', businessScope: '日用百货销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2020-01-01', status: 'active' });
    return creditCode;
  };
  const rows = (where: Record<string, unknown>) => p.db.models.records.count({ where });
  let company = '';

  const items = {
    license: (k: string, creditCode: string) => ({ key: k, creditCode, department: 'SCJGJ', occurredOn: '2026-11-01', licenseItem: '食品经营许可', licenseNo: k, validFrom: '2026-11-01', validTo: '2031-10-31' }),
    penalty: (k: string, creditCode: string) => ({ key: k, creditCode, department: '金山区市场监督管理局', occurredOn: '2026-11-20', decisionNo: k, penaltyItem: '经营超过保质期的食品', legalBasis: '《中华人民共和国食品安全法》第一百二十四条', penaltyKinds: ['warning', 'fine'], fineAmount: 5000, summary: '货架上有过期食品。' }),
    inspection: (k: string, creditCode: string) => ({ key: k, creditCode, department: 'SCJGJ', occurredOn: '2026-10-12', checkItems: ['食品经营场所卫生'], result: '未发现问题', findings: '现场整洁' }),
    judicial_assistance: (k: string, creditCode: string) => ({ key: k, creditCode, department: 'SCJGJ', occurredOn: '2026-09-03', court: '上海市金山区人民法院', documentNo: k, measure: '股权冻结', personName: '李四', personIdNo: '310116198001011234', amount: 300000 }),
    complaint: (k: string, creditCode: string) => ({ key: k, creditCode, department: 'SCJGJ', occurredOn: '2026-11-25', channel: '12315', summary: '购买的面包已过期。', outcome: '已调解', complainantName: '王五', complainantIdNo: '310116199002021234', complainantPhone: '13800138000' }),
  };

  beforeAll(async () => {
    p = await startPlatform(database, { worker: false });
    key = await p.apiKey(['records:write'], 'city-platform', 'SCJGJ');
    company = await entity('上海枫泾归集测试食品有限公司');
  });
  afterAll(() => p?.stop());

  it('stores a record of each kind, and the same item again merges into it (an update, no second row)', async () => {
    for (const kind of Object.keys(items) as Array<keyof typeof items>) {
      const k = `REC-${kind}-${uid()}`;
      const first = await push({ kind, items: [items[kind](k, company)] });
      expect([kind, first.status, first.body.results]).toEqual([kind, 200, [{ index: 0, key: k, status: 'stored' }]]);
      const again = await push({ kind, items: [{ ...items[kind](k, company), occurredOn: '2026-11-28' }] });
      expect([kind, again.status, again.body.results[0].status]).toEqual([kind, 200, 'merged']);
      expect(await rows({ kind, recordKey: k })).toBe(1);
      const row = await p.db.models.records.findOne({ where: { kind, recordKey: k } });
      expect(row!.get('occurredOn')).toBe('2026-11-28');
      expect(row!.get('sourceDepartmentCode')).toBe('SCJGJ');
    }
    const penalty = await p.db.models.records.findOne({ where: { kind: 'penalty', creditCode: company } });
    // The department named by its exact name is stored by its code; the kind's fields are kept whole.
    expect(penalty!.get('departmentCode')).toBe('SCJGJ');
    expect(penalty!.get('data')).toMatchObject({ decisionNo: penalty!.get('recordKey'), penaltyKinds: ['warning', 'fine'], fineAmount: 5000, legalBasis: '《中华人民共和国食品安全法》第一百二十四条' });
    // Personal data is stored as sent; the dossier masks it when read.
    const byKind = await recordsOf(p.db, company);
    expect(byKind.complaint[0].data).toMatchObject({ complainantName: '王五', complainantPhone: '13800138000' });
    expect(Object.keys(byKind).sort()).toEqual(['complaint', 'inspection', 'judicial_assistance', 'license', 'penalty']);
  });

  it('answers each item of a mixed batch on its own: bad ones are rejected with field and code and store nothing', async () => {
    const good = `金市监处罚〔2026〕${uid()}号`;
    const before = await p.db.models.records.count();
    const audits = await p.db.models.audit_log.count({ where: { action: 'records.collected' } });
    const res = await push({
      kind: 'penalty',
      items: [
        items.penalty(good, company),
        { ...items.penalty(`BAD-${uid()}`, company), occurredOn: '2026-02-30' },
        items.penalty(`BAD-${uid()}`, newCreditCode()),
        { ...items.penalty(`BAD-${uid()}`, company), department: '不存在的局' },
        { ...items.penalty(`BAD-${uid()}`, company), creditCode: '91310116MA1H2K3L0X' },
        { ...items.penalty(`BAD-${uid()}`, company), legalBasis: 'a\u0000b' },
        'not an item',
      ],
    });
    expect(res.status).toBe(200);
    const r = res.body.results;
    expect(r.map((x: any) => x.status)).toEqual(['stored', 'rejected', 'rejected', 'rejected', 'rejected', 'rejected', 'rejected']);
    expect(r[1].errors).toEqual([expect.objectContaining({ field: 'occurredOn' })]);
    expect(r[2].errors).toEqual([expect.objectContaining({ field: 'creditCode', code: 'entity-unmatched' })]);
    expect(r[3].errors).toEqual([expect.objectContaining({ field: 'department', code: 'unknown-department' })]);
    expect(r[4].errors).toEqual([expect.objectContaining({ field: 'creditCode', code: 'invalid-credit-code' })]);
    expect(r[5].errors).toEqual([expect.objectContaining({ field: 'legalBasis', code: 'invalid-character' })]);
    expect(r[6].key).toBeNull();
    expect(res.body).toMatchObject({ stored: 1, merged: 0, rejected: 6 });
    expect(await p.db.models.records.count()).toBe(before + 1);
    expect(await p.db.models.audit_log.count({ where: { action: 'records.collected' } })).toBe(audits + 1);
  });

  it('refuses a call whose every item is rejected with 422, and more than 1,000 items with 400: nothing stored', async () => {
    const before = await p.db.models.records.count();
    const allBad = await push({ kind: 'inspection', items: [{ ...items.inspection(`BAD-${uid()}`, company), checkItems: [] }, { ...items.inspection(`BAD-${uid()}`, company), creditCode: undefined }] });
    expect(allBad.status).toBe(422);
    expect(allBad.type).toBe('application/problem+json');
    expect(allBad.body.type).toMatch(/records-rejected$/);
    expect(allBad.body.errors.map((e: any) => [e.field, e.code])).toEqual([['items.0.checkItems', 'too_small'], ['items.1.creditCode', 'entity-required']]);
    const tooMany = await push({ kind: 'complaint', items: Array.from({ length: 1001 }, (_, i) => ({ key: `C-${i}`, creditCode: company, department: 'SCJGJ', occurredOn: '2026-11-25', channel: '12315', summary: '过期' })) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors).toEqual([expect.objectContaining({ field: 'items', code: 'too_big' })]);
    expect((await push({ kind: 'tax', items: [items.penalty(`X-${uid()}`, company)] })).status).toBe(400);
    expect(await p.db.models.records.count()).toBe(before);
  });

  it('takes 1,000 items in one call; keys differing only in case or width are different records', async () => {
    const run = uid();
    const many = Array.from({ length: 1000 }, (_, i) => ({ key: `C-${run}-${i}`, creditCode: company, department: 'SCJGJ', occurredOn: '2026-11-25', channel: '12345', summary: '噪音扰民' }));
    const res = await push({ kind: 'complaint', items: many });
    expect([res.status, res.body.stored]).toEqual([200, 1000]);
    const cased = await push({ kind: 'license', items: [items.license(`jy${run}`, company), items.license(`JY${run}`, company), items.license(`ＪＹ${run}`, company)] });
    expect(cased.body.results.map((r: any) => r.status)).toEqual(['stored', 'stored', 'stored']);
    const twice = await push({ kind: 'license', items: [items.license(`TW${run}`, company), { ...items.license(`TW${run}`, company), validTo: '2030-12-31' }] });
    expect(twice.body.results.map((r: any) => r.status)).toEqual(['stored', 'merged']);
    expect((await p.db.models.records.findAll({ where: { kind: 'license', recordKey: `TW${run}` } })).map((r) => r.get('data').validTo)).toEqual(['2030-12-31']);
  });

  it('matches an item without a credit code on its normalised name: one entity matched, several ambiguous, none unmatched', async () => {
    const unique = await entity(`上海记录匹配${uid()}（有限合伙）`);
    const uniqueName = (await p.db.models.entities.findByPk(unique))!.get('name') as string;
    const twin = `上海孪生${uid()}（集团）有限公司`;
    await entity(twin);
    await entity(twin.replace('（', '(').replace('）', ')'));
    // Written with half-width brackets and stray spaces, as old records often are.
    const sent = ` ${uniqueName.replace('（', '(').replace('）', ')').replace('记录', '记 录')} `;
    const res = await push({
      kind: 'complaint',
      items: [
        { ...items.complaint(`N-${uid()}`, ''), creditCode: undefined, entityName: sent },
        { ...items.complaint(`N-${uid()}`, ''), creditCode: undefined, entityName: twin },
        { ...items.complaint(`N-${uid()}`, ''), creditCode: undefined, entityName: `上海查无此户${uid()}有限公司` },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: any) => r.status)).toEqual(['stored', 'rejected', 'rejected']);
    expect(res.body.results[1].errors).toEqual([expect.objectContaining({ field: 'entityName', code: 'entity-ambiguous', params: { count: 2 } })]);
    expect(res.body.results[2].errors).toEqual([expect.objectContaining({ field: 'entityName', code: 'entity-unmatched' })]);
    const stored = await p.db.models.records.findOne({ where: { recordKey: res.body.results[0].key } });
    expect([stored!.get('creditCode'), stored!.get('entityName')]).toEqual([unique, uniqueName]);
  });

  it('10 concurrent identical pushes leave one row per item', async () => {
    const batch = Array.from({ length: 5 }, (_, i) => items.penalty(`金市监处罚〔2026〕并发${uid()}-${i}号`, company));
    const answers = await Promise.all(Array.from({ length: 10 }, () => push({ kind: 'penalty', items: batch })));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    for (const [i, item] of batch.entries()) {
      expect(await rows({ kind: 'penalty', recordKey: item.key })).toBe(1);
      expect(answers.filter((a) => a.body.results[i].status === 'stored')).toHaveLength(1);
    }
  });

  it('needs the records:write scope and a department key', async () => {
    const before = await p.db.models.records.count();
    const body = { kind: 'penalty', items: [items.penalty(`A-${uid()}`, company)] };
    const wrongScope = await push(body, await p.apiKey(['credit:write'], 'credit-system', 'SCJGJ'));
    expect([wrongScope.status, wrongScope.body.type]).toEqual([403, expect.stringMatching(/scope-required$/)]);
    const noDepartment = await push(body, await p.apiKey(['records:write'], 'no-department'));
    expect([noDepartment.status, noDepartment.body.type]).toEqual([403, expect.stringMatching(/department-key-required$/)]);
    expect((await p.api.post('/api/ext/v1/records').send(body)).status).toBe(401);
    expect(await p.db.models.records.count()).toBe(before);
  });
});
