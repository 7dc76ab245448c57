import ExcelJS from 'exceljs';
import express from 'express';
import JSZip from 'jszip';
import request from 'supertest';
import { cellValue, contentDisposition, sendWorkbook, type WorkbookSpec, XLSX_TYPE } from './workbook';

// The list export's writer: a workbook a person opens in Excel, typed cells, and no way for stored text
// to become a formula.

const binary = (res: NodeJS.ReadableStream & { setEncoding(e: string): void }, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

async function* from<T>(items: T[]) {
  for (const x of items) yield x;
}

function appSending(spec: WorkbookSpec, rows: () => AsyncIterable<Record<string, unknown>>) {
  const app = express();
  app.get('/x', async (_req, res, next) => {
    try {
      await sendWorkbook(res, spec, rows());
    } catch (err) {
      next(err);
    }
  });
  return app;
}

async function download(spec: WorkbookSpec, rows: () => AsyncIterable<Record<string, unknown>>) {
  const res = await request(appSending(spec, rows)).get('/x').buffer(true).parse(binary as never);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.body as unknown as ArrayBuffer);
  return { res, book, sheet: book.worksheets[0], zip: await JSZip.loadAsync(res.body as Buffer) };
}

const spec: WorkbookSpec = {
  fileName: '任务清单-2026-11-30',
  sheetName: '任务',
  columns: [
    { header: '市场主体', key: 'name' },
    { header: '统一社会信用代码', key: 'creditCode' },
    { header: '剩余工作日', key: 'left', type: 'number' },
    { header: '期限', key: 'due', type: 'datetime' },
    { header: '成立日期', key: 'established', type: 'date' },
  ],
};

describe('list export workbook', () => {
  it('answers an .xlsx with a Chinese header row, numbers as numbers and times as Shanghai dates', async () => {
    const { res, sheet } = await download(spec, () =>
      from([{ name: '上海枫泾食品有限公司', creditCode: '91310116MA1J8XXX0X', left: -2, due: '2026-11-30T15:59:59.000Z', established: '2020-01-31' }]),
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['content-disposition']).toBe(contentDisposition('任务清单-2026-11-30'));
    expect(sheet.name).toBe('任务');
    expect(sheet.getRow(1).values).toEqual([undefined, '市场主体', '统一社会信用代码', '剩余工作日', '期限', '成立日期']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('上海枫泾食品有限公司');
    expect(row.getCell(3).value).toBe(-2);
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    // 15:59:59 UTC is 23:59:59 in Shanghai: the wall time a person there reads.
    expect(row.getCell(4).type).toBe(ExcelJS.ValueType.Date);
    expect((row.getCell(4).value as Date).toISOString()).toBe('2026-11-30T23:59:59.000Z');
    expect(row.getCell(4).numFmt).toBe('yyyy-mm-dd hh:mm');
    expect((row.getCell(5).value as Date).toISOString()).toBe('2020-01-31T00:00:00.000Z');
    expect(row.getCell(5).numFmt).toBe('yyyy-mm-dd');
    expect(sheet.rowCount).toBe(2);
  });

  it('writes text that begins with = + - @ as text cells, never as formulas (Excel injection)', async () => {
    const hostile = ['=HYPERLINK("http://evil.example","点我")', '+1+1', '-2+3', '@SUM(A1:A2)', '=cmd|\' /C calc\'!A0'];
    const { sheet, zip } = await download(spec, () => from(hostile.map((name) => ({ name, creditCode: { formula: '1+1' } }))));
    hostile.forEach((text, i) => {
      const cell = sheet.getRow(i + 2).getCell(1);
      expect([cell.type, cell.value, cell.formula]).toEqual([ExcelJS.ValueType.String, text, undefined]);
      expect(cell.numFmt).toBe('@');
      // An object from stored JSON is not taken for a formula either: it becomes its text.
      expect(sheet.getRow(i + 2).getCell(2).type).toBe(ExcelJS.ValueType.String);
    });
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).not.toMatch(/<f[ >]/);
    expect(xml).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;点我&quot;)');
  });

  it('names the file in UTF-8 (RFC 5987) with an ASCII fallback', () => {
    expect(contentDisposition('任务清单-2026-11-30')).toBe(
      `attachment; filename="export-2026-11-30.xlsx"; filename*=UTF-8''${encodeURIComponent('任务清单-2026-11-30.xlsx')}`,
    );
    expect(contentDisposition('案件')).toBe(`attachment; filename="export.xlsx"; filename*=UTF-8''%E6%A1%88%E4%BB%B6.xlsx`);
    expect(contentDisposition('a"b\'(c)')).toBe(`attachment; filename="ab'(c).xlsx"; filename*=UTF-8''a%22b%27%28c%29.xlsx`);
  });

  it('reduces values to the column type: lists joined, bad numbers and dates left empty', () => {
    expect(cellValue(['罚款', '警告'])).toBe('罚款、警告');
    expect(cellValue('abc', 'number')).toBeNull();
    expect(cellValue('12.5', 'number')).toBe(12.5);
    expect(cellValue('not a date', 'date')).toBeNull();
    expect(cellValue(undefined)).toBeNull();
    expect(cellValue(new Date('2026-11-29T16:30:00Z'), 'date')).toEqual(new Date(Date.UTC(2026, 10, 30)));
  });

  it('writes every row of a long stream (5,000) and ends the file properly', async () => {
    async function* many() {
      for (let i = 0; i < 5000; i++) yield { name: `主体${i}`, left: i };
    }
    const { sheet } = await download(spec, many);
    expect(sheet.rowCount).toBe(5001);
    expect(sheet.getRow(5001).getCell(3).value).toBe(4999);
  });

  it('cuts the response short when the rows fail midway, rather than sending a workbook that looks complete', async () => {
    async function* failing() {
      yield { name: 'one' };
      throw new Error('database gone');
    }
    await expect(request(appSending(spec, failing)).get('/x').buffer(true).parse(binary as never)).rejects.toThrow();
  });
});
