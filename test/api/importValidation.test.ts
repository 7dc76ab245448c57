import crypto from 'node:crypto';
import { createImportActivities } from '../../activities/imports';
import { createImport, FIRST_AMBIGUOUS_SEQ } from '../../db/imports';
import { testDatabases } from '../support/databases';
import { newCreditCode } from '../support/events';
import { startPlatform, type TestPlatform } from '../support/platform';

// Import validation (归集, F10) stores each checked batch as it goes rather than holding the file's rows until the
// end: ready rows numbered 1..n in file order, ambiguous rows after FIRST_AMBIGUOUS_SEQ, errors in file order; a
// retried validation replaces what an earlier attempt stored part of.

const HEADERS = ['统一社会信用代码', '主体名称', '决定书文号', '处罚事项', '处罚依据', '处罚种类', '罚款金额（元）', '处罚决定日期'];

describe.each(testDatabases)('import validation on $name', (database) => {
  let p: TestPlatform;
  const uid = () => crypto.randomBytes(4).toString('hex');
  const entity = async (name: string) => {
    const creditCode = newCreditCode();
    await p.db.models.entities.create({ creditCode, name, entityType: '有限责任公司', industryCode: 'F5223', regionCode: '310116102', address: '上海市金山区枫泾镇', legalRepresentative: '张某', businessScope: '食品销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2020-01-01', status: 'active' });
    return creditCode;
  };

  beforeAll(async () => {
    p = await startPlatform(database, { worker: false });
  });
  afterAll(() => p?.stop());

  it('rows in order, ambiguous ones after the ready, errors in order; a retry replaces a partial earlier attempt', async () => {
    const company = await entity(`上海枫泾校验测试食品有限公司${uid()}`);
    const twin = `上海枫泾同名测试商行${uid()}`;
    await entity(twin);
    await entity(twin);
    const key = (n: number) => `VAL-${uid()}-${n}`;
    const line = (creditCode: string, name: string, no: string, date = '2026-11-20') => [creditCode, name, no, '经营超过保质期的食品', '食品安全法第一百二十四条', '警告', '', date].join(',');
    // 2,500 rows: three batches of validation. Every 1,000th row has an impossible date; rows 5 and 1,505 name the twins.
    const lines = Array.from({ length: 2500 }, (_, i) => (i === 3 || i === 1503 ? line('', twin, key(i)) : i % 1000 === 999 ? line(company, '', key(i), '2026-02-30') : line(company, '', key(i))));
    const bytes = Buffer.from([HEADERS.join(','), ...lines].join('\n'));
    const { import: imp } = await createImport(p.db, { kind: 'penalty', departmentCode: 'SCJGJ', uploadedBy: 'clerk', fileName: 'v.csv', format: 'csv', bytes, rowsTotal: 0, workflowIdOf: (k) => `record-import:${k}` });
    // What an attempt that died after its first batches left behind.
    await p.db.models.import_rows.bulkCreate([{ importId: imp.id, seq: 1, row: 99, status: 'ready', record: {}, candidates: null }, { importId: imp.id, seq: 2600, row: 98, status: 'ready', record: {}, candidates: null }]);
    await p.db.models.import_errors.create({ importId: imp.id, seq: 7, row: 97, columnName: 'x', message: 'stale', code: 'stale', params: null });

    const result = await createImportActivities(p.db).validateImport({ importId: imp.id, maxMatchRows: 1000 });

    expect(result).toEqual({ status: 'needsReview', rowsValid: 2496, rowsRejected: 2, rowsAmbiguous: 2 });
    const rows = (await p.db.models.import_rows.findAll({ where: { importId: imp.id }, order: [['seq', 'ASC']], raw: true })) as any[];
    const ready = rows.filter((r) => r.status === 'ready');
    expect(ready.map((r) => r.seq)).toEqual(Array.from({ length: 2496 }, (_, i) => i + 1));
    expect(ready.map((r) => r.row)).toEqual([...ready.map((r) => r.row)].sort((a, b) => a - b));
    expect(ready[0].row).toBe(2);
    expect(rows.filter((r) => r.status === 'ambiguous').map((r) => [r.seq, r.row])).toEqual([[FIRST_AMBIGUOUS_SEQ, 5], [FIRST_AMBIGUOUS_SEQ + 1, 1505]]);
    const errors = (await p.db.models.import_errors.findAll({ where: { importId: imp.id }, order: [['seq', 'ASC']], raw: true })) as any[];
    expect(errors.map((e) => [e.seq, e.row, e.code])).toEqual([[1, 1001, expect.any(String)], [2, 2001, expect.any(String)]]);
    expect(((await p.db.models.imports.findByPk(imp.id, { raw: true })) as any)).toMatchObject({ status: 'needsReview', rowsTotal: 2500, rowsValid: 2496, rowsAmbiguous: 2, rowsRejected: 2, rowsDone: 0 });
  });
});
