import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
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
 * Throws SpreadsheetError on what it refuses.
 */
export async function readTable(bytes: Buffer, fileName: string, limits: ReadLimits): Promise<Table> {
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return readXlsx(bytes, limits);
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) throw new SpreadsheetError('not-a-spreadsheet', 'an old Excel (.xls) workbook: save it as .xlsx and upload again', { fileName });
  if (/\.(csv|txt)$/i.test(fileName) && !bytes.includes(0)) return readCsv(bytes, limits);
  throw new SpreadsheetError('not-a-spreadsheet', 'not an .xlsx workbook or a CSV file', { fileName });
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

function readCsv(bytes: Buffer, limits: ReadLimits): Table {
  const { text } = decodeCsvText(bytes);
  let records: string[][];
  try {
    // Rows of unequal length are read as they are (a trailing empty cell is often left off); quotes as RFC 4180.
    records = parseCsv(text, { relax_column_count: true, skip_empty_lines: false, bom: true, to: limits.maxRows + 2 });
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 0;
    throw new SpreadsheetError('csv-malformed', `the CSV cannot be read near line ${line}: ${(err as Error).message}`, { line });
  }
  if (records.length === 0) throw new SpreadsheetError('spreadsheet-empty', 'the file is empty');
  const headers = checkHeaders(records[0]);
  const rows: TableRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const cells = records[i];
    if (cells.every((c) => c.trim() === '')) continue;
    if (rows.length === limits.maxRows) throw tooMany(limits.maxRows);
    const values: Record<string, CellValue> = {};
    headers.forEach((h, j) => {
      if (h === '') return;
      const v = (cells[j] ?? '').trim();
      values[h] = v === '' ? null : v;
    });
    rows.push({ row: i + 1, values });
  }
  return { format: 'csv', headers, rows };
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

async function readXlsx(bytes: Buffer, limits: ReadLimits): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new SpreadsheetError('not-a-spreadsheet', 'a zip file, but not an .xlsx workbook that can be read');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SpreadsheetError('spreadsheet-empty', 'the workbook has no worksheet');
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  if (merges.length > 0) throw new SpreadsheetError('merged-cells', `merged cells ${merges[0]}: unmerge them and fill each row`, { range: merges[0] });
  const header = sheet.getRow(1);
  const headerCells: string[] = [];
  for (let c = 1; c <= sheet.columnCount; c++) {
    const v = cellText(header.getCell(c).value);
    headerCells.push(v instanceof Date ? isoDate(v) : v === null ? '' : String(v));
  }
  const headers = checkHeaders(headerCells);
  const dateColumns = new Set(limits.dateColumns ?? []);
  const rows: TableRow[] = [];
  let formula: string | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (formula) return;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (!formula && (cell.type === ExcelJS.ValueType.Formula || (typeof cell.value === 'object' && cell.value !== null && ('formula' in cell.value || 'sharedFormula' in cell.value)))) formula = cell.address;
    });
    if (formula || rowNumber === 1) return;
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
    if (!any) return;
    if (rows.length === limits.maxRows) throw tooMany(limits.maxRows);
    rows.push({ row: rowNumber, values });
  });
  if (formula) throw new SpreadsheetError('formula-cell', `cell ${formula} holds a formula: paste its value instead`, { cell: formula });
  return { format: 'xlsx', headers, rows };
}
