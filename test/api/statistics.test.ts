import { testDatabases } from '../support/databases';
import { startPlatform, type TestPlatform } from '../support/platform';
import { sheetRows } from '../support/workbooks';
import { refreshEntityTallies } from '../../db/entityTallies';
import { drillRequest } from '../support/drill';
import { indexEntityNames } from '../../db/entitySearch';

// GET /api/v1/statistics/{name} (F9) against a small set of entities, notices, tasks, plans and inspections
// whose numbers were counted by hand (in the comments), not by the implementation's own queries.

const at = (s: string) => new Date(s.includes('T') ? s : `${s}T12:00:00+08:00`);

// Entities: code, type, industry, region, status, risk class, established.
const ENTITIES: Array<[string, string, string, string, string, string, string]> = [
  ['E1', '有限责任公司', 'F5223', '310116101', 'active', 'A', '2026-01-15'],
  ['E2', '有限责任公司', 'F5211', '310116101', 'active', 'B', '2026-01-20'],
  ['E3', '个体工商户', 'H6210', '310116102', 'active', 'B', '2026-03-02'],
  ['E4', '个体工商户', 'H6210', '310116102', 'deregistered', 'C', '2025-12-31'],
  ['E5', '股份有限公司', 'C1310', '310116103', 'active', 'D', '2026-07-01'],
  ['E6', '个体工商户', 'F5223', '310116101', 'active', 'B', '2026-03-31'],
];
const code = (e: string) => `91310116STAT0000${e}`.slice(0, 18);
const PERIOD = 'from=2026-01-01&to=2026-06-30';
const PROBLEM = 'https://zongjian.dev/problems/';

describe.each(testDatabases)('statistics on $name', (database) => {
  let p: TestPlatform;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });
  const get = async (path: string, user = 'leader') => {
    const res = await p.api.get(path).set(as(user));
    expect([path, res.status, res.body]).toEqual([path, 200, expect.anything()]);
    return res.body as { name: string; from: string; to: string; department: { code: string; name: string } | null; sections: Array<{ key: string; rows: Array<Record<string, unknown>>; drill?: unknown; asOf?: string; countedEveryMinutes?: number }> };
  };
  const section = (body: Awaited<ReturnType<typeof get>>, key: string) => body.sections.find((s) => s.key === key)!.rows;
  /** Rows as [label, ...the named numbers]. */
  const table = (rows: Array<Record<string, unknown>>, ...keys: string[]) => rows.map((r) => [r.label, ...keys.map((k) => r[k])]);

  beforeAll(async () => {
    p = await startPlatform(database, { worker: false });
    for (const u of ['leader', 'admin', 'supervisor', 'district', 'inspector', 'clerk', 'auditor']) tokens[u] = await p.login(u);
    const m = p.db.models;
    await m.entities.bulkCreate(
      ENTITIES.map(([e, entityType, industryCode, regionCode, status, riskClass, establishedOn]) => ({
        creditCode: code(e), name: `上海统计测试${e}有限公司`, entityType, industryCode, regionCode, address: '上海市金山区', legalRepresentative: '张某', businessScope: '日用百货销售', registrationAuthority: '金山区市场监督管理局', establishedOn, status, riskClass, lastEventAt: new Date(),
      })),
    );
    const event = (eventId: string, action: string, e: string, occurredAt: string) => ({ eventId, action, creditCode: code(e), workflowId: `wf-${eventId}`, occurredAt: at(occurredAt), bodyHash: 'x', status: 'accepted', notice: null, receivedAt: new Date(), event: {} });
    await m.registration_events.bulkCreate([
      event('R1', 'deregister', 'E4', '2026-02-10T10:00:00+08:00'),
      event('R2', 'change', 'E1', '2026-05-31T23:30:00+08:00'), // May in Shanghai (15:30 UTC)
      event('R3', 'deregister', 'E2', '2026-06-30T23:59:00+08:00'), // still June in Shanghai
      event('R4', 'change', 'E3', '2026-07-01T00:10:00+08:00'), // July in Shanghai, June in UTC: outside
      event('R5', 'establish', 'E1', '2026-01-15T09:00:00+08:00'), // establishments count from establishedOn
    ]);
    const notice = (id: string, departmentCode: string | null, pushedAt: string, decision: string | null) => ({ workflowId: `lf-${id}`, eventId: `R-${id}`, creditCode: code('E1'), licenseItemCode: null, scopeItems: [], departmentCode, candidateDepartmentCodes: [], stage: decision ? 'done' : 'awaitingDecision', decision, timeline: [], pushedAt: at(pushedAt), updatedAt: new Date() });
    await m.notifications.bulkCreate([
      notice('N1', 'SCJGJ', '2026-02-01', 'issued'),
      notice('N2', 'SCJGJ', '2026-02-03', null),
      notice('N3', 'WSJKW', '2026-03-01', 'refused'),
      notice('N4', null, '2026-03-05', null),
      notice('N5', 'SCJGJ', '2025-12-01', 'issued'), // before the period
    ]);
    const task = (id: string, type: string, departmentCode: string, status: string, createdAt: string, dueAt: string, completedAt: string | null) => ({ taskKey: `stat/${id}`, type, title: id, status, departmentCode, creditCode: code('E1'), entityName: '测试', dueAt: at(dueAt), escalationLevel: 0, workflowId: `wf-${id}`, createdAt: at(createdAt), completedAt: completedAt ? at(completedAt) : null, outcome: completedAt ? 'received' : null, allowedOutcomes: [], data: {} });
    await m.tasks.bulkCreate([
      task('T1', 'receipt', 'SCJGJ', 'completed', '2026-02-01', '2026-02-04', '2026-02-02'), // on time
      task('T2', 'receipt', 'SCJGJ', 'completed', '2026-02-03', '2026-02-06', '2026-02-10'), // late
      task('T3', 'licenseDecision', 'SCJGJ', 'completed', '2026-02-02', '2026-03-01', '2026-02-20'), // on time
      task('T4', 'licenseDecision', 'SCJGJ', 'open', '2026-02-10', '2026-03-10', null), // overdue now
      task('T5', 'receipt', 'WSJKW', 'completed', '2026-03-01', '2026-03-04T23:59:59+08:00', '2026-03-04T10:00:00+08:00'), // on time
      task('T6', 'licenseDecision', 'WSJKW', 'completed', '2026-03-04', '2026-04-01', '2026-04-02'), // late
      task('T7', 'receipt', 'SCJGJ', 'completed', '2025-12-01', '2025-12-04', '2025-12-10'), // before the period
      task('T8', 'punishmentNotice', 'SCJGJ', 'completed', '2026-02-01', '2026-02-04', '2026-02-02'), // another process
    ]);
    const plan = (id: string, departmentCode: string, periodFrom: string, periodTo: string, status: string) => ({ id, title: id, departmentCode, jointDepartmentCodes: [], drawMode: 'planning', checkItemCodes: [], periodFrom, periodTo, entityFilter: {}, strata: [], inspectorFilter: {}, teamSize: 2, status, createdBy: 'supervisor', createdAt: new Date() });
    await m.inspection_plans.bulkCreate([
      plan('P1', 'SCJGJ', '2026-03-01', '2026-05-31', 'completed'),
      plan('P2', 'SCJGJ', '2026-06-01', '2026-08-31', 'inProgress'), // overlaps the period
      plan('P3', 'WSJKW', '2026-01-01', '2026-03-31', 'completed'),
      plan('P4', 'SCJGJ', '2025-09-01', '2025-12-31', 'completed'), // before the period
    ]);
    const inspection = (id: string, kind: string, departmentCode: string, e: string, status: string, outcome: string | null, dueAt: string) => ({ inspectionKey: `stat/${id}`, kind, planId: kind === 'random' ? 'P1' : null, creditCode: code(e), entityName: e, departmentCode, checkItemCodes: [], team: [], confirmedBy: [], status, outcome, results: [], dueAt: at(dueAt), workflowId: `wf-${id}` });
    await m.inspections.bulkCreate([
      inspection('I1', 'random', 'SCJGJ', 'E1', 'completed', 'no_problem', '2026-04-10'),
      inspection('I2', 'random', 'SCJGJ', 'E2', 'completed', 'problem_found', '2026-04-11'),
      inspection('I3', 'random', 'SCJGJ', 'E3', 'completed', 'rectified_on_spot', '2026-05-01'),
      inspection('I4', 'random', 'SCJGJ', 'E6', 'open', null, '2026-06-20'),
      inspection('I5', 'random', 'WSJKW', 'E3', 'completed', 'no_problem', '2026-03-15'), // E3 checked twice: one entity covered
      inspection('I6', 'routine', 'SCJGJ', 'E5', 'completed', 'suspected_violation', '2026-04-01'), // routine: not a spot check
      inspection('I7', 'random', 'SCJGJ', 'E5', 'completed', 'suspected_violation', '2026-08-01'), // after the period, in its year
    ]);
  });
  afterAll(() => p?.stop());

  it('entities: by type, industry section, town/street, status and risk class, named in words, each bar a filter of the entity search', async () => {
    const body = await get('/api/v1/statistics/entities');
    expect(table(section(body, 'byType'), 'entities')).toEqual([['个体工商户', 3], ['有限责任公司', 2], ['股份有限公司', 1]]);
    expect(table(section(body, 'byIndustry'), 'entities')).toEqual([['批发和零售业', 3], ['住宿和餐饮业', 2], ['制造业', 1]]);
    expect(section(body, 'byIndustry').map((r) => r.id)).toEqual(['F', 'H', 'C']);
    expect(table(section(body, 'byRegion'), 'entities')).toEqual([['朱泾镇', 3], ['枫泾镇', 2], ['张堰镇', 1]]);
    expect(section(body, 'byRegion')[0].id).toBe('310116101');
    expect(table(section(body, 'byStatus'), 'entities')).toEqual([['存续', 5], ['注销', 1]]);
    expect(table(section(body, 'byRiskClass'), 'entities')).toEqual([['A 类（信用风险低）', 1], ['B 类（信用风险一般）', 3], ['C 类（信用风险较高）', 1], ['D 类（信用风险高）', 1]]);
    expect(body.sections.find((s) => s.key === 'byRegion')!.drill).toEqual({ resource: 'entities', filter: 'region' });
  });

  it('entities: counted from the register’s tallies, as of when they were counted; the next count (the Schedule’s run) takes in a new entity', async () => {
    const before = await get('/api/v1/statistics/entities');
    const asOf = before.sections[0].asOf!;
    expect(before.sections.map((x) => x.asOf)).toEqual(before.sections.map(() => asOf));
    // And how often they are counted: REGISTER_TALLY_MINUTES, 10 by default.
    expect(before.sections.map((x) => x.countedEveryMinutes)).toEqual(before.sections.map(() => 10));
    expect(Date.parse(asOf)).toBeLessThanOrEqual(Date.now());
    const seventh = { creditCode: code('E7'), name: '上海统计测试E7有限公司', entityType: '有限责任公司', industryCode: 'C1310', regionCode: '310116103', address: '上海市金山区', legalRepresentative: '张某', businessScope: '食品生产', registrationAuthority: '金山区市场监督管理局', establishedOn: '2026-09-01', status: 'active', riskClass: 'A', lastEventAt: new Date() };
    await p.db.models.entities.create(seventh);
    try {
      // Within three Schedule intervals the counts are those of the last count, and say so.
      const same = await get('/api/v1/statistics/entities');
      expect([table(section(same, 'byStatus'), 'entities'), same.sections[0].asOf]).toEqual([[['存续', 5], ['注销', 1]], asOf]);
      await refreshEntityTallies(p.db);
      const after = await get('/api/v1/statistics/entities');
      expect(table(section(after, 'byStatus'), 'entities')).toEqual([['存续', 6], ['注销', 1]]);
      expect(table(section(after, 'byRegion'), 'entities')).toEqual([['朱泾镇', 3], ['枫泾镇', 2], ['张堰镇', 2]]);
      expect(Date.parse(after.sections[0].asOf!)).toBeGreaterThan(Date.parse(asOf));
    } finally {
      // The six entities again, for the statistics below.
      await p.db.models.entities.destroy({ where: { creditCode: seventh.creditCode } });
      await refreshEntityTallies(p.db);
    }
  });

  it('registrations: establishments, changes and deregistrations per Shanghai month of the period', async () => {
    const body = await get(`/api/v1/statistics/registrations?${PERIOD}`);
    expect(table(section(body, 'byMonth'), 'registrations', 'changes', 'deregistrations')).toEqual([
      ['2026年1月', 2, 0, 0],
      ['2026年2月', 0, 0, 1],
      ['2026年3月', 2, 0, 0],
      ['2026年4月', 0, 0, 0],
      ['2026年5月', 0, 1, 0],
      ['2026年6月', 0, 0, 1],
    ]);
    // A period within one month is one row (every January's default period: a bare `GROUP BY 0` was an error).
    const march = await get('/api/v1/statistics/registrations?from=2026-03-01&to=2026-03-31');
    expect(table(section(march, 'byMonth'), 'registrations', 'changes', 'deregistrations')).toEqual([['2026年3月', 2, 0, 0]]);
    // Two part months and no whole one: both read live, each month on its own row (E2 on 20 January; R1 on 10 February).
    const parts = await get('/api/v1/statistics/registrations?from=2026-01-16&to=2026-02-10');
    expect(table(section(parts, 'byMonth'), 'registrations', 'changes', 'deregistrations')).toEqual([['2026年1月', 1, 0, 0], ['2026年2月', 0, 0, 1]]);
    // The whole months are counted from the tallies, and say as of when.
    expect(body.sections[0].asOf).toBe((await get('/api/v1/statistics/entities')).sections[0].asOf);
  });

  it('dual notification and registrations: whole months from the tallies until the next count, the part months live', async () => {
    const before = await get(`/api/v1/statistics/dualNotification?${PERIOD}`);
    expect(before.sections.map((x) => [x.key, x.asOf, x.countedEveryMinutes])).toEqual([['byDepartment', before.sections[0].asOf, 10], ['byDecision', before.sections[0].asOf, 10]]);
    // A notice pushed in April (a whole month of the period) and a change on 10 June, both after the count.
    await p.db.models.notifications.create({ workflowId: 'lf-N6', eventId: 'R-N6', creditCode: code('E1'), licenseItemCode: null, scopeItems: [], departmentCode: 'WSJKW', candidateDepartmentCodes: [], stage: 'awaitingDecision', decision: null, timeline: [], pushedAt: at('2026-04-02'), updatedAt: new Date() });
    await p.db.models.registration_events.create({ eventId: 'R6', action: 'change', creditCode: code('E2'), workflowId: 'wf-R6', occurredAt: at('2026-06-10'), bodyHash: 'x', status: 'accepted', notice: null, receivedAt: new Date(), event: {} });
    try {
      const notices = async (query: string) => table(section(await get(`/api/v1/statistics/dualNotification?${query}`), 'byDepartment'), 'notices');
      // Not yet in the whole months' counts…
      expect(await notices(PERIOD)).toEqual([['金山区市场监督管理局', 2], ['待认领（多部门）', 1], ['金山区卫生健康委员会', 1]]);
      // …but counted at once in a part month, read live (1 to 15 April; 1 to 15 June).
      expect(await notices('from=2026-04-01&to=2026-04-15')).toEqual([['金山区卫生健康委员会', 1]]);
      expect(table(section(await get('/api/v1/statistics/registrations?from=2026-06-01&to=2026-06-15'), 'byMonth'), 'changes')).toEqual([['2026年6月', 1]]);
      await refreshEntityTallies(p.db);
      // (Two notices each: the departments in the order of their codes.)
      expect(await notices(PERIOD)).toEqual([['金山区市场监督管理局', 2], ['金山区卫生健康委员会', 2], ['待认领（多部门）', 1]]);
      expect(table(section(await get(`/api/v1/statistics/dualNotification?${PERIOD}`), 'byDecision'), 'notices')).toEqual([['尚未反馈', 3], ['已发证', 1], ['不予许可', 1]]);
      expect(table(section(await get(`/api/v1/statistics/registrations?${PERIOD}`), 'byMonth'), 'changes').slice(4)).toEqual([['2026年5月', 1], ['2026年6月', 1]]);
    } finally {
      // The fixtures above again, for the statistics below.
      await p.db.models.notifications.destroy({ where: { workflowId: 'lf-N6' } });
      await p.db.models.registration_events.destroy({ where: { eventId: 'R6' } });
      await refreshEntityTallies(p.db);
    }
  });

  it('dual notification: notices, receipts and decisions with on-time rates per department; results', async () => {
    const body = await get(`/api/v1/statistics/dualNotification?${PERIOD}`);
    const keys = ['notices', 'received', 'receivedOnTime', 'receiptOnTimeRate', 'decided', 'decidedOnTime', 'decisionOnTimeRate', 'overdueNow'];
    expect(table(section(body, 'byDepartment'), ...keys)).toEqual([
      ['金山区市场监督管理局', 2, 2, 1, 50, 1, 1, 100, 1],
      ['待认领（多部门）', 1, 0, 0, null, 0, 0, null, 0],
      ['金山区卫生健康委员会', 1, 1, 1, 100, 1, 0, 0, 0],
    ]);
    expect(table(section(body, 'byDecision'), 'notices')).toEqual([['尚未反馈', 2], ['已发证', 1], ['不予许可', 1]]);
    // A leader picks one department.
    const one = await get(`/api/v1/statistics/dualNotification?${PERIOD}&department=WSJKW`);
    expect(one.department).toEqual({ code: 'WSJKW', name: '金山区卫生健康委员会' });
    expect(table(section(one, 'byDepartment'), 'notices', 'received', 'decided')).toEqual([['金山区卫生健康委员会', 1, 1, 1]]);
  });

  it('spot checks: plans, inspections and results per department, coverage of each risk class this year, non-compliance by industry', async () => {
    const body = await get(`/api/v1/statistics/spotChecks?${PERIOD}`);
    expect(table(section(body, 'byDepartment'), 'plans', 'plansCompleted', 'inspections', 'completed', 'nonCompliant', 'nonComplianceRate')).toEqual([
      ['金山区市场监督管理局', 2, 1, 4, 3, 2, 66.7],
      ['金山区卫生健康委员会', 1, 1, 1, 1, 0, 0],
    ]);
    expect(table(section(body, 'planStatus'), 'plans')).toEqual([['已完成', 2], ['检查中', 1]]);
    expect(table(section(body, 'results'), 'inspections')).toEqual([['未发现问题', 2], ['发现问题待后续处理', 1], ['发现问题已责令改正', 1]]);
    // Active entities per class; checked at least once in 2026 (E5's check in August counts for the year).
    expect(table(section(body, 'coverage'), 'entities', 'inspected', 'coverageRate')).toEqual([
      ['A 类（信用风险低）', 1, 1, 100],
      ['B 类（信用风险一般）', 3, 2, 66.7],
      ['C 类（信用风险较高）', 0, 0, null],
      ['D 类（信用风险高）', 1, 1, 100],
    ]);
    expect(table(section(body, 'byIndustry'), 'completed', 'nonCompliant', 'nonComplianceRate')).toEqual([['批发和零售业', 2, 1, 50], ['住宿和餐饮业', 2, 1, 50]]);
  });

  it('spot checks drill down to the inspection list with the same department or result, kind and period: the rows behind each number', async () => {
    const body = await get(`/api/v1/statistics/spotChecks?${PERIOD}`);
    const byDepartment = body.sections.find((x) => x.key === 'byDepartment')!;
    const results = body.sections.find((x) => x.key === 'results')!;
    expect(byDepartment.drill).toEqual({ resource: 'inspections', filter: 'department', fixed: { kind: 'random' }, period: { from: 'dueFrom', to: 'dueTo' }, column: 'inspections' });
    expect(results.drill).toEqual({ resource: 'inspections', filter: 'outcome', fixed: { kind: 'random', status: 'completed' }, period: { from: 'dueFrom', to: 'dueTo' } });
    const list = async (q: string) => ((await get(`/api/v1/inspections?${q}&perPage=100`)) as any).data.map((i: any) => i.inspectionKey).sort();
    // SCJGJ's 4 random inspections due in the period: I1–I4 (not the routine I6, not I7 due in August).
    expect(await list('department=SCJGJ&kind=random&dueFrom=2026-01-01&dueTo=2026-06-30')).toEqual(['stat/I1', 'stat/I2', 'stat/I3', 'stat/I4']);
    // 未发现问题 2: I1 and I5.
    expect(await list('outcome=no_problem&kind=random&status=completed&dueFrom=2026-01-01&dueTo=2026-06-30')).toEqual(['stat/I1', 'stat/I5']);
    // The last day counts whole (Shanghai): I4 is due 2026-06-20 at noon.
    expect(await list('kind=random&dueFrom=2026-06-20&dueTo=2026-06-20')).toEqual(['stat/I4']);
    const bad = await p.api.get('/api/v1/inspections?outcome=perfect').set(as('leader'));
    expect(bad.status).toBe(400);
  });

  /** The keys of the list a click on the row `id` of a section opens, the statistic asked for `period`. */
  const opened = async (body: Awaited<ReturnType<typeof get>>, key: string, id: string, field: string, period = { from: '2026-01-01', to: '2026-06-30' }) => {
    const s = body.sections.find((x) => x.key === key)!;
    const row = s.rows.find((r) => r.id === id)!;
    const request = drillRequest(s.drill as any, row, period);
    if (!request) return null;
    const list = (await get(request)) as any;
    expect([request, list.total]).toEqual([request, list.data.length]);
    return { number: row[(s.drill as any).column], keys: list.data.map((x: any) => x[field]).sort() };
  };

  it('spot checks’ non-compliance by industry drills down to the completed spot checks of that section’s entities, due in the period', async () => {
    const body = await get(`/api/v1/statistics/spotChecks?${PERIOD}`);
    expect(body.sections.find((x) => x.key === 'byIndustry')!.drill).toEqual({ resource: 'inspections', filter: 'industry', fixed: { kind: 'random', status: 'completed' }, period: { from: 'dueFrom', to: 'dueTo' }, column: 'completed' });
    // 批发和零售业 (F): I1 (E1) and I2 (E2); not I4 (E6, open). 住宿和餐饮业 (H): I3 and I5 (both E3).
    expect(await opened(body, 'byIndustry', 'F', 'inspectionKey')).toEqual({ number: 2, keys: ['stat/I1', 'stat/I2'] });
    expect(await opened(body, 'byIndustry', 'H', 'inspectionKey')).toEqual({ number: 2, keys: ['stat/I3', 'stat/I5'] });
    // 卫健委's version: its one completed spot check, I5 (H); 市场监管's I3 of the same entity is not its own.
    const one = await get(`/api/v1/statistics/spotChecks?${PERIOD}&department=WSJKW`);
    expect(await opened(one, 'byIndustry', 'H', 'inspectionKey')).toEqual({ number: 1, keys: ['stat/I5'] });
    // Manufacturing (C): only E5's routine check and its spot check due in August, so no row; the list finds them by the section alone.
    expect(((await get('/api/v1/inspections?industry=C&perPage=100')) as any).data.map((i: any) => i.inspectionKey).sort()).toEqual(['stat/I6', 'stat/I7']);
    expect((await p.api.get('/api/v1/inspections?industry=F5').set(as('leader'))).status).toBe(400);
  });

  it('registrations drill down from a month to the entities established in it (within the period)', async () => {
    const body = await get(`/api/v1/statistics/registrations?${PERIOD}`);
    expect(body.sections[0].drill).toEqual({ resource: 'entities', filter: 'establishedFrom', key: 'from', also: [{ filter: 'establishedTo', key: 'to' }], column: 'registrations' });
    expect(await opened(body, 'byMonth', '2026-01', 'creditCode')).toEqual({ number: 2, keys: [code('E1'), code('E2')] });
    // March's last day counts: E6 was established on 31 March.
    expect(await opened(body, 'byMonth', '2026-03', 'creditCode')).toEqual({ number: 2, keys: [code('E3'), code('E6')] });
    expect(await opened(body, 'byMonth', '2026-02', 'creditCode')).toEqual({ number: 0, keys: [] });
    // A period from the 16th: January's row is its last 16 days, E2 alone (E1 on the 15th).
    const late = await get('/api/v1/statistics/registrations?from=2026-01-16&to=2026-03-10');
    expect(late.sections[0].rows.map((r) => [r.id, r.from, r.to, r.registrations])).toEqual([['2026-01', '2026-01-16', '2026-01-31', 1], ['2026-02', '2026-02-01', '2026-02-28', 0], ['2026-03', '2026-03-01', '2026-03-10', 1]]);
    expect(await opened(late, 'byMonth', '2026-01', 'creditCode')).toEqual({ number: 1, keys: [code('E2')] });
    expect(await opened(late, 'byMonth', '2026-03', 'creditCode')).toEqual({ number: 1, keys: [code('E3')] });
    // With a name fragment as well, the search still holds to the days (the name's grams carry no date).
    await indexEntityNames(p.db, ENTITIES.map(([e, , industryCode, regionCode, status, riskClass]) => ({ creditCode: code(e), name: `上海统计测试${e}有限公司`, regionCode, industryCode, status, riskClass })));
    expect(((await get('/api/v1/entities?q=统计测试&establishedFrom=2026-03-01&establishedTo=2026-03-31')) as any).data.map((e: any) => e.creditCode).sort()).toEqual([code('E3'), code('E6')]);
  });

  it('dual notification drills down from a department to its receipts completed, created in the period; the results open nothing', async () => {
    const body = await get(`/api/v1/statistics/dualNotification?${PERIOD}`);
    const byDepartment = body.sections.find((x) => x.key === 'byDepartment')!;
    expect(byDepartment.drill).toEqual({ resource: 'efficiency-tasks', filter: 'department', fixed: { type: 'receipt', status: 'completed' }, period: { from: 'createdFrom', to: 'createdTo' }, column: 'received' });
    // 市场监管 received 2: T1 and T2 (T7 before the period, T8 another process); 卫健委 1: T5.
    expect(await opened(body, 'byDepartment', 'SCJGJ', 'taskKey')).toEqual({ number: 2, keys: ['stat/T1', 'stat/T2'] });
    expect(await opened(body, 'byDepartment', 'WSJKW', 'taskKey')).toEqual({ number: 1, keys: ['stat/T5'] });
    // The unclaimed notices have no department, and so no list.
    expect(await opened(body, 'byDepartment', '', 'taskKey')).toBeNull();
    expect(body.sections.find((x) => x.key === 'byDecision')!.drill).toBeUndefined();
    // The task list's days: created on 2026-02-03 (noon), found by that day alone, not by the day before.
    expect(((await get('/api/v1/tasks?type=receipt&createdFrom=2026-02-03&createdTo=2026-02-03')) as any).data.map((t: any) => t.taskKey)).toEqual(['stat/T2']);
    expect(((await get('/api/v1/tasks?type=receipt&createdFrom=2026-02-02&createdTo=2026-02-02')) as any).data).toEqual([]);
  });

  it('a supervisor gets their department’s version; the district office and administrators see all', async () => {
    const own = await get(`/api/v1/statistics/spotChecks?${PERIOD}`, 'supervisor');
    expect(own.department).toEqual({ code: 'SCJGJ', name: '金山区市场监督管理局' });
    expect(table(section(own, 'byDepartment'), 'plans', 'inspections')).toEqual([['金山区市场监督管理局', 2, 4]]);
    expect(table(section(own, 'results'), 'inspections')).toEqual([['未发现问题', 1], ['发现问题待后续处理', 1], ['发现问题已责令改正', 1]]);
    const dual = await get(`/api/v1/statistics/dualNotification?${PERIOD}`, 'supervisor');
    expect(section(dual, 'byDepartment').map((r) => r.label)).toEqual(['金山区市场监督管理局']);
    const refused = await p.api.get(`/api/v1/statistics/spotChecks?${PERIOD}&department=WSJKW`).set(as('supervisor'));
    expect([refused.status, refused.body.type]).toEqual([403, `${PROBLEM}statistics-other-department`]);
    for (const user of ['district', 'admin']) {
      expect(section(await get(`/api/v1/statistics/spotChecks?${PERIOD}`, user), 'byDepartment')).toHaveLength(2);
    }
    for (const user of ['inspector', 'clerk', 'auditor']) {
      const res = await p.api.get('/api/v1/statistics/entities').set(as(user));
      expect([user, res.status, res.body.type]).toEqual([user, 403, `${PROBLEM}role-required`]);
    }
    expect((await p.api.get('/api/v1/statistics/entities')).status).toBe(401);
  });

  it('bad input: an unknown statistic, a malformed or reversed period, an unknown department or section', async () => {
    const cases: Array<[string, number, string]> = [
      ['/api/v1/statistics/nonsense', 404, 'statistic-not-found'],
      ['/api/v1/statistics/entities?from=2026-13-01', 400, ''],
      ['/api/v1/statistics/registrations?from=2026-06-01&to=2026-01-01', 400, 'statistics-bad-period'],
      ['/api/v1/statistics/spotChecks?department=NOPE', 400, 'unknown-department'],
      ['/api/v1/statistics/spotChecks?format=xlsx&section=nope', 400, 'statistic-section-not-found'],
      ['/api/v1/statistics/spotChecks?format=pdf', 400, ''],
    ];
    for (const [path, status, problem] of cases) {
      const res = await p.api.get(path).set(as('leader'));
      expect([path, res.status, res.type]).toEqual([path, status, 'application/problem+json']);
      if (problem) expect(res.body.type).toBe(`${PROBLEM}${problem}`);
    }
  });

  it('&format=xlsx: one table with its Chinese headers, or every table in one sheet', async () => {
    const workbook = (path: string) => sheetRows(p.api.get(path).set(as('leader')));
    expect(await workbook(`/api/v1/statistics/dualNotification?${PERIOD}&format=xlsx&section=byDepartment`)).toEqual([
      ['部门', '推送告知', '已接收', '按时接收', '接收按时率（%）', '已反馈许可结果', '按时反馈', '反馈按时率（%）', '当前超期未办'],
      ['金山区市场监督管理局', 2, 2, 1, 50, 1, 1, 100, 1],
      ['待认领（多部门）', 1, 0, 0, undefined, 0, 0, undefined, 0],
      ['金山区卫生健康委员会', 1, 1, 1, 100, 1, 0, 0, 0],
    ]);
    const all = await workbook('/api/v1/statistics/entities?format=xlsx');
    expect(all[0]).toEqual(['统计表', '项目', '指标', '数值']);
    expect(all).toContainEqual(['按街镇', '朱泾镇', '主体数', 3]);
    expect(all).toHaveLength(1 + 3 + 3 + 3 + 2 + 4);
  });
});
