import { checkRecordItem } from './recordItems';
import { RECORD_KINDS } from './records';
import { headerOfField, IMPORT_TEMPLATES, mapColumns, rowToItem } from './importTemplates';

describe('import templates', () => {
  it('give every kind the fields its item schema needs, each header once', () => {
    for (const kind of RECORD_KINDS) {
      const headers = IMPORT_TEMPLATES[kind].map((c) => c.header);
      expect(new Set(headers).size).toBe(headers.length);
      // The template's example row is a valid item: the headers map onto the schema's fields.
      const row = { row: 2, values: Object.fromEntries(IMPORT_TEMPLATES[kind].map((c) => [c.header, c.example])) };
      const item = rowToItem(kind, mapColumns(kind, headers), row, 'SCJGJ');
      const checked = checkRecordItem(kind, item);
      expect([kind, checked.errors]).toEqual([kind, []]);
    }
  });

  it('finds columns by Chinese header or field name, and names the required ones missing', () => {
    expect(mapColumns('penalty', ['creditCode', '决定书文号', 'penaltyItem'])).toEqual({
      headerOf: { creditCode: 'creditCode', decisionNo: '决定书文号', penaltyItem: 'penaltyItem' },
      missing: ['处罚依据', '处罚决定日期'],
    });
  });

  it('converts cells to the fields’ types: the key from its number, lists, penalty kinds by Chinese name, dates, amounts, long digit strings', () => {
    const map = mapColumns('penalty', IMPORT_TEMPLATES.penalty.map((c) => c.header));
    const item = rowToItem('penalty', map, { row: 5, values: { 统一社会信用代码: '91310116MA1J8KXX45', 决定书文号: '金罚〔2026〕1号', 处罚种类: '警告、罚款；revocation', '罚款金额（元）': '12,500.50', 处罚决定日期: '2026年3月7日', 处罚事项: '事项', 处罚依据: '依据', 主体名称: null, 部门: null, 违法事实: null } }, 'SCJGJ');
    expect(item).toEqual({ creditCode: '91310116MA1J8KXX45', decisionNo: '金罚〔2026〕1号', key: '金罚〔2026〕1号', penaltyKinds: ['warning', 'fine', 'revocation'], fineAmount: 12500.5, occurredOn: '2026-03-07', penaltyItem: '事项', legalBasis: '依据', department: 'SCJGJ' });
    const complaint = mapColumns('complaint', IMPORT_TEMPLATES.complaint.map((c) => c.header));
    const c = rowToItem('complaint', complaint, { row: 2, values: { 投诉举报编号: 'TS-1', 投诉人电话: 13800138000, 受理日期: new Date(Date.UTC(2026, 0, 5)) } }, 'SCJGJ');
    expect(c).toMatchObject({ key: 'TS-1', complainantPhone: '13800138000', occurredOn: '2026-01-05' });
  });

  it('names an error by the column the file used', () => {
    const map = mapColumns('inspection', ['检查编号', 'checkItems', '检查结果', '检查日期']);
    expect(headerOfField('inspection', map, 'checkItems.0')).toBe('checkItems');
    expect(headerOfField('inspection', map, 'key')).toBe('检查编号');
    expect(headerOfField('penalty', mapColumns('penalty', ['决定书文号']), 'key')).toBe('决定书文号');
    expect(headerOfField('penalty', mapColumns('penalty', []), 'occurredOn')).toBe('处罚决定日期');
  });
});
