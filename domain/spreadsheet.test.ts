import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeCsvText, excelSerialToIsoDate, openTable, peekTable, readTable, SpreadsheetError } from './spreadsheet';

async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('数据'));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function refusal(p: Promise<unknown>): Promise<SpreadsheetError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof SpreadsheetError) return err;
    throw err;
  }
  throw new Error('expected a SpreadsheetError');
}

const limits = { maxRows: 100, dateColumns: ['日期'] };

describe('spreadsheet', () => {
  describe('xlsx', () => {
    it('reads the first sheet: headers from row 1, each data row numbered as Excel shows it, empty rows left out', async () => {
      const bytes = await workbook((s) => {
        s.addRow(['统一社会信用代码', '主体名称', '罚款金额']);
        s.addRow(['91310116MA1JXXXX01', '上海枫泾食品有限公司', 5000]);
        s.addRow([]);
        s.addRow(['91310116MA1JXXXX02', { richText: [{ text: '上海' }, { text: '某某' }] }, null]);
      });
      const t = await readTable(bytes, 'a.xlsx', limits);
      expect(t.format).toBe('xlsx');
      expect(t.headers).toEqual(['统一社会信用代码', '主体名称', '罚款金额']);
      expect(t.rows).toEqual([
        { row: 2, values: { 统一社会信用代码: '91310116MA1JXXXX01', 主体名称: '上海枫泾食品有限公司', 罚款金额: 5000 } },
        { row: 4, values: { 统一社会信用代码: '91310116MA1JXXXX02', 主体名称: '上海某某', 罚款金额: null } },
      ]);
    });

    it('reads an Excel serial date or a date cell in a date column as an ISO date, and leaves other numbers alone', async () => {
      const bytes = await workbook((s) => {
        s.addRow(['日期', '罚款金额']);
        s.addRow([45292, 45292]);
        s.addRow([new Date(Date.UTC(2024, 2, 15)), 1]);
      });
      const t = await readTable(bytes, 'dates.xlsx', limits);
      expect(t.rows.map((r) => r.values)).toEqual([
        { 日期: '2024-01-01', 罚款金额: 45292 },
        { 日期: '2024-03-15', 罚款金额: 1 },
      ]);
      expect(excelSerialToIsoDate(1)).toBe('1899-12-31');
      expect(excelSerialToIsoDate(60.75)).toBe('1900-02-28');
      expect(excelSerialToIsoDate(0)).toBeNull();
    });

    it('refuses a formula, naming its cell', async () => {
      const bytes = await workbook((s) => {
        s.addRow(['金额', '合计']);
        s.addRow([1, 2]);
        s.addRow([3, { formula: 'A3*2', result: 6 }]);
      });
      const e = await refusal(readTable(bytes, 'f.xlsx', limits));
      expect(e.code).toBe('formula-cell');
      expect(e.params).toEqual({ cell: 'B3' });
    });

    it('refuses merged cells, naming the range', async () => {
      const bytes = await workbook((s) => {
        s.addRow(['主体名称', '部门']);
        s.addRow(['甲', '市场监管局']);
        s.addRow(['乙', null]);
        s.mergeCells('B2:B3');
      });
      const e = await refusal(readTable(bytes, 'm.xlsx', limits));
      expect(e.code).toBe('merged-cells');
      expect(e.params).toEqual({ range: 'B2:B3' });
    });

    it('refuses more data rows than the limit, and takes exactly the limit', async () => {
      const rows = (n: number) => workbook((s) => {
        s.addRow(['主体名称']);
        for (let i = 0; i < n; i++) s.addRow([`主体${i}`]);
      });
      expect((await readTable(await rows(100), 'ok.xlsx', limits)).rows).toHaveLength(100);
      const e = await refusal(readTable(await rows(101), 'big.xlsx', limits));
      expect(e.code).toBe('too-many-rows');
      expect(e.params).toEqual({ maxRows: 100 });
    });

    it('refuses a zip that is not a workbook, an old .xls and bytes that are no table', async () => {
      expect((await refusal(readTable(Buffer.from('PK\x03\x04garbage', 'latin1'), 'x.xlsx', limits))).code).toBe('not-a-spreadsheet');
      expect((await refusal(readTable(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'x.xls', limits))).code).toBe('not-a-spreadsheet');
      expect((await refusal(readTable(Buffer.from('%PDF-1.4 \0\0'), 'x.csv', limits))).code).toBe('not-a-spreadsheet');
      expect((await refusal(readTable(Buffer.from('a,b\n1,2'), 'x.pdf', limits))).code).toBe('not-a-spreadsheet');
    });

    it('refuses a sheet without headers and a header given twice', async () => {
      expect((await refusal(readTable(await workbook(() => {}), 'e.xlsx', limits))).code).toBe('spreadsheet-empty');
      const twice = await workbook((s) => s.addRow(['主体名称', '主体名称']));
      expect((await refusal(readTable(twice, 'd.xlsx', limits))).code).toBe('duplicate-header');
    });
  });

  describe('streamed', () => {
    it('reads a workbook whose zip stores the sheet after the shared strings but before the workbook part (zip writers store parts as they finish)', async () => {
      const written = await JSZip.loadAsync(await workbook((s) => {
        s.addRow(['主体名称', '罚款金额']);
        s.addRow(['甲', 100]);
      }));
      // The order exceljs's own writer produced now and then: exceljs then parsed the sheet before it knew the workbook.
      const order = ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/workbook.xml'];
      const rest = Object.keys(written.files).filter((name) => !written.files[name].dir && !order.includes(name));
      const zip = new JSZip();
      for (const name of [...order, ...rest]) zip.file(name, await written.file(name)!.async('uint8array'), { createFolders: false });
      const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      expect(Object.keys((await JSZip.loadAsync(bytes)).files).slice(0, order.length)).toEqual(order);
      const t = await readTable(bytes, 'reordered.xlsx', limits);
      expect(t.rows).toEqual([{ row: 2, values: { 主体名称: '甲', 罚款金额: 100 } }]);
    });

    it('reads the first sheet (not the second) also when the sheets are stored before the shared strings (as Excel stores them), a date cell as a date', async () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zj-sheet-')), 'excel-order.xlsx');
      const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
      const data = book.addWorksheet('数据');
      data.addRow(['主体名称', '日期']).commit();
      data.addRow(['甲', new Date(Date.UTC(2026, 0, 5))]).commit();
      data.commit();
      const other = book.addWorksheet('说明');
      other.addRow(['列名']).commit();
      other.commit();
      await book.commit();
      // The parts are taken from the zip's central directory in the order they are needed: no sheet is inflated to a
      // temporary file first (exceljs's own pass did that), read whole or peeked at.
      const written = jest.spyOn(fs, 'createWriteStream');
      try {
        const t = await readTable(fs.readFileSync(file), 'excel-order.xlsx', limits);
        expect(t.rows).toEqual([{ row: 2, values: { 主体名称: '甲', 日期: '2026-01-05' } }]);
        expect((await peekTable(fs.readFileSync(file), 'excel-order.xlsx', { rows: 1 })).headers).toEqual(['主体名称', '日期']);
        expect(written).not.toHaveBeenCalled();
      } finally {
        written.mockRestore();
        fs.rmSync(path.dirname(file), { recursive: true, force: true });
      }
    });

    it('keeps every Chinese character whole where the inflated XML is cut into chunks (3,000 rows)', async () => {
      const names = Array.from({ length: 3000 }, (_, i) => `金市监罚〔2026〕第${i}号：上海枫泾食品有限公司`);
      const bytes = await workbook((s) => {
        s.addRow(['文号', '序号']);
        names.forEach((n, i) => s.addRow([n, i]));
      });
      const t = await readTable(bytes, 'zh.xlsx', { maxRows: 3000 });
      expect(t.rows.map((r) => r.values.文号)).toEqual(names);
    });

    it('gives the rows one at a time, a formula refused at its row once the rows before it were given', async () => {
      const bytes = await workbook((s) => {
        s.addRow(['主体名称', '金额']);
        for (let i = 0; i < 50; i++) s.addRow([`主体${i}`, i]);
        s.addRow(['末', { formula: 'B2*2', result: 0 }]);
      });
      const t = await openTable(bytes, 'f.xlsx', limits);
      expect(t.headers).toEqual(['主体名称', '金额']);
      const seen: number[] = [];
      const e = await refusal((async () => {
        for await (const r of t.rows) seen.push(r.row);
      })());
      expect([e.code, e.params, seen.length, seen[49]]).toEqual(['formula-cell', { cell: 'B52' }, 50, 51]);
    });

    it('peeks at the headers and the first rows only: a later formula, merged cells and the row limit are not its to refuse', async () => {
      const bytes = await workbook((s) => {
        s.addRow(['主体名称', '金额']);
        for (let i = 0; i < 200; i++) s.addRow([`主体${i}`, i]);
        s.addRow(['末', { formula: 'B2*2', result: 0 }]);
        s.mergeCells('A150:A151');
      });
      const t = await peekTable(bytes, 'late.xlsx', { rows: 10 });
      expect([t.headers, t.rows.length, t.rows[9]]).toEqual([['主体名称', '金额'], 10, { row: 11, values: { 主体名称: '主体9', 金额: 9 } }]);
      expect((await refusal(readTable(bytes, 'late.xlsx', { maxRows: 1000 }))).params).toEqual({ range: 'A150:A151' });
      const early = await workbook((s) => {
        s.addRow(['主体名称', '金额']);
        s.addRow(['甲', { formula: '1+1', result: 2 }]);
      });
      expect((await refusal(peekTable(early, 'early.xlsx', { rows: 10 }))).code).toBe('formula-cell');
      const csv = Buffer.from(['主体名称', ...Array.from({ length: 500 }, (_, i) => `主体${i}`), '"unclosed'].join('\n'));
      expect((await peekTable(csv, 'a.csv', { rows: 5 })).rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6]);
      expect((await refusal(readTable(csv, 'a.csv', { maxRows: 1000 }))).code).toBe('csv-malformed');
    });
  });

  describe('csv', () => {
    const text = '统一社会信用代码,主体名称,摘要\n91310116MA1JXXXX01,上海枫泾（食品）有限公司,"含,逗号"\n\n,乙,\n';
    const expected = [
      { row: 2, values: { 统一社会信用代码: '91310116MA1JXXXX01', 主体名称: '上海枫泾（食品）有限公司', 摘要: '含,逗号' } },
      { row: 4, values: { 统一社会信用代码: null, 主体名称: '乙', 摘要: null } },
    ];

    it('reads UTF-8 without and with a BOM', async () => {
      expect((await readTable(Buffer.from(text), 'a.csv', limits)).rows).toEqual(expected);
      const t = await readTable(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'a.csv', limits);
      expect(t.headers[0]).toBe('统一社会信用代码');
      expect(t.rows).toEqual(expected);
    });

    it('detects GBK (as Chinese Excel saves CSV) and decodes it', async () => {
      const gbk = iconv.encode(text, 'gbk');
      expect(decodeCsvText(gbk).encoding).toBe('gbk');
      expect((await readTable(gbk, 'gbk.CSV', limits)).rows).toEqual(expected);
    });

    it('refuses more data rows than the limit and an unclosed quote', async () => {
      const many = '主体名称\n' + Array.from({ length: 101 }, (_, i) => `主体${i}`).join('\n');
      expect((await refusal(readTable(Buffer.from(many), 'm.csv', limits))).code).toBe('too-many-rows');
      expect((await refusal(readTable(Buffer.from('a,b\n"1,2\n'), 'q.csv', limits))).code).toBe('csv-malformed');
    });
  });
});
