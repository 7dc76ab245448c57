import crypto from 'node:crypto';
import { makeCreditCode, CREDIT_CODE_ALPHABET } from '../../domain/creditCode';
import { testDatabases } from '../support/databases';
import { startPlatform, type TestPlatform } from '../support/platform';

// The public disclosure API (no login): the two credit lists public by law, only entries in force, no
// personal name of an individual business's operator, and search by name fragment or credit code with paging.
// The rows are arranged as the workflows' activities leave them: this API only reads them.
describe.each(testDatabases)('public disclosure API on $name', (database) => {
  let p: TestPlatform;
  const code = (form: '91' | '92') => makeCreditCode({ registrationDepartment: form[0], category: form[1], regionCode: '310116', organizationBase: Array.from(crypto.randomBytes(8), (b) => CREDIT_CODE_ALPHABET[b % 31]).join('') });
  let n = 0;
  const listing = (over: Record<string, unknown>) => ({
    id: `CL-T-${++n}`, creditCode: code('91'), entityName: `上海公示测试${n}有限公司`, listType: 'abnormalOperationList', reason: '通过登记的住所或者经营场所无法联系', documentNo: `金市监异〔2026〕${n}号`, authority: '金山区市场监督管理局',
    listedOn: '2026-03-01', expiresOn: null, status: 'active', endedOn: null, endReason: null, previousListingId: null, source: 'test', workflowId: `joint-punishment:CL-T-${n}`, createdAt: new Date(), updatedAt: new Date(), ...over,
  });
  const codes = { individual: '', shop: '', dishonest: '', ended: '', expired: '', serious: '' };
  const get = (path: string, query: Record<string, unknown> = {}) => p.api.get(path).query(query);

  beforeAll(async () => {
    p = await startPlatform(database, { worker: false });
    for (const k of Object.keys(codes) as Array<keyof typeof codes>) codes[k] = code(k === 'individual' || k === 'shop' ? '92' : '91');
    await p.db.models.credit_listings.bulkCreate([
      ...Array.from({ length: 30 }, (_, i) => listing({ listedOn: `2026-01-${String(i + 1).padStart(2, '0')}` })),
      listing({ creditCode: codes.individual, entityName: '张三丰', listedOn: '2026-04-01' }),
      listing({ creditCode: codes.shop, entityName: '上海市金山区枫泾镇老王面馆', listedOn: '2026-04-02' }),
      listing({ creditCode: codes.serious, entityName: '上海严重违法测试有限公司', listType: 'seriousViolationList', documentNo: '金市监列严〔2026〕9号', listedOn: '2026-04-03', expiresOn: '2029-04-02' }),
      listing({ creditCode: codes.dishonest, entityName: '上海失信被执行测试有限公司', listType: 'dishonestDebtor', authority: '上海市金山区人民法院' }),
      listing({ creditCode: codes.dishonest, entityName: '上海失信被执行测试有限公司', listType: 'majorTaxViolator', authority: '国家税务总局上海市金山区税务局' }),
      listing({ creditCode: codes.ended, entityName: '上海已移出测试有限公司', status: 'removed', endedOn: '2026-05-01', endReason: '已补报年报' }),
      listing({ creditCode: codes.ended, entityName: '上海已移出测试有限公司', listType: 'seriousViolationList', status: 'repaired', endedOn: '2026-05-01' }),
      listing({ creditCode: codes.expired, entityName: '上海期满测试有限公司', listType: 'seriousViolationList', listedOn: '2023-01-01', expiresOn: '2025-12-31' }),
    ]);
    await p.db.models.publications.bulkCreate([
      ...Array.from({ length: 12 }, (_, i) => ({ kind: 'inspectionResult', refKey: `T-${i}`, creditCode: code('91'), entityName: `上海抽查公示${i}号有限公司`, departmentCode: 'SCJGJ', planId: null, content: { outcome: 'no_problem' }, dueAt: new Date(), publishedAt: new Date(Date.now() - i * 60_000) })),
      { kind: 'inspectionResult', refKey: 'T-individual', creditCode: codes.individual, entityName: '张三丰', departmentCode: 'SCJGJ', planId: null, content: { outcome: 'no_problem' }, dueAt: new Date(), publishedAt: new Date() },
    ]);
  });
  afterAll(() => p?.stop());

  it('serves only entries in force of 经营异常名录 and 严重违法失信名单', async () => {
    const res = await get('/public/v1/credit-listings', { perPage: 200 });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(33);
    const served = res.body.data as any[];
    expect(new Set(served.map((l) => l.listType))).toEqual(new Set(['abnormalOperationList', 'seriousViolationList']));
    for (const gone of [codes.dishonest, codes.ended, codes.expired]) expect(served.filter((l) => l.creditCode === gone)).toEqual([]);
    expect(served.find((l) => l.creditCode === codes.serious)).toEqual({ creditCode: codes.serious, entityName: '上海严重违法测试有限公司', listType: 'seriousViolationList', listName: '严重违法失信名单', reason: '通过登记的住所或者经营场所无法联系', documentNo: '金市监列严〔2026〕9号', authority: '金山区市场监督管理局', listedOn: '2026-04-03', expiresOn: '2029-04-02' });
    // One list at a time; a list not public by law is refused, not served.
    const serious = await get('/public/v1/credit-listings', { listType: 'seriousViolationList' });
    expect(serious.body.data.map((l: any) => l.creditCode)).toEqual([codes.serious]);
    expect((await get('/public/v1/credit-listings', { listType: 'dishonestDebtor' })).status).toBe(400);
  });

  it('an individual business under its operator’s name is masked, and not found by the masked characters', async () => {
    const all = (await get('/public/v1/credit-listings', { perPage: 200 })).body.data as any[];
    expect(all.find((l) => l.creditCode === codes.individual).entityName).toBe('张**');
    expect(JSON.stringify(all)).not.toContain('张三丰');
    expect(all.find((l) => l.creditCode === codes.shop).entityName).toBe('上海市金山区枫泾镇老王面馆');
    expect((await get('/public/v1/credit-listings', { q: '张三' })).body).toEqual({ data: [], total: 0 });
    expect((await get('/public/v1/credit-listings', { q: codes.individual })).body.data.map((l: any) => l.entityName)).toEqual(['张**']);
    expect((await get('/public/v1/credit-listings', { q: '老王' })).body.data.map((l: any) => l.creditCode)).toEqual([codes.shop]);
    // The same rule on the published inspection results.
    const results = (await get('/public/v1/inspection-results', { perPage: 200 })).body.data as any[];
    expect(results.find((r) => r.creditCode === codes.individual).entityName).toBe('张**');
    expect((await get('/public/v1/inspection-results', { q: '三丰' })).body.total).toBe(0);
  });

  it('searches by name fragment or credit code (whole or its beginning) and pages', async () => {
    expect((await get('/public/v1/credit-listings', { q: '严重违法' })).body.data.map((l: any) => l.creditCode)).toEqual([codes.serious]);
    expect((await get('/public/v1/credit-listings', { q: codes.serious })).body.total).toBe(1);
    expect((await get('/public/v1/credit-listings', { q: codes.serious.slice(0, 14).toLowerCase() })).body.data.map((l: any) => l.creditCode)).toEqual([codes.serious]);
    const pages = await Promise.all([1, 2, 3, 4].map((page) => get('/public/v1/credit-listings', { q: '公示测试', perPage: 8, page })));
    expect(pages.map((r) => r.body.total)).toEqual([30, 30, 30, 30]);
    expect(pages.map((r) => r.body.data.length)).toEqual([8, 8, 8, 6]);
    const names = pages.flatMap((r) => r.body.data.map((l: any) => l.entityName));
    expect(new Set(names).size).toBe(30);
    // Newest listing first.
    expect(pages[0].body.data[0].listedOn).toBe('2026-01-30');

    const first = (await get('/public/v1/inspection-results', { q: '抽查公示', perPage: 5, page: 1 })).body;
    const third = (await get('/public/v1/inspection-results', { q: '抽查公示', perPage: 5, page: 3 })).body;
    expect([first.total, first.data.length, third.data.length]).toEqual([12, 5, 2]);
    const one = (await get('/public/v1/inspection-results', { perPage: 200 })).body.data.find((r: any) => r.entityName === '上海抽查公示7号有限公司');
    expect((await get('/public/v1/inspection-results', { q: one.creditCode.slice(0, 12) })).body.data.map((r: any) => r.entityName)).toEqual(['上海抽查公示7号有限公司']);
    expect((await get('/public/v1/credit-listings', { perPage: 500 })).status).toBe(400);
  });

  it('never serves an inspection’s evidence (photos and documents, their names and hashes) with its published result', async () => {
    const published = (await get('/public/v1/inspection-results', { q: '上海抽查公示3号有限公司' })).body.data[0];
    const inspection = await p.db.models.inspections.create({ inspectionKey: 'T-3', kind: 'routine', planId: null, creditCode: published.creditCode, entityName: '上海抽查公示3号有限公司', departmentCode: 'SCJGJ', checkItemCodes: ['SC001'], team: ['inspector', 'scjgj-inspector-1'], status: 'completed', outcome: 'no_problem', results: [], finding: null, recordedBy: 'inspector', confirmedBy: ['inspector', 'scjgj-inspector-1'], dueAt: new Date(), recordedAt: new Date(), workflowId: 'inspection:T-3' });
    const content = Buffer.from('%PDF-1.7 现场检查笔录');
    const sha256 = crypto.createHash('sha256').update(content).digest('hex');
    await p.db.models.evidence.create({ inspectionId: inspection.get('id'), fileName: '现场检查笔录-公示测试.pdf', contentType: 'application/pdf', size: content.length, sha256, content, uploadedBy: 'inspector', uploadedAt: new Date() });
    const served = await Promise.all([get('/public/v1/inspection-results', { perPage: 200 }), get('/public/v1/inspection-results', { q: published.creditCode }), get('/public/v1/inspection-plans'), get('/public')]);
    for (const res of served) {
      expect(res.status).toBe(200);
      for (const secret of ['现场检查笔录', sha256, 'evidence']) expect(res.text).not.toContain(secret);
    }
  });
});
