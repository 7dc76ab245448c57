import ExcelJS from 'exceljs';
import type { Test } from 'supertest';
import { XLSX_TYPE } from '../../api/workbook';

/** A supertest parser that keeps a binary body (a workbook) as one Buffer. */
export const binary = (res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** The rows of the first sheet of the workbook a request answers (checked to be 200 and a workbook), each as its cells' values. */
export async function sheetRows(request: Test): Promise<unknown[][]> {
  const res = await request.buffer(true).parse(binary as never);
  expect([res.status, res.headers['content-type']]).toEqual([200, XLSX_TYPE]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.body as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
