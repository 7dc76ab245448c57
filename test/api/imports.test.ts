import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { Op } from 'sequelize';
import { DEMO_PASSWORD } from '../../db/seed';
import { testDatabases } from '../support/databases';
import { newCreditCode } from '../support/events';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';

// Batch import (归集, F10; CONTRACT.md `POST /api/v1/imports`): a department uploads a spreadsheet of one kind,
// sees the refused rows with their column and reason, imports the valid ones or cancels; a file that is no
// table of the kind is refused at once and nothing is stored; the same file twice is the one import.

const PENALTY_HEADERS = ['统一社会信用代码', '主体名称', '决定书文号', '处罚事项', '处罚依据', '处罚种类', '罚款金额（元）', '处罚决定日期'];

async function workbook(rows: unknown[][], fill?: (s: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('数据');
  for (const r of rows) s.addRow(r);
  fill?.(s);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(testDatabases)('imports API on $name', (database) => {
  let p: TestPlatform;
  let clerk = '';
  let otherClerk = '';
  let company = '';
  const uid = () => crypto.randomBytes(4).toString('hex');
  const entity = async (name: string) => {
    const creditCode = newCreditCode();
    await p.db.models.entities.create({ creditCode, name, entityType: '有限责任公司', industryCode: 'F5223', regionCode: '310116102', address: '上海市金山区枫泾镇', legalRepresentative: '张某', businessScope: '日用百货销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2020-01-01', status: 'active' });
    return creditCode;
  };
  const upload = (bytes: Buffer, fileName: string, kind = 'penalty', token = clerk) => p.api.post('/api/v1/imports').set('Authorization', `Bearer ${token}`).field('kind', kind).attach('file', bytes, fileName);
  const get = (path: string, token = clerk) => p.api.get(path).set('Authorization', `Bearer ${token}`);
  const post = (path: string, token = clerk) => p.api.post(path).set('Authorization', `Bearer ${token}`);
  const settled = (id: number, statuses: string[]) =>
    eventually(async () => {
      const r = await get(`/api/v1/imports/${id}`);
      return statuses.includes(r.body.status) ? r.body : null;
    }, 60_000, `import ${id} in ${statuses.join('/')}`);
  const penaltyRow = (no: string, creditCode: string | null, name = '') => [creditCode, name, no, '经营超过保质期的食品', '《中华人民共和国食品安全法》第一百二十四条', '警告、罚款', 5000, '2026-11-20'];
  const nothingStored = async () => {
    expect(await p.db.models.imports.count()).toBe(importsBefore);
  };
  let importsBefore = 0;

  beforeAll(async () => {
    p = await startPlatform(database);
    clerk = await p.login('clerk');
    otherClerk = await p.login('swj-clerk');
    company = await entity(`上海枫泾导入测试食品有限公司${uid()}`);
  });
  afterAll(() => p?.stop());
  beforeEach(async () => {
    importsBefore = await p.db.models.imports.count();
  });

  it('gives the template of each kind with its Chinese headers', async () => {
    const res = await get('/api/v1/import-templates/penalty').buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    expect((wb.getWorksheet('数据')!.getRow(1).values as unknown[]).slice(1)).toEqual(['统一社会信用代码', '主体名称', '部门', '决定书文号', '处罚事项', '处罚依据', '处罚种类', '罚款金额（元）', '处罚决定日期', '违法事实']);
    expect((await get('/api/v1/import-templates/lottery')).status).toBe(400);
  });

  it('validates every row, shows the refused ones by row and column, and imports the valid rows once confirmed', async () => {
    const ok = `金市监罚〔2026〕${uid()}`;
    const bytes = await workbook([PENALTY_HEADERS, penaltyRow(ok, company), penaltyRow(`BAD-${uid()}`, '91310116MA1JXXXX0X'), [company, '', `NODATE-${uid()}`, '事项', '依据', '警告', 1, '2026-13-45']]);
    const res = await upload(bytes, '处罚.xlsx');
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ importId: expect.any(Number), workflowId: expect.stringMatching(/^record-import:/), status: 'validating' });
    const review = await settled(res.body.importId, ['needsReview']);
    expect(review).toMatchObject({ kind: 'penalty', fileName: '处罚.xlsx', rowsTotal: 3, rowsValid: 1, rowsRejected: 2, rowsDone: 0, uploadedBy: { username: 'clerk', displayName: '市场监管受理员（演示）' }, department: { code: 'SCJGJ' } });
    expect(review.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 3, column: '统一社会信用代码', code: 'invalid-credit-code' }),
        expect.objectContaining({ row: 4, column: '处罚决定日期' }),
      ]),
    );
    // Nothing stored while waiting for review.
    expect(await p.db.models.records.count({ where: { recordKey: ok } })).toBe(0);
    const errorsXlsx = await get(`/api/v1/imports/${res.body.importId}/errors?format=xlsx`).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(errorsXlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(errorsXlsx.body);
    expect(wb.worksheets[0].getRow(2).getCell(1).value).toBe(3);
    const page = await get(`/api/v1/imports/${res.body.importId}/errors?perPage=1`);
    expect(page.body.total).toBe(review.errorsTotal);
    expect(page.body.data).toHaveLength(1);

    const confirmed = await post(`/api/v1/imports/${res.body.importId}/confirm`);
    expect(confirmed.status).toBe(200);
    const done = await settled(res.body.importId, ['done']);
    expect(done).toMatchObject({ rowsDone: 1, stored: 1 });
    const record = await p.db.models.records.findOne({ where: { recordKey: ok } });
    expect(record!.get('creditCode')).toBe(company);
    expect(record!.get('data')).toMatchObject({ penaltyKinds: ['warning', 'fine'], fineAmount: 5000 });
    expect(record!.get('system')).toBe('import');
    // Done is final: neither confirmed nor cancelled again.
    expect((await post(`/api/v1/imports/${res.body.importId}/confirm`)).status).toBe(409);
    expect((await post(`/api/v1/imports/${res.body.importId}/cancel`)).body.type).toMatch(/import-finished$/);

    const list = await get('/api/v1/imports');
    expect(list.body.data[0]).toMatchObject({ id: res.body.importId, errorsTotal: review.errorsTotal, errors: [] });
    const listXlsx = await get('/api/v1/imports?format=xlsx').buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    const listBook = new ExcelJS.Workbook();
    await listBook.xlsx.load(listXlsx.body);
    expect((listBook.worksheets[0].getRow(1).values as unknown[]).slice(1, 4)).toEqual(['类别', '文件', '状态']);
    expect((listBook.worksheets[0].getRow(2).values as unknown[]).slice(1, 4)).toEqual(['行政处罚', '处罚.xlsx', '已完成']);
  });

  it('imports a clean GBK CSV straight through (no review), dates written 2026/1/5 and Excel serials alike', async () => {
    const a = `CSV-${uid()}`;
    const csv = [PENALTY_HEADERS.join(','), [company, '', a, '事项', '依据', '警告', '', '2026/1/5'].join(',')].join('\r\n');
    const res = await upload(iconv.encode(csv, 'gbk'), 'gbk.csv');
    expect(res.status).toBe(202);
    const done = await settled(res.body.importId, ['done', 'failed']);
    expect(done).toMatchObject({ status: 'done', format: 'csv', rowsDone: 1, errorsTotal: 0 });
    expect((await p.db.models.records.findOne({ where: { recordKey: a } }))!.get('occurredOn')).toBe('2026-01-05');
    const serial = `SERIAL-${uid()}`;
    const r2 = await upload(await workbook([PENALTY_HEADERS, [company, '', serial, '事项', '依据', '警告', null, 46027]]), 'serial.xlsx');
    await settled(r2.body.importId, ['done']);
    expect((await p.db.models.records.findOne({ where: { recordKey: serial } }))!.get('occurredOn')).toBe('2026-01-05');
  });

  it('answers the same file twice, even concurrently, with the one import', async () => {
    const bytes = await workbook([PENALTY_HEADERS, penaltyRow(`TWICE-${uid()}`, company)]);
    const [a, b] = await Promise.all([upload(bytes, 'a.xlsx'), upload(bytes, 'b.xlsx')]);
    expect([a.status, b.status].sort()).toEqual([200, 202]);
    expect(a.body.importId).toBe(b.body.importId);
    const again = await upload(bytes, 'c.xlsx');
    expect([again.status, again.body.importId]).toEqual([200, a.body.importId]);
    expect(await p.db.models.imports.count()).toBe(importsBefore + 1);
    await settled(a.body.importId, ['done']);
  });

  it('fails an import none of whose rows can be imported, with the errors', async () => {
    const res = await upload(await workbook([PENALTY_HEADERS, penaltyRow(`NONE-${uid()}`, null, '没有这家公司')]), 'none.xlsx');
    const failed = await settled(res.body.importId, ['failed']);
    expect(failed.failure).toMatchObject({ code: 'import-nothing-valid' });
    expect(failed.errors).toEqual([expect.objectContaining({ row: 2, column: '主体名称', code: 'entity-unmatched' })]);
  });

  it('cancels an import waiting for review; nothing of it is stored', async () => {
    const key = `CANCEL-${uid()}`;
    const res = await upload(await workbook([PENALTY_HEADERS, penaltyRow(key, company), penaltyRow(`X-${uid()}`, 'bad')]), 'cancel.xlsx');
    await settled(res.body.importId, ['needsReview']);
    const cancelled = await post(`/api/v1/imports/${res.body.importId}/cancel`);
    expect([cancelled.status, cancelled.body.status]).toEqual([200, 'cancelled']);
    expect(await p.db.models.records.count({ where: { recordKey: key } })).toBe(0);
  });

  it('asks the department to choose when a name fits several entities, and stores the row with the chosen one', async () => {
    // The same name once with Chinese and once with ASCII brackets: the same name once normalised.
    const name = `上海枫泾同名商行${uid()}（普通合伙）`;
    const first = await entity(name);
    await entity(name.replace('（', '(').replace('）', ')'));
    const key = `AMB-${uid()}`;
    const res = await upload(await workbook([PENALTY_HEADERS, penaltyRow(key, null, name)]), 'amb.xlsx');
    const done = await settled(res.body.importId, ['done']);
    expect(done.rowsAmbiguous).toBe(1);
    const task = await eventually(async () => {
      const r = await p.api.get('/api/v1/tasks?type=importMatchConfirmation&perPage=100').set('Authorization', `Bearer ${clerk}`);
      return r.body.data?.find((t: any) => t.workflowId === res.body.workflowId);
    }, 30_000, 'the match task');
    expect(task.data.candidates).toHaveLength(2);
    // Same-named, they are told apart by their address.
    expect(task.data.candidates).toContainEqual({ creditCode: first, name, address: '上海市金山区枫泾镇' });
    expect(task.department.code ?? task.department).toBeTruthy();
    const bad = await p.api.post(`/api/v1/tasks/${task.id}/complete`).set('Authorization', `Bearer ${clerk}`).send({ outcome: 'matched', data: { creditCode: company } });
    expect(bad.status).toBe(422);
    const okAnswer = await p.api.post(`/api/v1/tasks/${task.id}/complete`).set('Authorization', `Bearer ${clerk}`).send({ outcome: 'matched', data: { creditCode: first } });
    expect(okAnswer.status).toBe(200);
    const record = await eventually(() => p.db.models.records.findOne({ where: { recordKey: key } }), 30_000, 'the chosen row stored');
    expect(record!.get('creditCode')).toBe(first);
  });

  it('imports from the CLI: refused rows printed and exit 3 with nothing imported, then --confirm imports the valid ones', async () => {
    const cliPath = path.resolve(__dirname, '../../dist/cli/index.js');
    if (!fs.existsSync(cliPath)) throw new Error('dist/cli/index.js is missing: `npm test` builds it');
    const key = `CLI-${uid()}`;
    const file = path.join(os.tmpdir(), `import-${uid()}.xlsx`);
    fs.writeFileSync(file, await workbook([PENALTY_HEADERS, penaltyRow(key, company), penaltyRow(`CLIBAD-${uid()}`, '91310116MA1JXXXX0X')]));
    // Asynchronously: the API answering the CLI runs in this process.
    const cli = (...args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
        execFile(process.execPath, [cliPath, 'import', '--kind', 'penalty', '--file', file, '--username', 'clerk', '--url', p.server.url, ...args], { env: { ...process.env, ZONGJIAN_PASSWORD: DEMO_PASSWORD, LOG_LEVEL: 'silent' } }, (err, stdout, stderr) => resolve({ code: err ? Number((err as any).code) : 0, stdout, stderr })),
      );
    const first = await cli();
    expect(first.code).toBe(3);
    expect(first.stdout).toMatch(/row 3, 统一社会信用代码: .*\(invalid-credit-code\)/);
    expect(first.stderr).toMatch(/1 of 2 row\(s\) refused, nothing imported/);
    expect(await p.db.models.records.count({ where: { recordKey: key } })).toBe(0);
    const second = await cli('--confirm');
    expect([second.code, second.stderr]).toEqual([0, '']);
    expect(second.stdout.trim().split('\n').pop()).toMatch(/done: 1 row\(s\) imported \(1 new, 0 updated\), 1 refused$/);
    expect(await p.db.models.records.count({ where: { recordKey: key } })).toBe(1);
  });

  describe('refuses, storing nothing', () => {
    it.each([
      ['not a spreadsheet', async () => Buffer.from('%PDF-1.7 not a table'), 'x.pdf', 422, 'not-a-spreadsheet'],
      ['an .xlsx that is no workbook', async () => Buffer.from('PK\x03\x04 broken', 'latin1'), 'x.xlsx', 422, 'not-a-spreadsheet'],
      ['a formula', async () => workbook([PENALTY_HEADERS, [...penaltyRow('F', company).slice(0, 6), { formula: '1+1', result: 2 }, '2026-11-20']]), 'f.xlsx', 422, 'formula-cell'],
      ['missing columns', async () => workbook([['主体名称'], ['甲']]), 'cols.xlsx', 422, 'import-columns-missing'],
      ['headers without rows', async () => workbook([PENALTY_HEADERS]), 'empty.xlsx', 422, 'spreadsheet-empty'],
    ])('%s', async (_what, bytes, name, status, code) => {
      const res = await upload(await bytes(), name);
      expect([res.status, res.body.type]).toEqual([status, `https://zongjian.dev/problems/${code}`]);
      await nothingStored();
    });

    it('an upload of 50 MB + 1 byte (413)', async () => {
      const res = await upload(Buffer.alloc(50 * 1024 * 1024 + 1, 0x41), 'huge.csv');
      expect([res.status, res.body.type]).toEqual([413, 'https://zongjian.dev/problems/upload-too-large']);
      await nothingStored();
    });

    it('an unknown kind, a missing file, a body that is not multipart', async () => {
      const kind = await upload(await workbook([PENALTY_HEADERS, penaltyRow('K', company)]), 'k.xlsx', 'lottery');
      expect([kind.status, kind.body.type]).toEqual([400, 'https://zongjian.dev/problems/import-kind-unknown']);
      const missing = await p.api.post('/api/v1/imports').set('Authorization', `Bearer ${clerk}`).field('kind', 'penalty');
      expect([missing.status, missing.body.type]).toEqual([400, 'https://zongjian.dev/problems/upload-file-missing']);
      const json = await p.api.post('/api/v1/imports').set('Authorization', `Bearer ${clerk}`).send({ kind: 'penalty' });
      expect(json.status).toBe(415);
      await nothingStored();
    });
  });

  describe('reads only the beginning of a file at upload: what is wrong further down fails the import in validation, nothing of it stored', () => {
    const manyRows = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => penaltyRow(`${prefix}-${i}`, company));
    it.each([
      ['a formula in row 302', (prefix: string) => workbook([PENALTY_HEADERS, ...manyRows(prefix, 300), [...penaltyRow(`${prefix}-F`, company).slice(0, 6), { formula: '1+1', result: 2 }, '2026-11-20']]), 'f300.xlsx', 'formula-cell', { cell: 'G302' }],
      ['merged cells in rows 301–302', (prefix: string) => workbook([PENALTY_HEADERS, ...manyRows(prefix, 301)], (s) => s.mergeCells('D301:D302')), 'm300.xlsx', 'merged-cells', { range: 'D301:D302' }],
      ['merged cells in the first rows', (prefix: string) => workbook([PENALTY_HEADERS, ...manyRows(prefix, 2)], (s) => s.mergeCells('D2:D3')), 'm.xlsx', 'merged-cells', { range: 'D2:D3' }],
      ['100,001 data rows', async (prefix: string) => Buffer.from(PENALTY_HEADERS.join(',') + '\n' + Array.from({ length: 100_001 }, (_, i) => `${company},,${prefix}-${i},事项,依据,警告,,2026-01-05`).join('\n')), 'big.csv', 'too-many-rows', { maxRows: 100_000 }],
    ])('%s', async (_what, bytes, name, code, params) => {
      const prefix = `LATE-${uid()}`;
      const res = await upload(await bytes(prefix), name);
      expect(res.status).toBe(202);
      const failed = await settled(res.body.importId, ['failed', 'needsReview', 'done']);
      expect([failed.status, failed.failure]).toEqual(['failed', { code, message: expect.any(String), params }]);
      expect(await p.db.models.records.count({ where: { recordKey: { [Op.like]: `${prefix}-%` } } })).toBe(0);
      expect(await p.db.models.import_rows.count({ where: { importId: res.body.importId } })).toBe(0);
      expect((await get(`/api/v1/imports/${res.body.importId}/errors`)).body.total).toBe(0);
    });
  });

  it('keeps another department’s import from view (404) and from its confirm and cancel', async () => {
    const res = await upload(await workbook([PENALTY_HEADERS, penaltyRow(`OWN-${uid()}`, company), penaltyRow(`Y-${uid()}`, 'bad')]), 'own.xlsx');
    await settled(res.body.importId, ['needsReview']);
    for (const r of [get(`/api/v1/imports/${res.body.importId}`, otherClerk), get(`/api/v1/imports/${res.body.importId}/errors`, otherClerk), post(`/api/v1/imports/${res.body.importId}/confirm`, otherClerk), post(`/api/v1/imports/${res.body.importId}/cancel`, otherClerk)]) {
      const answer = await r;
      expect([answer.status, answer.body.type]).toEqual([404, 'https://zongjian.dev/problems/import-not-found']);
    }
    expect((await get('/api/v1/imports', otherClerk)).body.data.map((i: any) => i.id)).not.toContain(res.body.importId);
    expect((await p.api.get('/api/v1/imports')).status).toBe(401);
    await post(`/api/v1/imports/${res.body.importId}/cancel`);
  });
});
