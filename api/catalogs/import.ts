import type { Db } from '../../db';
import { catalogModel, changeItem, createItem } from '../../db/catalogs';
import { departmentsByCode } from '../../db/departments';
import { CATALOG_COLUMNS, cellText, checkItemKindOf, detailFields, itemInput, MAX_CATALOG_IMPORT_ROWS, type Catalog, type ItemInput } from '../../domain/catalogs';
import { readTable, SpreadsheetError } from '../../domain/spreadsheet';
import { fieldIssues } from '../../domain/textSchemas';
import { unprocessable, type FieldError } from '../errors';

// A catalog imported from a workbook: every row read and validated before anything is written; one bad row
// refuses the whole file with each error's row, column and reason, and nothing is stored. Then, in one
// transaction, a new code is added and a known one gets a new version when anything in its row differs.

export interface CatalogImportResult {
  created: number;
  changed: number;
  unchanged: number;
}

const COMPARED = ['name', 'departmentCode', 'legalBasis'];

export async function importCatalog(db: Db, catalog: Catalog, file: { name: string; bytes: Buffer }, actor: { username: string }): Promise<CatalogImportResult> {
  const columns = CATALOG_COLUMNS[catalog];
  let table;
  try {
    table = await readTable(file.bytes, file.name, { maxRows: MAX_CATALOG_IMPORT_ROWS, dateColumns: ['生效日期', 'effectiveFrom'] });
  } catch (err) {
    if (err instanceof SpreadsheetError) throw unprocessable(err.message, [{ field: 'file', message: err.message }], { code: err.code, params: { ...err.params } });
    throw err;
  }
  // A column is found by its Chinese header or its field name.
  const headerOf = new Map(columns.map((c) => [c.field, table.headers.find((h) => h === c.header || h === c.field)]));
  const missing = columns.filter((c) => c.required && !headerOf.get(c.field)).map((c) => c.header);
  if (missing.length) throw unprocessable(`the file lacks the columns ${missing.join(', ')}`, [{ field: 'file', message: `missing columns: ${missing.join('、')}` }], { code: 'import-columns-missing', params: { columns: missing.join('、') } });
  if (table.rows.length === 0) throw unprocessable('the file has no rows', [{ field: 'file', message: 'no rows' }], { code: 'spreadsheet-empty' });

  const departments = [...(await departmentsByCode(db)).values()];
  const departmentOf = (v: string | undefined) => departments.find((d) => d.code === v || d.name === v)?.code as string | undefined;
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  const items: Array<{ row: number; input: ItemInput }> = [];
  for (const row of table.rows) {
    const cell = (field: string) => {
      const h = headerOf.get(field);
      return h ? cellText(row.values[h]) : undefined;
    };
    const headerOfField = (field: string) => columns.find((c) => c.field === field || (field === 'departmentCode' && c.field === 'department'))?.header ?? field;
    const department = cell('department');
    const warning = cell('expiryWarningDays');
    const raw: Record<string, unknown> = {
      code: cell('code'),
      name: cell('name'),
      departmentCode: departmentOf(department) ?? department,
      legalBasis: cell('legalBasis'),
      effectiveFrom: cell('effectiveFrom'),
      ...(catalog === 'checkItem' ? { method: cell('method'), kind: checkItemKindOf(cell('kind')) } : {}),
      ...(catalog === 'licenseItem' && warning !== undefined ? { expiryWarningDays: Number.isFinite(Number(warning)) ? Number(warning) : warning } : {}),
    };
    const parsed = itemInput(catalog).safeParse(raw);
    if (department !== undefined && !departmentOf(department)) errors.push({ field: `${row.row}:${headerOfField('department')}`, message: `unknown department ${department}`, code: 'unknown-department', params: { department } });
    if (!parsed.success) {
      for (const i of fieldIssues(parsed.error)) {
        // A kind is written 重点 or 一般 in the sheet ({ code: 'catalog-check-item-kind' }): the error says so, not the identifiers behind them.
        const issue = i.field === 'kind' ? { ...i, code: 'catalog-check-item-kind', params: undefined } : i;
        errors.push({ field: `${row.row}:${headerOfField(i.field)}`, message: issue.message, code: issue.code, ...(issue.params ? { params: issue.params } : {}) });
      }
      continue;
    }
    const first = seen.get(parsed.data.code);
    if (first !== undefined) errors.push({ field: `${row.row}:${headerOfField('code')}`, message: `the code ${parsed.data.code} is also in row ${first}`, code: 'catalog-import-duplicate-code', params: { code: parsed.data.code, row: first } });
    else seen.set(parsed.data.code, row.row);
    items.push({ row: row.row, input: parsed.data as ItemInput });
  }
  if (errors.length) throw unprocessable(`${errors.length} problems in the file; nothing was imported`, errors, { code: 'catalog-import-invalid', params: { errors: errors.length } });

  return db.writeTransaction(async (t) => {
    const existing = new Map(((await catalogModel(db, catalog).findAll({ where: { code: items.map((i) => i.input.code) }, raw: true, transaction: t })) as any[]).map((r) => [r.code, r]));
    const result: CatalogImportResult = { created: 0, changed: 0, unchanged: 0 };
    for (const { input } of items) {
      const row = existing.get(input.code);
      if (!row) {
        await createItem(db, catalog, input, actor, t);
        result.created++;
        continue;
      }
      const differs = [...COMPARED, ...detailFields(catalog)].some((f) => ((input as any)[f] ?? null) !== (row[f] ?? null)) || (input.effectiveFrom !== undefined && input.effectiveFrom !== row.effectiveFrom);
      if (!differs) {
        result.unchanged++;
        continue;
      }
      await changeItem(db, catalog, input.code, { ...input, version: row.version, reason: `导入：${file.name}`.slice(0, 300) }, actor, t);
      result.changed++;
    }
    return result;
  });
}
