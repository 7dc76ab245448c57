import { testDatabases } from '../support/databases';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';
import { newCreditCode, newEventId, registration } from '../support/events';
import { shanghaiDate } from '../../domain/workingDays';
import { bodyMutations, fieldMutations, type Target } from '../fixtures/hostileInput';

// The hostile-input corpus (test/fixtures/hostileInput.ts) against every write endpoint: each mutation of a
// valid body is refused with a 4xx problem+json (naming the field when it is a field's fault), and the row
// count of every table is unchanged afterwards — on SQLite and on MySQL.

interface Endpoint {
  name: string;
  method: 'post' | 'put';
  path: () => string;
  auth: () => string;
  body: () => Record<string, unknown>;
  /** Where each kind of field mutation is aimed (a path into the body); no date target: no date mutations. */
  targets: Partial<Record<Target, string[]>>;
  /** Mutations that are valid input here, and why. */
  valid?: Record<string, string>;
  /** Tables a refused request still writes to, and why. */
  records?: Record<string, string>;
}

describe.each(testDatabases)('hostile input on $name', (database) => {
  let p: TestPlatform;
  const bearer: Record<string, string> = {};
  const today = shanghaiDate(new Date());
  let taskId = 0;
  let listingId = '';
  let registeredCode = '';

  beforeAll(async () => {
    p = await startPlatform(database, { entities: 3 });
    bearer.registration = await p.apiKey(['registration:write']);
    bearer.license = await p.apiKey(['license:write']);
    bearer.credit = await p.apiKey(['credit:write']);
    bearer.records = await p.apiKey(['records:write'], 'test-system', 'SCJGJ');
    bearer.feed = await p.apiKey(['feed:read'], 'test-system', 'SCJGJ');
    // A registered entity, so that the valid record is one that would be stored: only the mutation refuses it.
    registeredCode = ((await p.db.models.entities.findOne({ raw: true })) as any).creditCode;
    for (const u of ['admin', 'clerk', 'supervisor', 'inspector']) bearer[u] = await p.login(u);
    // A real task and a real listing, so their endpoints validate bodies rather than answer 404.
    const event = registration({ businessScope: '许可项目：食品销售。' });
    await p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${bearer.registration}`).send(event).expect(202);
    taskId = (await eventually(async () => ((await p.api.get('/api/v1/tasks').query({ entity: event.entity.creditCode }).set('Authorization', `Bearer ${bearer.clerk}`)).body.data as any[])[0], 20_000, 'a receipt task')).id;
    const listed = await p.api.post('/api/v1/credit-listings').set('Authorization', `Bearer ${bearer.clerk}`).send({ listType: 'abnormalOperationList', creditCode: newCreditCode(), entityName: '上海恶意输入测试有限公司', reason: '未按期公示年度报告', documentNo: '金市监异〔2026〕990号', listedOn: today });
    listingId = listed.body.listingId;
    // The listing's and the registration's processes go on writing after their answers (the departments' notices,
    // their tasks and audit rows): wait until the rows stop changing for a second. A fixed 1.5 s was too short on a
    // loaded machine: five audit rows of the setup landed during the first endpoint's count (a CI rehearsal).
    let last = '';
    await eventually(async () => {
      const now = JSON.stringify(await rowCounts());
      const settled = now === last;
      last = now;
      if (!settled) await new Promise((r) => setTimeout(r, 1000));
      return settled;
    }, 60_000, 'the setup’s rows to stop changing');
  }, 120_000);
  afterAll(() => p?.stop());

  const creditCode = () => newCreditCode();
  const endpoints: Endpoint[] = [
    { name: 'registration event', method: 'post', path: () => '/api/ext/v1/registrations', auth: () => bearer.registration, body: () => registration(), targets: { line: ['entity', 'name'], code: ['entity', 'creditCode'], date: ['entity', 'establishedOn'] } },
    { name: 'webhook subscription', method: 'post', path: () => '/api/ext/v1/subscriptions', auth: () => bearer.feed, body: () => ({ url: 'http://127.0.0.1:9/hook', types: ['case.filed', 'warning.raised'] }), targets: { line: ['url'], code: ['types'] } },
    { name: 'license decision', method: 'post', path: () => '/api/ext/v1/license-decisions', auth: () => bearer.license, body: () => ({ eventId: newEventId('LIC'), creditCode: creditCode(), department: 'SCJGJ', licenseItem: '食品经营许可', decision: 'issued', licenseNo: 'JY131011600001', validFrom: '2026-12-01', validTo: '2031-11-30', decidedAt: '2026-12-01T09:00:00+08:00' }), targets: { line: ['licenseNo'], code: ['creditCode'], date: ['validFrom'] } },
    { name: 'credit listing event', method: 'post', path: () => '/api/ext/v1/credit-listings', auth: () => bearer.credit, body: () => ({ eventId: newEventId('CL'), action: 'list', listType: 'seriousViolationList', creditCode: creditCode(), entityName: '上海测试有限公司', reason: '提供虚假材料', documentNo: '金市监严〔2026〕1号', authority: '金山区市场监督管理局', listedOn: today }), targets: { line: ['documentNo'], code: ['creditCode'], date: ['listedOn'] } },
    { name: 'credit listing (UI)', method: 'post', path: () => '/api/v1/credit-listings', auth: () => bearer.clerk, body: () => ({ listType: 'seriousViolationList', creditCode: creditCode(), entityName: '上海测试有限公司', reason: '提供虚假材料', documentNo: '金市监严〔2026〕2号', listedOn: today }), targets: { line: ['entityName'], code: ['creditCode'], date: ['listedOn'] } },
    { name: 'delisting (UI)', method: 'post', path: () => `/api/v1/credit-listings/${listingId}/delist`, auth: () => bearer.supervisor, body: () => ({ exitType: 'removed', reason: '已补报', delistedOn: today }), targets: { line: ['exitType'], code: ['exitType'], date: ['delistedOn'] } },
    { name: 'punishment measure', method: 'post', path: () => '/api/v1/punishment-measures', auth: () => bearer.admin, body: () => ({ code: 'M77', name: '限制测试', listTypes: ['seriousViolationList'], scenario: 'honors', departmentCode: 'SWW', legalBasis: '测试依据', active: true }), targets: { line: ['name'], code: ['scenario'] } },
    { name: 'punishment measure change', method: 'put', path: () => '/api/v1/punishment-measures/M01', auth: () => bearer.admin, body: () => ({ code: 'M01', name: '限制参与政府采购活动', listTypes: ['seriousViolationList'], scenario: 'government_procurement', departmentCode: 'CZJ', legalBasis: '测试依据', active: true }), targets: { line: ['legalBasis'], code: ['departmentCode'] } },
    { name: 'manual warning', method: 'post', path: () => '/api/v1/warnings', auth: () => bearer.clerk, body: () => ({ creditCode: creditCode(), level: 'yellow', subject: '测试预警', reason: '测试' }), targets: { line: ['subject'], code: ['creditCode'] } },
    { name: 'warning rule', method: 'put', path: () => '/api/v1/warning-rules/licenseExpiring', auth: () => bearer.admin, body: () => ({ enabled: true, thresholdDays: 30, level: 'blue', departmentCode: null }), targets: { line: ['departmentCode'], code: ['level'] }, valid: { 'null instead of text': 'no department: each warning goes to its own' } },
    { name: 'warning scan', method: 'post', path: () => '/api/v1/warning-scans', auth: () => bearer.admin, body: () => ({ rules: ['licenseExpiring'], creditCode: creditCode() }), targets: { line: ['creditCode'], code: ['creditCode'] }, valid: { 'empty object': 'every rule, every entity', 'the target field under __proto__ instead of its own key': 'creditCode is optional: every entity' } },
    { name: 'task completion', method: 'post', path: () => `/api/v1/tasks/${taskId}/complete`, auth: () => bearer.clerk, body: () => ({ outcome: 'received', comment: '已收到', data: { note: 'x' } }), targets: { line: ['outcome'], code: ['outcome'] } },
    { name: 'task reassignment', method: 'post', path: () => `/api/v1/tasks/${taskId}/reassign`, auth: () => bearer.supervisor, body: () => ({ assignee: 'inspector', reason: '人手调整' }), targets: { line: ['assignee'], code: ['assignee'] } },
    { name: 'login', method: 'post', path: () => '/api/v1/session', auth: () => '', body: () => ({ username: 'clerk', password: 'wrong password' }), targets: { line: ['username'], code: ['username'] }, records: { audit_log: 'a well-formed login that fails (an unknown user named like SQL) is an attempt the audit trail keeps' } },
    { name: 'spot-check plan', method: 'post', path: () => '/api/v1/inspection-plans', auth: () => bearer.clerk, body: () => ({ title: '测试抽查', checkItemCodes: ['SC001'], periodFrom: today, periodTo: today, entityFilter: {}, strata: [{ key: 'all', ratio: 0.1 }] }), targets: { line: ['title'], code: ['drawMode'], date: ['periodFrom'] } },
    { name: 'spot-check preview', method: 'post', path: () => '/api/v1/inspection-plans/preview', auth: () => bearer.clerk, body: () => ({ title: '测试抽查', checkItemCodes: ['SC001'], periodFrom: today, periodTo: today, entityFilter: {}, strata: [{ key: 'all', ratio: 0.1 }] }), targets: { line: ['title'], code: ['drawMode'], date: ['periodTo'] } },
    { name: 'inspection results', method: 'post', path: () => '/api/v1/inspections/1/results', auth: () => bearer.inspector, body: () => ({ results: [{ checkItemCode: 'SC001', result: 'compliant' }], outcome: 'compliant' }), targets: { line: ['outcome'], code: ['outcome'] } },
    { name: 'case extension request', method: 'post', path: () => '/api/v1/cases/1/extension-request', auth: () => bearer.clerk, body: () => ({ reason: '案情复杂' }), targets: { line: ['reason'], code: ['reason'] } },
    { name: 'case extension approval', method: 'post', path: () => '/api/v1/cases/1/extension', auth: () => bearer.supervisor, body: () => ({ comment: '同意' }), targets: { line: ['comment'], code: ['comment'] } },
    { name: 'collected records', method: 'post', path: () => '/api/ext/v1/records', auth: () => bearer.records, body: () => ({ kind: 'penalty', items: [{ key: '金市监处罚〔2026〕999号', creditCode: registeredCode, department: 'SCJGJ', occurredOn: '2026-11-20', decisionNo: '金市监处罚〔2026〕999号', penaltyItem: '经营超过保质期的食品', legalBasis: '《中华人民共和国食品安全法》第一百二十四条', fineAmount: 5000 }] }), targets: { line: ['items', '0', 'penaltyItem'], code: ['items', '0', 'creditCode'], date: ['items', '0', 'occurredOn'] } },
    { name: 'user account', method: 'post', path: () => '/api/v1/users', auth: () => bearer.admin, body: () => ({ username: 'hostile.user', displayName: '测试用户', departmentCode: 'SCJGJ', roles: ['clerk'], password: 'Hostile-2026' }), targets: { line: ['displayName'], code: ['departmentCode'] } },
    { name: 'routine inspection', method: 'post', path: () => '/api/v1/routine-inspections', auth: () => bearer.inspector, body: () => ({ creditCode: creditCode(), checkItemCodes: ['SC001'], team: ['inspector', 'scjgj-inspector-1'], dueOn: today }), targets: { line: ['team', '0'], code: ['creditCode'], date: ['dueOn'] } },
  ];

  it('the corpus holds at least 100 mutations', () => {
    expect(fieldMutations.length + bodyMutations.length).toBeGreaterThanOrEqual(100);
  });

  // entity_risk is written by the risk rescoring workflow as the facts of earlier setup arrive, entity_tallies and
  // fact_tallies by the register-tallies Schedule as it counts the register and what happened to it, with its time in
  // meta, and task_tallies by the task-tallies Schedule (background processes no request writes through; the
  // Schedules fire on ten-minute marks, also during a test), so they may change between two counts whatever the
  // request did. rate_limit_hits holds the login limit's counts: a refused login counting against the limit is the
  // limit doing its job (test/api/security.test.ts checks it), not a stored effect of the bad input.
  const BACKGROUND = new Set(['entity_risk', 'entity_tallies', 'fact_tallies', 'task_tallies', 'meta', 'rate_limit_hits']);
  async function rowCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const [name, model] of Object.entries(p.db.models)) if (!BACKGROUND.has(name)) counts[name] = await model.count();
    return counts;
  }

  it.each(endpoints.map((e) => [e.name, e] as const))('%s: every mutation gets a 4xx problem+json and nothing is stored', async (_name, e) => {
    const before = await rowCounts();
    const refusedWrongly: string[] = [];
    const send = (bytes: Buffer | string, contentType: string) => {
      const req = p.api[e.method](e.path()).set('Content-Type', contentType);
      if (e.auth()) req.set('Authorization', `Bearer ${e.auth()}`);
      // Sent as the bytes given: superagent would otherwise serialize a Buffer as JSON.
      return req.serialize((x: unknown) => x as string).send(bytes as any);
    };
    const check = (what: string, res: { status: number; type: string; body: any }, field?: string) => {
      const ok = res.status >= 400 && res.status < 500 && res.type === 'application/problem+json' && typeof res.body.detail === 'string';
      // A field's fault names the field (a 404 or 403 before validation names none).
      const named = !field || ![400, 422].includes(res.status) || !res.body.errors || res.body.errors.some((x: any) => x.field === field || x.field.startsWith(`${field}.`) || x.field === '(body)');
      if (!ok || !named) refusedWrongly.push(`${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
    };
    for (const m of fieldMutations) {
      const path = e.targets[m.target];
      if (!path || e.valid?.[m.name]) continue;
      const body = structuredClone(e.body()) as any;
      let at = body;
      for (const k of path.slice(0, -1)) at = at[k];
      at[path[path.length - 1]] = m.value;
      check(m.name, await send(JSON.stringify(body), 'application/json'), path.join('.'));
    }
    for (const m of bodyMutations) {
      if (e.valid?.[m.name]) continue;
      const { bytes, contentType } = m.raw(e.body(), e.targets.line ?? e.targets.code!);
      check(m.name, await send(bytes, contentType));
    }
    expect(({} as any).polluted).toBeUndefined();
    expect(refusedWrongly).toEqual([]);
    // Give anything wrongly started a moment to write.
    await new Promise((r) => setTimeout(r, 300));
    const after = await rowCounts();
    for (const table of Object.keys(e.records ?? {})) delete after[table], delete before[table];
    expect(after).toEqual(before);
  });
});
