import { routeBusinessScope, type LicenseItemRow, type ScopeCatalogRow } from './scopeRouting';
import type { RegistrationEvent } from './registration';

// The catalog matching of dual notification, on a hand-made catalog: each wording's route and the notice.

const item = (code: string, name: string, departmentCode: string, over: Partial<LicenseItemRow> = {}): LicenseItemRow => ({ code, name, departmentCode, legalBasis: `${name}的依据`, effectiveTo: null, versionId: 10, version: 1, ...over });
const row = (wording: string, over: Partial<ScopeCatalogRow>): ScopeCatalogRow => ({ wording, kind: 'licensed', licenseItemCode: null, candidateDepartmentCodes: [], receiptDays: null, decisionDays: null, ...over });
const CATALOG = [
  row('食品销售', { licenseItemCode: 'L001', receiptDays: 5, decisionDays: 10 }),
  row('食品互联网销售', { licenseItemCode: 'L001', receiptDays: 3, decisionDays: 20 }),
  row('道路货物运输', { licenseItemCode: 'L003' }),
  row('日用百货销售', { kind: 'general' }),
  row('网络预约出租汽车经营', { kind: 'unclear', candidateDepartmentCodes: ['JTW', 'SCJGJ'] }),
];
const ITEMS = [item('L001', '食品经营许可', 'SCJGJ'), item('L003', '道路运输经营许可', 'JTW', { effectiveTo: '2026-12-01' })];
const NAMES = new Map([['SCJGJ', '金山区市场监督管理局'], ['JTW', '金山区交通委员会']]);
const event = (occurredAt: string, action: RegistrationEvent['action'] = 'establish'): RegistrationEvent =>
  ({ eventId: 'E1', action, occurredAt, entity: { creditCode: '91310116MA1H2K3L0T', name: '上海测试有限公司' } as RegistrationEvent['entity'] });
const route = (occurredAt: string, wordings: string[], alreadyNotified = new Set<string>(), action: RegistrationEvent['action'] = 'establish') =>
  routeBusinessScope({ event: event(occurredAt, action), wordings, catalogRows: CATALOG, licenseItems: ITEMS, departmentNames: NAMES, alreadyNotified });

describe('routeBusinessScope', () => {
  it('routes licensed wordings to their item’s department, once per item with the strictest periods, and keeps the item’s version', () => {
    const { notice, routes } = route('2026-11-30T02:00:00Z', ['食品销售', '食品互联网销售', '日用百货销售', '未知项目']);
    expect(routes).toEqual([
      { key: 'L001', licenseItemCode: 'L001', licenseItemName: '食品经营许可', departmentCode: 'SCJGJ', candidateDepartmentCodes: [], scopeItems: ['食品销售', '食品互联网销售'], legalBasis: '食品经营许可的依据', licenseItemVersionId: 10, licenseItemVersion: 1, receiptDays: 3, decisionDays: 10 },
    ]);
    expect(notice.licenses).toEqual([{ licenseItem: '食品经营许可', department: { code: 'SCJGJ', name: '金山区市场监督管理局' }, legalBasis: '食品经营许可的依据', scopeItems: ['食品销售', '食品互联网销售'] }]);
    expect([notice.generalScopeItems, notice.unmatchedScopeItems]).toEqual([['日用百货销售'], ['未知项目']]);
  });

  it('offers an unclear wording to its candidate departments, with the default periods', () => {
    const { notice, routes } = route('2026-11-30T02:00:00Z', ['网络预约出租汽车经营']);
    expect(routes).toEqual([expect.objectContaining({ key: 'unclear-1', departmentCode: null, candidateDepartmentCodes: ['JTW', 'SCJGJ'], receiptDays: 5, decisionDays: 20 })]);
    expect(notice.pendingDepartment).toEqual([{ scopeItem: '网络预约出租汽车经营', candidateDepartments: [{ code: 'JTW', name: '金山区交通委员会' }, { code: 'SCJGJ', name: '金山区市场监督管理局' }] }]);
  });

  it('routes nothing to an item retired by the Shanghai day of the event; the day before, it still routes', () => {
    // 2026-12-01 00:30 in Shanghai is 2026-11-30 16:30 UTC: retired that day.
    const retired = route('2026-11-30T16:30:00Z', ['道路货物运输']);
    expect([retired.routes, retired.notice.licenses, retired.notice.unmatchedScopeItems]).toEqual([[], [], ['道路货物运输']]);
    const before = route('2026-11-30T15:30:00Z', ['道路货物运输']);
    expect(before.routes.map((r) => r.departmentCode)).toEqual(['JTW']);
  });

  it('a change routes only what was not notified before, while the notice lists every license', () => {
    const { notice, routes } = route('2026-11-30T02:00:00Z', ['食品销售', '网络预约出租汽车经营'], new Set(['L001', 'scope:网络预约出租汽车经营']), 'change');
    expect(routes).toEqual([]);
    expect(notice.licenses.map((l) => l.licenseItem)).toEqual(['食品经营许可']);
  });
});
