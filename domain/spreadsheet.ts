import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parse as parseCsvStream } from 'csv-parse';
import iconv from 'iconv-lite';

// Reading an uploaded table (归集 imports, eligibility checks): an .xlsx workbook's first sheet or a CSV file,
// the first row its headers. Pure: bytes in, rows out, nothing stored. What a person cannot have meant is refused
// with a stable code (SpreadsheetError), never guessed: a formula (its value is whatever Excel last computed), a
// merged range (which row does its value belong to?), a file that is not a table at all.

/** A cell's value as read: text, a number, a date (an Excel date cell), or null when empty. */
export type CellValue = string | number | Date | null;

export interface TableRow {
  /** The row number as the spreadsheet shows it: the header is row 1, the first data row 2. */
  row: number;
  values: Record<string, CellValue>;
}

export interface Table {
  format: 'xlsx' | 'csv';
  headers: string[];
  rows: TableRow[];
}

export interface ReadLimits {
  /** Data rows (after the header) allowed: 10,000 for an eligibility check, 100,000 for an import (issue 10). */
  maxRows: number;
  /** Headers of date columns: a number there is an Excel serial date, and it is read as an ISO date `YYYY-MM-DD`. */
  dateColumns?: readonly string[];
}

/** Why a file was refused; `code` is a stable problem code (the UI translates it), `params` its values. */
export class SpreadsheetError extends Error {
  constructor(
    readonly code: 'not-a-spreadsheet' | 'spreadsheet-empty' | 'too-many-rows' | 'formula-cell' | 'merged-cells' | 'duplicate-header' | 'csv-malformed',
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

// Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is allowed for; serial 2958465 is 9999-12-31.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MAX_SERIAL = 2958465;

/** An Excel serial date (days since 1899-12-30, the fraction a time of day) as an ISO date, or null when it is none. */
export function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The table in `bytes`: .xlsx when it is a zip (its first bytes `PK\x03\x04`), CSV when the name says .csv and
 * the bytes are text (UTF-8 with or without BOM; otherwise GBK/GB18030, as Chinese Excel saves CSV).
 * Throws SpreadsheetError on what it refuses. Every row in memory: for files of a few thousand rows (eligibility
 * checks); a batch import reads its rows one at a time with openTable.
 */
export async function readTable(bytes: Buffer, fileName: string, limits: ReadLimits): Promise<Table> {
  const t = await openTable(bytes, fileName, limits);
  const rows: TableRow[] = [];
  for await (const r of t.rows) rows.push(r);
  return { format: t.format, headers: t.headers, rows };
}

/** A table read as a stream: its headers now, its rows one at a time (once); a refusal is thrown where it is met. */
export interface TableStream {
  format: 'xlsx' | 'csv';
  headers: string[];
  rows: AsyncGenerator<TableRow, void, undefined>;
}

/**
 * The table in `bytes`, its rows streamed (exceljs's streaming reader, csv-parse's stream), so memory stays bounded
 * whatever the row count: the refusals and their order are readTable's (merged cells first, then the headers,
 * then a formula or the row limit at the row where it is met).
 */
export async function openTable(bytes: Buffer, fileName: string, limits: ReadLimits): Promise<TableStream> {
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    const range = await firstMergedRange(bytes);
    if (range) throw new SpreadsheetError('merged-cells', `merged cells ${range}: unmerge them and fill each row`, { range });
    return openXlsx(bytes, limits);
  }
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) throw new SpreadsheetError('not-a-spreadsheet', 'an old Excel (.xls) workbook: save it as .xlsx and upload again', { fileName });
  if (/\.(csv|txt)$/i.test(fileName) && !bytes.includes(0)) return openCsv(bytes, limits);
  throw new SpreadsheetError('not-a-spreadsheet', 'not an .xlsx workbook or a CSV file', { fileName });
}

/**
 * The headers and the first `rows` data rows, read from the beginning of the file and no further: what an upload
 * can be refused for at once (not a table, no or duplicate headers, a formula among those rows, a CSV that cannot
 * be read there). Merged cells (listed at the end of a sheet), the row limit and the later rows are the import's
 * validation's (openTable).
 */
export async function peekTable(bytes: Buffer, fileName: string, options: { rows: number; dateColumns?: readonly string[] }): Promise<Table> {
  const magicZip = bytes.subarray(0, 4).equals(ZIP_MAGIC);
  const t = magicZip ? await openXlsx(bytes, { maxRows: Number.MAX_SAFE_INTEGER, dateColumns: options.dateColumns }) : await openTable(bytes, fileName, { maxRows: Number.MAX_SAFE_INTEGER, dateColumns: options.dateColumns });
  const rows: TableRow[] = [];
  try {
    for await (const r of t.rows) {
      rows.push(r);
      if (rows.length >= options.rows) break;
    }
  } finally {
    await t.rows.return(undefined);
  }
  return { format: t.format, headers: t.headers, rows };
}

/** The text of CSV bytes: UTF-8 (a BOM dropped) when they are valid UTF-8, else GBK (GB18030, its superset). */
export function decodeCsvText(bytes: Buffer): { text: string; encoding: 'utf-8' | 'gbk' } {
  const body = bytes.subarray(0, 3).equals(UTF8_BOM) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(body, 'gb18030'), encoding: 'gbk' };
  }
}

function checkHeaders(headers: string[]): string[] {
  const trimmed = headers.map((h) => h.trim());
  if (trimmed.length === 0 || trimmed.every((h) => h === '')) throw new SpreadsheetError('spreadsheet-empty', 'the first row holds no column headers');
  const seen = new Set<string>();
  for (const h of trimmed) {
    if (h !== '' && seen.has(h)) throw new SpreadsheetError('duplicate-header', `the column header ${h} appears twice`, { header: h });
    seen.add(h);
  }
  return trimmed;
}

const tooMany = (maxRows: number) => new SpreadsheetError('too-many-rows', `more than ${maxRows} data rows; split the file`, { maxRows });

/** CSV text is fed to the parser in slices of this many characters, so its records come as they are read. */
const CSV_SLICE = 64 * 1024;

async function openCsv(bytes: Buffer, limits: ReadLimits): Promise<TableStream> {
  const { text } = decodeCsvText(bytes);
  const slices = (function* () {
    for (let at = 0; at < text.length; at += CSV_SLICE) yield text.slice(at, at + CSV_SLICE);
  })();
  // Rows of unequal length are read as they are (a trailing empty cell is often left off); quotes as RFC 4180.
  const parser = Readable.from(slices).pipe(parseCsvStream({ relax_column_count: true, skip_empty_lines: false, bom: true }));
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const next = async (): Promise<IteratorResult<string[]>> => {
    try {
      return await records.next();
    } catch (err) {
      const line = (err as { lines?: number }).lines ?? 0;
      throw new SpreadsheetError('csv-malformed', `the CSV cannot be read near line ${line}: ${(err as Error).message}`, { line });
    }
  };
  const first = await next();
  if (first.done) throw new SpreadsheetError('spreadsheet-empty', 'the file is empty');
  const headers = checkHeaders(first.value);
  async function* rows(): AsyncGenerator<TableRow, void, undefined> {
    let count = 0;
    try {
      for (let line = 2; ; line++) {
        const r = await next();
        if (r.done) return;
        const cells = r.value;
        if (cells.every((c) => c.trim() === '')) continue;
        if (count === limits.maxRows) throw tooMany(limits.maxRows);
        const values: Record<string, CellValue> = {};
        headers.forEach((h, j) => {
          if (h === '') return;
          const v = (cells[j] ?? '').trim();
          values[h] = v === '' ? null : v;
        });
        count++;
        yield { row: line, values };
      }
    } finally {
      parser.destroy();
    }
  }
  return { format: 'csv', headers, rows: rows() };
}

function cellText(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return cellText(value.richText.map((t) => t.text).join(''));
  if ('text' in value && typeof value.text === 'string') return cellText(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

const isFormula = (cell: ExcelJS.Cell) =>
  cell.type === ExcelJS.ValueType.Formula || (typeof cell.value === 'object' && cell.value !== null && ('formula' in cell.value || 'sharedFormula' in cell.value));

/** The first formula cell of a row, by its address. */
function formulaIn(row: ExcelJS.Row): string | null {
  let at: string | null = null;
  row.eachCell({ includeEmpty: false }, (cell) => {
    if (!at && isFormula(cell)) at = cell.address;
  });
  return at;
}

const formulaCell = (cell: string) => new SpreadsheetError('formula-cell', `cell ${cell} holds a formula: paste its value instead`, { cell });
const unreadable = () => new SpreadsheetError('not-a-spreadsheet', 'a zip file, but not an .xlsx workbook that can be read');

/** UTF-8 text of byte chunks, a character split between two chunks decoded whole. */
async function* utf8Chunks(source: AsyncIterable<Buffer | string>): AsyncGenerator<string, void, undefined> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of source) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/**
 * exceljs 4.4's streaming reader, given the parts of the zip from its central directory, in the order it needs them,
 * and as text:
 * - Its own single pass over the zip (unzipper's Parse) loses a part now and then (exceljs#3064: its stream helper
 *   pauses a part's stream, which unzipper then ends with data undelivered). On Node 20, 5 of 1,500 one-row
 *   workbooks from exceljs's own writer read as unreadable (the workbook part lost: model.sheets of undefined) or
 *   as having no header (the shared strings lost). The bytes are in memory anyway: the workbook's rels, the workbook
 *   part, the styles and the shared strings are read whole first, whatever order the zip stores them in, then the
 *   sheets in their number order, each inflated as its rows are parsed (bounded memory, no temporary file).
 * - It decodes each inflated chunk of a part on its own, so a Chinese character split between two chunks reads as
 *   two U+FFFD (金市监罚 as 金市��罚, measured on a 3,000-row sheet): the small parts are given as one string each,
 *   the sheets through a decoder that keeps a split character for the next chunk.
 */
function workbookReader(bytes: Buffer): ExcelJS.stream.xlsx.WorkbookReader {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore' });
  type Parts = Record<'_parseRels' | '_parseWorkbook' | '_parseStyles', (part: Readable) => Promise<void>> &
    Record<'_parseSharedStrings', (part: Readable) => AsyncGenerator<unknown>> &
    Record<'_parseWorksheet', (rows: AsyncIterable<string>, sheetNo: string) => Generator<unknown>>;
  const whole = async (f: ZipEntry) => Readable.from([(await f.buffer()).toString('utf8')]);
  (reader as unknown as { parse: () => AsyncGenerator<unknown> }).parse = async function* (this: Parts) {
    const files = await zipFiles(bytes);
    const part = (path: string) => files.find((f) => f.path === path);
    for (const [path, read] of [['xl/_rels/workbook.xml.rels', '_parseRels'], ['xl/workbook.xml', '_parseWorkbook'], ['xl/styles.xml', '_parseStyles']] as const) {
      const f = part(path);
      if (f) await this[read](await whole(f));
    }
    const strings = part('xl/sharedStrings.xml');
    if (strings) yield* this._parseSharedStrings(await whole(strings));
    const sheets = files.map((f) => ({ f, no: /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(f.path)?.[1] })).filter((x): x is { f: ZipEntry; no: string } => x.no !== undefined);
    for (const { f, no } of sheets.sort((a, b) => Number(a.no) - Number(b.no))) yield* this._parseWorksheet(utf8Chunks(f.stream() as AsyncIterable<Buffer>), no);
  };
  return reader;
}

/**
 * The rows of the workbook's first sheet (the first in the workbook's own order, as Excel shows the tabs) from
 * exceljs's streaming reader: shared strings and styles cached (a date cell is read as a date), the sheet's rows
 * parsed as they are inflated.
 */
async function* xlsxRows(bytes: Buffer): AsyncGenerator<ExcelJS.Row, void, undefined> {
  const reader = workbookReader(bytes);
  const sheetsOf = reader[Symbol.asyncIterator]();
  let sheets = 0;
  let finished = false;
  try {
    for (;;) {
      const next = await sheetsOf.next();
      if (next.done) break;
      const sheet = next.value;
      const first = (reader as unknown as { model?: { sheets?: Array<{ name: string }> } }).model?.sheets?.[0]?.name;
      const name = (sheet as unknown as { name?: string }).name;
      if (first !== undefined && name !== undefined && name !== first) continue;
      sheets++;
      for await (const row of sheet) yield row as ExcelJS.Row;
      break;
    }
    finished = true;
  } catch (err) {
    if (err instanceof SpreadsheetError) throw err;
    throw unreadable();
  } finally {
    if (!finished) await sheetsOf.return?.(undefined);
  }
  if (sheets === 0) {
    if (!(reader as unknown as { model?: unknown }).model) throw unreadable();
    throw new SpreadsheetError('spreadsheet-empty', 'the workbook has no worksheet');
  }
}

async function openXlsx(bytes: Buffer, limits: ReadLimits): Promise<TableStream> {
  const source = xlsxRows(bytes);
  const first = await source.next();
  // Row 1 is the header; a sheet whose first row is later has none.
  const header = !first.done && first.value.number === 1 ? first.value : null;
  const headerCells: string[] = [];
  if (header) {
    for (let c = 1; c <= header.cellCount; c++) {
      const v = cellText(header.getCell(c).value);
      headerCells.push(v instanceof Date ? isoDate(v) : v === null ? '' : String(v));
    }
  }
  let headers: string[];
  try {
    headers = checkHeaders(headerCells);
    const f = header && formulaIn(header);
    if (f) throw formulaCell(f);
  } catch (err) {
    await source.return(undefined);
    throw err;
  }
  const dateColumns = new Set(limits.dateColumns ?? []);
  async function* rows(): AsyncGenerator<TableRow, void, undefined> {
    let count = 0;
    try {
      for await (const row of source) {
        const f = formulaIn(row);
        if (f) throw formulaCell(f);
        const values: Record<string, CellValue> = {};
        let any = false;
        headers.forEach((h, j) => {
          if (h === '') return;
          let v = cellText(row.getCell(j + 1).value);
          if (dateColumns.has(h)) {
            if (typeof v === 'number') v = excelSerialToIsoDate(v) ?? v;
            else if (v instanceof Date) v = isoDate(v);
          }
          if (v !== null) any = true;
          values[h] = v;
        });
        if (!any) continue;
        if (count === limits.maxRows) throw tooMany(limits.maxRows);
        count++;
        yield { row: row.number, values };
      }
    } finally {
      await source.return(undefined);
    }
  }
  return { format: 'xlsx', headers, rows: rows() };
}

interface ZipEntry {
  path: string;
  buffer(): Promise<Buffer>;
  stream(): NodeJS.ReadableStream;
}
// exceljs reads .xlsx with unzipper (its dependency): its central-directory reader finds one file of the zip.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const unzipper = require('unzipper') as { Open: { buffer(b: Buffer): Promise<{ files: ZipEntry[] }> } };

/** The files of a zip, from its central directory; a zip that cannot be read is not a workbook. */
async function zipFiles(bytes: Buffer): Promise<ZipEntry[]> {
  try {
    return (await unzipper.Open.buffer(bytes)).files;
  } catch {
    throw unreadable();
  }
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * The first merged range (`<mergeCell ref="D2:D3"/>`) of the workbook's first sheet, or null. exceljs's streaming
 * reader skips merges, and they come after the rows in the sheet's XML: the sheet is inflated once more and
 * scanned for them, a slice at a time (no XML tree held).
 */
async function firstMergedRange(bytes: Buffer): Promise<string | null> {
  const files = await zipFiles(bytes);
  const file = (path: string) => files.find((f) => f.path === path);
  const book = file('xl/workbook.xml');
  const rels = file('xl/_rels/workbook.xml.rels');
  if (!book || !rels) throw unreadable();
  const firstSheet = /<(?:\w+:)?sheet\s[^>]*>/.exec((await book.buffer()).toString('utf8'))?.[0];
  const rId = firstSheet && /\s[\w]+:id="([^"]*)"/.exec(firstSheet)?.[1];
  if (!rId) return null;
  const rel = ((await rels.buffer()).toString('utf8').match(/<(?:\w+:)?Relationship\s[^>]*>/g) ?? []).find((t) => attr(t, 'Id') === rId);
  const target = rel && attr(rel, 'Target');
  if (!target) return null;
  const sheet = file(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  if (!sheet) return null;
  const MERGE = /<(?:\w+:)?mergeCell\s[^>]*?ref="([^"]+)"/;
  let tail = '';
  const stream = sheet.stream();
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = tail + chunk.toString('latin1');
      const m = MERGE.exec(text);
      if (m) return m[1];
      tail = text.slice(-256);
    }
  } catch {
    throw unreadable();
  } finally {
    (stream as unknown as { destroy?: () => void }).destroy?.();
  }
  return null;
}
