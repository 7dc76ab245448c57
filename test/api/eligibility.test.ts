import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { Op } from 'sequelize';
import { windowStart } from '../../domain/eligibility';
import { shanghaiDate } from '../../domain/workingDays';
import { eligibilityFeedback } from '../../workflows/eligibilityFeedback';
import { testDatabases } from '../support/databases';
import { newCreditCode } from '../support/events';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';

// Support-eligibility check (F12, CONTRACT.md `POST /api/v1/eligibility-checks`): a clerk uploads a list for a
// policy and reads per row whether the entity may receive it, as JSON or as a workbook; the check is kept and
// audited, its restricted rows count as screenings (one feedback task each), and bad files store nothing.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(rows: unknown[][], edit?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('名单');
  for (const r of rows) sheet.addRow(r);
  edit?.(sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe.each(testDatabases)('eligibility check API on $name', (database) => {
  let p: TestPlatform;
  let clerk = '';
  let admin = '';
  const uid = () => crypto.randomBytes(4).toString('hex');
  const today = shanghaiDate(new Date());
  const entity = async (name: string, status = 'active') => {
    const creditCode = newCreditCode();
    await p.db.models.entities.create({ creditCode, name, entityType: '有限责任公司', industryCode: 'F5223', regionCode: '310116102', address: '上海市金山区枫泾镇', legalRepresentative: '张某', businessScope: '日用百货销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2020-01-01', status });
    return creditCode;
  };
  const list = async (creditCode: string, entityName: string, listType: string) => {
    const now = new Date();
    await p.db.models.credit_listings.create({ id: `L-${uid()}`, creditCode, entityName, listType, reason: '测试', documentNo: `金市监列〔2026〕${uid()}号`, authority: '金山区市场监督管理局', listedOn: windowStart(today, 2), expiresOn: null, status: 'active', source: 'test', workflowId: `test-${uid()}`, createdAt: now, updatedAt: now });
  };
  const penalise = async (creditCode: string, entityName: string, occurredOn: string, penaltyKinds: string[]) => {
    const recordKey = `金市监处罚〔2026〕${uid()}号`;
    const now = new Date();
    await p.db.models.records.create({ kind: 'penalty', departmentCode: 'SCJGJ', recordKey, keyHash: crypto.createHash('sha256').update(recordKey).digest('hex'), creditCode, entityName, occurredOn, data: { decisionNo: recordKey, penaltyKinds }, sourceDepartmentCode: 'SCJGJ', system: 'test', createdAt: now, updatedAt: now });
  };
  const check = (policy: string, bytes: Buffer, fileName: string, token = clerk) => p.api.post('/api/v1/eligibility-checks').set('Authorization', `Bearer ${token}`).field('policy', policy).attach('file', bytes, fileName);
  const stored = async () => ({ checks: await p.db.models.eligibility_checks.count(), rows: await p.db.models.eligibility_check_rows.count(), audits: await p.db.models.audit_log.count({ where: { action: 'eligibility.checked' } }) });

  const names = { clean: '', gone: '', debtor: '', abnormal: '', fined: '', warned: '', cased: '', byName: '' };
  const codes = { ...names };
  const twin = `上海枫泾同名${uid()}有限公司`;

  beforeAll(async () => {
    p = await startPlatform(database);
    clerk = await p.login('clerk');
    admin = await p.login('admin');
    for (const k of Object.keys(names) as Array<keyof typeof names>) {
      names[k] = `上海枫泾资格核查${k}${uid()}有限公司`;
      codes[k] = await entity(names[k], k === 'gone' ? 'deregistered' : 'active');
    }
    await list(codes.debtor, names.debtor, 'dishonestDebtor');
    await list(codes.abnormal, names.abnormal, 'abnormalOperationList');
    await penalise(codes.fined, names.fined, windowStart(today, 3), ['fine']);
    // Outside the subsidy policy's 12 months: does not count.
    await penalise(codes.clean, names.clean, windowStart(today, 13), ['fine']);
    await penalise(codes.warned, names.warned, windowStart(today, 1), ['warning']);
    await p.db.models.enforcement_cases.create({ caseKey: `CASE-${uid()}`, inspectionKey: `INS-${uid()}`, creditCode: codes.cased, entityName: names.cased, departmentCode: 'SCJGJ', stage: 'deciding', filedAt: new Date(), workflowId: `test-${uid()}` });
    await entity(twin);
    await entity(twin);
  });
  afterAll(() => p?.stop());

  it('answers every row of a list for the subsidy policy, keeps the check with its audit entry and serves it again', async () => {
    const before = await stored();
    const unknown = newCreditCode();
    const file = await workbook([
      ['序号', '统一社会信用代码', '企业名称'],
      [1, codes.clean, names.clean],
      [2, codes.gone, names.gone],
      [3, codes.debtor, names.debtor],
      [4, codes.abnormal, names.abnormal],
      [5, codes.fined, names.fined],
      [6, codes.warned, names.warned],
      [7, codes.cased, names.cased],
      [8, null, ` ${names.byName} `],
      [9, null, twin],
      [10, unknown, '不存在的公司'],
      [11, '91310116MA1H2K3L0Z', null],
    ]);
    const res = await check('subsidy', file, '扶持名单.xlsx');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ policy: 'subsidy', policyName: '财政补贴与扶持资金', scenario: 'subsidy', total: 11, found: 8, eligible: 4, restricted: 1, checkedBy: '市场监管受理员（演示）', fileName: '扶持名单.xlsx' });
    expect(res.body.sha256).toBe(crypto.createHash('sha256').update(file).digest('hex'));
    const byRow = new Map(res.body.rows.map((r: any) => [r.row, r]));
    const kinds = (row: number) => (byRow.get(row) as any).reasons.map((x: any) => x.kind);
    expect(byRow.get(2)).toMatchObject({ creditCode: codes.clean, name: names.clean, found: true, status: 'active', eligible: true, reasons: [] });
    expect(byRow.get(3)).toMatchObject({ found: true, status: 'deregistered', eligible: false });
    expect(kinds(3)).toEqual(['deregistered']);
    expect(kinds(4)).toEqual(['restricted']);
    expect((byRow.get(4) as any).reasons[0].detail).toContain('限制申请财政补贴和政策性扶持资金');
    expect(kinds(5)).toEqual(['abnormalOperation']);
    expect(kinds(6)).toEqual(['penalty']);
    // Subsidy: a warning alone does not count, open cases are not checked.
    expect(byRow.get(7)).toMatchObject({ eligible: true });
    expect(byRow.get(8)).toMatchObject({ eligible: true });
    // A name alone, matched on its normalised form.
    expect(byRow.get(9)).toMatchObject({ creditCode: codes.byName, name: names.byName, found: true, eligible: true });
    expect(byRow.get(10)).toMatchObject({ found: false, eligible: false, creditCode: null, reasons: [{ kind: 'ambiguousName' }] });
    expect(byRow.get(11)).toMatchObject({ found: false, eligible: false, reasons: [{ kind: 'notFound', detail: unknown }] });
    expect(kinds(12)).toEqual(['invalidCreditCode']);

    const after = await stored();
    expect(after).toEqual({ checks: before.checks + 1, rows: before.rows + 11, audits: before.audits + 1 });
    const audit = (await p.db.models.audit_log.findOne({ where: { action: 'eligibility.checked', targetId: String(res.body.id) } }))!.get({ plain: true }) as any;
    expect([audit.actor, JSON.parse(audit.detail)]).toEqual(['clerk', expect.objectContaining({ policy: 'subsidy', sha256: res.body.sha256, total: 11, eligible: 4, restricted: 1 })]);

    const again = await p.api.get(`/api/v1/eligibility-checks/${res.body.id}`).set('Authorization', `Bearer ${clerk}`);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(res.body);
    const listed = await p.api.get('/api/v1/eligibility-checks').set('Authorization', `Bearer ${clerk}`);
    expect(listed.body.data.find((c: any) => c.id === res.body.id)).toMatchObject({ policy: 'subsidy', total: 11, department: '金山区市场监督管理局' });
    // The list as a workbook too (CONTRACT.md: any list + &format=xlsx).
    const book = await p.api.get('/api/v1/eligibility-checks?format=xlsx').set('Authorization', `Bearer ${clerk}`).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
    const sheet = new ExcelJS.Workbook();
    await sheet.xlsx.load(book.body);
    expect(sheet.worksheets[0].getRow(1).values).toEqual([undefined, '核查政策', '名单文件', '行数', '找到', '符合', '受联合惩戒限制', '核查人', '核查部门', '核查时间']);
    expect(sheet.worksheets[0].getRow(2).values).toEqual(expect.arrayContaining(['财政补贴与扶持资金', '扶持名单.xlsx', 11, 8, 4, 1, '市场监管受理员（演示）', '金山区市场监督管理局']));
    // Another department's clerk does not see it.
    const other = await p.login('swj-clerk');
    expect((await p.api.get(`/api/v1/eligibility-checks/${res.body.id}`).set('Authorization', `Bearer ${other}`)).status).toBe(404);
  });

  it('applies each policy’s own criteria: honours count a warning alone and open cases', async () => {
    const csv = Buffer.from(`统一社会信用代码,企业名称\n${codes.warned},\n${codes.cased},\n${codes.abnormal},\n`, 'utf8');
    const res = await check('honors', csv, 'honours.csv');
    expect(res.status).toBe(201);
    expect(res.body.rows.map((r: any) => [r.row, r.eligible, r.reasons.map((x: any) => x.kind)])).toEqual([
      [2, false, ['penalty']],
      [3, false, ['openCase']],
      // The honours measure (M05) names the abnormal operation list too.
      [4, false, ['restricted', 'abnormalOperation']],
    ]);
  });

  it('counts each restricted row once as a screening with a feedback task for the checking department', async () => {
    const statistics = async () => ((await p.api.get('/api/v1/punishment-feedback').set('Authorization', `Bearer ${admin}`)).body.data.find((d: any) => d.departmentCode === 'SCJGJ')?.screeningFeedback?.sent ?? 0) as number;
    // Every earlier check's restricted rows have their feedback task (they arrive through workflows).
    const feedbackTasks = () => p.db.models.tasks.count({ where: { type: 'screeningFeedback', workflowId: { [Op.like]: 'screening-feedback:eligibility:%' } } });
    const settled = async () => eventually(async () => (await feedbackTasks()) === (await p.db.models.eligibility_checks.sum('restricted')));
    await settled();
    const sentBefore = await statistics();
    const csv = Buffer.from(`统一社会信用代码\n${codes.debtor}\n${codes.clean}\n`, 'utf8');
    const res = await check('subsidy', csv, 'one-restricted.csv');
    expect(res.body.restricted).toBe(1);
    const { checkKey } = (await p.db.models.eligibility_checks.findByPk(res.body.id, { raw: true })) as any;
    const workflowId = `screening-feedback:eligibility:${checkKey}:2`;
    const screening = await eventually(async () => (await p.db.models.screenings.findOne({ where: { workflowId }, raw: true })) as any);
    expect(screening).toMatchObject({ creditCode: codes.debtor, scenario: 'subsidy', departmentCode: 'SCJGJ', system: 'eligibility-check' });
    const task = await eventually(async () => (await p.db.models.tasks.findOne({ where: { workflowId, type: 'screeningFeedback' }, raw: true })) as any);
    expect(task).toMatchObject({ departmentCode: 'SCJGJ', creditCode: codes.debtor });
    expect(await statistics()).toBe(sentBefore + 1);

    // The feedback run again for the same check (a duplicate start, a replayed page): no second screening or task.
    const screenings = await p.db.models.screenings.count({ where: { system: 'eligibility-check' } });
    await Promise.all([1, 2].map((n) => p.client.workflow.execute(eligibilityFeedback, { workflowId: `eligibility-feedback-again:${uid()}:${n}`, taskQueue: p.config.TASK_QUEUE, args: [{ checkId: res.body.id }] })));
    expect(await p.db.models.screenings.count({ where: { system: 'eligibility-check' } })).toBe(screenings);
    expect(await p.db.models.tasks.count({ where: { workflowId } })).toBe(1);
    expect(await statistics()).toBe(sentBefore + 1);
  });

  it('answers the same rows as a workbook when the client accepts the spreadsheet type', async () => {
    const csv = Buffer.from(`企业名称\n${names.gone}\n${names.clean}\n`, 'utf8');
    const res = await check('subsidy', csv, 'names.csv').set('Accept', XLSX).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, '行号', '统一社会信用代码', '名称', '是否找到', '登记状态', '核查结果', '原因']);
    expect(sheet.getRow(2).values).toEqual([undefined, 2, codes.gone, names.gone, '是', '注销', '不符合', '已注销']);
    expect(sheet.getRow(3).values).toEqual([undefined, 3, codes.clean, names.clean, '是', '存续', '符合']);
    expect(sheet.rowCount).toBe(3);
    // Kept like a JSON check, and fetched again as a workbook with `format=xlsx`.
    const last = (await p.api.get('/api/v1/eligibility-checks?perPage=1').set('Authorization', `Bearer ${clerk}`)).body.data[0];
    expect(last).toMatchObject({ fileName: 'names.csv', total: 2, eligible: 1 });
    const again = await p.api.get(`/api/v1/eligibility-checks/${last.id}?format=xlsx`).set('Authorization', `Bearer ${clerk}`);
    expect([again.status, again.headers['content-type']]).toEqual([200, expect.stringContaining(XLSX)]);
  });

  describe('bad input: a clear error, nothing stored', () => {
    const refuse = async (res: { status: number; body: any }, status: number, code: string) => {
      expect([res.status, res.body.type]).toEqual([status, expect.stringMatching(new RegExp(`/${code}$`))]);
    };
    const csvOf = (lines: string[]) => Buffer.from(lines.join('\n'), 'utf8');
    const cases: Array<[string, () => Promise<{ status: number; body: any }>, number, string]> = [
      ['an unknown policy', () => check('no_such_policy', csvOf(['统一社会信用代码', '91310116MA1H2K3L4X']), 'a.csv'), 422, 'eligibility-policy-unknown'],
      ['a file that is not a spreadsheet', () => check('subsidy', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj', 'latin1'), 'list.pdf'), 422, 'not-a-spreadsheet'],
      ['10,001 rows', () => check('subsidy', csvOf(['统一社会信用代码', ...Array.from({ length: 10_001 }, () => '91310116MA1H2K3L4X')]), 'big.csv'), 422, 'too-many-rows'],
      ['no credit-code or name column', () => check('subsidy', csvOf(['地址,电话', '枫泾镇,123']), 'cols.csv'), 422, 'eligibility-list-columns'],
      ['a list with a header and no entity', () => check('subsidy', csvOf(['统一社会信用代码,企业名称', ',', '']), 'empty.csv'), 422, 'eligibility-list-empty'],
      ['an empty file', () => check('subsidy', Buffer.alloc(0), 'zero.csv'), 400, 'upload-file-missing'],
      ['a formula', async () => check('subsidy', await workbook([['统一社会信用代码'], ['x']], (s) => (s.getCell('A2').value = { formula: 'CONCAT("9131","0116")', result: '91310116' } as any)), 'f.xlsx'), 422, 'formula-cell'],
      ['merged cells', async () => check('subsidy', await workbook([['统一社会信用代码', '企业名称'], ['91310116MA1H2K3L4X', '']], (s) => s.mergeCells('A2:B2')), 'm.xlsx'), 422, 'merged-cells'],
      ['no policy', () => p.api.post('/api/v1/eligibility-checks').set('Authorization', `Bearer ${clerk}`).attach('file', csvOf(['企业名称', 'x']), 'a.csv'), 400, 'invalid-input'],
    ];
    it.each(cases)('%s', async (_what, send, status, code) => {
      const before = await stored();
      await refuse(await send(), status, code);
      expect(await stored()).toEqual(before);
    });
  });

  describe('policies', () => {
    it('lists the seeded policies with their criteria', async () => {
      const res = await p.api.get('/api/v1/eligibility-policies').set('Authorization', `Bearer ${clerk}`);
      expect(res.status).toBe(200);
      expect(res.body.data.map((x: any) => x.code)).toEqual(expect.arrayContaining(['subsidy', 'honors', 'government_procurement', 'public_bidding']));
      expect(res.body.data.find((x: any) => x.code === 'government_procurement')).toMatchObject({ scenario: 'government_procurement', criteria: { penaltyWindowMonths: 36 } });
    });

    it('lets an administrator change a policy (audited), and no one else', async () => {
      const code = `test_${uid()}`;
      const policy = { name: '测试政策', scenario: 'honors', criteria: { requireActive: true, restricted: false, seriousViolation: false, abnormalOperation: false, penaltyWindowMonths: null, warningOnlyCounts: false, openCases: false }, active: true };
      expect((await p.api.put(`/api/v1/eligibility-policies/${code}`).set('Authorization', `Bearer ${clerk}`).send(policy)).status).toBe(403);
      expect((await p.api.put(`/api/v1/eligibility-policies/${code}`).set('Authorization', `Bearer ${admin}`).send(policy)).status).toBe(201);
      const changed = await p.api.put(`/api/v1/eligibility-policies/${code}`).set('Authorization', `Bearer ${admin}`).send({ ...policy, criteria: { ...policy.criteria, openCases: true } });
      expect([changed.status, changed.body.criteria.openCases]).toEqual([200, true]);
      expect(await p.db.models.audit_log.count({ where: { targetType: 'eligibilityPolicy', targetId: code } })).toBe(2);
      const bad = await p.api.put(`/api/v1/eligibility-policies/${code}`).set('Authorization', `Bearer ${admin}`).send({ ...policy, criteria: { ...policy.criteria, penaltyWindowMonths: 0 } });
      expect(bad.status).toBe(400);
      // The changed criteria apply at once: the open case now counts under this policy.
      const res = await check(code, Buffer.from(`统一社会信用代码\n${codes.cased}\n`), 'c.csv');
      expect(res.body.rows[0].reasons.map((x: any) => x.kind)).toEqual(['openCase']);
      // An inactive policy is refused like an unknown one.
      await p.api.put(`/api/v1/eligibility-policies/${code}`).set('Authorization', `Bearer ${admin}`).send({ ...policy, active: false });
      expect((await check(code, Buffer.from(`统一社会信用代码\n${codes.cased}\n`), 'c.csv')).status).toBe(422);
      expect((await p.api.get('/api/v1/eligibility-policies/nope_nope').set('Authorization', `Bearer ${clerk}`)).status).toBe(404);
    });
  });
});
