import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Op } from 'sequelize';
import { createActivities } from '../activities';
import { verifyDraw } from '../domain/draw';
import { testDatabases } from './support/databases';
import { newCreditCode } from './support/events';
import { eventually, startPlatform, type TestPlatform } from './support/platform';

const CLI = path.resolve(__dirname, '../dist/cli/index.js');

/** The CLI as an outsider runs it; asynchronous, since the API it reads runs in this process. */
function cli(...args: string[]): Promise<{ status: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { encoding: 'utf8' }, (err, stdout) => resolve({ status: err ? ((err as any).code ?? 1) : 0, stdout }));
  });
}

describe.each(testDatabases)('double-random spot checks (双随机一公开) on $name', (database) => {
  let p: TestPlatform;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });
  const users = ['supervisor', 'scjgj-supervisor', 'clerk', 'inspector', 'admin', 'scjgj-inspector-1', 'scjgj-inspector-2', 'scjgj-inspector-3', 'jtw-clerk'];

  beforeAll(async () => {
    // Two inspections per plan run: every plan here continues as new while launching its inspections.
    p = await startPlatform(database, { entities: 300, config: { PLAN_CHILDREN_PER_RUN: '2' } });
    for (const u of users) tokens[u] = await p.login(u);
  });
  afterAll(() => p?.stop());

  const tasksOf = async (user: string, q: Record<string, string>) => (await p.api.get('/api/v1/tasks').query(q).set(as(user))).body.data as any[];
  const plan = (over: Record<string, unknown> = {}) => ({
    title: '2026年食品销售者双随机抽查',
    checkItemCodes: ['SC001', 'SC002'],
    periodFrom: '2026-12-01',
    periodTo: '2026-12-31',
    strata: [{ key: 'all', count: 3 }],
    teamSize: 2,
    ...over,
  });

  async function approvedAndDrawn(body: Record<string, unknown>) {
    const created = await p.api.post('/api/v1/inspection-plans').set(as('clerk')).send(body);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const approval = await eventually(async () => (await tasksOf('supervisor', { type: 'planApproval', status: 'open' })).find((t) => t.data.planId === id));
    expect((await p.api.post(`/api/v1/tasks/${approval.id}/complete`).set(as('supervisor')).send({ outcome: 'approved' })).status).toBe(200);
    const drawTask = await eventually(async () => (await tasksOf('clerk', { type: 'draw', status: 'open' })).find((t) => t.data.planId === id));
    return { id, drawTask };
  }

  it('previews the pool per stratum before a plan is made', async () => {
    const res = await p.api.post('/api/v1/inspection-plans/preview').set(as('clerk')).send(plan({ strata: [{ key: 'A', ratio: 0.05 }, { key: 'D', ratio: 0.7 }] }));
    expect(res.status).toBe(200);
    expect(res.body.strata.map((s: any) => s.key)).toEqual(['A', 'D']);
    expect(res.body.strata[0].poolSize).toBeGreaterThan(0);
    expect(res.body.strata[0].toDraw).toBe(Math.ceil(res.body.strata[0].poolSize * 0.05));
    expect(res.body.inspectors).toBeGreaterThanOrEqual(2);
  });

  it('filters the pool by credit-list membership: only entities with an active entry of the named lists', async () => {
    const rows = ((await p.db.models.entities.findAll({ where: { status: 'active' }, order: [['creditCode', 'ASC']], limit: 3, raw: true })) as any[]).map((e) => e.creditCode);
    const listing = (creditCode: string, listType: string, status: string, n: number) => ({ id: `CLTEST${n}`, creditCode, entityName: '测试', listType, reason: '测试', documentNo: `T${n}`, authority: '金山区市场监督管理局', listedOn: '2026-01-05', expiresOn: null, status, source: 'test', workflowId: `joint-punishment:CLTEST${n}`, createdAt: new Date(), updatedAt: new Date() });
    await p.db.models.credit_listings.bulkCreate([listing(rows[0], 'abnormalOperationList', 'active', 1), listing(rows[1], 'abnormalOperationList', 'removed', 2), listing(rows[2], 'seriousViolationList', 'active', 3)]);
    const preview = async (listTypes: string[]) => (await p.api.post('/api/v1/inspection-plans/preview').set(as('clerk')).send(plan({ entityFilter: { listTypes } }))).body.strata[0].poolSize;
    expect(await preview(['abnormalOperationList'])).toBe(1);
    expect(await preview(['abnormalOperationList', 'seriousViolationList'])).toBe(2);
    expect((await p.api.post('/api/v1/inspection-plans/preview').set(as('clerk')).send(plan({ entityFilter: { listTypes: ['blackList'] } }))).status).toBe(400);
    await p.db.models.credit_listings.destroy({ where: { source: 'test' } });
  });

  it('refuses a team of one, unknown check items, another department’s items, a period that ends before it starts and a joint team too small for its departments', async () => {
    const before = await p.db.models.inspection_plans.count();
    expect((await p.api.post('/api/v1/inspection-plans').set(as('clerk')).send(plan({ teamSize: 1 }))).status).toBe(400);
    expect((await p.api.post('/api/v1/inspection-plans').set(as('clerk')).send(plan({ periodTo: '2026-11-01' }))).status).toBe(400);
    const unknown = await p.api.post('/api/v1/inspection-plans').set(as('clerk')).send(plan({ checkItemCodes: ['XX999'] }));
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe('checkItemCodes');
    expect((await p.api.post('/api/v1/inspection-plans').set(as('clerk')).send(plan({ checkItemCodes: ['JT001'] }))).status).toBe(422);
    expect((await p.api.post('/api/v1/inspection-plans').set(as('inspector')).send(plan())).status).toBe(403);
    // A joint check of SCJGJ, JTW and WSJKW puts one inspector of each on every team: two seats are too few.
    const joint = await p.api.post('/api/v1/inspection-plans').set(as('clerk')).send(plan({ jointDepartmentCodes: ['JTW', 'WSJKW'], checkItemCodes: ['SC001', 'JT001', 'WS001'], teamSize: 2 }));
    expect(joint.status).toBe(422);
    expect(joint.body.errors.map((e: any) => e.field)).toEqual(['teamSize']);
    expect(await p.db.models.inspection_plans.count()).toBe(before);
  });

  it('plan → approval → commitment → draw → inspections by both team members → publication, verifiable by an outsider', async () => {
    const created = await p.api.post('/api/v1/inspection-plans').set(as('clerk')).send(plan());
    const id = created.body.id as string;
    const approval = await eventually(async () => (await tasksOf('supervisor', { type: 'planApproval', status: 'open' })).find((t) => t.data.planId === id));
    expect(approval.entity).toBeNull();
    // A clerk may not approve.
    expect((await p.api.post(`/api/v1/tasks/${approval.id}/complete`).set(as('clerk')).send({ outcome: 'approved' })).status).toBe(403);
    expect((await p.api.post(`/api/v1/tasks/${approval.id}/complete`).set(as('supervisor')).send({ outcome: 'approved' })).status).toBe(200);

    // The commitments are public before the draw; the seeds and the pool are not.
    const committed = await eventually(async () => ((await p.api.get('/public/v1/inspection-plans')).body.data as any[]).find((x) => x.id === id));
    expect(committed.draw.poolHash).toMatch(/^[0-9a-f]{64}$/);
    expect(committed.draw.seedHashes.entities).toMatch(/^[0-9a-f]{64}$/);
    expect(committed.draw.seeds).toEqual({});
    expect(committed.createdBy).toBeUndefined();
    expect((await p.api.get(`/public/v1/inspection-plans/${id}/draw`)).status).toBe(404);

    const drawTask = await eventually(async () => (await tasksOf('clerk', { type: 'draw', status: 'open' })).find((t) => t.data.planId === id));
    expect((await p.api.post(`/api/v1/tasks/${drawTask.id}/complete`).set(as('clerk')).send({ outcome: 'drawn' })).status).toBe(200);

    const inspections = await eventually(async () => {
      const rows = (await p.api.get('/api/v1/inspections').query({ planId: id }).set(as('supervisor'))).body.data as any[];
      return rows.length === 3 ? rows : null;
    });
    for (const i of inspections) expect(new Set(i.team).size).toBe(2);

    // An outsider repeats the draw from the published data.
    const published = await p.api.get(`/public/v1/inspection-plans/${id}/draw`);
    expect(published.status).toBe(200);
    expect(published.body.pool.entities.length).toBeGreaterThan(0);
    expect(JSON.stringify(published.body)).not.toMatch(/legalRepresentative|scjgj-inspector/);
    const verify = await cli('draw', 'verify', id, '--url', p.server.url);
    expect(verify.status).toBe(0);
    expect(verify.stdout.trim().split('\n').pop()).toBe(`draw verified: 3 inspections, result ${published.body.result.resultHash}`);
    const tampered = path.join(process.env.TEST_DIR!, `tampered-${id}.json`);
    fs.writeFileSync(tampered, JSON.stringify({ ...published.body, pool: { ...published.body.pool, entities: published.body.pool.entities.slice(1) } }));
    const bad = await cli('draw', 'verify', '--file', tampered);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('the pool snapshot does not match its published hash');

    // The team works the first inspection: one records, both confirm, the result is published once.
    const first = inspections[0];
    const [m1, m2] = first.team as string[];
    for (const m of [m1, m2]) if (!tokens[m]) tokens[m] = await p.login(m);
    const outsider = users.find((u) => u.startsWith('scjgj-inspector') && !first.team.includes(u))!;
    const results = { results: [{ checkItemCode: 'SC001', result: 'compliant' }, { checkItemCode: 'SC002', result: 'non_compliant', finding: '未公示食品经营许可证' }], outcome: 'rectified_on_spot' };
    if (outsider) expect((await p.api.post(`/api/v1/inspections/${first.id}/results`).set(as(outsider)).send(results)).status).toBe(403);
    const t1 = await eventually(async () => (await tasksOf(m1, { type: 'inspection', entity: first.creditCode, assignee: 'me' }))[0]);
    expect((await p.api.post(`/api/v1/tasks/${t1.id}/complete`).set(as(m1)).send({ outcome: 'confirmed' })).status).toBe(422);
    expect((await p.api.post(`/api/v1/inspections/${first.id}/results`).set(as(m1)).send({ ...results, results: results.results.slice(0, 1) })).status).toBe(422);
    expect((await p.api.post(`/api/v1/inspections/${first.id}/results`).set(as(m1)).send({ ...results, results: [{ checkItemCode: 'SC001', result: 'compliant' }, { checkItemCode: 'SC002', result: 'non_compliant' }] })).status).toBe(422);
    const recorded = await p.api.post(`/api/v1/inspections/${first.id}/results`).set(as(m1)).send(results);
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({ status: 'recorded', outcome: 'rectified_on_spot', recordedBy: m1 });
    expect((await p.api.post(`/api/v1/tasks/${t1.id}/complete`).set(as(m1)).send({ outcome: 'confirmed' })).status).toBe(200);
    // Once confirmed by one member, the result is frozen.
    expect((await p.api.post(`/api/v1/inspections/${first.id}/results`).set(as(m2)).send(results)).status).toBe(409);
    const t2 = (await tasksOf(m2, { type: 'inspection', entity: first.creditCode, assignee: 'me' }))[0];
    expect((await p.api.post(`/api/v1/tasks/${t2.id}/complete`).set(as(m2)).send({ outcome: 'confirmed' })).status).toBe(200);

    const done = await eventually(async () => {
      const row = (await p.api.get(`/api/v1/inspections/${first.id}`).set(as(m1))).body;
      return row.status === 'completed' ? row : null;
    });
    expect(done.confirmedBy.sort()).toEqual([m1, m2].sort());
    const publishedResult = await eventually(async () => ((await p.api.get('/public/v1/inspection-results').query({ entity: first.creditCode })).body.data as any[])[0]);
    expect(publishedResult).toMatchObject({ creditCode: first.creditCode, planId: id, outcome: 'rectified_on_spot', department: { code: 'SCJGJ' } });
    expect(publishedResult.items.map((i: any) => i.result)).toEqual(['compliant', 'non_compliant']);
    expect(JSON.stringify(publishedResult)).not.toContain('未公示食品经营许可证');
    expect(await p.db.models.publications.count({ where: { refKey: `${id}:${first.creditCode}` } })).toBe(1);
    // A retried publication step (the activity run again after a lost completion) publishes nothing more.
    const activities = createActivities({ db: p.db, deadlines: {} });
    await activities.publishInspectionResult({ inspectionKey: `${id}:${first.creditCode}`, dueAt: new Date().toISOString() });
    expect(await p.db.models.publications.count({ where: { refKey: `${id}:${first.creditCode}` } })).toBe(1);
    // So does a retried draw step: the stored result comes back, nothing is drawn again.
    const again = await activities.runDraw({ planId: id, step: 'both', actor: 'retry' });
    expect(again.assignments.map((a) => a.creditCode).sort()).toEqual(inspections.map((i: any) => i.creditCode).sort());
    expect((await p.api.get('/public')).text).toContain('双随机');

    // The plan launched its 3 inspections 2 per run (PLAN_CHILDREN_PER_RUN), so it continued as new once;
    // it completes when the last inspection does.
    for (const i of inspections.slice(1)) {
      for (const m of i.team as string[]) if (!tokens[m]) tokens[m] = await p.login(m);
      expect((await p.api.post(`/api/v1/inspections/${i.id}/results`).set(as(i.team[0])).send({ results: [{ checkItemCode: 'SC001', result: 'compliant' }, { checkItemCode: 'SC002', result: 'compliant' }], outcome: 'no_problem' })).status).toBe(200);
      for (const m of i.team as string[]) {
        const t = await eventually(async () => (await tasksOf(m, { type: 'inspection', entity: i.creditCode, assignee: 'me', status: 'claimed' }))[0]);
        expect((await p.api.post(`/api/v1/tasks/${t.id}/complete`).set(as(m)).send({ outcome: 'confirmed' })).status).toBe(200);
      }
    }
    await eventually(async () => (await p.api.get(`/api/v1/inspection-plans/${id}`).set(as('clerk'))).body.status === 'completed', 30_000, 'the plan to complete');
    await eventually(async () => {
      const runs = [];
      for await (const w of p.client.workflow.list({ query: `WorkflowId = 'inspection-plan:${id}'` })) runs.push(w.status.name);
      return runs.length === 2 && runs.filter((r) => r === 'COMPLETED').length === 1 && runs.includes('CONTINUED_AS_NEW');
    }, 20_000, 'two runs of the plan');
  });

  describe('separation of duties', () => {
    it('the supervisor who drew up a plan may not approve it (403 own-plan-approval); another supervisor approves', async () => {
      const created = await p.api.post('/api/v1/inspection-plans').set(as('supervisor')).send(plan({ title: '自拟计划', strata: [{ key: 'all', count: 1 }] }));
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      const approval = await eventually(async () => (await tasksOf('supervisor', { type: 'planApproval', status: 'open' })).find((t) => t.data.planId === id));
      // The inbox knows whom the step is not for, so the UI offers no approve button to them.
      expect(approval.data.excludedActors).toEqual(['supervisor']);
      const claim = await p.api.post(`/api/v1/tasks/${approval.id}/claim`).set(as('supervisor')).send({});
      expect([claim.status, claim.body.type.split('/').pop()]).toEqual([403, 'own-plan-approval']);
      for (const outcome of ['approved', 'rejected']) {
        const own = await p.api.post(`/api/v1/tasks/${approval.id}/complete`).set(as('supervisor')).send({ outcome });
        expect(own.status).toBe(403);
        expect(own.body.type).toMatch(/\/own-plan-approval$/);
      }
      expect((await p.api.get(`/api/v1/inspection-plans/${id}`).set(as('clerk'))).body.status).toBe('pendingApproval');
      expect((await p.api.post(`/api/v1/tasks/${approval.id}/complete`).set(as('scjgj-supervisor')).send({ outcome: 'approved' })).status).toBe(200);
      await eventually(async () => (await p.api.get(`/api/v1/inspection-plans/${id}`).set(as('clerk'))).body.status === 'approved', 20_000, 'the plan approved by another supervisor');
      // The plan names its creator as a person, not by login.
      const view = (await p.api.get(`/api/v1/inspection-plans/${id}`).set(as('clerk'))).body;
      expect(view.creator).toMatchObject({ username: 'supervisor', displayName: '市场监管科长（演示）', department: { code: 'SCJGJ' } });
    });
  });

  describe('a draw that cannot staff its teams', () => {
    it('leaves the plan understaffed (未能组队) with the numbers to change, never completed, in the admin and the public view', async () => {
      const { id, drawTask } = await approvedAndDrawn(plan({ title: '人手不足的计划', strata: [{ key: 'all', count: 2 }], teamSize: 40 }));
      expect((await p.api.post(`/api/v1/tasks/${drawTask.id}/complete`).set(as('clerk')).send({ outcome: 'drawn' })).status).toBe(200);
      const view = await eventually(async () => {
        const v = (await p.api.get(`/api/v1/inspection-plans/${id}`).set(as('clerk'))).body;
        return v.status === 'understaffed' ? v : null;
      }, 20_000, 'the plan to say it is understaffed');
      const inspectors = await p.db.models.users.count({ where: { departmentCode: 'SCJGJ', active: true, roles: { [Op.like]: '%"inspector"%' }, credentialNo: { [Op.ne]: null } } });
      expect(view.staffing).toEqual({ drawn: 2, staffed: 0, unstaffed: 2, teamSize: 40, eligible: inspectors, missingDepartmentCodes: [], departmentCodes: ['SCJGJ'] });
      expect((await p.api.get('/api/v1/inspections').query({ planId: id }).set(as('supervisor'))).body.total).toBe(0);
      // The process ended there: nothing waits, nothing says completed.
      await eventually(async () => (await p.client.workflow.getHandle(`inspection-plan:${id}`).describe()).status.name === 'COMPLETED', 20_000, 'the plan workflow to end');
      expect(await p.client.workflow.getHandle(`inspection-plan:${id}`).result()).toEqual({ status: 'understaffed', inspections: 0 });
      expect((await p.api.get(`/api/v1/inspection-plans/${id}`).set(as('clerk'))).body.status).toBe('understaffed');
      const published = ((await p.api.get('/public/v1/inspection-plans')).body.data as any[]).find((x) => x.id === id);
      expect(published).toMatchObject({ status: 'understaffed', staffing: { staffed: 0, unstaffed: 2, teamSize: 40 } });
      expect(await p.db.models.audit_log.count({ where: { action: 'plan.understaffed', targetId: id } })).toBe(1);
    });
  });

  it('a joint plan (部门联合抽查) puts an inspector of each department on every team, verifiably', async () => {
    const { id, drawTask } = await approvedAndDrawn(plan({ jointDepartmentCodes: ['JTW'], checkItemCodes: ['SC001', 'JT001'], strata: [{ key: 'all', count: 3 }] }));
    expect((await p.api.post(`/api/v1/tasks/${drawTask.id}/complete`).set(as('clerk')).send({ outcome: 'drawn' })).status).toBe(200);
    const published = await eventually(async () => {
      const res = await p.api.get(`/public/v1/inspection-plans/${id}/draw`);
      return res.status === 200 ? res.body : null;
    });
    expect(published.algorithm).toBe('zj-draw-2');
    expect(published.parameters.departmentCodes).toEqual(['JTW', 'SCJGJ']);
    const departmentOf = new Map((published.pool.inspectors as any[]).map((i) => [i.credentialNo, i.departmentCode]));
    expect(published.result.inspections).toHaveLength(3);
    for (const i of published.result.inspections) expect(i.team.map((c: string) => departmentOf.get(c))).toEqual(['JTW', 'SCJGJ']);
    const verify = await cli('draw', 'verify', id, '--url', p.server.url);
    expect(verify.stdout.trim().split('\n').pop()).toBe(`draw verified: 3 inspections, result ${published.result.resultHash}`);
    // An SCJGJ inspector passed off as JTW's in the published pool is caught.
    const moved = (published.pool.inspectors as any[]).find((i) => i.departmentCode === 'SCJGJ').credentialNo;
    const tampered = path.join(process.env.TEST_DIR!, `tampered-department-${id}.json`);
    fs.writeFileSync(tampered, JSON.stringify({ ...published, pool: { ...published.pool, inspectors: published.pool.inspectors.map((i: any) => (i.credentialNo === moved ? { ...i, departmentCode: 'JTW' } : i)) } }));
    const bad = await cli('draw', 'verify', '--file', tampered);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('the pool snapshot does not match its published hash');
  });

  it('a plan whose check item needs an expert (zj-draw-3) names the drawn expert on every member’s inspection task', async () => {
    expect((await p.api.put('/api/v1/check-items/SC003/expertise').set(as('supervisor')).send({ field: 'food', need: 'expert' })).status).toBe(200);
    const expert = (await p.api.post('/api/v1/experts').set(as('supervisor')).send({ name: '丁专家', employer: '丁单位', fields: ['food'], phone: '13300000009' })).body;
    const food = (await p.db.models.experts.findAll({ where: { status: 'active' }, raw: true })) as any[];
    const foodExperts = new Map(food.filter((e) => (e.fields as string[]).includes('food')).map((e) => [String(e.id), e.name as string]));
    expect(foodExperts.get(String(expert.id))).toBe('丁专家');
    const { id, drawTask } = await approvedAndDrawn(plan({ checkItemCodes: ['SC003'], strata: [{ key: 'all', count: 2 }] }));
    expect((await p.api.post(`/api/v1/tasks/${drawTask.id}/complete`).set(as('clerk')).send({ outcome: 'drawn' })).status).toBe(200);
    const published = await eventually(async () => {
      const res = await p.api.get(`/public/v1/inspection-plans/${id}/draw`);
      return res.status === 200 ? res.body : null;
    });
    expect(published.algorithm).toBe('zj-draw-3');
    for (const drawn of published.result.inspections as Array<{ creditCode: string; team: string[]; experts: string[] }>) {
      expect(drawn.experts).toHaveLength(1);
      const named = [{ id: drawn.experts[0], name: foodExperts.get(drawn.experts[0]) }];
      // Each member's task names the expert who goes along (experts hold no account, so no task of their own).
      const tasks = await eventually(async () => {
        const t = (await tasksOf('admin', { type: 'inspection', entity: drawn.creditCode })).filter((x) => x.data.planId === id);
        return t.length === drawn.team.length ? t : null;
      });
      for (const t of tasks) expect(t.data.experts).toEqual(named);
    }

    // The inspections keep the check item's version they started with (F1), also after the item changes.
    if (!tokens.district) tokens.district = await p.login('district');
    const item = (await p.api.get('/api/v1/catalogs/check-items/SC003').set(as('district'))).body;
    const started = [{ code: 'SC003', version: item.version, versionId: item.versionId }];
    const changed = await p.api.put('/api/v1/catalogs/check-items/SC003').set(as('district')).send({ ...item, legalBasis: `${item.legalBasis}（修订）`, version: item.version, reason: '依据修订' });
    expect(changed.status).toBe(200);
    for (const drawn of published.result.inspections as Array<{ creditCode: string }>) {
      const row = (await p.db.models.inspections.findOne({ where: { planId: id, creditCode: drawn.creditCode } }))!;
      const view = (await p.api.get(`/api/v1/inspections/${row.get('id')}`).set(as('admin'))).body;
      expect(view.checkItemVersions).toEqual(started);
    }
  });

  it('a plan whose check items need an expert and a third-party body (zj-draw-4) names both, the body by name, on every member’s inspection task', async () => {
    // SC003 needs a food expert (as in the test above), SC006 a third-party advertising monitor, for this test only.
    expect((await p.api.put('/api/v1/check-items/SC003/expertise').set(as('supervisor')).send({ field: 'food', need: 'expert' })).status).toBe(200);
    expect((await p.api.put('/api/v1/check-items/SC006/expertise').set(as('supervisor')).send({ field: 'advertising', need: 'thirdParty' })).status).toBe(200);
    const added = await p.api.post('/api/v1/third-parties').set(as('supervisor')).send({ name: '上海戊广告监测有限公司', creditCode: newCreditCode(), fields: ['advertising'], qualificationNo: 'CMA-2026-0099', validUntil: '2030-12-31' });
    expect(added.status).toBe(201);
    const bodies = new Map(((await p.db.models.third_parties.findAll({ where: { status: 'active' }, raw: true })) as any[]).filter((t) => JSON.stringify(t.fields).includes('advertising')).map((t) => [t.creditCode as string, t.name as string]));
    expect(bodies.get(added.body.creditCode)).toBe('上海戊广告监测有限公司');
    try {
      const { id, drawTask } = await approvedAndDrawn(plan({ checkItemCodes: ['SC003', 'SC006'], strata: [{ key: 'all', count: 2 }] }));
      expect((await p.api.post(`/api/v1/tasks/${drawTask.id}/complete`).set(as('clerk')).send({ outcome: 'drawn' })).status).toBe(200);
      const published = await eventually(async () => {
        const res = await p.api.get(`/public/v1/inspection-plans/${id}/draw`);
        return res.status === 200 ? res.body : null;
      });
      expect(published.algorithm).toBe('zj-draw-4');
      expect(published.parameters).toMatchObject({ expertFields: ['food'], thirdPartyFields: ['advertising'] });
      // The published pool names the bodies by credit code, and anyone can repeat the draw from it (the CLI runs the same check).
      expect(published.pool.thirdParties.map((t: { creditCode: string }) => t.creditCode)).toContain(added.body.creditCode);
      expect(verifyDraw(published)).toEqual({ ok: true, problems: [] });
      expect(verifyDraw({ ...published, pool: { ...published.pool, thirdParties: published.pool.thirdParties.slice(1) } }).ok).toBe(false);
      for (const drawn of published.result.inspections as Array<{ creditCode: string; team: string[]; experts: string[]; thirdParties: string[] }>) {
        expect(drawn.experts).toHaveLength(1);
        expect(drawn.thirdParties).toHaveLength(1);
        const named = [{ creditCode: drawn.thirdParties[0], name: bodies.get(drawn.thirdParties[0]) }];
        // Each member's task names the body beside the expert (neither holds an account, so no task of its own).
        const tasks = await eventually(async () => {
          const t = (await tasksOf('admin', { type: 'inspection', entity: drawn.creditCode })).filter((x) => x.data.planId === id);
          return t.length === drawn.team.length ? t : null;
        });
        for (const t of tasks) {
          expect(t.data.thirdParties).toEqual(named);
          expect(t.data.experts).toHaveLength(1);
        }
      }
      const view = (await p.api.get(`/api/v1/inspection-plans/${id}`).set(as('clerk'))).body;
      for (const code of published.result.inspections.flatMap((i: { thirdParties: string[] }) => i.thirdParties)) expect(view.thirdParties[code]).toEqual({ name: bodies.get(code) });
    } finally {
      await p.api.delete('/api/v1/check-items/SC006/expertise').set(as('supervisor'));
    }
  });

  it('the split mode: the planning department draws the entities, the receiving department the inspectors', async () => {
    const { id, drawTask } = await approvedAndDrawn(plan({ drawMode: 'split', receivingDepartmentCode: 'SCJGJ', strata: [{ key: 'all', count: 2 }] }));
    expect(drawTask.title).toContain('检查对象');
    await p.api.post(`/api/v1/tasks/${drawTask.id}/complete`).set(as('clerk')).send({ outcome: 'drawn' });
    const view = await eventually(async () => {
      const v = (await p.api.get(`/api/v1/inspection-plans/${id}`).set(as('clerk'))).body;
      return v.draw?.inspections ? v : null;
    });
    // Entities are known, teams not yet, and only the entity seed is revealed.
    expect(Object.keys(view.draw.seeds)).toEqual(['entities']);
    expect(view.draw.inspections[0].team).toBeUndefined();
    const teams = await eventually(async () => (await tasksOf('clerk', { type: 'draw', status: 'open' })).find((t) => t.data.planId === id));
    expect(teams.title).toContain('执法人员');
  });

  it('bad input at each step is refused and changes nothing', async () => {
    // Plan input: a malformed body, a stratum that is not a risk class, split mode without the receiving department.
    expect((await p.api.post('/api/v1/inspection-plans').set(as('clerk')).set('content-type', 'application/json').send('{"title":')).status).toBe(400);
    const badStratum = await p.api.post('/api/v1/inspection-plans/preview').set(as('clerk')).send(plan({ strata: [{ key: 'E', ratio: 0.1 }] }));
    expect(badStratum.status).toBe(400);
    expect(badStratum.body.errors.map((e: any) => e.field)).toContain('strata');
    const split = await p.api.post('/api/v1/inspection-plans').set(as('clerk')).send(plan({ drawMode: 'split' }));
    expect(split.status).toBe(400);
    expect(split.body.errors.map((e: any) => e.field)).toContain('receivingDepartmentCode');
    // Another department neither sees the plan nor its steps.
    const { id, drawTask } = await approvedAndDrawn(plan({ strata: [{ key: 'all', count: 1 }] }));
    expect((await p.api.get(`/api/v1/inspection-plans/${id}`).set(as('jtw-clerk'))).status).toBe(404);
    expect((await p.api.post(`/api/v1/tasks/${drawTask.id}/complete`).set(as('jtw-clerk')).send({ outcome: 'drawn' })).status).toBe(404);
    expect((await p.api.post(`/api/v1/tasks/${drawTask.id}/complete`).set(as('clerk')).send({ outcome: 'approved' })).status).toBe(422);
    await p.api.post(`/api/v1/tasks/${drawTask.id}/complete`).set(as('clerk')).send({ outcome: 'drawn' });
    const inspection = await eventually(async () => ((await p.api.get('/api/v1/inspections').query({ planId: id }).set(as('supervisor'))).body.data as any[])[0]);
    const member = inspection.team[0] as string;
    if (!tokens[member]) tokens[member] = await p.login(member);
    const before = (await p.api.get(`/api/v1/inspections/${inspection.id}`).set(as(member))).body;
    // Results: an unknown outcome, an item not in the plan, no_problem beside a non-compliant item.
    expect((await p.api.post(`/api/v1/inspections/${inspection.id}/results`).set(as(member)).send({ results: [], outcome: 'fine' })).status).toBe(400);
    expect((await p.api.post(`/api/v1/inspections/${inspection.id}/results`).set(as(member)).send({ results: [{ checkItemCode: 'SC001', result: 'compliant' }, { checkItemCode: 'SC002', result: 'compliant' }, { checkItemCode: 'SC007', result: 'compliant' }], outcome: 'no_problem' })).status).toBe(422);
    expect((await p.api.post(`/api/v1/inspections/${inspection.id}/results`).set(as(member)).send({ results: [{ checkItemCode: 'SC001', result: 'compliant' }, { checkItemCode: 'SC002', result: 'non_compliant', finding: 'x' }], outcome: 'no_problem' })).status).toBe(422);
    expect((await p.api.post('/api/v1/inspections/abc/results').set(as(member)).send({ results: [], outcome: 'no_problem' })).status).toBe(400);
    const after = (await p.api.get(`/api/v1/inspections/${inspection.id}`).set(as(member))).body;
    expect(after).toEqual(before);
  });
});
