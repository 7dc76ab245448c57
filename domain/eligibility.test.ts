import { DEFAULT_POLICIES, judge, listColumns, listedEntities, reasonsAgainst, windowStart, type EntityFacts, type PolicyCriteria } from './eligibility';

const clean = (): EntityFacts => ({ status: 'active', listings: [], restriction: { measures: [], listings: [] }, penalties: [], openCases: [] });
const all: PolicyCriteria = { requireActive: true, restricted: true, seriousViolation: true, abnormalOperation: true, penaltyWindowMonths: 12, warningOnlyCounts: false, openCases: true };
const TODAY = '2026-11-30';
const listing = (listType: string, id = 'L1') => ({ id, listType, documentNo: '金市监列〔2026〕1号', authority: '金山区市场监督管理局', listedOn: '2026-03-01' });
const penalty = (decidedOn: string, penaltyKinds: string[]) => ({ decisionNo: `金市监处罚〔2026〕${decidedOn}号`, decidedOn, departmentName: '金山区市场监督管理局', penaltyKinds });

describe('support-eligibility check rules', () => {
  describe('the policy window', () => {
    it('goes back whole calendar months, a 31st falling back to the month’s end', () => {
      expect(windowStart('2026-11-30', 12)).toBe('2025-11-30');
      expect(windowStart('2026-11-30', 36)).toBe('2023-11-30');
      expect(windowStart('2026-03-31', 1)).toBe('2026-02-28');
      expect(windowStart('2028-03-31', 1)).toBe('2028-02-29');
      expect(windowStart('2026-01-15', 1)).toBe('2025-12-15');
    });
  });

  describe('reasons against an entity', () => {
    it('finds none for an active entity with nothing on record: eligible', () => {
      expect(reasonsAgainst(all, clean(), TODAY)).toEqual([]);
    });

    it('names deregistration, the restricting measures with the listings behind them, serious violation and abnormal operation', () => {
      const facts = { ...clean(), status: 'deregistered', listings: [listing('seriousViolationList', 'L1'), listing('abnormalOperationList', 'L2')] };
      facts.restriction = { measures: [{ code: 'M1', name: '限制申请财政补贴', legalBasis: '国发〔2016〕33号' }], listings: [facts.listings[0]] };
      const kinds = reasonsAgainst(all, facts, TODAY).map((r) => r.kind);
      expect(kinds).toEqual(['deregistered', 'restricted', 'seriousViolation', 'abnormalOperation']);
      const restricted = reasonsAgainst(all, facts, TODAY).find((r) => r.kind === 'restricted')!;
      expect(restricted.detail).toContain('限制申请财政补贴');
      expect(restricted.detail).toContain('严重违法失信名单（金市监列〔2026〕1号');
    });

    it('counts penalties inside the window only, and a warning alone only when the policy says so', () => {
      const facts = { ...clean(), penalties: [penalty('2025-11-29', ['fine']), penalty('2025-11-30', ['fine']), penalty('2026-06-01', ['warning']), penalty('2026-07-01', [])] };
      expect(reasonsAgainst(all, facts, TODAY).map((r) => r.detail)).toEqual([expect.stringContaining('2025-11-30'), expect.stringContaining('2026-07-01')]);
      expect(reasonsAgainst({ ...all, warningOnlyCounts: true }, facts, TODAY)).toHaveLength(3);
      expect(reasonsAgainst({ ...all, penaltyWindowMonths: null }, facts, TODAY)).toEqual([]);
    });

    it('leaves out what a policy does not check', () => {
      const facts = { ...clean(), status: 'deregistered', listings: [listing('abnormalOperationList')], openCases: [{ departmentName: '金山区市场监督管理局', filedOn: '2026-10-01' }] };
      expect(reasonsAgainst({ ...all, requireActive: false, abnormalOperation: false, openCases: false }, facts, TODAY)).toEqual([]);
      expect(reasonsAgainst(all, facts, TODAY).map((r) => r.kind)).toEqual(['deregistered', 'abnormalOperation', 'openCase']);
    });
  });

  describe('a row of the list', () => {
    const entity = { row: 2, creditCode: null, name: '上海甲有限公司' };
    it('never guesses between entities of one name: ambiguous is a reason, the row not found', () => {
      const r = judge(entity, { status: 'ambiguous', candidates: [{ creditCode: 'A', name: '上海甲有限公司' }, { creditCode: 'B', name: '上海甲有限公司' }] }, all, TODAY);
      expect(r).toMatchObject({ found: false, eligible: false, reasons: [{ kind: 'ambiguousName' }], screening: null });
    });
    it('answers not found, or a malformed credit code, as not eligible', () => {
      expect(judge(entity, { status: 'notFound', creditCodeMalformed: false }, all, TODAY).reasons).toEqual([{ kind: 'notFound', detail: '上海甲有限公司' }]);
      expect(judge({ ...entity, creditCode: 'X' }, { status: 'notFound', creditCodeMalformed: true }, all, TODAY).reasons[0].kind).toBe('invalidCreditCode');
    });
    it('carries the screening of a restricted entity (it counts for the feedback statistics) only when the policy checks restriction', () => {
      const facts = { ...clean(), listings: [listing('dishonestDebtor')] };
      facts.restriction = { measures: [{ code: 'M1', name: '限制申请财政补贴', legalBasis: 'x' }], listings: facts.listings };
      const found = { status: 'found' as const, creditCode: 'C', name: '上海甲有限公司', facts };
      expect(judge(entity, found, all, TODAY)).toMatchObject({ found: true, status: 'active', eligible: false, creditCode: 'C', screening: { listingIds: ['L1'] } });
      expect(judge(entity, found, { ...all, restricted: false }, TODAY)).toMatchObject({ eligible: true, screening: null });
    });
  });

  describe('the uploaded list', () => {
    it('finds the credit-code and name columns by their usual headers, and refuses a list with neither', () => {
      expect(listColumns(['序号', '统一社会信用代码', '企业名称'])).toEqual({ creditCode: '统一社会信用代码', name: '企业名称' });
      expect(listColumns(['Credit Code', 'Name'])).toEqual({ creditCode: 'Credit Code', name: 'Name' });
      expect(listColumns(['序号', '地址'])).toBeNull();
    });
    it('reads codes in upper case without spaces (full-width as half-width), names as written, and leaves out blank lines', () => {
      const rows = [
        { row: 2, values: { 代码: ' ９1310116ma1h2k3l4x ', 名称: '上海甲有限公司' } },
        { row: 3, values: { 代码: null, 名称: '' } },
        { row: 4, values: { 代码: '', 名称: '上海乙（集团）有限公司' } },
      ];
      expect(listedEntities({ creditCode: '代码', name: '名称' }, rows)).toEqual([
        { row: 2, creditCode: '91310116MA1H2K3L4X', name: '上海甲有限公司' },
        { row: 4, creditCode: null, name: '上海乙（集团）有限公司' },
      ]);
    });
  });

  it('seeds policies for the screening scenarios, each with its window', () => {
    expect(DEFAULT_POLICIES.map((p) => p.scenario)).toEqual(expect.arrayContaining(['subsidy', 'honors', 'government_procurement']));
    for (const p of DEFAULT_POLICIES) expect(p.criteria.penaltyWindowMonths).toBeGreaterThan(0);
  });
});
