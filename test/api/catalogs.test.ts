import ExcelJS from 'exceljs';
import { testDatabases } from '../support/databases';
import { eventually, registerWithTasks, startPlatform, type TestPlatform } from '../support/platform';
import { registration } from '../support/events';

// The managed catalogs (职能清单, F1; issue 11): the district office and administrators add, change (a new version),
// retire and import items; departments read their own; a running process keeps the version it started with.

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('数据');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(testDatabases)('managed catalogs on $name', (database) => {
  let p: TestPlatform;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });
  let run = 0;
  const newCode = (prefix: string) => `${prefix}${Date.now().toString(36).slice(-5)}${run++}`.toUpperCase().slice(0, 16);
  const penaltyItem = (code: string, over: Record<string, unknown> = {}) => ({ code, name: `测试处罚事项${code}`, departmentCode: 'SCJGJ', legalBasis: '《中华人民共和国食品安全法》第一百二十四条', ...over });

  beforeAll(async () => {
    p = await startPlatform(database);
    for (const u of ['admin', 'district', 'supervisor', 'clerk', 'jtw-clerk']) tokens[u] = await p.login(u);
  }, 120_000);
  afterAll(() => p?.stop());

  describe('versions', () => {
    it('migrates and seeds today’s items as version 1, penalty items included', async () => {
      const res = await p.api.get('/api/v1/catalogs/license-items/L001').set(as('admin'));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ code: 'L001', version: 1, status: 'current', effectiveTo: null });
      expect(res.body.versions).toHaveLength(1);
      expect(res.body.versions[0]).toMatchObject({ id: res.body.versionId, version: 1, legalBasis: res.body.legalBasis });
      const penalties = await p.api.get('/api/v1/catalogs/penalty-items?department=SCJGJ&perPage=100').set(as('admin'));
      expect(penalties.body.data.map((i: any) => i.code)).toContain('CF-SC002');
      expect(penalties.body.data.find((i: any) => i.code === 'CF-SC002').legalBasis).toBe('《中华人民共和国食品安全法》第一百二十四条');
    });

    it('a change makes a new version; the old one stays readable; both are audited', async () => {
      const code = newCode('V');
      expect((await p.api.post('/api/v1/catalogs/penalty-items').set(as('district')).send(penaltyItem(code))).status).toBe(201);
      const changed = await p.api.put(`/api/v1/catalogs/penalty-items/${code}`).set(as('district')).send({ ...penaltyItem(code, { legalBasis: '《中华人民共和国食品安全法》第一百二十五条' }), version: 1, reason: '法条修订' });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ version: 2, legalBasis: '《中华人民共和国食品安全法》第一百二十五条' });
      const item = (await p.api.get(`/api/v1/catalogs/penalty-items/${code}`).set(as('admin'))).body;
      expect(item.versions.map((v: any) => [v.version, v.legalBasis, v.supersededAt === null])).toEqual([
        [2, '《中华人民共和国食品安全法》第一百二十五条', true],
        [1, '《中华人民共和国食品安全法》第一百二十四条', false],
      ]);
      const audit = await p.db.models.audit_log.findAll({ where: { targetId: code }, order: [['id', 'ASC']], raw: true });
      expect(audit.map((a: any) => [a.action, a.actor])).toEqual([['catalogItem.created', 'district'], ['catalogItem.changed', 'district']]);
    });

    it('of two changes made from the same version, one wins and the other is a 409', async () => {
      const code = newCode('R');
      await p.api.post('/api/v1/catalogs/penalty-items').set(as('admin')).send(penaltyItem(code));
      const change = (user: string, basis: string) => p.api.put(`/api/v1/catalogs/penalty-items/${code}`).set(as(user)).send({ ...penaltyItem(code, { legalBasis: basis }), version: 1 });
      const answers = await Promise.all([change('admin', '《条例》第一条'), change('district', '《条例》第二条')]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      expect(answers.find((a) => a.status === 409)!.body.type).toMatch(/catalog-item-changed$/);
      const versions = await p.db.models.catalog_versions.count({ where: { catalog: 'penaltyItem', code } });
      expect(versions).toBe(2);
    });

    it('retiring sets the end date; a retired item is neither changed nor retired again', async () => {
      const code = newCode('T');
      await p.api.post('/api/v1/catalogs/penalty-items').set(as('admin')).send(penaltyItem(code));
      expect((await p.api.post(`/api/v1/catalogs/penalty-items/${code}/retire`).set(as('district')).send({})).status).toBe(400);
      const retired = await p.api.post(`/api/v1/catalogs/penalty-items/${code}/retire`).set(as('district')).send({ reason: '法律废止' });
      expect(retired.status).toBe(200);
      expect(retired.body).toMatchObject({ status: 'retired', effectiveTo: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      expect((await p.api.post(`/api/v1/catalogs/penalty-items/${code}/retire`).set(as('district')).send({ reason: '再次' })).body.type).toMatch(/catalog-item-retired$/);
      expect((await p.api.put(`/api/v1/catalogs/penalty-items/${code}`).set(as('district')).send({ ...penaltyItem(code), version: 1 })).status).toBe(409);
      const current = (await p.api.get('/api/v1/catalogs/penalty-items?status=current&perPage=500').set(as('admin'))).body.data.map((i: any) => i.code);
      const gone = (await p.api.get('/api/v1/catalogs/penalty-items?status=retired&perPage=500').set(as('admin'))).body.data.map((i: any) => i.code);
      expect([current.includes(code), gone.includes(code)]).toEqual([false, true]);
    });
  });

  describe('bad input', () => {
    it.each([
      ['a code with spaces', { code: 'A B' }, 'code'],
      ['no legal basis', { legalBasis: '' }, 'legalBasis'],
      ['an impossible date', { effectiveFrom: '2026-02-30' }, 'effectiveFrom'],
      ['a control character in the name', { name: '事项\u0007' }, 'name'],
    ])('refuses %s with a 400 naming the field, and stores nothing', async (_what, over, field) => {
      const code = newCode('B');
      const res = await p.api.post('/api/v1/catalogs/penalty-items').set(as('admin')).send({ ...penaltyItem(code), ...over });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: any) => e.field)).toContain(field);
      expect(await p.db.models.penalty_items.count({ where: { code } })).toBe(0);
    });

    it('refuses an unknown department (422), a taken code (409) and a check item without method and kind (400)', async () => {
      const code = newCode('D');
      expect((await p.api.post('/api/v1/catalogs/penalty-items').set(as('admin')).send(penaltyItem(code, { departmentCode: 'NOPE' }))).body.type).toMatch(/unknown-department$/);
      expect((await p.api.post('/api/v1/catalogs/penalty-items').set(as('admin')).send(penaltyItem('CF-SC001'))).status).toBe(409);
      const check = await p.api.post('/api/v1/catalogs/check-items').set(as('admin')).send(penaltyItem(code));
      expect(check.status).toBe(400);
      expect(check.body.errors.map((e: any) => e.field).sort()).toEqual(['kind', 'method']);
      expect(await p.db.models.catalog_versions.count({ where: { code } })).toBe(0);
    });

    it('refuses an unknown catalog with 400', async () => {
      expect((await p.api.get('/api/v1/catalogs/weather-items').set(as('admin'))).status).toBe(400);
    });
  });

  describe('permissions', () => {
    it('a department’s staff read their own department’s items only, and change none', async () => {
      const mine = (await p.api.get('/api/v1/catalogs/license-items?perPage=100').set(as('jtw-clerk'))).body.data;
      expect(mine.length).toBeGreaterThan(0);
      expect(new Set(mine.map((i: any) => i.departmentCode))).toEqual(new Set(['JTW']));
      // Another department's filter is not theirs to set.
      expect(new Set((await p.api.get('/api/v1/catalogs/license-items?department=SCJGJ').set(as('jtw-clerk'))).body.data.map((i: any) => i.departmentCode))).toEqual(new Set(['JTW']));
      expect((await p.api.get('/api/v1/catalogs/license-items/L001').set(as('jtw-clerk'))).status).toBe(404);
      const code = newCode('P');
      const refused = await p.api.post('/api/v1/catalogs/penalty-items').set(as('supervisor')).send(penaltyItem(code));
      expect([refused.status, refused.body.type]).toEqual([403, expect.stringMatching(/catalog-district-only$/)]);
      expect((await p.api.post('/api/v1/catalogs/penalty-items/CF-SC001/retire').set(as('clerk')).send({ reason: 'x' })).status).toBe(403);
      expect((await p.api.get('/api/v1/catalogs/penalty-items')).status).toBe(401);
    });

    it('exports the list as a workbook with the import’s columns', async () => {
      const res = await p.api.get('/api/v1/catalogs/check-items?format=xlsx&department=SCJGJ').set(as('admin')).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body);
      const header = (wb.worksheets[0].getRow(1).values as unknown[]).slice(1);
      expect(header.slice(0, 7)).toEqual(['事项编码', '事项名称', '实施部门', '设定依据', '生效日期', '检查方式', '事项类别']);
      expect(wb.worksheets[0].getRow(2).getCell(3).value).toBe('金山区市场监督管理局');
    });
  });

  describe('import from Excel', () => {
    const header = ['事项编码', '事项名称', '实施部门', '设定依据', '生效日期'];
    const upload = (bytes: Buffer, user = 'district') => p.api.post('/api/v1/catalogs/penalty-items/import').set(as(user)).attach('file', bytes, '处罚事项.xlsx');

    it('adds new codes and makes a new version of changed ones', async () => {
      const fresh = newCode('I');
      const known = newCode('K');
      await p.api.post('/api/v1/catalogs/penalty-items').set(as('admin')).send(penaltyItem(known));
      const res = await upload(await workbook([header, [fresh, '导入的处罚事项', '金山区交通委员会', '《中华人民共和国道路运输条例》第六十三条', '2026-12-01'], [known, `测试处罚事项${known}`, 'SCJGJ', '《中华人民共和国食品安全法》第一百二十六条', null]]));
      expect([res.status, res.body]).toEqual([200, { created: 1, changed: 1, unchanged: 0 }]);
      expect((await p.api.get(`/api/v1/catalogs/penalty-items/${fresh}`).set(as('admin'))).body).toMatchObject({ departmentCode: 'JTW', effectiveFrom: '2026-12-01', version: 1 });
      expect((await p.api.get(`/api/v1/catalogs/penalty-items/${known}`).set(as('admin'))).body).toMatchObject({ version: 2, legalBasis: '《中华人民共和国食品安全法》第一百二十六条' });
      // The same file again changes nothing.
      expect((await upload(await workbook([header, [known, `测试处罚事项${known}`, 'SCJGJ', '《中华人民共和国食品安全法》第一百二十六条', null]]))).body).toEqual({ created: 0, changed: 0, unchanged: 1 });
    });

    it('validates every row first: errors by row and column, and nothing is stored', async () => {
      const good = newCode('G');
      const dup = newCode('U');
      const res = await upload(await workbook([header, [good, '好的一行', 'SCJGJ', '《条例》第一条', null], ['坏 码', '编码有空格', 'SCJGJ', '《条例》第二条', null], [dup, '未知部门', '不存在的局', '《条例》第三条', null], [dup, '重复编码', 'SCJGJ', '《条例》第四条', null], [newCode('E'), '无依据', 'SCJGJ', null, null]]));
      expect(res.status).toBe(422);
      expect(res.body.type).toMatch(/catalog-import-invalid$/);
      expect(res.body.errors.map((e: any) => [e.field, e.code])).toEqual([
        ['3:事项编码', 'invalid_format'],
        ['4:实施部门', 'unknown-department'],
        ['5:事项编码', 'catalog-import-duplicate-code'],
        ['6:设定依据', 'invalid_type'],
      ]);
      expect(await p.db.models.penalty_items.count({ where: { code: [good, dup] } })).toBe(0);
    });

    it('reads a check item’s kind as 重点 or 一般, and refuses another word naming them', async () => {
      const code = newCode('C');
      const checkHeader = [...header, '检查方式', '事项类别'];
      const bad = await p.api.post('/api/v1/catalogs/check-items/import').set(as('district')).attach('file', await workbook([checkHeader, [code, '检查事项', 'SCJGJ', '《条例》第一条', null, '现场检查', '特别']]), '监管事项.xlsx');
      expect(bad.body.errors.map((e: any) => [e.field, e.code])).toEqual([['2:事项类别', 'catalog-check-item-kind']]);
      const good = await p.api.post('/api/v1/catalogs/check-items/import').set(as('district')).attach('file', await workbook([checkHeader, [code, '检查事项', 'SCJGJ', '《条例》第一条', null, '现场检查', '重点']]), '监管事项.xlsx');
      expect(good.body).toEqual({ created: 1, changed: 0, unchanged: 0 });
      expect((await p.api.get(`/api/v1/catalogs/check-items/${code}`).set(as('admin'))).body).toMatchObject({ kind: 'key', method: '现场检查' });
    });

    it('refuses a file without the required columns, and a department’s supervisor', async () => {
      expect((await upload(await workbook([['事项名称'], ['x']]))).body.type).toMatch(/import-columns-missing$/);
      expect((await upload(await workbook([header]), 'supervisor')).status).toBe(403);
    });
  });

  describe('a running process keeps the version it started with', () => {
    it('a dual notification started before a change shows the old legal basis; one started after, the new', async () => {
      const registrationKey = await p.apiKey(['registration:write'], 'registration-system');
      const before = await registerWithTasks(p, registrationKey, tokens.admin);
      const item = (await p.api.get('/api/v1/catalogs/license-items/L003').set(as('admin'))).body;
      expect(before.transport.data).toMatchObject({ licenseItemCode: 'L003', legalBasis: item.legalBasis, licenseItemVersionId: item.versionId });
      const changed = await p.api.put('/api/v1/catalogs/license-items/L003').set(as('district')).send({ ...item, legalBasis: '《中华人民共和国道路运输条例》第二十四条（2026年修订）', version: item.version, reason: '条例修订' });
      expect(changed.status).toBe(200);
      const after = await registerWithTasks(p, registrationKey, tokens.admin);
      const old = (await p.api.get(`/api/v1/tasks/${before.transport.id}`).set(as('admin'))).body;
      expect(old.data).toMatchObject({ legalBasis: item.legalBasis, licenseItemVersionId: item.versionId });
      expect(after.transport.data).toMatchObject({ legalBasis: '《中华人民共和国道路运输条例》第二十四条（2026年修订）', licenseItemVersionId: changed.body.versionId });
      // The version the first process recorded is still readable as it was.
      const versions = (await p.api.get('/api/v1/catalogs/license-items/L003').set(as('admin'))).body.versions;
      expect(versions.find((v: any) => v.id === item.versionId)).toMatchObject({ legalBasis: item.legalBasis, version: item.version });
    }, 60_000);

    it('a license item retired by the day of a registration routes nothing: its wording is left unmatched; an event dated before still routes it', async () => {
      const registrationKey = await p.apiKey(['registration:write'], 'registration-system');
      const retired = await p.api.post('/api/v1/catalogs/license-items/L003/retire').set(as('district')).send({ reason: '取消审批' });
      expect(retired.status).toBe(200);
      const noticeOf = (eventId: string) =>
        eventually(async () => ((await p.db.models.registration_events.findByPk(eventId))?.get('notice') as any) ?? null, 20_000, `the notice of ${eventId}`);
      const now = registration();
      expect((await p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${registrationKey}`).send(now)).status).toBe(202);
      const notice = await noticeOf(now.eventId);
      expect(notice.licenses.map((l: any) => l.licenseItem)).not.toContain('道路运输经营许可');
      expect(notice.unmatchedScopeItems).toEqual(['道路货物运输（不含危险货物）']);
      // The food item still routes: the process ran; the retired item got no notification.
      await eventually(async () => (await p.db.models.notifications.count({ where: { creditCode: now.entity.creditCode } })) > 0, 20_000, 'the food notification');
      expect(await p.db.models.notifications.count({ where: { creditCode: now.entity.creditCode, licenseItemCode: 'L003' } })).toBe(0);

      // An event of the day before the retirement took effect is routed as it was then.
      const earlier = registration({ occurredAt: new Date(Date.parse(`${retired.body.effectiveTo}T00:00:00+08:00`) - 3_600_000).toISOString() });
      expect((await p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${registrationKey}`).send(earlier)).status).toBe(202);
      expect((await noticeOf(earlier.eventId)).unmatchedScopeItems).toEqual([]);
      await eventually(async () => (await p.db.models.notifications.count({ where: { creditCode: earlier.entity.creditCode, licenseItemCode: 'L003' } })) === 1, 20_000, 'the transport notification of the earlier event');
    }, 60_000);
  });
});
