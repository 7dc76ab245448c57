import { once } from 'node:events';
import type { Response } from 'express';
import ExcelJS from 'exceljs';

// A list as an Excel workbook (CONTRACT.md: any list + `&format=xlsx`), written row by row into the
// response through exceljs's streaming WorkbookWriter, so 100,000 rows take the memory of a few.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * How a column's values are written: `text` (the default) always as a text cell, `number` as a number,
 * `date` a `YYYY-MM-DD` day and `datetime` an instant, both as Excel dates in Asia/Shanghai wall time
 * (DESIGN.md rule 5: stored in UTC, shown in Shanghai; an Excel date has no zone).
 */
export type ColumnType = 'text' | 'number' | 'date' | 'datetime';

export interface WorkbookColumn {
  /** What a person reads at the top of the column (Chinese). */
  header: string;
  key: string;
  /** In characters; a guess from the header when absent. */
  width?: number;
  type?: ColumnType;
}

export interface WorkbookSpec {
  /** Without the extension; Chinese welcome (sent as RFC 5987 UTF-8). */
  fileName: string;
  sheetName: string;
  columns: WorkbookColumn[];
}

/** Asia/Shanghai is UTC+8 all year (no daylight saving since 1991). */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

const NUMBER_FORMATS: Record<ColumnType, string> = {
  // '@' is Excel's Text format: a cell edited and confirmed in Excel stays text, so `=HYPERLINK(...)`
  // typed by an outsider into a name never turns into a formula (CSV/Excel injection, OWASP).
  text: '@',
  number: 'General',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};

/**
 * A cell's value reduced to a primitive of the column's type. Only strings, numbers and Dates reach
 * exceljs: an object such as `{ formula }` or `{ hyperlink }` from stored JSON would otherwise be written
 * as a formula or a link, and a string is never parsed by exceljs, so `=1+1` stays the text `=1+1`.
 */
export function cellValue(value: unknown, type: ColumnType = 'text'): string | number | Date | null {
  if (value === null || value === undefined || value === '') return null;
  switch (type) {
    case 'number': {
      const n = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(n) ? n : null;
    }
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value instanceof Date ? shanghaiDay(value) : String(value));
      return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    }
    case 'datetime': {
      const t = value instanceof Date ? value.getTime() : Date.parse(String(value));
      return Number.isFinite(t) ? new Date(t + SHANGHAI_OFFSET_MS) : null;
    }
    default:
      return Array.isArray(value) ? value.map(String).join('、') : value instanceof Date ? shanghaiDay(value) : String(value);
  }
}

const shanghaiDay = (d: Date) => new Date(d.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);

/**
 * `Content-Disposition` with the name in UTF-8 (RFC 5987 `filename*`, which browsers prefer) and an ASCII
 * fallback for the rest (RFC 6266 §4.3).
 */
export function contentDisposition(fileName: string): string {
  const full = `${fileName}.xlsx`;
  // A Chinese name falls back to `export` with its ASCII tail kept (`任务清单-2026-11-30` → `export-2026-11-30`).
  const ascii = /^[\x20-\x7e]+$/.test(fileName) ? fileName : `export${/[\x20-\x7e]*$/.exec(fileName)![0].replace(/^[^-_]+/, '')}`;
  const fallback = `${ascii.replace(/["\\%]/g, '') || 'export'}.xlsx`;
  const encoded = encodeURIComponent(full).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Excel refuses sheet names longer than 31 characters or holding any of : \ / ? * [ ]. */
const safeSheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1';

const displayWidth = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0xff ? 2 : 1), 0);

/**
 * Streams `rows` into the response as one worksheet: a bold, frozen header row, then one row per item.
 * Waits for the client when the response's buffer is full, so a slow download holds memory, not rows.
 * An error once rows are flowing can only cut the response short (the headers are gone); the caller
 * checks everything that can refuse (authority, filters, the row limit) before calling.
 */
export async function sendWorkbook(res: Response, spec: WorkbookSpec, rows: AsyncIterable<Record<string, unknown>>): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', XLSX_TYPE);
  res.setHeader('Content-Disposition', contentDisposition(spec.fileName));
  res.setHeader('Cache-Control', 'no-store');
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  book.creator = 'Zongjian';
  const sheet = book.addWorksheet(safeSheetName(spec.sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c) => ({
    key: c.key,
    width: c.width ?? Math.max(10, Math.min(40, displayWidth(c.header) + 4)),
    style: { numFmt: NUMBER_FORMATS[c.type ?? 'text'] },
  }));
  const header = sheet.addRow(spec.columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  let written = 0;
  try {
    for await (const item of rows) {
      const row = sheet.addRow(spec.columns.map((c) => cellValue(item[c.key], c.type)));
      row.commit();
      if (++written % 200 === 0 && res.writableNeedDrain) await Promise.race([once(res, 'drain'), once(res, 'close')]);
      if (res.destroyed) return;
    }
    sheet.commit();
    await book.commit();
  } catch (err) {
    res.destroy(err instanceof Error ? err : new Error(String(err)));
    throw err;
  }
}
