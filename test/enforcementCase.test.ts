import { testDatabases } from './support/databases';
import { eventually, startPlatform, type TestPlatform } from './support/platform';

// Routine supervision (日常监管) → suspected violation → enforcement case (市场监督管理行政处罚程序规定).
describe.each(testDatabases)('routine inspection and enforcement case on $name', (database) => {
  let p: TestPlatform;
  let fast: TestPlatform;
  let creditCode: string;
  const tokens = new Map<TestPlatform, Record<string, string>>();
  const as = (pl: TestPlatform, user: string) => ({ Authorization: `Bearer ${tokens.get(pl)![user]}` });
  const users = ['supervisor', 'scjgj-supervisor', 'clerk', 'inspector', 'scjgj-inspector-1', 'scjgj-inspector-2', 'jtw-clerk', 'jtw-inspector-1', 'admin', 'district'];

  beforeAll(async () => {
    [p, fast] = await Promise.all([startPlatform(database, { entities: 20 }), startPlatform(database, { entities: 20, secondsPerWorkingDay: 1 })]);
    for (const pl of [p, fast]) {
      const t: Record<string, string> = {};
      for (const u of users) t[u] = await pl.login(u);
      tokens.set(pl, t);
    }
    creditCode = ((await p.db.models.entities.findOne({ where: { status: 'active' }, raw: true })) as any).creditCode;
  });
  afterAll(async () => {
    await p?.stop();
    await fast?.stop();
  });

  const tasksOf = async (pl: TestPlatform, user: string, q: Record<string, string>) => (await pl.api.get('/api/v1/tasks').query(q).set(as(pl, user))).body.data as any[];

  async function suspectedViolation(pl: TestPlatform) {
    const started = await pl.api.post('/api/v1/routine-inspections').set(as(pl, 'inspector')).send({ creditCode, checkItemCodes: ['SC002'], team: ['inspector', 'scjgj-inspector-1'] });
    expect(started.status).toBe(202);
    const row = await eventually(async () => ((await pl.api.get('/api/v1/inspections').query({ entity: creditCode, status: 'open' }).set(as(pl, 'inspector'))).body.data as any[]).find((i) => i.inspectionKey === started.body.inspectionKey));
    expect(row.kind).toBe('routine');
    const rec = await pl.api.post(`/api/v1/inspections/${row.id}/results`).set(as(pl, 'inspector')).send({ results: [{ checkItemCode: 'SC002', result: 'non_compliant', finding: '销售超过保质期的食品' }], outcome: 'suspected_violation', finding: '货架发现过期食品12件' });
    expect(rec.status).toBe(200);
    for (const m of ['inspector', 'scjgj-inspector-1']) {
      const t = await eventually(async () => (await tasksOf(pl, m, { type: 'inspection', entity: creditCode, assignee: 'me', status: 'claimed' }))[0]);
      expect((await pl.api.post(`/api/v1/tasks/${t.id}/complete`).set(as(pl, m)).send({ outcome: 'confirmed' })).status).toBe(200);
    }
    return started.body.inspectionKey as string;
  }

  it('refuses a routine check by one inspector, with another department’s item, or of an unknown entity', async () => {
    expect((await p.api.post('/api/v1/routine-inspections').set(as(p, 'inspector')).send({ creditCode, checkItemCodes: ['SC002'], team: ['inspector'] })).status).toBe(400);
    expect((await p.api.post('/api/v1/routine-inspections').set(as(p, 'inspector')).send({ creditCode, checkItemCodes: ['JT001'], team: ['inspector', 'scjgj-inspector-1'] })).status).toBe(422);
    expect((await p.api.post('/api/v1/routine-inspections').set(as(p, 'inspector')).send({ creditCode, checkItemCodes: ['SC002'], team: ['inspector', 'jtw-clerk'] })).status).toBe(422);
    expect((await p.api.post('/api/v1/routine-inspections').set(as(p, 'inspector')).send({ creditCode: '91310116MA1H2K3L0T', checkItemCodes: ['SC002'], team: ['inspector', 'scjgj-inspector-1'] })).status).toBe(422);
  });

  it('a routine check is seen by every department that has licensed the entity, and by no other (F5)', async () => {
    // Another entity than the other tests': its open inspection task would be theirs to find.
    const other = ((await p.db.models.entities.findAll({ where: { status: 'active' }, limit: 2, order: [['creditCode', 'ASC']], raw: true })) as any[]).find((e) => e.creditCode !== creditCode).creditCode as string;
    const started = await p.api.post('/api/v1/routine-inspections').set(as(p, 'inspector')).send({ creditCode: other, checkItemCodes: ['SC002'], team: ['inspector', 'scjgj-inspector-1'] });
    expect(started.status).toBe(202);
    const mine = async (user: string) => ((await p.api.get('/api/v1/inspections').query({ entity: other }).set(as(p, user))).body.data as any[]).find((i) => i.inspectionKey === started.body.inspectionKey);
    const row = await eventually(() => mine('inspector'));
    // 交通委 has not licensed the entity: the record is not theirs to read.
    expect(await mine('jtw-clerk')).toBeUndefined();
    expect((await p.api.get(`/api/v1/inspections/${row.id}`).set(as(p, 'jtw-clerk'))).status).toBe(404);
    await p.db.models.licenses.create({ creditCode: other, licenseItemCode: 'JT-TEST', departmentCode: 'JTW', licenseNo: `JTW-${started.body.inspectionKey}`, source: 'test', createdAt: new Date() });
    expect(await mine('jtw-clerk')).toMatchObject({ id: row.id, kind: 'routine' });
    expect((await p.api.get(`/api/v1/inspections/${row.id}`).set(as(p, 'jtw-clerk'))).body).toMatchObject({ id: row.id, kind: 'routine' });
    // A licensing department reads the record; recording it stays the team's.
    const foreign = await p.api.post(`/api/v1/inspections/${row.id}/results`).set(as(p, 'jtw-inspector-1')).send({ results: [{ checkItemCode: 'SC002', result: 'compliant' }], outcome: 'no_problem' });
    expect([foreign.status, foreign.body.type?.split('/').pop()]).toEqual([403, 'not-team-member']);
  });

  it('a suspected violation becomes a case: filing, one approved extension, decision, and the penalty published once', async () => {
    const inspectionKey = await suspectedViolation(p);
    const filing = await eventually(async () => (await tasksOf(p, 'clerk', { type: 'caseFiling', entity: creditCode, status: 'open' }))[0]);
    // 市场监督管理行政处罚程序规定 Art. 18: 15 working days from the discovery.
    const kase = await eventually(async () => ((await p.api.get('/api/v1/cases').set(as(p, 'supervisor'))).body.data as any[]).find((c) => c.caseKey === inspectionKey));
    expect(kase.stage).toBe('filing');
    const typeOf = (res: { body: { type?: string } }) => res.body.type?.split('/').pop();
    // An extension is approved only once asked for, and never by the one who asked.
    const unasked = await p.api.post(`/api/v1/cases/${kase.id}/extension`).set(as(p, 'supervisor')).send({});
    expect([unasked.status, typeOf(unasked)]).toEqual([409, 'case-extension-not-requested']);
    const asked = await p.api.post(`/api/v1/cases/${kase.id}/extension-request`).set(as(p, 'supervisor')).send({ reason: '需送检验' });
    expect(asked.status).toBe(200);
    expect(asked.body.extensionRequest).toMatchObject({ stage: 'filing', reason: '需送检验', requestedBy: { username: 'supervisor', displayName: '市场监管科长（演示）' } });
    const again = await p.api.post(`/api/v1/cases/${kase.id}/extension-request`).set(as(p, 'clerk')).send({ reason: '需检验' });
    expect([again.status, typeOf(again)]).toEqual([409, 'case-extension-pending']);
    const byClerk = await p.api.post(`/api/v1/cases/${kase.id}/extension`).set(as(p, 'clerk')).send({});
    expect(byClerk.status).toBe(403);
    const own = await p.api.post(`/api/v1/cases/${kase.id}/extension`).set(as(p, 'supervisor')).send({});
    expect([own.status, typeOf(own)]).toEqual([403, 'own-extension-approval']);
    const ext = await p.api.post(`/api/v1/cases/${kase.id}/extension`).set(as(p, 'scjgj-supervisor')).send({ comment: '同意延期' });
    expect(ext.status).toBe(200);
    expect(Date.parse(ext.body.filingDueAt)).toBeGreaterThan(Date.parse(kase.filingDueAt));
    expect(ext.body.extensionRequest).toBeNull();
    const twice = await p.api.post(`/api/v1/cases/${kase.id}/extension-request`).set(as(p, 'clerk')).send({ reason: '再次' });
    expect([twice.status, typeOf(twice)]).toEqual([409, 'case-extension-used']);
    expect((await p.api.get(`/api/v1/tasks/${filing.id}`).set(as(p, 'clerk'))).body.dueAt).toBe(ext.body.filingDueAt);

    // Who found the violation does not decide on it: the inspection's team is party to the case.
    const view = (await p.api.get(`/api/v1/cases/${kase.id}`).set(as(p, 'clerk'))).body;
    expect(view.parties.map((x: any) => x.username).sort()).toEqual(['inspector', 'scjgj-inspector-1']);
    expect(view.parties.find((x: any) => x.username === 'inspector').displayName).toBe('市场监管执法员（演示）');
    expect(filing.data.excludedActors.sort()).toEqual(['inspector', 'scjgj-inspector-1']);
    const party = await p.api.post(`/api/v1/tasks/${filing.id}/complete`).set(as(p, 'inspector')).send({ outcome: 'filed' });
    expect([party.status, typeOf(party)]).toEqual([403, 'own-case-decision']);

    // The entity holds a transport license: once the case is filed, 交通委 is warned (F7, caseFiled).
    await p.db.models.licenses.create({ creditCode, licenseItemCode: 'L003', departmentCode: 'JTW', licenseNo: `JT-CASE-${database.name}`, validFrom: '2025-01-01', validTo: '2029-12-31', source: 'test', createdAt: new Date() });
    expect((await p.api.post(`/api/v1/tasks/${filing.id}/complete`).set(as(p, 'clerk')).send({ outcome: 'filed' })).status).toBe(200);
    const warned = await eventually(async () => ((await p.api.get('/api/v1/warnings').query({ entity: creditCode, ruleCode: 'caseFiled' }).set(as(p, 'jtw-clerk'))).body.data as any[])[0]);
    expect(warned).toMatchObject({ departmentCode: 'JTW', level: 'orange', status: 'open' });
    expect(warned.subject).toContain(inspectionKey);
    // Not the department that filed it: it knows.
    expect(((await p.api.get('/api/v1/warnings').query({ entity: creditCode, ruleCode: 'caseFiled' }).set(as(p, 'clerk'))).body.data as any[])).toHaveLength(0);
    const decision = await eventually(async () => (await tasksOf(p, 'clerk', { type: 'caseDecision', entity: creditCode, status: 'open' }))[0]);
    const partyDecides = await p.api.post(`/api/v1/tasks/${decision.id}/complete`).set(as(p, 'scjgj-inspector-1')).send({ outcome: 'no_penalty' });
    expect([partyDecides.status, typeOf(partyDecides)]).toEqual([403, 'own-case-decision']);
    const decide = (data: Record<string, unknown>) => p.api.post(`/api/v1/tasks/${decision.id}/complete`).set(as(p, 'clerk')).send({ outcome: 'penalty', data });
    const decided = { decisionNo: '金市监案处〔2026〕101号', penaltyKind: 'fine', amount: 5000 };
    expect((await decide({ penaltyKind: 'fine', amount: 5000, penaltyItem: 'CF-SC002' })).status).toBe(422);
    // The decision picks a penalty item of the department's own list, in force (F1, issue 11).
    const retiredItem = 'CF-RETIRED';
    expect((await p.api.post('/api/v1/catalogs/penalty-items').set(as(p, 'admin')).send({ code: retiredItem, name: '已废止的处罚事项', departmentCode: 'SCJGJ', legalBasis: '《某条例》第一条' })).status).toBe(201);
    expect((await p.api.post(`/api/v1/catalogs/penalty-items/${retiredItem}/retire`).set(as(p, 'admin')).send({ reason: '条例废止' })).status).toBe(200);
    for (const [penaltyItem, code] of [[undefined, 'penalty-item-required'], ['CF-NONE', 'penalty-item-unknown'], ['CF-JT001', 'penalty-item-other-department'], [retiredItem, 'penalty-item-retired']]) {
      const refused = await decide({ ...decided, penaltyItem });
      expect([penaltyItem, refused.status, typeOf(refused), refused.body.errors?.[0]?.field]).toEqual([penaltyItem, 422, code, 'data.penaltyItem']);
    }
    expect((await decide({ ...decided, penaltyItem: 'CF-SC002' })).status).toBe(200);
    const closed = await eventually(async () => {
      const c = (await p.api.get(`/api/v1/cases/${kase.id}`).set(as(p, 'supervisor'))).body;
      return c.stage === 'closed' ? c : null;
    });
    const item = (await p.api.get('/api/v1/catalogs/penalty-items/CF-SC002').set(as(p, 'admin'))).body;
    const penaltyItem = { code: 'CF-SC002', name: '经营不符合食品安全标准的食品', legalBasis: '《中华人民共和国食品安全法》第一百二十四条', version: item.version, versionId: item.versionId };
    expect(closed).toMatchObject({ outcome: 'penalty', penalty: { ...decided, penaltyItem } });
    // A later version of the item does not change the decision taken on the earlier one.
    expect((await p.api.put('/api/v1/catalogs/penalty-items/CF-SC002').set(as(p, 'district')).send({ ...item, legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款', version: item.version })).status).toBe(200);
    expect((await p.api.get(`/api/v1/cases/${kase.id}`).set(as(p, 'supervisor'))).body.penalty.penaltyItem).toEqual(penaltyItem);
    expect(await p.db.models.publications.count({ where: { kind: 'penalty', refKey: inspectionKey } })).toBe(1);
    expect(await p.db.models.publications.count({ where: { kind: 'inspectionResult', refKey: inspectionKey } })).toBe(1);
  });

  it('a filing decision not made within 15 working days escalates to the supervisor', async () => {
    // Discovery is after this instant, so the deadline (15 working days of a second each) is at least 15 s after it;
    // measured from the task's creation instead, a loaded machine's delay between discovery and the task ate into it.
    const beforeDiscovery = Date.now();
    await suspectedViolation(fast);
    const filing = await eventually(async () => (await tasksOf(fast, 'clerk', { type: 'caseFiling', entity: creditCode, status: 'open' }))[0]);
    expect(Date.parse(filing.dueAt) - beforeDiscovery).toBeGreaterThanOrEqual(14_000);
    const escalated = await eventually(async () => (await tasksOf(fast, 'supervisor', { type: 'caseFiling', entity: creditCode, escalated: 'true' }))[0], 30_000, 'filing escalation');
    expect(escalated).toMatchObject({ id: filing.id, escalationLevel: 1, status: 'open' });
  });

  it('a plan not approved within 5 working days escalates to the supervisor and stays open', async () => {
    const created = await fast.api.post('/api/v1/inspection-plans').set(as(fast, 'clerk')).send({ title: '超期审批', checkItemCodes: ['SC001'], periodFrom: '2026-12-01', periodTo: '2026-12-31', strata: [{ key: 'all', count: 1 }], teamSize: 2 });
    expect(created.status).toBe(201);
    const escalated = await eventually(async () => (await tasksOf(fast, 'supervisor', { type: 'planApproval', escalated: 'true' })).find((t) => t.data.planId === created.body.id), 20_000, 'approval escalation');
    expect(escalated).toMatchObject({ escalationLevel: 1, status: 'open', overdue: true });
  });
});
