import crypto from 'node:crypto';
import { testDatabases } from '../support/databases';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';

// An inspector's own inspections (我的检查, GET /inspections?member=me), the evidence of an inspection (photos
// and documents: type, magic bytes, size, who may add, SHA-256, audit) and the on-site time and place of a
// recording. The inspection rows of the first tests are arranged as the workflow's activity leaves them; the
// on-site tests run a routine inspection through its workflow.

const MAX_BYTES = 4096;
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(600)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(300)]);
const PDF = Buffer.from('%PDF-1.7\n% 现场检查笔录\n%%EOF\n', 'utf8');
const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');

describe.each(testDatabases)('inspector’s inspections and evidence on $name', (database) => {
  let p: TestPlatform;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });
  let entities: any[] = [];
  let n = 0;

  /** An inspection row as saveInspection writes it. */
  async function inspection(over: Record<string, unknown> = {}): Promise<any> {
    const e = entities[n % entities.length];
    const key = `test:${crypto.randomUUID()}`;
    n++;
    const row = await p.db.models.inspections.create({
      inspectionKey: key, kind: 'routine', planId: null, creditCode: e.creditCode, entityName: e.name, departmentCode: 'SCJGJ', checkItemCodes: ['SC001', 'SC002'],
      team: ['inspector', 'scjgj-inspector-1'], status: 'open', outcome: null, results: [], finding: null, recordedBy: null, confirmedBy: [],
      dueAt: new Date(Date.now() + 10 * 86_400_000), recordedAt: null, workflowId: `inspection:${key}`, ...over,
    });
    return row.get({ plain: true });
  }

  const upload = (user: string, id: number, body: Buffer, type: string, fileName = '现场照片.jpg') =>
    p.api.post(`/api/v1/inspections/${id}/evidence`).query({ fileName }).set(as(user)).set('Content-Type', type).send(body);
  const stored = (id: number) => p.db.models.evidence.count({ where: { inspectionId: id } });

  beforeAll(async () => {
    p = await startPlatform(database, { entities: 20, config: { EVIDENCE_MAX_BYTES: String(MAX_BYTES) } });
    for (const u of ['inspector', 'scjgj-inspector-1', 'scjgj-inspector-2', 'supervisor', 'jtw-supervisor', 'jtw-inspector-1', 'clerk']) tokens[u] = await p.login(u);
    entities = (await p.db.models.entities.findAll({ where: { status: 'active' }, order: [['creditCode', 'ASC']], raw: true })) as any[];
  }, 60_000);
  afterAll(() => p?.stop());

  describe('我的检查 (member=me)', () => {
    it('lists only the inspections whose team includes me, open ones first by planned date, with the entity’s address, the plan and the working days left', async () => {
      const day = 86_400_000;
      const planId = `SCJGJ-2026-${crypto.randomBytes(3).toString('hex').toUpperCase()}`;
      await p.db.models.inspection_plans.create({ id: planId, title: '2026年食品销售者双随机抽查（测试）', departmentCode: 'SCJGJ', jointDepartmentCodes: [], drawMode: 'planning', receivingDepartmentCode: null, checkItemCodes: ['SC001'], periodFrom: '2026-01-01', periodTo: '2026-12-31', entityFilter: {}, strata: [], inspectorFilter: {}, teamSize: 2, status: 'drawn', createdBy: 'clerk', createdAt: new Date(), workflowId: null });
      const mine = { team: ['scjgj-inspector-2', 'scjgj-inspector-1'] };
      const later = await inspection({ ...mine, dueAt: new Date(Date.now() + 20 * day) });
      const done = await inspection({ ...mine, status: 'completed', dueAt: new Date(Date.now() - 30 * day) });
      const soonest = await inspection({ ...mine, kind: 'random', planId, dueAt: new Date(Date.now() + 3 * day) });
      const recorded = await inspection({ ...mine, status: 'recorded', dueAt: new Date(Date.now() + 5 * day) });
      const others = await inspection({ team: ['inspector', 'scjgj-inspector-1'] });

      const res = await p.api.get('/api/v1/inspections').query({ member: 'me', sort: 'plannedDate', order: 'ASC', perPage: 100 }).set(as('scjgj-inspector-2'));
      expect(res.status).toBe(200);
      expect(res.body.data.map((i: any) => i.id)).toEqual([soonest.id, recorded.id, later.id, done.id]);
      expect(res.body.total).toBe(4);
      const first = res.body.data[0];
      const entity = entities.find((e) => e.creditCode === soonest.creditCode);
      expect(first).toMatchObject({ entityName: soonest.entityName, entityAddress: entity.address, regionCode: entity.regionCode, planTitle: '2026年食品销售者双随机抽查（测试）', checkItemCodes: ['SC001', 'SC002'], status: 'open', light: expect.stringMatching(/green|yellow/) });
      expect(first.regionName).toEqual(expect.any(String));
      // The team by name and department, never by login alone.
      expect(first.people['scjgj-inspector-2']).toMatchObject({ displayName: expect.any(String), department: { code: 'SCJGJ', name: expect.stringContaining('市场监督管理局') } });
      expect(first.people['scjgj-inspector-2'].displayName).not.toBe('scjgj-inspector-2');
      expect(first.workingDaysLeft).toBeGreaterThanOrEqual(1);
      expect(first.workingDaysLeft).toBeLessThanOrEqual(3);
      expect(res.body.data[3]).toMatchObject({ id: done.id, workingDaysLeft: null, light: null });

      // Without the filter, the department's inspections (someone else's team too); with it, never another's.
      const all = (await p.api.get('/api/v1/inspections').query({ perPage: 500 }).set(as('scjgj-inspector-2'))).body.data.map((i: any) => i.id);
      expect(all).toEqual(expect.arrayContaining([others.id, later.id]));
      expect((await p.api.get('/api/v1/inspections').query({ member: 'me', perPage: 500 }).set(as('supervisor'))).body.total).toBe(0);
      expect((await p.api.get('/api/v1/inspections').query({ member: 'someone' }).set(as('scjgj-inspector-2'))).status).toBe(400);
    });
  });

  describe('entity search (the routine check’s picker)', () => {
    it('finds an entity by a fragment of its name or the beginning of its credit code, without personal data', async () => {
      const e = entities[5];
      const byName = await p.api.get('/api/v1/entities').query({ q: e.name.slice(2, 7) }).set(as('inspector'));
      expect(byName.status).toBe(200);
      expect(byName.body.data.map((x: any) => x.creditCode)).toContain(e.creditCode);
      const byCode = await p.api.get('/api/v1/entities').query({ q: e.creditCode.slice(0, 14).toLowerCase() }).set(as('inspector'));
      expect(byCode.body.data[0]).toEqual({ creditCode: e.creditCode, name: e.name, entityType: e.entityType, industryCode: e.industryCode, regionCode: e.regionCode, address: e.address, status: e.status, riskClass: e.riskClass, listTypes: [] });
      expect((await p.api.get('/api/v1/entities').query({ q: e.creditCode })).status).toBe(401);
    });
  });

  describe('evidence', () => {
    it('a team member uploads a photo: stored with its SHA-256, listed by the uploader’s name, downloaded as it was, audited', async () => {
      const i = await inspection();
      const res = await upload('inspector', i.id, JPEG, 'image/jpeg', '门头照片 1.jpg');
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ inspectionId: i.id, fileName: '门头照片 1.jpg', contentType: 'image/jpeg', size: JPEG.length, sha256: sha256(JPEG), uploadedBy: { username: 'inspector' } });
      expect(res.body.uploadedBy.displayName).not.toBe('inspector');
      expect(res.body).not.toHaveProperty('content');
      const pdf = await upload('scjgj-inspector-1', i.id, PDF, 'application/pdf', '现场笔录.pdf');
      expect(pdf.status).toBe(201);

      const list = await p.api.get(`/api/v1/inspections/${i.id}/evidence`).set(as('clerk'));
      expect(list.status).toBe(200);
      expect(list.body.data.map((e: any) => [e.fileName, e.sha256])).toEqual([['门头照片 1.jpg', sha256(JPEG)], ['现场笔录.pdf', sha256(PDF)]]);

      const photo = await p.api.get(`/api/v1/inspections/${i.id}/evidence/${res.body.id}`).set(as('clerk')).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
      expect(photo.status).toBe(200);
      expect(photo.headers['content-type']).toBe('image/jpeg');
      expect(photo.headers['x-content-type-options']).toBe('nosniff');
      expect(photo.headers['content-disposition']).toBe(`inline; filename="____ 1.jpg"; filename*=UTF-8''${encodeURIComponent('门头照片 1.jpg')}`);
      expect(sha256(photo.body)).toBe(sha256(JPEG));
      const doc = await p.api.get(`/api/v1/inspections/${i.id}/evidence/${pdf.body.id}`).set(as('inspector'));
      expect(doc.headers['content-disposition']).toMatch(/^attachment;/);

      const audit = (await p.db.models.audit_log.findAll({ where: { action: 'inspection.evidence', targetId: i.inspectionKey }, raw: true })) as any[];
      expect(audit.map((a) => [a.actor, JSON.parse(a.detail).sha256])).toEqual([['inspector', sha256(JPEG)], ['scjgj-inspector-1', sha256(PDF)]]);
    });

    it('refuses a file whose bytes are not its declared type (422), a type not kept (415) and an empty file, storing nothing', async () => {
      const i = await inspection();
      const mismatch = await upload('inspector', i.id, JPEG, 'image/png', 'x.png');
      expect(mismatch.status).toBe(422);
      expect(mismatch.body.type).toMatch(/\/evidence-type-mismatch$/);
      expect(mismatch.body.params).toEqual({ contentType: 'image/png' });
      const html = await upload('inspector', i.id, Buffer.from('<html><script>alert(1)</script></html>'), 'text/html', 'x.html');
      expect(html.status).toBe(415);
      expect(html.body.type).toMatch(/\/evidence-type-unsupported$/);
      const disguised = await upload('inspector', i.id, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/jpeg', 'x.jpg');
      expect(disguised.status).toBe(422);
      expect((await upload('inspector', i.id, Buffer.alloc(0), 'image/png', 'x.png')).body.type).toMatch(/\/evidence-empty$/);
      expect((await upload('inspector', i.id, PNG, 'image/png', '../x.png')).status).toBe(400);
      expect(await stored(i.id)).toBe(0);
      expect((await upload('inspector', i.id, PNG, 'image/png; charset=binary', 'ok.png')).status).toBe(201);
    });

    it('refuses a file over EVIDENCE_MAX_BYTES with 413 and its limit, storing nothing', async () => {
      const i = await inspection();
      const big = Buffer.concat([JPEG, Buffer.alloc(MAX_BYTES)]);
      const res = await upload('inspector', i.id, big, 'image/jpeg');
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ type: expect.stringMatching(/\/evidence-too-large$/), params: { maxBytes: MAX_BYTES } });
      // Chunked, without a Content-Length: counted while read.
      const req = p.api.post(`/api/v1/inspections/${i.id}/evidence`).query({ fileName: 'big.jpg' }).set(as('inspector')).set('Content-Type', 'image/jpeg');
      req.write(big.subarray(0, 3000));
      req.write(big.subarray(3000));
      const chunked = await req;
      expect(chunked.status).toBe(413);
      expect(await stored(i.id)).toBe(0);
      // Exactly the limit is taken.
      expect((await upload('inspector', i.id, Buffer.concat([JPEG, Buffer.alloc(MAX_BYTES - JPEG.length)]), 'image/jpeg')).status).toBe(201);
    });

    it('the same file twice, or at once from two devices, is one piece of evidence (200 with the one kept, one audit row)', async () => {
      const i = await inspection();
      const first = await upload('inspector', i.id, JPEG, 'image/jpeg', '门头.jpg');
      expect(first.status).toBe(201);
      const again = await upload('inspector', i.id, JPEG, 'image/jpeg', '门头（重传）.jpg');
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ id: first.body.id, fileName: '门头.jpg' });
      const raced = await Promise.all([0, 1, 2].map(() => upload('inspector', i.id, PNG, 'image/png', '现场.png')));
      expect(raced.map((r) => r.status).sort()).toEqual([200, 200, 201]);
      expect(new Set(raced.map((r) => r.body.id)).size).toBe(1);
      expect(await stored(i.id)).toBe(2);
      expect(await p.db.models.audit_log.count({ where: { action: 'inspection.evidence', targetId: i.inspectionKey } })).toBe(2);
    });

    it('only a team member or their supervisor adds evidence, and only until the results are confirmed', async () => {
      const i = await inspection();
      const outsider = await upload('scjgj-inspector-2', i.id, JPEG, 'image/jpeg');
      expect(outsider.status).toBe(403);
      expect(outsider.body.type).toMatch(/\/evidence-not-member$/);
      expect((await upload('clerk', i.id, JPEG, 'image/jpeg')).status).toBe(403);
      // Another department's supervisor does not even see it; the department's own does, and may add.
      expect((await upload('jtw-supervisor', i.id, JPEG, 'image/jpeg')).status).toBe(404);
      expect((await p.api.get(`/api/v1/inspections/${i.id}/evidence`).set(as('jtw-inspector-1'))).status).toBe(404);
      expect(await stored(i.id)).toBe(0);
      expect((await upload('supervisor', i.id, JPEG, 'image/jpeg')).status).toBe(201);

      const confirmed = await inspection({ status: 'recorded', confirmedBy: ['scjgj-inspector-1'] });
      const closed = await upload('inspector', confirmed.id, JPEG, 'image/jpeg');
      expect(closed.status).toBe(409);
      expect(closed.body.type).toMatch(/\/evidence-inspection-closed$/);
      const completed = await inspection({ status: 'completed' });
      expect((await upload('inspector', completed.id, JPEG, 'image/jpeg')).status).toBe(409);
      expect(await stored(confirmed.id)).toBe(0);
      // A file of another inspection is not found under this one.
      const other = await inspection();
      const e = await upload('inspector', other.id, JPEG, 'image/jpeg');
      expect((await p.api.get(`/api/v1/inspections/${i.id}/evidence/${e.body.id}`).set(as('inspector'))).status).toBe(404);
    });
  });

  describe('on-site time and place', () => {
    async function routine(): Promise<any> {
      const creditCode = entities[n++ % entities.length].creditCode;
      const started = await p.api.post('/api/v1/routine-inspections').set(as('inspector')).send({ creditCode, checkItemCodes: ['SC002'], team: ['inspector', 'scjgj-inspector-1'] });
      expect(started.status).toBe(202);
      return eventually(async () => ((await p.api.get('/api/v1/inspections').query({ member: 'me', entity: creditCode }).set(as('inspector'))).body.data as any[]).find((i) => i.inspectionKey === started.body.inspectionKey), 20_000, 'the routine inspection');
    }
    const results = { results: [{ checkItemCode: 'SC002', result: 'compliant' }], outcome: 'no_problem' };

    it('records when and where the team was on site, and refuses a time in the future or before the day the inspection was started', async () => {
      const i = await routine();
      const record = (over: Record<string, unknown>) => p.api.post(`/api/v1/inspections/${i.id}/results`).set(as('inspector')).send({ ...results, ...over });
      const future = await record({ onSiteAt: new Date(Date.now() + 3_600_000).toISOString(), onSitePlace: '上海市金山区朱泾镇人民路1号' });
      expect(future.status).toBe(422);
      expect(future.body.type).toMatch(/\/on-site-in-future$/);
      const before = await record({ onSiteAt: new Date(Date.now() - 2 * 86_400_000).toISOString(), onSitePlace: '上海市金山区朱泾镇人民路1号' });
      expect(before.status).toBe(422);
      expect(before.body.type).toMatch(/\/on-site-before-start$/);
      expect((await record({ onSiteAt: 'yesterday' })).status).toBe(400);
      expect((await p.db.models.inspections.findByPk(i.id))!.get('status')).toBe('open');

      // Now: never before the day the check was started, whenever the test runs.
      const onSiteAt = new Date();
      const ok = await record({ onSiteAt: onSiteAt.toISOString().replace('Z', '+00:00'), onSitePlace: '上海市金山区朱泾镇人民路1号' });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ status: 'recorded', onSitePlace: '上海市金山区朱泾镇人民路1号' });
      expect(Date.parse(ok.body.onSiteAt)).toBe(onSiteAt.getTime());
    });
  });
});
