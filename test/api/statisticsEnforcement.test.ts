import crypto from 'node:crypto';
import { testDatabases } from '../support/databases';
import { startPlatform, type TestPlatform } from '../support/platform';
import { refreshEntityTallies } from '../../db/entityTallies';
import { warningTaskKey } from '../../domain/warnings';
import { sheetRows } from '../support/workbooks';
import { drillRequest } from '../support/drill';

// GET /api/v1/statistics/{cases,credit,warnings,hotSpots} and the spot checks' non-compliance by check item
// (F9, F14), against a small set of rows whose numbers were counted by hand (in the comments), not by the
// implementation's own queries. The period is the first half of 2026; "now" is the test's clock (after it).


const at = (s: string) => new Date(s.includes('T') ? s : `${s}T12:00:00+08:00`);
const PERIOD = 'from=2026-01-01&to=2026-06-30';
const PROBLEM = 'https://zongjian.dev/problems/';
const SCJGJ = '金山区市场监督管理局';
const WSJKW = '金山区卫生健康委员会';

// Entities: code, industry, town, status. Active cells: 朱泾镇·F 2 (H1, H2), 朱泾镇·C 1 (H5), 枫泾镇·H 1 (H3).
const ENTITIES: Array<[string, string, string, string]> = [
  ['H1', 'F5223', '310116101', 'active'],
  ['H2', 'F5211', '310116101', 'active'],
  ['H3', 'H6210', '310116102', 'active'],
  ['H4', 'H6210', '310116102', 'deregistered'],
  ['H5', 'C1310', '310116101', 'active'],
];
const code = (e: string) => `91310116HOTS0000${e}`.slice(0, 18);

describe.each(testDatabases)('statistics of cases, credit, warnings and hot spots on $name', (database) => {
  let p: TestPlatform;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });
  type Body = { department: { code: string; name: string } | null; sections: Array<{ key: string; chart: string; rows: Array<Record<string, unknown>>; drill?: unknown; axes?: unknown }> };
  const get = async (path: string, user = 'leader') => {
    const res = await p.api.get(path).set(as(user));
    expect([path, res.status]).toEqual([path, 200]);
    return res.body as Body;
  };
  const section = (body: Body, key: string) => body.sections.find((s) => s.key === key)!;
  const table = (body: Body, key: string, ...keys: string[]) => section(body, key).rows.map((r) => [r.label, ...keys.map((k) => r[k])]);

  beforeAll(async () => {
    p = await startPlatform(database, { worker: false });
    for (const u of ['leader', 'admin', 'supervisor', 'district', 'inspector', 'clerk', 'auditor']) tokens[u] = await p.login(u);
    const m = p.db.models;
    await m.entities.bulkCreate(
      ENTITIES.map(([e, industryCode, regionCode, status]) => ({
        creditCode: code(e), name: `上海热点测试${e}有限公司`, entityType: '有限责任公司', industryCode, regionCode, address: '上海市金山区', legalRepresentative: '张某', businessScope: '日用百货销售', registrationAuthority: SCJGJ, establishedOn: '2020-01-01', status, riskClass: 'B', lastEventAt: new Date(),
      })),
    );
    const task = (id: string, type: string, departmentCode: string, status: string, createdAt: string, dueAt: string, completedAt: string | null, outcome: string | null = null) => ({ taskKey: type === 'warningHandling' ? warningTaskKey(id) : `hot/${id}`, type, title: id, status, departmentCode, creditCode: code('H1'), entityName: '测试', dueAt: at(dueAt), escalationLevel: 0, workflowId: `wf-${id}`, createdAt: at(createdAt), completedAt: completedAt ? at(completedAt) : null, outcome, allowedOutcomes: [], data: {} });

    // ---- cases ----
    const enforcementCase = (id: string, departmentCode: string, stage: string, filedAt: string | null, decidedAt: string | null, outcome: string | null, penalty: Record<string, unknown> | null = null) => ({ caseKey: `hot/${id}`, inspectionKey: `hot/i-${id}`, creditCode: code('H1'), entityName: 'H1', departmentCode, stage, filingDueAt: null, decisionDueAt: null, filedAt: filedAt ? at(filedAt) : null, decidedAt: decidedAt ? at(decidedAt) : null, outcome, penalty, workflowId: `wf-${id}` });
    await m.enforcement_cases.bulkCreate([
      enforcementCase('C1', 'SCJGJ', 'closed', '2026-02-05', '2026-03-10', 'penalty', { decisionNo: '金市监处罚〔2026〕1号', penaltyKind: 'fine', amount: 5000 }),
      enforcementCase('C2', 'SCJGJ', 'closed', '2026-02-20', '2026-04-02', 'penalty', { decisionNo: '金市监处罚〔2026〕2号', penaltyKind: 'warning', amount: null }),
      enforcementCase('C3', 'SCJGJ', 'deciding', '2026-05-01', null, null), // open
      enforcementCase('C4', 'WSJKW', 'closed', null, null, 'not_filed'), // closed at filing: its filing task below (March)
      enforcementCase('C5', 'WSJKW', 'closed', '2026-01-10', '2026-06-30T23:30:00+08:00', 'penalty', { decisionNo: '金卫罚〔2026〕5号', penaltyKind: 'fine', amount: 1200.5 }), // June in Shanghai
      enforcementCase('C6', 'SCJGJ', 'closed', '2025-11-01', '2026-01-15', 'no_penalty'), // filed before the period, decided in it
      enforcementCase('C7', 'SCJGJ', 'filing', null, null, null), // open
      enforcementCase('C8', 'WSJKW', 'closed', '2026-06-15', '2026-07-02', 'penalty', { decisionNo: '金卫罚〔2026〕8号', penaltyKind: 'fine', amount: 800 }), // decided after the period
    ]);
    const record = (key: string, departmentCode: string, occurredOn: string, data: Record<string, unknown>) => ({ kind: 'penalty', departmentCode, recordKey: key, keyHash: crypto.createHash('sha256').update(key).digest('hex'), creditCode: code('H2'), entityName: 'H2', occurredOn, data: { decisionNo: key, ...data }, sourceDepartmentCode: departmentCode, system: 'test', createdAt: new Date(), updatedAt: new Date() });
    await m.records.bulkCreate([
      record('R1', 'SCJGJ', '2026-02-01', { penaltyKinds: ['warning', 'fine'], fineAmount: 3000 }),
      record('R2', 'WSJKW', '2026-03-01', { penaltyKinds: ['confiscation'] }),
      record('R3', 'SCJGJ', '2026-07-01', { penaltyKinds: ['fine'], fineAmount: 100.25 }), // after the period
      record('R4', 'SCJGJ', '2026-06-30', { penaltyKinds: ['revocation', 'fine'], fineAmount: 20000 }),
    ]);

    // ---- warnings, each with its handling task (the due time) ----
    const warning = (id: string, level: string, ruleCode: string | null, departmentCode: string, e: string, status: string, raisedAt: string, closedAt: string | null) => ({ id, ruleCode, source: ruleCode ? 'auto' : 'manual', level, creditCode: code(e), entityName: e, subject: id, reason: '测试', departmentCode, status, dedupeKey: `hot:${id}`, raisedBy: 'test', raisedAt: at(raisedAt), closedAt: closedAt ? at(closedAt) : null, outcome: closedAt ? 'resolved' : null, handling: null, workflowId: `wf-${id}` });
    await m.warnings.bulkCreate([
      warning('W1', 'red', 'licenseExpiring', 'SCJGJ', 'H1', 'closed', '2026-02-01', '2026-02-03'), // on time
      warning('W2', 'red', 'licenseExpiring', 'SCJGJ', 'H2', 'closed', '2026-02-10', '2026-02-20'), // late
      warning('W3', 'yellow', 'caseFiled', 'WSJKW', 'H3', 'open', '2026-03-01', null), // overdue now
      warning('W4', 'blue', null, 'SCJGJ', 'H3', 'open', '2026-06-01', null), // manual, not yet due
      warning('W5', 'orange', 'caseFiled', 'SCJGJ', 'H1', 'open', '2025-12-20', null), // before the period
    ]);

    // ---- credit listings, screenings, measures ----
    const listing = (id: string, listType: string, e: string, authority: string, listedOn: string, status: string, endedOn: string | null) => ({ id, creditCode: code(e), entityName: e, listType, reason: '测试', documentNo: id, authority, listedOn, expiresOn: null, status, endedOn, endReason: null, previousListingId: null, source: 'test', workflowId: `wf-${id}`, createdAt: new Date(), updatedAt: new Date() });
    await m.credit_listings.bulkCreate([
      listing('L1', 'seriousViolationList', 'H1', SCJGJ, '2026-02-01', 'active', null),
      listing('L2', 'abnormalOperationList', 'H2', SCJGJ, '2025-06-01', 'removed', '2026-03-01'), // delisted in the period
      listing('L3', 'dishonestDebtor', 'H3', '上海市金山区人民法院', '2026-04-01', 'active', null),
      listing('L4', 'abnormalOperationList', 'H5', SCJGJ, '2026-05-01', 'moved', '2026-07-10'), // moved after the period
    ]);
    const screening = (scenario: string, departmentCode: string, restricted: boolean, askedAt: string) => ({ creditCode: code('H1'), scenario, departmentCode, system: 'test', restricted, measureCodes: [], listingIds: [], workflowId: null, askedAt: at(askedAt) });
    await m.screenings.bulkCreate([
      screening('government_procurement', 'SCJGJ', true, '2026-02-01'),
      screening('government_procurement', 'WSJKW', false, '2026-02-02'),
      screening('public_bidding', 'SCJGJ', true, '2026-03-01'),
      screening('honors', 'SCJGJ', false, '2025-12-01'), // before the period
    ]);
    // Only these measures are in force: the catalog loaded with the master data is switched off.
    await m.punishment_measures.update({ active: false }, { where: {} });
    const measure = (c: string, scenario: string, departmentCode: string, active: boolean) => ({ code: c, name: c, listTypes: ['seriousViolationList'], scenario, departmentCode, legalBasis: '发改财金〔2016〕141号', active, updatedAt: new Date() });
    await m.punishment_measures.bulkCreate([measure('HOT-1', 'government_procurement', 'SCJGJ', true), measure('HOT-2', 'government_procurement', 'WSJKW', true), measure('HOT-3', 'public_bidding', 'SCJGJ', true), measure('HOT-4', 'honors', 'SCJGJ', false)]);

    await m.tasks.bulkCreate([
      task('C4', 'caseFiling', 'WSJKW', 'completed', '2026-02-25', '2026-03-18', '2026-03-03', 'not_filed'),
      task('W1', 'warningHandling', 'SCJGJ', 'completed', '2026-02-01', '2026-02-04', '2026-02-03', 'resolved'),
      task('W2', 'warningHandling', 'SCJGJ', 'completed', '2026-02-10', '2026-02-12', '2026-02-20', 'resolved'),
      task('W3', 'warningHandling', 'WSJKW', 'open', '2026-03-01', '2026-03-15', null),
      task('W4', 'warningHandling', 'SCJGJ', 'open', '2026-06-01', '2099-01-01', null),
      // Punishment feedback.
      task('F1', 'punishmentNotice', 'SCJGJ', 'completed', '2026-02-01', '2026-02-15', '2026-02-10', 'applied'), // on time, applied
      task('F2', 'punishmentNotice', 'SCJGJ', 'open', '2026-02-01', '2026-02-15', null), // overdue now
      task('F3', 'screeningFeedback', 'SCJGJ', 'completed', '2026-03-01', '2026-03-15', '2026-03-20', 'restricted'), // late, applied
      task('F4', 'punishmentLifting', 'WSJKW', 'completed', '2026-04-01', '2026-04-15', '2026-04-02', 'lifted'), // on time
      task('F5', 'punishmentNotice', 'WSJKW', 'completed', '2026-04-01', '2026-04-15', '2026-04-03', 'not_applicable'), // on time, not applied
      task('F6', 'punishmentNotice', 'SCJGJ', 'completed', '2025-12-01', '2025-12-15', '2025-12-02', 'applied'), // before the period
    ]);

    // ---- inspections with their check-item results ----
    const item = (c: string, name: string) => ({ code: c, departmentCode: 'SCJGJ', name, legalBasis: '《食品安全法》', method: '现场检查', kind: 'general' });
    await m.check_items.bulkCreate([item('HOT-A', '热点检查事项甲'), item('HOT-B', '热点检查事项乙'), item('HOT-C', '热点检查事项丙')]);
    const inspection = (id: string, kind: string, departmentCode: string, e: string, status: string, outcome: string | null, dueAt: string, results: Array<[string, string]>) => ({ inspectionKey: `hot/${id}`, kind, planId: null, creditCode: code(e), entityName: e, departmentCode, checkItemCodes: results.map(([c]) => c), team: [], confirmedBy: [], status, outcome, results: results.map(([checkItemCode, result]) => ({ checkItemCode, result })), dueAt: at(dueAt), workflowId: `wf-${id}` });
    await m.inspections.bulkCreate([
      inspection('I1', 'random', 'SCJGJ', 'H1', 'completed', 'no_problem', '2026-04-10', [['HOT-A', 'compliant'], ['HOT-B', 'compliant']]),
      inspection('I2', 'random', 'SCJGJ', 'H2', 'completed', 'problem_found', '2026-04-11', [['HOT-A', 'non_compliant'], ['HOT-B', 'compliant']]),
      inspection('I3', 'routine', 'SCJGJ', 'H3', 'completed', 'rectified_on_spot', '2026-05-01', [['HOT-A', 'non_compliant']]), // routine: no spot check
      inspection('I4', 'random', 'WSJKW', 'H4', 'completed', 'suspected_violation', '2026-03-15', [['HOT-C', 'non_compliant'], ['HOT-A', 'not_applicable']]),
      inspection('I5', 'random', 'SCJGJ', 'H5', 'open', null, '2026-06-20', []),
      inspection('I6', 'random', 'SCJGJ', 'H1', 'completed', 'problem_found', '2026-08-01', [['HOT-B', 'non_compliant']]), // after the period
    ]);
  });
  afterAll(() => p?.stop());

  it('spot checks: non-compliance by check item (found compliant or not; not applicable is no check), named in words', async () => {
    const body = await get(`/api/v1/statistics/spotChecks?${PERIOD}`);
    // 甲: I1 compliant, I2 not, I4 not applicable; 乙: I1, I2 compliant; 丙: I4 not. I3 is routine, I6 after the period.
    expect(table(body, 'byCheckItem', 'checked', 'nonCompliant', 'nonComplianceRate')).toEqual([
      ['热点检查事项甲', 2, 1, 50],
      ['热点检查事项丙', 1, 1, 100],
      ['热点检查事项乙', 2, 0, 0],
    ]);
    const own = await get(`/api/v1/statistics/spotChecks?${PERIOD}`, 'supervisor');
    expect(table(own, 'byCheckItem', 'checked', 'nonCompliant')).toEqual([['热点检查事项甲', 2, 1], ['热点检查事项乙', 2, 0]]);
  });

  it('cases: filed, decided and closed per department and Shanghai month, open now; penalties by kind, decided and collected side by side', async () => {
    const body = await get(`/api/v1/statistics/cases?${PERIOD}`);
    // 市场监管: filed C1 C2 C3; decided C1 C2 C6 (C1 C2 penalties), closed with them; open C3 C7.
    // 卫健委: filed C5 C8; decided C5; closed C5 and C4 (at filing); none open.
    expect(table(body, 'byDepartment', 'filed', 'casesDecided', 'penalties', 'closed', 'openNow')).toEqual([
      [SCJGJ, 3, 3, 2, 3, 2],
      [WSJKW, 2, 1, 1, 2, 0],
    ]);
    expect(section(body, 'byDepartment').drill).toEqual({ resource: 'cases', filter: 'department' });
    expect(section(body, 'byDepartment').rows.map((r) => r.id)).toEqual(['SCJGJ', 'WSJKW']);
    expect(table(body, 'byMonth', 'filed', 'casesDecided', 'closed')).toEqual([
      ['2026年1月', 1, 1, 1], // filed C5; decided C6
      ['2026年2月', 2, 0, 0], // filed C1 C2
      ['2026年3月', 0, 1, 2], // decided C1; C4 closed at filing
      ['2026年4月', 0, 1, 1], // decided C2
      ['2026年5月', 1, 0, 0], // filed C3
      ['2026年6月', 1, 1, 1], // filed C8; decided C5 (23:30 on 30 June in Shanghai)
    ]);
    // Decisions: C1 fine 5000, C2 warning, C5 fine 1200.5. Collected: R1 warning+fine 3000, R2 confiscation, R4 revocation+fine 20000.
    expect(table(body, 'penalties', 'decisions', 'decisionAmount', 'collected', 'collectedAmount')).toEqual([
      ['警告', 1, null, 1, null],
      ['罚款', 2, 6200.5, 2, 23000],
      ['没收违法所得', 0, null, 1, null],
      ['责令停产停业', 0, null, 0, null],
      ['吊销许可证件', 0, null, 1, null],
    ]);
    const own = await get(`/api/v1/statistics/cases?${PERIOD}`, 'supervisor');
    expect(table(own, 'byDepartment', 'filed', 'casesDecided', 'penalties', 'closed', 'openNow')).toEqual([[SCJGJ, 3, 3, 2, 3, 2]]);
    expect(table(own, 'penalties', 'decisions', 'decisionAmount', 'collected', 'collectedAmount')[1]).toEqual(['罚款', 1, 5000, 2, 23000]);
    expect(table(own, 'penalties', 'collected')[2]).toEqual(['没收违法所得', 0]);
  });

  it('the cases list a bar opens: filtered by department for district-wide roles', async () => {
    const res = await p.api.get('/api/v1/cases?department=WSJKW&perPage=50').set(as('leader'));
    expect(res.status).toBe(200);
    expect(res.body.data.map((c: { caseKey: string }) => c.caseKey).sort()).toEqual(['hot/C4', 'hot/C5', 'hot/C8']);
    // A supervisor sees their own department's cases whatever they ask for.
    const own = await p.api.get('/api/v1/cases?department=WSJKW&perPage=50').set(as('supervisor'));
    expect(own.body.data.map((c: { caseKey: string }) => c.caseKey).sort()).toEqual(['hot/C1', 'hot/C2', 'hot/C3', 'hot/C6', 'hot/C7']);
  });

  it('credit: listed, delisted and active entries per list; screenings and restrictions per scenario; each department’s feedback, as on the feedback board', async () => {
    const body = await get(`/api/v1/statistics/credit?${PERIOD}`);
    expect(table(body, 'byList', 'listed', 'delisted', 'activeNow')).toEqual([
      ['失信被执行人', 1, 0, 1], // L3
      ['经营异常名录', 1, 1, 0], // L4 listed; L2 delisted; L4 moved away
      ['严重违法失信名单', 1, 0, 1], // L1
      ['重大税收违法失信主体', 0, 0, 0],
    ]);
    expect(section(body, 'byList').drill).toEqual({ resource: 'credit-listings', filter: 'listType', period: { from: 'listedFrom', to: 'listedTo' }, column: 'listed' });
    const scenarios = table(body, 'byScenario', 'screenings', 'restricted', 'measures', 'restrictedRate');
    expect(scenarios.slice(0, 3)).toEqual([
      ['政府采购', 2, 1, 2, 50],
      ['招标投标', 1, 1, 1, 100],
      ['发行债券', 0, 0, 0, null], // the rest by code, empty; 评先评优's measure is switched off, its screening before the period
    ]);
    expect(scenarios).toHaveLength(9);
    expect(scenarios.find((r) => r[0] === '评先评优与荣誉')).toEqual(['评先评优与荣誉', 0, 0, 0, null]);
    const keys = ['notices', 'noticesFedBack', 'screeningHits', 'screeningsFedBack', 'applied', 'liftings', 'liftingsFedBack', 'onTime', 'onTimeRate', 'overdueNow'];
    // 市场监管: F1 on time and applied, F2 overdue, F3 late and applied; 卫健委: F4 lifting on time, F5 on time not applied.
    expect(table(body, 'feedback', ...keys)).toEqual([
      [SCJGJ, 2, 1, 1, 1, 2, 0, 0, 1, 50, 1],
      [WSJKW, 1, 1, 0, 0, 0, 1, 1, 2, 100, 0],
    ]);
    // The feedback board counts the same tasks the same way.
    const board = await p.api.get('/api/v1/punishment-feedback?from=2026-01-01&to=2026-06-30').set(as('leader'));
    const scjgj = board.body.data.find((d: { departmentCode: string }) => d.departmentCode === 'SCJGJ');
    expect(scjgj.punishmentNotice).toEqual({ sent: 2, fedBack: 1, onTime: 1, overdue: 1, open: 1 });
    expect(scjgj.screeningFeedback).toEqual({ sent: 1, fedBack: 1, onTime: 0, overdue: 0, open: 0 });

    // A supervisor: the entries their department decided, its screenings and measures, its feedback.
    const own = await get(`/api/v1/statistics/credit?${PERIOD}`, 'supervisor');
    expect(table(own, 'byList', 'listed', 'delisted', 'activeNow')).toEqual([['失信被执行人', 0, 0, 0], ['经营异常名录', 1, 1, 0], ['严重违法失信名单', 1, 0, 1], ['重大税收违法失信主体', 0, 0, 0]]);
    expect(table(own, 'byScenario', 'screenings', 'restricted', 'measures').slice(0, 2)).toEqual([['政府采购', 1, 1, 1], ['招标投标', 1, 1, 1]]);
    expect(table(own, 'feedback', 'notices')).toEqual([[SCJGJ, 2]]);
  });

  it('warnings: raised, handled, handled on time, open and overdue now, by level, rule and department', async () => {
    const body = await get(`/api/v1/statistics/warnings?${PERIOD}`);
    const keys = ['raised', 'handled', 'handledOnTime', 'onTimeRate', 'open', 'overdueNow'];
    expect(table(body, 'byLevel', ...keys)).toEqual([
      ['红色', 2, 2, 1, 50, 0, 0], // W1 on time, W2 late
      ['橙色', 0, 0, 0, null, 0, 0], // W5 before the period
      ['黄色', 1, 0, 0, null, 1, 1], // W3 overdue
      ['蓝色', 1, 0, 0, null, 1, 0], // W4 not yet due
    ]);
    expect(section(body, 'byLevel').drill).toEqual({ resource: 'warnings', filter: 'level', period: { from: 'raisedFrom', to: 'raisedTo' }, column: 'raised' });
    expect(table(body, 'byRule', 'raised', 'handledOnTime', 'open')).toEqual([
      ['许可证即将到期', 2, 1, 0],
      ['主动预警（人工录入）', 1, 0, 1],
      ['案件立案', 1, 0, 1],
      ['列入经营异常名录', 0, 0, 0],
      ['注销或吊销后仍持有效许可证', 0, 0, 0],
      ['接收或反馈超期', 0, 0, 0],
    ]);
    expect(section(body, 'byRule').rows.map((r) => r.id).slice(0, 3)).toEqual(['licenseExpiring', '', 'caseFiled']);
    expect(table(body, 'byDepartment', ...keys)).toEqual([
      [SCJGJ, 3, 2, 1, 50, 1, 0],
      [WSJKW, 1, 0, 0, null, 1, 1],
    ]);
    const own = await get(`/api/v1/statistics/warnings?${PERIOD}`, 'supervisor');
    expect(table(own, 'byDepartment', 'raised')).toEqual([[SCJGJ, 3]]);
    expect(table(own, 'byLevel', 'raised')).toEqual([['红色', 2], ['橙色', 0], ['黄色', 0], ['蓝色', 1]]);
  });

  it('hot spots: town × industry cells with entities, inspections and problems, warnings and listings, and their rates', async () => {
    const body = await get(`/api/v1/statistics/hotSpots?${PERIOD}`);
    const matrix = section(body, 'matrix');
    expect([matrix.chart, matrix.axes, matrix.drill]).toEqual(['heatmap', { x: 'industryName', y: 'regionName' }, { resource: 'entities', filter: 'region', key: 'region', also: [{ filter: 'industry', key: 'industry' }] }]);
    const keys = ['region', 'industry', 'entities', 'inspections', 'nonCompliant', 'nonComplianceRate', 'warnings', 'warningsPerThousand', 'listings', 'listingsPerThousand'];
    expect(table(body, 'matrix', ...keys)).toEqual([
      // H5; listed L4.
      ['朱泾镇 · 制造业', '310116101', 'C', 1, 0, 0, null, 0, 0, 1, 1000],
      // H1 H2; inspections I1 (fine), I2 (problem); warnings W1 W2; listed L1.
      ['朱泾镇 · 批发和零售业', '310116101', 'F', 2, 2, 1, 50, 2, 1000, 1, 500],
      // H3 (H4 deregistered); inspections I3 (routine) and I4 (of H4), both problems; warnings W3 W4; listed L3.
      ['枫泾镇 · 住宿和餐饮业', '310116102', 'H', 1, 2, 2, 100, 2, 2000, 1, 1000],
    ]);
    // A supervisor: their department's inspections and warnings, the listings it decided; the register is district-wide.
    const own = await get(`/api/v1/statistics/hotSpots?${PERIOD}`, 'supervisor');
    expect(table(own, 'matrix', 'entities', 'inspections', 'nonCompliant', 'warnings', 'listings')).toEqual([
      ['朱泾镇 · 制造业', 1, 0, 0, 0, 1],
      ['朱泾镇 · 批发和零售业', 2, 2, 1, 2, 1],
      ['枫泾镇 · 住宿和餐饮业', 1, 1, 1, 1, 0],
    ]);
  });

  /** The keys of the list a click on the row `id` of a section opens, and the number the row shows for it. */
  const opened = async (body: Body, key: string, id: string, field: string, user = 'leader') => {
    const s = section(body, key);
    const row = s.rows.find((r) => r.id === id)!;
    const request = drillRequest(s.drill as any, row, { from: '2026-01-01', to: '2026-06-30' });
    if (!request) return null;
    const res = await p.api.get(request).set(as(user));
    expect([request, res.status, res.body.total]).toEqual([request, 200, res.body.data.length]);
    return { number: row[(s.drill as any).column], keys: res.body.data.map((x: any) => x[field]).sort() };
  };

  it('drills: a check item opens the spot checks that found it non-compliant; the list holds what the number counted', async () => {
    const body = await get(`/api/v1/statistics/spotChecks?${PERIOD}`);
    expect(section(body, 'byCheckItem').drill).toEqual({ resource: 'inspections', filter: 'nonCompliantItem', fixed: { kind: 'random', status: 'completed' }, period: { from: 'dueFrom', to: 'dueTo' }, column: 'nonCompliant' });
    // 甲: I2 (I3 is routine); 丙: I4; 乙: none (I6 after the period).
    expect(await opened(body, 'byCheckItem', 'HOT-A', 'inspectionKey')).toEqual({ number: 1, keys: ['hot/I2'] });
    expect(await opened(body, 'byCheckItem', 'HOT-C', 'inspectionKey')).toEqual({ number: 1, keys: ['hot/I4'] });
    expect(await opened(body, 'byCheckItem', 'HOT-B', 'inspectionKey')).toEqual({ number: 0, keys: [] });
    // A department's version keeps to the department.
    const one = await get(`/api/v1/statistics/spotChecks?${PERIOD}&department=WSJKW`, 'district');
    expect(section(one, 'byCheckItem').drill).toMatchObject({ fixed: { kind: 'random', status: 'completed', department: 'WSJKW' } });
    expect(await opened(one, 'byCheckItem', 'HOT-C', 'inspectionKey')).toEqual({ number: 1, keys: ['hot/I4'] });
  });

  it('drills: a month opens the cases filed in it, a penalty kind the cases decided in the period with it', async () => {
    const body = await get(`/api/v1/statistics/cases?${PERIOD}`);
    expect(section(body, 'byMonth').drill).toEqual({ resource: 'cases', filter: 'filedFrom', key: 'from', also: [{ filter: 'filedTo', key: 'to' }], column: 'filed' });
    expect(section(body, 'penalties').drill).toEqual({ resource: 'cases', filter: 'penaltyKind', fixed: { outcome: 'penalty' }, period: { from: 'decidedFrom', to: 'decidedTo' }, column: 'decisions' });
    expect(await opened(body, 'byMonth', '2026-01', 'caseKey')).toEqual({ number: 1, keys: ['hot/C5'] });
    expect(await opened(body, 'byMonth', '2026-02', 'caseKey')).toEqual({ number: 2, keys: ['hot/C1', 'hot/C2'] });
    expect(await opened(body, 'byMonth', '2026-03', 'caseKey')).toEqual({ number: 0, keys: [] });
    expect(await opened(body, 'byMonth', '2026-06', 'caseKey')).toEqual({ number: 1, keys: ['hot/C8'] });
    // Fines: C1 and C5 (decided 23:30 on 30 June in Shanghai), not C8 (July); a warning: C2; no revocation.
    expect(await opened(body, 'penalties', 'fine', 'caseKey')).toEqual({ number: 2, keys: ['hot/C1', 'hot/C5'] });
    expect(await opened(body, 'penalties', 'warning', 'caseKey')).toEqual({ number: 1, keys: ['hot/C2'] });
    expect(await opened(body, 'penalties', 'revocation', 'caseKey')).toEqual({ number: 0, keys: [] });
    // A leader's department version: 卫健委's fine is C5 alone.
    const one = await get(`/api/v1/statistics/cases?${PERIOD}&department=WSJKW`);
    expect(await opened(one, 'penalties', 'fine', 'caseKey')).toEqual({ number: 1, keys: ['hot/C5'] });
    expect(await opened(one, 'byMonth', '2026-02', 'caseKey')).toEqual({ number: 0, keys: [] });
    const bad = await p.api.get('/api/v1/cases?penaltyKind=prison').set(as('leader'));
    expect(bad.status).toBe(400);
  });

  it('drills: a warning level, rule or department opens the warnings raised in the period', async () => {
    const body = await get(`/api/v1/statistics/warnings?${PERIOD}`);
    expect(await opened(body, 'byLevel', 'red', 'id')).toEqual({ number: 2, keys: ['W1', 'W2'] });
    // Orange: W5 was raised before the period.
    expect(await opened(body, 'byLevel', 'orange', 'id')).toEqual({ number: 0, keys: [] });
    expect(await opened(body, 'byRule', 'caseFiled', 'id')).toEqual({ number: 1, keys: ['W3'] });
    expect(await opened(body, 'byRule', '', 'id')).toBeNull();
    expect(await opened(body, 'byDepartment', 'SCJGJ', 'id')).toEqual({ number: 3, keys: ['W1', 'W2', 'W4'] });
    const one = await get(`/api/v1/statistics/warnings?${PERIOD}&department=SCJGJ`, 'district');
    expect(await opened(one, 'byLevel', 'blue', 'id', 'district')).toEqual({ number: 1, keys: ['W4'] });
    // Screenings and the feedback board are counts with no list behind them.
    const credit = await get(`/api/v1/statistics/credit?${PERIOD}`);
    expect([section(credit, 'byScenario').drill, section(credit, 'feedback').drill]).toEqual([undefined, undefined]);
  });

  it('drills: a credit list opens its entries listed in the period, a department’s version those it decided', async () => {
    const body = await get(`/api/v1/statistics/credit?${PERIOD}`);
    // 经营异常名录 listed 1: L4 (L2 was listed in 2025, delisted in the period); 严重违法: L1; 失信被执行人: L3.
    expect(await opened(body, 'byList', 'abnormalOperationList', 'id')).toEqual({ number: 1, keys: ['L4'] });
    expect(await opened(body, 'byList', 'seriousViolationList', 'id')).toEqual({ number: 1, keys: ['L1'] });
    expect(await opened(body, 'byList', 'dishonestDebtor', 'id')).toEqual({ number: 1, keys: ['L3'] });
    expect(await opened(body, 'byList', 'majorTaxViolator', 'id')).toEqual({ number: 0, keys: [] });
    // 市场监管's version: the court's L3 is not its own.
    const one = await get(`/api/v1/statistics/credit?${PERIOD}&department=SCJGJ`, 'district');
    expect(section(one, 'byList').drill).toMatchObject({ fixed: { department: 'SCJGJ' } });
    expect(await opened(one, 'byList', 'dishonestDebtor', 'id', 'district')).toEqual({ number: 0, keys: [] });
    expect(await opened(one, 'byList', 'abnormalOperationList', 'id', 'district')).toEqual({ number: 1, keys: ['L4'] });
    // The listing days are whole days at both ends: L4 was listed on 1 May.
    const days = async (q: string) => (await p.api.get(`/api/v1/credit-listings?${q}`).set(as('leader'))).body.data.map((l: { id: string }) => l.id).sort();
    expect(await days('listedFrom=2026-05-01&listedTo=2026-05-01')).toEqual(['L4']);
    expect(await days('listedFrom=2026-04-02&listedTo=2026-04-30')).toEqual([]);
    expect((await p.api.get('/api/v1/credit-listings?listedFrom=2026-13-01').set(as('leader'))).status).toBe(400);
  });

  it('a heat cell’s drill filters find its entities in the entity search', async () => {
    const res = await p.api.get('/api/v1/entities?region=310116101&industry=F&perPage=50').set(as('leader'));
    expect(res.status).toBe(200);
    expect(res.body.data.map((e: { creditCode: string }) => e.creditCode).sort()).toEqual([code('H1'), code('H2')]);
  });

  it('roles and bad input: a supervisor asking for another department, staff without statistics, a wrong date or section', async () => {
    for (const name of ['cases', 'credit', 'warnings', 'hotSpots']) {
      const refused = await p.api.get(`/api/v1/statistics/${name}?${PERIOD}&department=WSJKW`).set(as('supervisor'));
      expect([name, refused.status, refused.body.type]).toEqual([name, 403, `${PROBLEM}statistics-other-department`]);
      for (const user of ['inspector', 'clerk', 'auditor']) {
        const res = await p.api.get(`/api/v1/statistics/${name}`).set(as(user));
        expect([name, user, res.status]).toEqual([name, user, 403]);
      }
      const one = await get(`/api/v1/statistics/${name}?${PERIOD}&department=WSJKW`, 'district');
      expect(one.department).toEqual({ code: 'WSJKW', name: WSJKW });
    }
    const cases: Array<[string, number, string]> = [
      ['/api/v1/statistics/hotSpots?from=2026-02-30', 400, 'invalid-input'],
      ['/api/v1/statistics/cases?from=2026-06-01&to=2026-01-01', 400, 'statistics-bad-period'],
      ['/api/v1/statistics/warnings?department=NOPE', 400, 'unknown-department'],
      ['/api/v1/statistics/credit?format=xlsx&section=nope', 400, 'statistic-section-not-found'],
      ['/api/v1/statistics/hotspots', 404, 'statistic-not-found'],
    ];
    for (const [path, status, problem] of cases) {
      const res = await p.api.get(path).set(as('leader'));
      expect([path, res.status, res.type, res.body.type]).toEqual([path, status, 'application/problem+json', `${PROBLEM}${problem}`]);
    }
  });

  it('&format=xlsx: the hot-spot matrix with its Chinese headers, and the penalties with amounts', async () => {
    const workbook = (path: string) => sheetRows(p.api.get(path).set(as('leader')));
    const matrix = await workbook(`/api/v1/statistics/hotSpots?${PERIOD}&format=xlsx&section=matrix`);
    expect(matrix[0]).toEqual(['街镇', '行业门类', '存续主体', '已完成检查', '发现问题', '问题发现率（%）', '预警', '每千户预警', '列入名单', '每千户列入名单']);
    expect(matrix[2]).toEqual(['朱泾镇', '批发和零售业', 2, 2, 1, 50, 2, 1000, 1, 500]);
    const penalties = await workbook(`/api/v1/statistics/cases?${PERIOD}&format=xlsx&section=penalties`);
    expect(penalties[2]).toEqual(['罚款', 2, 6200.5, 2, 23000]);
  });

  it('hot spots read whole months from the facts’ tallies as of their count and partial months live; the next count takes in the rest', async () => {
    const manufacturing = (body: Body) => section(body, 'matrix').rows.find((r) => r.industry === 'C')!;
    const first = await get(`/api/v1/statistics/hotSpots?${PERIOD}`);
    // A warning raised on H5 on 2026-04-10, after the count: April is a whole month of the period.
    await p.db.models.warnings.create({ id: 'W6', ruleCode: null, source: 'manual', level: 'blue', creditCode: code('H5'), entityName: 'H5', subject: 'W6', reason: '测试', departmentCode: 'SCJGJ', status: 'open', dedupeKey: 'hot:W6', raisedBy: 'test', raisedAt: at('2026-04-10'), closedAt: null, outcome: null, handling: null, workflowId: 'wf-W6' });
    try {
      const asOfCount = await get(`/api/v1/statistics/hotSpots?${PERIOD}`);
      expect([manufacturing(asOfCount).warnings, (section(asOfCount, 'matrix') as any).asOf]).toEqual([0, (section(first, 'matrix') as any).asOf]);
      // 04-05 to 04-20 is no whole month: read live, at once.
      expect(manufacturing(await get('/api/v1/statistics/hotSpots?from=2026-04-05&to=2026-04-20')).warnings).toBe(1);
      await refreshEntityTallies(p.db);
      expect(manufacturing(await get(`/api/v1/statistics/hotSpots?${PERIOD}`)).warnings).toBe(1);
    } finally {
      await p.db.models.warnings.destroy({ where: { id: 'W6' } });
      await refreshEntityTallies(p.db);
    }
  });

  it('two counts at once (a Schedule run beside a dashboard’s) leave the register’s and the facts’ tallies one count leaves', async () => {
    const tallied = async () =>
      Promise.all(
        (['entity_tallies', 'fact_tallies'] as const).map(async (table) => ((await p.db.models[table].findAll({ raw: true })) as any[]).map(({ id, createdAt, updatedAt, ...r }) => JSON.stringify(r)).sort()),
      );
    await refreshEntityTallies(p.db);
    const alone = await tallied();
    expect(alone.map((rows) => rows.length > 0)).toEqual([true, true]);
    await Promise.all([refreshEntityTallies(p.db), refreshEntityTallies(p.db)]);
    expect(await tallied()).toEqual(alone);
  });
});

