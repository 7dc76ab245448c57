import type { Response } from 'express';
import { Op, type ModelStatic, type WhereOptions } from 'sequelize';
import type { Db } from '../db';
import type { SessionUser } from '../db/credentials';
import { departmentNames } from '../db/departments';
import { unprocessable } from './errors';
import { registry, z } from './openapi';
import { text } from './validate';
import { sendWorkbook, XLSX_TYPE, type WorkbookColumn } from './workbook';

// The list conventions every resource follows (CONTRACT.md "Lists"): `page`, `perPage`, `sort`, `order`,
// answered as `{ data, total }`, and who sees beyond their own department.

/** The shared `format` query parameter of every list (components/parameters/ListFormat). */
export const ListFormat = registry.registerParameter(
  'ListFormat',
  z
    .enum(['json', 'xlsx'])
    .optional()
    .openapi({
      param: { name: 'format', in: 'query', description: '`xlsx`: the whole list the filters select (every page, in the same order, up to 100,000 rows; `page` and `perPage` are ignored) as an Excel workbook with Chinese column headers; more rows answer 422 `export-too-large`. Default `json`, one page.' },
    }),
);

export const Paging = z.object({
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(500).default(25),
  sort: text().optional(),
  order: z.enum(['ASC', 'DESC', 'asc', 'desc']).default('DESC'),
  format: ListFormat,
});

/** One page of a list, sorted by an allowed field (the first when none or another is asked), newest first by default. */
export async function page(model: ModelStatic<any>, where: WhereOptions, q: z.infer<typeof Paging>, sortable: string[]) {
  const sort = q.sort && sortable.includes(q.sort) ? q.sort : sortable[0];
  // Ties broken by the key, so consecutive pages (an export's batches) neither repeat nor skip a row.
  const key = model.primaryKeyAttribute;
  const order: Array<[string, string]> = [[sort, q.order.toUpperCase()], ...(sort === key ? [] : [[key, 'ASC'] as [string, string]])];
  const { rows, count } = await model.findAndCountAll({ where, order, limit: q.perPage, offset: (q.page - 1) * q.perPage });
  return { data: rows.map((x: any) => x.get({ plain: true })), total: count };
}

/** The pages of `page()` for a list's query, any page at any size: what answerList reads. */
export const pagesOfModel =
  (model: ModelStatic<any>, where: WhereOptions, q: z.infer<typeof Paging>, sortable: string[]): PageReader<any> =>
  (pageNo, perPage) =>
    page(model, where, { ...q, page: pageNo, perPage }, sortable);

/** A list answered whole (a catalog, a board): its pages cut from the rows in hand. */
export const wholeList =
  <T>(rows: T[]): PageReader<T> =>
  async (pageNo, perPage) => ({ data: rows.slice((pageNo - 1) * perPage, pageNo * perPage), total: rows.length });

/** Administrators, leaders and the district office see every department's records (DESIGN.md rule 7). */
export const seesAll = (u: SessionUser) => u.roles.includes('admin') || u.roles.includes('leader') || u.department.kind === 'district';

// ---- A list as a workbook (CONTRACT.md: any list + `&format=xlsx`, up to 100,000 rows) ----

/** The most rows one export writes; a larger list is refused (422 export-too-large) so the filter is narrowed. */
export const EXPORT_MAX_ROWS = 100_000;
/** Rows read per query while exporting: memory holds one batch, however long the list. */
export const EXPORT_BATCH_ROWS = 1_000;

/** A list's 200 answer: one page as JSON, or with `format=xlsx` the whole list as a workbook. */
export function listResponses(json: z.ZodTypeAny, description: string) {
  return {
    200: {
      description: `${description}; with format=xlsx the whole list as an .xlsx file (Content-Disposition names it)`,
      content: { 'application/json': { schema: json }, [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
    },
  };
}

/** A page of a list whose rows the document does not spell out yet. */
export const AnyPage = z.object({ data: z.array(z.record(z.string(), z.unknown())), total: z.number().int() });

/** A workbook column read from a list row: what a person reads, never an internal key. */
export interface ExportColumn<T> extends Omit<WorkbookColumn, 'key'> {
  value: (row: T) => unknown;
}

/**
 * How a list looks as a workbook: its file and sheet name (Chinese) and its columns. `prepare` turns a
 * batch of list rows into what the columns read (names for the codes and logins a row holds: departments,
 * people through db/people.ts peopleOf), one lookup per batch, never per row.
 */
export interface ListExport<T, V = T> {
  fileName: string;
  sheetName: string;
  prepare?: (batch: T[]) => Promise<V[]>;
  columns: Array<ExportColumn<V>>;
}

/** One page of a list, as the JSON answer has it; the export reads the same pages, larger. */
export type PageReader<T> = (page: number, perPage: number) => Promise<{ data: T[]; total: number }>;

/**
 * Rows of a list read in batches: `total` first (for the limit), then `batches` in the list's order. The
 * default reads pages of the JSON list (offset batches); a list whose pages cost more the deeper they go
 * (the task list's merged branches) gives keyset batches of its own.
 */
export interface BatchReader<T> {
  total: () => Promise<number>;
  batches: () => AsyncIterable<T[]>;
}

/**
 * The rows after `last` in an order of several columns (the last one unique): (a > A) or (a = A and b > B)
 * or …, each comparison in its column's direction, under a range on the first column (a ≥ A) that lets
 * the database start from its index rather than test every row: the keyset condition of batch after batch.
 */
export function keysetAfter(columns: Array<[string, 'ASC' | 'DESC']>, last: (column: string) => unknown): WhereOptions {
  const [[first, firstDir]] = columns;
  return {
    [Op.and]: [
      { [first]: { [firstDir === 'DESC' ? Op.lte : Op.gte]: last(first) } },
      {
        [Op.or]: columns.map(([col, dir], i) => ({
          [Op.and]: [...columns.slice(0, i).map(([c]) => ({ [c]: last(c) })), { [col]: { [dir === 'DESC' ? Op.lt : Op.gt]: last(col) } }],
        })),
      },
    ],
  };
}

/**
 * The export of a `page()` list in keyset batches: the same where and order (the sort column, then the
 * key), counted once; each batch starts after the last row of the one before, so the 100th costs what the
 * first does (an offset page makes the database step over every row before it).
 */
export function modelBatches(model: ModelStatic<any>, where: WhereOptions, q: z.infer<typeof Paging>, sortable: string[], batchRows = EXPORT_BATCH_ROWS): BatchReader<any> {
  const sort = q.sort && sortable.includes(q.sort) ? q.sort : sortable[0];
  // A row whose sort column is empty has no place after a cursor: such a list is read in offset pages.
  if (model.getAttributes()[sort]?.allowNull !== false) return pagesOf(pagesOfModel(model, where, q, sortable), batchRows);
  const key = model.primaryKeyAttribute;
  const dir = q.order.toUpperCase() as 'ASC' | 'DESC';
  const columns: Array<[string, 'ASC' | 'DESC']> = sort === key ? [[key, dir]] : [[sort, dir], [key, 'ASC']];
  return {
    total: () => model.count({ where }),
    batches: async function* () {
      let last: Record<string, unknown> | null = null;
      for (;;) {
        const after: WhereOptions = last ? keysetAfter(columns, (c) => last![c]) : {};
        const rows: Array<Record<string, unknown>> = (await model.findAll({ where: { [Op.and]: [where, after] }, order: columns, limit: batchRows })).map((x: any) => x.get({ plain: true }));
        if (rows.length) yield rows;
        if (rows.length < batchRows) return;
        last = rows[rows.length - 1];
      }
    },
  };
}

export function pagesOf<T>(read: PageReader<T>, batchRows = EXPORT_BATCH_ROWS): BatchReader<T> {
  let first: Promise<{ data: T[]; total: number }> | undefined;
  const firstPage = () => (first ??= read(1, batchRows));
  return {
    total: async () => (await firstPage()).total,
    batches: async function* () {
      let { data } = await firstPage();
      for (let page = 2; ; page++) {
        if (data.length) yield data;
        // A short page is the last (rows added meanwhile wait for the next export).
        if (data.length < batchRows) return;
        ({ data } = await read(page, batchRows));
      }
    },
  };
}

/**
 * The one way a list route answers: with `format=xlsx` the whole filtered list as a workbook (the row
 * limit checked before anything is sent), else the page asked for as `{ data, total }`. The route applies
 * the user's authority and filters inside `read` (and `batches`), so both answers hold the same rows.
 */
export async function answerList<T, V = T>(
  res: Response,
  q: { format?: 'json' | 'xlsx'; page: number; perPage: number },
  view: ListExport<T, V>,
  read: PageReader<T>,
  batches: BatchReader<T> = pagesOf(read),
): Promise<void> {
  if (q.format === 'xlsx') await exportList(res, view, batches);
  else res.json(await read(q.page, q.perPage));
}

export async function exportList<T, V = T>(res: Response, view: ListExport<T, V>, rows: BatchReader<T>): Promise<void> {
  const total = await rows.total();
  if (total > EXPORT_MAX_ROWS) {
    throw unprocessable(`the list has ${total} rows; an export takes at most ${EXPORT_MAX_ROWS}: narrow the filter`, undefined, { code: 'export-too-large', params: { total, limit: EXPORT_MAX_ROWS } });
  }
  const columns = view.columns.map((c, i) => ({ ...c, key: `c${i}` }));
  async function* cells() {
    let written = 0;
    for await (const batch of rows.batches()) {
      const views = view.prepare ? await view.prepare(batch) : (batch as unknown as V[]);
      for (const row of views) {
        if (written++ >= EXPORT_MAX_ROWS) return;
        yield Object.fromEntries(columns.map((c) => [c.key, c.value(row)]));
      }
    }
  }
  await sendWorkbook(res, { fileName: `${view.fileName}-${shanghaiToday()}`, sheetName: view.sheetName, columns }, cells());
}

const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** A department code as its name for a list or export cell (the code itself when unknown, blank when absent). */
export async function departmentLabeller(db: Db): Promise<(code: unknown) => string> {
  const names = await departmentNames(db);
  return (code) => (typeof code === 'string' ? (names.get(code) ?? code) : '');
}
