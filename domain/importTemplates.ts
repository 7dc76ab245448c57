import { PENALTY_KINDS } from './inspections';
import type { RecordKind } from './records';
import { excelSerialToIsoDate, type CellValue, type TableRow } from './spreadsheet';

// The import template of each kind of collected record (归集, F10): its Chinese column headers and the item
// field each fills. The one source of truth for header ↔ field: the template workbook is written from it and an
// uploaded file is read with it. A file may also name its columns by the English field names.

/** Rows an import may hold (issue 10: an import of 100,000 rows); an eligibility list holds 10,000. */
export const MAX_IMPORT_ROWS = 100_000;

export type ColumnType = 'text' | 'date' | 'number' | 'list' | 'penaltyKinds';

export interface TemplateColumn {
  /** The item field (domain/recordItems.ts) the column fills. */
  field: string;
  header: string;
  type: ColumnType;
  required: boolean;
  /** Shown in the template's second row, as an example to overwrite. */
  example: string;
  /** Also fills the item's natural key `key` (a license, decision or document number is the record's key). */
  isKey?: boolean;
}

const entityColumns: TemplateColumn[] = [
  { field: 'creditCode', header: '统一社会信用代码', type: 'text', required: false, example: '91310116MA1J8KXX45' },
  { field: 'entityName', header: '主体名称', type: 'text', required: false, example: '上海枫泾食品有限公司' },
  { field: 'department', header: '部门', type: 'text', required: false, example: '金山区市场监督管理局' },
];

export const IMPORT_TEMPLATES: Record<RecordKind, TemplateColumn[]> = {
  license: [
    ...entityColumns,
    { field: 'licenseNo', header: '许可证编号', type: 'text', required: true, example: 'JY13101160012345', isKey: true },
    { field: 'licenseItem', header: '许可事项', type: 'text', required: true, example: '食品经营许可' },
    { field: 'occurredOn', header: '发证日期', type: 'date', required: true, example: '2026-11-01' },
    { field: 'validFrom', header: '有效期自', type: 'date', required: false, example: '2026-11-01' },
    { field: 'validTo', header: '有效期至', type: 'date', required: false, example: '2031-10-31' },
  ],
  penalty: [
    ...entityColumns,
    { field: 'decisionNo', header: '决定书文号', type: 'text', required: true, example: '金市监案处字〔2026〕第123号', isKey: true },
    { field: 'penaltyItem', header: '处罚事项', type: 'text', required: true, example: '经营超过保质期的食品' },
    { field: 'legalBasis', header: '处罚依据', type: 'text', required: true, example: '《中华人民共和国食品安全法》第一百二十四条' },
    { field: 'penaltyKinds', header: '处罚种类', type: 'penaltyKinds', required: false, example: '警告、罚款' },
    { field: 'fineAmount', header: '罚款金额（元）', type: 'number', required: false, example: '5000' },
    { field: 'occurredOn', header: '处罚决定日期', type: 'date', required: true, example: '2026-11-20' },
    { field: 'summary', header: '违法事实', type: 'text', required: false, example: '货架上有过期食品。' },
  ],
  inspection: [
    ...entityColumns,
    { field: 'key', header: '检查编号', type: 'text', required: true, example: 'JC-2026-0001' },
    { field: 'checkItems', header: '检查事项', type: 'list', required: true, example: '食品经营场所卫生、从业人员健康证明' },
    { field: 'result', header: '检查结果', type: 'text', required: true, example: '未发现问题' },
    { field: 'occurredOn', header: '检查日期', type: 'date', required: true, example: '2026-10-12' },
    { field: 'findings', header: '发现问题', type: 'text', required: false, example: '现场整洁' },
  ],
  judicial_assistance: [
    ...entityColumns,
    { field: 'documentNo', header: '协助执行文书号', type: 'text', required: true, example: '（2026）沪0116执123号', isKey: true },
    { field: 'court', header: '执行法院', type: 'text', required: true, example: '上海市金山区人民法院' },
    { field: 'measure', header: '执行措施', type: 'text', required: true, example: '股权冻结' },
    { field: 'occurredOn', header: '执行日期', type: 'date', required: true, example: '2026-09-03' },
    { field: 'personName', header: '被执行人', type: 'text', required: false, example: '李四' },
    { field: 'personIdNo', header: '被执行人证件号码', type: 'text', required: false, example: '310116198001011234' },
    { field: 'amount', header: '执行金额（元）', type: 'number', required: false, example: '300000' },
  ],
  complaint: [
    ...entityColumns,
    { field: 'key', header: '投诉举报编号', type: 'text', required: true, example: 'TS-2026-0001' },
    { field: 'channel', header: '渠道', type: 'text', required: true, example: '12315' },
    { field: 'summary', header: '投诉内容', type: 'text', required: true, example: '购买的面包已过期。' },
    { field: 'occurredOn', header: '受理日期', type: 'date', required: true, example: '2026-11-25' },
    { field: 'outcome', header: '处理结果', type: 'text', required: false, example: '已调解' },
    { field: 'complainantName', header: '投诉人', type: 'text', required: false, example: '王五' },
    { field: 'complainantIdNo', header: '投诉人证件号码', type: 'text', required: false, example: '310116199002021234' },
    { field: 'complainantPhone', header: '投诉人电话', type: 'text', required: false, example: '13800138000' },
  ],
};

/** 处罚种类 as written in Chinese (the UI's names of PENALTY_KINDS) or by code. */
const PENALTY_KIND_NAMES: Record<string, (typeof PENALTY_KINDS)[number]> = { 警告: 'warning', 罚款: 'fine', 没收违法所得: 'confiscation', 责令停产停业: 'suspension', 吊销许可证件: 'revocation' };

/** How a file's headers map to a kind's columns: each column found by its Chinese header or its field name. */
export interface ColumnMap {
  /** The file's header of each field it has. */
  headerOf: Record<string, string>;
  /** Required columns the file lacks, by their Chinese headers. */
  missing: string[];
}

export function mapColumns(kind: RecordKind, headers: string[]): ColumnMap {
  const present = new Set(headers);
  const headerOf: Record<string, string> = {};
  const missing: string[] = [];
  for (const c of IMPORT_TEMPLATES[kind]) {
    const h = present.has(c.header) ? c.header : present.has(c.field) ? c.field : null;
    if (h) headerOf[c.field] = h;
    else if (c.required) missing.push(c.header);
  }
  return { headerOf, missing };
}

/** The headers whose cells are dates (an Excel serial number there is a date). */
export const dateHeaders = (kind: RecordKind): string[] => IMPORT_TEMPLATES[kind].filter((c) => c.type === 'date').flatMap((c) => [c.header, c.field]);

const LIST_SEPARATOR = /[、,，;；\n]/;

function asText(v: NonNullable<CellValue>): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  // A number typed into a text column (a license number, a phone) keeps all its digits: 13800138000, not 1.38e10.
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  return String(v);
}

/** `2026/1/5`, `2026.1.5` and `2026年1月5日` as `2026-01-05`; anything else as written (the item schema judges). */
function asDate(v: NonNullable<CellValue>): string | number {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return excelSerialToIsoDate(v) ?? v;
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(v.trim());
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : v;
}

function asNumber(v: NonNullable<CellValue>): number | string {
  if (typeof v === 'number') return v;
  const s = asText(v).replace(/[,，\s]/g, '');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : asText(v);
}

/**
 * One spreadsheet row as an item of the kind (domain/recordItems.ts checks it): each column's cell converted to
 * its field's type, empty cells left out; the department, when the file has no such column or the cell is
 * empty, is the importing department.
 */
export function rowToItem(kind: RecordKind, map: ColumnMap, row: TableRow, importingDepartment: string): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const c of IMPORT_TEMPLATES[kind]) {
    const h = map.headerOf[c.field];
    const v = h === undefined ? null : row.values[h];
    if (v === null || v === undefined) continue;
    let value: unknown;
    switch (c.type) {
      case 'date':
        value = asDate(v);
        break;
      case 'number':
        value = asNumber(v);
        break;
      case 'list':
        value = asText(v).split(LIST_SEPARATOR).map((s) => s.trim()).filter(Boolean);
        break;
      case 'penaltyKinds':
        value = asText(v).split(LIST_SEPARATOR).map((s) => s.trim()).filter(Boolean).map((s) => PENALTY_KIND_NAMES[s] ?? s);
        break;
      default:
        value = asText(v);
    }
    item[c.field] = value;
    if (c.isKey) item.key = value;
  }
  item.department ??= importingDepartment;
  return item;
}

/** The file's header for an item field an error names (`checkItems.0` → 检查事项), or the field itself. */
export function headerOfField(kind: RecordKind, map: ColumnMap, field: string): string {
  const top = field.split('.')[0];
  if (top === 'key') {
    const keyColumn = IMPORT_TEMPLATES[kind].find((c) => c.isKey || c.field === 'key');
    if (keyColumn) return map.headerOf[keyColumn.field] ?? keyColumn.header;
  }
  return map.headerOf[top] ?? IMPORT_TEMPLATES[kind].find((c) => c.field === top)?.header ?? top;
}
