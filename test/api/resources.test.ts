import ExcelJS from 'exceljs';
import { createInspectionActivities } from '../../activities/inspections';
import { inspectorPool } from '../../db/drawPools';
import { readDocument } from '../../db/chunks';
import type { DrawResult, PoolSnapshot } from '../../domain/draw';
import { XLSX_TYPE } from '../../api/workbook';
import { testDatabases } from '../support/databases';
import { newCreditCode } from '../support/events';
import { startPlatform, type TestPlatform } from '../support/platform';

// Supervision resources (监管资源, F2): a supervisor manages their department's inspectors' profiles, experts and
// third-party bodies, and decides conflicts of interest; the district office and the administrator every
// department's. Each refusal stores nothing; each change is audited; a duplicate has one row (the unique key).
// The draw adds an expert of the field to teams of plans whose items need one, never one in conflict, and draws
// no inspector who is not on duty; likewise a third-party body of the field (zj-draw-4), never one in conflict
// or with a lapsed qualification.

const binary = (res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe.each(testDatabases)('supervision resources on $name', (database) => {
  let p: TestPlatform;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({
    get: (url: string) => p.api.get(url).set('Authorization', `Bearer ${tokens[user]}`),
    post: (url: string, body?: object) => p.api.post(url).set('Authorization', `Bearer ${tokens[user]}`).send(body),
    put: (url: string, body: object) => p.api.put(url).set('Authorization', `Bearer ${tokens[user]}`).send(body),
    patch: (url: string, body: object) => p.api.patch(url).set('Authorization', `Bearer ${tokens[user]}`).send(body),
  });
  const audit = async (action: string) => (await p.db.models.audit_log.findAll({ where: { action }, raw: true })) as any[];
  let entities: string[] = [];
  const inspectorId = async (username: string) => ((await p.db.models.users.findOne({ where: { username }, raw: true })) as any).id as number;
  const credentialOf = async (username: string) => ((await p.db.models.users.findOne({ where: { username }, raw: true })) as any).credentialNo as string;

  beforeAll(async () => {
    p = await startPlatform(database, { worker: false, entities: 30 });
    for (const u of ['admin', 'supervisor', 'district', 'inspector', 'clerk', 'leader', 'jtw-supervisor']) tokens[u] = await p.login(u);
    entities = ((await p.db.models.entities.findAll({ where: { status: 'active' }, attributes: ['creditCode'], order: [['creditCode', 'ASC']], raw: true })) as any[]).map((e) => e.creditCode);
  });
  afterAll(() => p?.stop());

  describe('inspectors (执法人员)', () => {
    it('a supervisor sets their inspector’s fields, status and region, audited; the list filters by them', async () => {
      const id = await inspectorId('scjgj-inspector-1');
      const res = await as('supervisor').put(`/api/v1/inspectors/${id}/profile`, { fields: ['food', 'drugs'], status: 'onDuty', regionCode: '310116102' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ username: 'scjgj-inspector-1', fields: ['drugs', 'food'], status: 'onDuty', region: { code: '310116102', name: '枫泾镇' }, department: { code: 'SCJGJ' } });
      expect((await audit('inspector.profile')).some((a) => a.actor === 'supervisor' && a.targetId === 'scjgj-inspector-1')).toBe(true);
      const listed = await as('supervisor').get('/api/v1/inspectors').query({ field: 'drugs' });
      expect(listed.body.data.map((i: any) => i.username)).toEqual(['scjgj-inspector-1']);
      expect((await as('supervisor').get('/api/v1/inspectors').query({ region: '310116102', status: 'onDuty' })).body.data.map((i: any) => i.username)).toContain('scjgj-inspector-1');
    });

    it('refuses an unknown field, status or region, and another department’s supervisor, storing nothing', async () => {
      const id = await inspectorId('scjgj-inspector-2');
      const bad = [
        [{ fields: ['astrology'], status: 'onDuty' }, 400],
        [{ fields: ['food', 'food'], status: 'onDuty' }, 400],
        [{ fields: ['food'], status: 'retired' }, 400],
        [{ fields: ['food'], status: 'onDuty', regionCode: '999999999' }, 400],
      ] as const;
      for (const [body, status] of bad) expect([body, (await as('supervisor').put(`/api/v1/inspectors/${id}/profile`, body)).status]).toEqual([body, status]);
      const other = await as('jtw-supervisor').put(`/api/v1/inspectors/${id}/profile`, { fields: ['food'], status: 'onLeave' });
      expect(other.status).toBe(404);
      expect((await as('clerk').put(`/api/v1/inspectors/${id}/profile`, { fields: ['food'], status: 'onLeave' })).status).toBe(403);
      expect(await p.db.models.inspector_profiles.count({ where: { userId: id } })).toBe(0);
      // The district office manages every department's.
      expect((await as('district').put(`/api/v1/inspectors/${id}/profile`, { fields: ['metrology'], status: 'onDuty' })).status).toBe(200);
    });

    it('an inspector on leave or transferred is not in the draw’s pool', async () => {
      const id = await inspectorId('scjgj-inspector-3');
      const credential = await credentialOf('scjgj-inspector-3');
      expect((await inspectorPool(p.db, { departmentCodes: ['SCJGJ'] })).map((i) => i.credentialNo)).toContain(credential);
      expect((await as('supervisor').put(`/api/v1/inspectors/${id}/profile`, { fields: [], status: 'onLeave' })).status).toBe(200);
      expect((await inspectorPool(p.db, { departmentCodes: ['SCJGJ'] })).map((i) => i.credentialNo)).not.toContain(credential);
    });
  });

  describe('experts (专家库)', () => {
    const expert = { name: '王建华', employer: '上海市食品药品检验研究院', fields: ['food'], phone: '13812345678' };

    it('a supervisor adds an expert to their department, audited without the phone; others of the department read the phone masked', async () => {
      const res = await as('supervisor').post('/api/v1/experts', expert);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ ...expert, department: { code: 'SCJGJ' }, status: 'active' });
      const [entry] = (await audit('expert.created')).filter((a) => a.targetId === String(res.body.id));
      expect(entry).toMatchObject({ actor: 'supervisor' });
      expect(JSON.stringify(entry)).not.toContain('13812345678');
      const seen = await as('clerk').get(`/api/v1/experts/${res.body.id}`);
      expect(seen.body.phone).toBe('138****5678');
      expect((await as('jtw-supervisor').get(`/api/v1/experts/${res.body.id}`)).status).toBe(404);
      const listed = await as('leader').get('/api/v1/experts').query({ field: 'food' });
      expect(listed.body.data.find((e: any) => e.id === res.body.id).phone).toBe('138****5678');
    });

    it('the same expert twice is one row: 409 expert-exists, also when sent at once', async () => {
      const twin = { ...expert, name: '李秀英', phone: '13912345678' };
      const answers = await Promise.all([as('supervisor').post('/api/v1/experts', twin), as('supervisor').post('/api/v1/experts', twin)]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      expect(answers.find((a) => a.status === 409)!.body.type).toMatch(/expert-exists$/);
      expect(await p.db.models.experts.count({ where: { name: '李秀英' } })).toBe(1);
    });

    it('refuses bad input and other departments, storing nothing', async () => {
      const before = await p.db.models.experts.count();
      for (const body of [{ ...expert, phone: '12345' }, { ...expert, name: '' }, { ...expert, fields: [] }, { ...expert, fields: ['astrology'] }, { ...expert, name: 'a\u0000b', phone: '13700000000' }]) {
        expect([body, (await as('supervisor').post('/api/v1/experts', body)).status]).toEqual([body, 400]);
      }
      const other = await as('supervisor').post('/api/v1/experts', { ...expert, phone: '13700000001', departmentCode: 'JTW' });
      expect(other.status).toBe(403);
      expect(other.body.type).toMatch(/resource-other-department$/);
      expect((await as('inspector').post('/api/v1/experts', { ...expert, phone: '13700000002' })).status).toBe(403);
      expect(await p.db.models.experts.count()).toBe(before);
      // The district office keeps an expert for any department.
      expect((await as('district').post('/api/v1/experts', { ...expert, phone: '13700000003', departmentCode: 'JTW' })).body.department.code).toBe('JTW');
    });

    it('changes and deactivates an expert, audited; deactivating twice is one change', async () => {
      const { body: created } = await as('supervisor').post('/api/v1/experts', { ...expert, name: '赵敏', phone: '13600000000' });
      const changed = await as('supervisor').patch(`/api/v1/experts/${created.id}`, { fields: ['drugs', 'food'], employer: '上海市药品检验所' });
      expect(changed.body).toMatchObject({ fields: ['drugs', 'food'], employer: '上海市药品检验所' });
      expect((await as('supervisor').post(`/api/v1/experts/${created.id}/deactivate`)).body.status).toBe('inactive');
      expect((await as('supervisor').post(`/api/v1/experts/${created.id}/deactivate`)).body.status).toBe('inactive');
      expect((await audit('expert.deactivated')).filter((a) => a.targetId === String(created.id))).toHaveLength(1);
      expect((await as('supervisor').get('/api/v1/experts').query({ status: 'inactive' })).body.data.map((e: any) => e.id)).toEqual([created.id]);
    });
  });

  describe('third-party bodies (第三方机构)', () => {
    it('adds one by a valid credit code; refuses a failing check character and a duplicate; lists it as a workbook', async () => {
      const creditCode = newCreditCode();
      const body = { name: '上海某某检测技术有限公司', creditCode, fields: ['productQuality'], qualificationNo: 'CMA-2026-0001', validUntil: '2027-06-30' };
      const wrong = creditCode.slice(0, 17) + (creditCode[17] === '0' ? '1' : '0');
      const refused = await as('supervisor').post('/api/v1/third-parties', { ...body, creditCode: wrong });
      expect(refused.status).toBe(422);
      expect(refused.body.type).toMatch(/invalid-credit-code$/);
      expect((await as('supervisor').post('/api/v1/third-parties', { ...body, validUntil: '2027-02-30' })).status).toBe(400);
      const created = await as('supervisor').post('/api/v1/third-parties', body);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ creditCode, lapsed: false, status: 'active' });
      const again = await as('supervisor').post('/api/v1/third-parties', { ...body, name: '另一个名称' });
      expect(again.status).toBe(409);
      expect(again.body.type).toMatch(/third-party-exists$/);
      expect(await p.db.models.third_parties.count({ where: { creditCode } })).toBe(1);
      expect((await as('supervisor').post(`/api/v1/third-parties/${created.body.id}/deactivate`)).body.status).toBe('inactive');
      const file = await as('supervisor').get('/api/v1/third-parties?format=xlsx').buffer(true).parse(binary as never);
      expect([file.status, file.headers['content-type']]).toEqual([200, XLSX_TYPE]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file.body as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      expect(rows[0]).toEqual(['机构名称', '统一社会信用代码', '专业领域', '资质证书编号', '有效期至', '所属部门', '状态']);
      expect(rows[1]).toEqual(['上海某某检测技术有限公司', creditCode, '产品质量', 'CMA-2026-0001', '2027-06-30', '金山区市场监督管理局', '停用']);
    });
  });

  describe('conflicts of interest (利益冲突)', () => {
    it('an inspector declares their own; declaring again is one row (409); a supervisor confirms and lifts; a lifted one can be declared again', async () => {
      const own = await credentialOf('inspector');
      const creditCode = entities[0];
      const declared = await as('inspector').post('/api/v1/conflicts', { partyType: 'inspector', creditCode, reason: '配偶在该企业任职' });
      expect(declared.status).toBe(201);
      expect(declared.body).toMatchObject({ party: { type: 'inspector', key: own, department: { code: 'SCJGJ' } }, status: 'declared', declaredBy: { username: 'inspector' } });
      const twice = await Promise.all([as('inspector').post('/api/v1/conflicts', { partyType: 'inspector', creditCode, reason: '再次申报' }), as('supervisor').post('/api/v1/conflicts', { partyType: 'inspector', partyKey: own, creditCode, reason: '代为申报' })]);
      expect(twice.map((r) => [r.status, r.body.type?.replace(/.*\//, '')])).toEqual([[409, 'conflict-already-declared'], [409, 'conflict-already-declared']]);
      expect(await p.db.models.conflicts.count({ where: { partyKey: own, creditCode } })).toBe(1);
      expect((await as('inspector').post(`/api/v1/conflicts/${declared.body.id}/confirm`)).status).toBe(403);
      const confirmed = await as('supervisor').post(`/api/v1/conflicts/${declared.body.id}/confirm`);
      expect(confirmed.body).toMatchObject({ status: 'confirmed', decidedBy: { username: 'supervisor' } });
      expect((await as('supervisor').post(`/api/v1/conflicts/${declared.body.id}/confirm`)).status).toBe(409);
      expect((await as('supervisor').post(`/api/v1/conflicts/${declared.body.id}/lift`, { reason: '' })).status).toBe(400);
      const lifted = await as('supervisor').post(`/api/v1/conflicts/${declared.body.id}/lift`, { reason: '配偶已离职' });
      expect(lifted.body).toMatchObject({ status: 'lifted', liftReason: '配偶已离职' });
      const reopened = await as('inspector').post('/api/v1/conflicts', { partyType: 'inspector', creditCode, reason: '配偶重新入职' });
      expect([reopened.status, reopened.body.id, reopened.body.status]).toEqual([201, declared.body.id, 'declared']);
      expect((await audit('conflict.declared')).filter((a) => a.targetId === String(declared.body.id))).toHaveLength(2);
      expect((await as('inspector').get('/api/v1/conflicts')).body.data.map((c: any) => c.id)).toEqual([declared.body.id]);
    });

    it('refuses another’s declaration by an inspector, an unknown entity or party, and empty reasons; a supervisor does not confirm their own', async () => {
      const before = await p.db.models.conflicts.count();
      const other = await credentialOf('scjgj-inspector-1');
      const cases: Array<[string, object, number, string]> = [
        ['inspector', { partyType: 'inspector', partyKey: other, creditCode: entities[1], reason: '替他人申报' }, 403, 'conflict-own-only'],
        ['inspector', { partyType: 'expert', partyKey: '1', creditCode: entities[1], reason: '替专家申报' }, 403, 'conflict-own-only'],
        ['supervisor', { partyType: 'inspector', partyKey: other, creditCode: newCreditCode(), reason: '未知主体' }, 422, 'unknown-entity'],
        ['supervisor', { partyType: 'expert', partyKey: '999999', creditCode: entities[1], reason: '未知专家' }, 404, 'conflict-party-not-found'],
        ['supervisor', { partyType: 'inspector', partyKey: other, creditCode: entities[1], reason: '' }, 400, 'validation-failed'],
        ['jtw-supervisor', { partyType: 'inspector', partyKey: other, creditCode: entities[1], reason: '别的部门' }, 403, 'resource-other-department'],
      ];
      for (const [user, body, status, code] of cases) {
        const res = await as(user).post('/api/v1/conflicts', body);
        expect([user, body, res.status]).toEqual([user, body, status]);
        if (code !== 'validation-failed') expect(res.body.type).toMatch(new RegExp(`${code}$`));
      }
      expect(await p.db.models.conflicts.count()).toBe(before);
      const { body: e } = await as('supervisor').post('/api/v1/experts', { name: '钱学文', employer: '某大学', fields: ['food'], phone: '13500000000' });
      const declared = await as('supervisor').post('/api/v1/conflicts', { partyType: 'expert', partyKey: String(e.id), creditCode: entities[1], reason: '曾为该企业提供咨询' });
      expect(declared.status).toBe(201);
      const own = await as('supervisor').post(`/api/v1/conflicts/${declared.body.id}/confirm`);
      expect([own.status, own.body.type.replace(/.*\//, '')]).toEqual([422, 'own-conflict-decision']);
      expect((await as('district').post(`/api/v1/conflicts/${declared.body.id}/confirm`)).body.status).toBe('confirmed');
    });
  });

  describe('the draw with experts', () => {
    it('adds one active expert of the needed field to every team, never one in conflict with the entity; the plan keeps zj-draw-3', async () => {
      expect((await as('clerk').put('/api/v1/check-items/SC003/expertise', { field: 'food', need: 'expert' })).status).toBe(403);
      expect((await as('jtw-supervisor').put('/api/v1/check-items/SC003/expertise', { field: 'food', need: 'expert' })).status).toBe(403);
      expect((await as('supervisor').put('/api/v1/check-items/NOPE/expertise', { field: 'food', need: 'expert' })).status).toBe(404);
      expect((await as('supervisor').put('/api/v1/check-items/SC003/expertise', { field: 'astrology', need: 'expert' })).status).toBe(400);
      const set = await as('supervisor').put('/api/v1/check-items/SC003/expertise', { field: 'food', need: 'expert' });
      expect(set.body).toMatchObject({ checkItem: { code: 'SC003' }, field: 'food', need: 'expert' });
      expect((await as('inspector').get('/api/v1/check-item-expertise')).body.data).toEqual([{ checkItem: { code: 'SC003', name: '餐饮服务提供者经营行为的检查' }, department: { code: 'SCJGJ', name: '金山区市场监督管理局' }, field: 'food', need: 'expert' }]);
      const file = await as('inspector').get('/api/v1/check-item-expertise?format=xlsx').buffer(true).parse(binary as never);
      expect([file.status, file.headers['content-type']]).toEqual([200, XLSX_TYPE]);
      // Only these experts are active in the food field for this test's draw.
      await p.db.models.experts.update({ status: 'inactive' }, { where: {} });
      const a = (await as('supervisor').post('/api/v1/experts', { name: '甲专家', employer: '甲单位', fields: ['food'], phone: '13300000001' })).body;
      const b = (await as('supervisor').post('/api/v1/experts', { name: '乙专家', employer: '乙单位', fields: ['food', 'drugs'], phone: '13300000002' })).body;
      const c = (await as('supervisor').post('/api/v1/experts', { name: '丙专家', employer: '丙单位', fields: ['specialEquipment'], phone: '13300000003' })).body;
      const conflicted = entities.slice(0, 10);
      for (const creditCode of conflicted) expect((await as('supervisor').post('/api/v1/conflicts', { partyType: 'expert', partyKey: String(b.id), creditCode, reason: '曾受聘于该企业' })).status).toBe(201);

      const planId = `SC-RES-${database.name}`;
      await p.db.models.inspection_plans.create({
        id: planId, title: '餐饮服务专项抽查', departmentCode: 'SCJGJ', jointDepartmentCodes: [], drawMode: 'planning', receivingDepartmentCode: null, checkItemCodes: ['SC003'],
        periodFrom: '2026-01-01', periodTo: '2026-12-31', entityFilter: {}, strata: [{ key: 'all', count: entities.length }], inspectorFilter: {}, teamSize: 2, status: 'approved', createdBy: 'clerk', createdAt: new Date(), workflowId: null,
      });
      const acts = createInspectionActivities(p.db);
      await acts.commitPlanDraw(planId);
      const drawn = await acts.runDraw({ planId, step: 'both', actor: 'supervisor' });
      expect((await p.db.models.draws.findByPk(planId, { raw: true }) as any).algorithm).toBe('zj-draw-3');
      const result = (await readDocument<DrawResult>(p.db, planId, 'result'))!;
      expect(result.inspections).toHaveLength(entities.length);
      for (const i of result.inspections) {
        expect(i.experts).toHaveLength(1);
        expect([String(a.id), String(b.id)]).toContain(i.experts![0]);
        if (conflicted.includes(i.creditCode)) expect(i.experts![0]).toBe(String(a.id));
      }
      expect(result.inspections.some((i) => i.experts![0] === String(b.id))).toBe(true);
      expect(result.inspections.every((i) => i.experts![0] !== String(c.id))).toBe(true);
      expect(drawn.assignments.find((x) => x.creditCode === conflicted[0])!.experts).toEqual([{ id: String(a.id), name: '甲专家' }]);
      // The plan's page names them.
      const page = await as('supervisor').get(`/api/v1/inspection-plans/${planId}`);
      expect(page.body.experts[String(a.id)]).toEqual({ name: '甲专家', employer: '甲单位' });
      expect(page.body.draw.inspections.find((i: any) => i.creditCode === conflicted[0]).experts).toEqual([String(a.id)]);
    });
  });

  describe('the draw with third-party bodies', () => {
    it('assigns one active, qualified body of the needed field to every team, never one in a declared conflict with the entity; the plan commits under zj-draw-4', async () => {
      const body = (name: string, fields: string[], validUntil = '2030-12-31') => ({ name, creditCode: newCreditCode(), fields, qualificationNo: `CMA-${name.length}-${Math.random().toString(36).slice(2, 8)}`, validUntil });
      expect((await as('supervisor').put('/api/v1/check-items/SC006/expertise', { field: 'advertising', need: 'thirdParty' })).status).toBe(200);
      // Only these bodies exist in the advertising field for this test's draw.
      const a = (await as('supervisor').post('/api/v1/third-parties', body('甲广告监测有限公司', ['advertising']))).body;
      const b = (await as('supervisor').post('/api/v1/third-parties', body('乙广告监测有限公司', ['advertising', 'price']))).body;
      const lapsed = (await as('supervisor').post('/api/v1/third-parties', body('丙广告监测有限公司', ['advertising'], '2020-01-01'))).body;
      const inactive = (await as('supervisor').post('/api/v1/third-parties', body('丁广告监测有限公司', ['advertising']))).body;
      expect([a, b, lapsed, inactive].map((x) => x.status)).toEqual(['active', 'active', 'active', 'active']);
      expect((await as('supervisor').post(`/api/v1/third-parties/${inactive.id}/deactivate`)).status).toBe(200);

      // A conflict of a body is declared and decided like an expert's: by its credit code, by a supervisor of its department.
      const conflicted = entities.slice(0, 10);
      const refused = await as('inspector').post('/api/v1/conflicts', { partyType: 'thirdParty', partyKey: b.creditCode, creditCode: conflicted[0], reason: '曾为该企业提供检测' });
      expect([refused.status, refused.body.type.replace(/.*\//, '')]).toEqual([403, 'conflict-own-only']);
      expect((await as('jtw-supervisor').post('/api/v1/conflicts', { partyType: 'thirdParty', partyKey: b.creditCode, creditCode: conflicted[0], reason: '别的部门' })).status).toBe(403);
      expect((await as('supervisor').post('/api/v1/conflicts', { partyType: 'thirdParty', partyKey: newCreditCode(), creditCode: conflicted[0], reason: '未知机构' })).body.type).toMatch(/conflict-party-not-found$/);
      for (const [n, creditCode] of conflicted.entries()) {
        // A lower-case credit code names the same body.
        const declared = await as('supervisor').post('/api/v1/conflicts', { partyType: 'thirdParty', partyKey: n === 0 ? b.creditCode.toLowerCase() : b.creditCode, creditCode, reason: '曾为该企业提供检测' });
        expect(declared.status).toBe(201);
        expect(declared.body.party).toEqual({ type: 'thirdParty', key: b.creditCode, name: '乙广告监测有限公司', department: { code: 'SCJGJ', name: '金山区市场监督管理局' } });
      }
      const listed = (await as('supervisor').get('/api/v1/conflicts').query({ partyType: 'thirdParty', perPage: 100 })).body.data as any[];
      expect(listed.filter((c) => c.party.key === b.creditCode)).toHaveLength(10);
      expect((await as('district').get('/api/v1/conflicts').query({ partyType: 'thirdParty', department: 'SCJGJ', perPage: 100 })).body.total).toBeGreaterThanOrEqual(10);

      const planId = `SC-TP-${database.name}`;
      await p.db.models.inspection_plans.create({
        id: planId, title: '广告发布专项抽查', departmentCode: 'SCJGJ', jointDepartmentCodes: [], drawMode: 'planning', receivingDepartmentCode: null, checkItemCodes: ['SC006'],
        periodFrom: '2026-01-01', periodTo: '2026-12-31', entityFilter: {}, strata: [{ key: 'all', count: entities.length }], inspectorFilter: {}, teamSize: 2, status: 'approved', createdBy: 'clerk', createdAt: new Date(), workflowId: null,
      });
      const acts = createInspectionActivities(p.db);
      await acts.commitPlanDraw(planId);
      const d = (await p.db.models.draws.findByPk(planId))!;
      expect(d.get('algorithm')).toBe('zj-draw-4');
      expect(d.get('parameters')).toEqual({ strata: [{ key: 'all', count: entities.length }], teamSize: 2, departmentCodes: [], thirdPartyFields: ['advertising'] });
      const pool = (await readDocument<PoolSnapshot>(p.db, planId, 'pool'))!;
      const advertising = pool.thirdParties!.filter((t) => t.fields.includes('advertising')).map((t) => t.creditCode).sort();
      expect(advertising).toEqual([a.creditCode, b.creditCode].sort());
      expect(pool.experts).toEqual([]);
      expect(pool.thirdPartyRecusals).toHaveLength(10);
      const drawn = await acts.runDraw({ planId, step: 'both', actor: 'supervisor' });
      const result = (await readDocument<DrawResult>(p.db, planId, 'result'))!;
      expect(result.inspections).toHaveLength(entities.length);
      for (const i of result.inspections) {
        expect(i.thirdParties).toHaveLength(1);
        expect([a.creditCode, b.creditCode]).toContain(i.thirdParties![0]);
        if (conflicted.includes(i.creditCode)) expect(i.thirdParties![0]).toBe(a.creditCode);
      }
      expect(result.inspections.some((i) => i.thirdParties![0] === b.creditCode)).toBe(true);
      expect(drawn.assignments.find((x) => x.creditCode === conflicted[0])!.thirdParties).toEqual([{ creditCode: a.creditCode, name: '甲广告监测有限公司' }]);
      // The plan's page names them.
      const page = await as('supervisor').get(`/api/v1/inspection-plans/${planId}`);
      expect(page.body.thirdParties[a.creditCode]).toEqual({ name: '甲广告监测有限公司' });
      expect(page.body.draw.inspections.find((i: any) => i.creditCode === conflicted[0]).thirdParties).toEqual([a.creditCode]);
      await p.api.delete('/api/v1/check-items/SC006/expertise').set('Authorization', `Bearer ${tokens.supervisor}`);
    });
  });

  describe('distribution (资源分布)', () => {
    it('counts inspectors per department, town, field and status, with entities per inspector on duty; as a workbook too; not for clerks', async () => {
      const res = await as('leader').get('/api/v1/resources/distribution');
      expect(res.status).toBe(200);
      const section = (key: string) => res.body.sections.find((s: any) => s.key === key);
      const scjgj = section('byDepartment').rows.find((r: any) => r.id === 'SCJGJ');
      const listed = (await as('supervisor').get('/api/v1/inspectors').query({ perPage: 500 })).body.data as any[];
      expect(scjgj.inspectors).toBe(listed.length);
      expect(scjgj.onDuty).toBe(listed.filter((i) => i.status === 'onDuty').length);
      expect(scjgj.perInspector).toBe(scjgj.onDuty ? Math.round((scjgj.entities / scjgj.onDuty) * 10) / 10 : null);
      expect(section('byField').rows.find((r: any) => r.id === 'drugs').inspectors).toBeGreaterThanOrEqual(1);
      expect(section('byStatus').rows.find((r: any) => r.id === 'onLeave')).toMatchObject({ label: '休假', inspectors: 1 });
      const regionTotal = section('byRegion').rows.reduce((n: number, r: any) => n + r.inspectors, 0);
      expect(regionTotal).toBe(section('byStatus').rows.reduce((n: number, r: any) => n + r.inspectors, 0));
      expect((await as('clerk').get('/api/v1/resources/distribution')).status).toBe(403);
      const file = await as('leader').get('/api/v1/resources/distribution?format=xlsx').buffer(true).parse(binary as never);
      expect([file.status, file.headers['content-type']]).toEqual([200, XLSX_TYPE]);
    });
  });
});
