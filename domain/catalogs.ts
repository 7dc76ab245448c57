import { z } from 'zod';
import { date, freeText, text } from './textSchemas';

// The function lists (职能清单, F1; FEATURES.md) as managed catalogs: approval items (行政许可事项), penalty items
// (行政处罚事项) and supervision items (监管事项). Each item has a code, a department, a legal basis (RULES.md: no
// check without one) and versions: a change makes a new version, the old one stays readable, and a process keeps
// the version it started with. Pure: the shapes, the rules and the import columns; db/catalogs.ts stores them.

export const CATALOGS = ['licenseItem', 'penaltyItem', 'checkItem'] as const;
export type Catalog = (typeof CATALOGS)[number];

/** The catalog's path segment in the API (`/api/v1/catalogs/license-items`) and the table holding its versions in force. */
export const CATALOG_PATHS: Record<Catalog, string> = { licenseItem: 'license-items', penaltyItem: 'penalty-items', checkItem: 'check-items' };
export const CATALOG_TABLES = { licenseItem: 'license_items', penaltyItem: 'penalty_items', checkItem: 'check_items' } as const satisfies Record<Catalog, string>;
export const CATALOG_NAMES: Record<Catalog, string> = { licenseItem: '行政许可事项', penaltyItem: '行政处罚事项', checkItem: '监管事项' };

export const catalogOfPath = (segment: string): Catalog | null => CATALOGS.find((c) => CATALOG_PATHS[c] === segment) ?? null;

/** A check item's kind (RULES.md double-random spot checks): `key` items have no upper sampling limit, `general` ones are kept low. */
export const CHECK_ITEM_KINDS = ['key', 'general'] as const;
export const CHECK_ITEM_KIND_WORDS: Record<(typeof CHECK_ITEM_KINDS)[number], string> = { key: '重点', general: '一般' };

export const ITEM_STATUSES = ['current', 'retired'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** Retired from its `effectiveTo` on: the first day it no longer applies (retiring today takes effect at once). */
export const itemStatus = (effectiveTo: string | null | undefined, today: string): ItemStatus => (effectiveTo && effectiveTo <= today ? 'retired' : 'current');

const code = () => text().regex(/^[A-Za-z0-9-]{1,16}$/, 'letters, digits and - (at most 16)');
const common = {
  name: text().trim().min(1).max(200),
  departmentCode: text().min(1).max(32).describe('the implementing department (code)'),
  legalBasis: text().trim().min(1).max(300).describe('law and article, e.g. 《中华人民共和国食品安全法》第一百二十四条'),
  effectiveFrom: date().optional().describe('in force from (default: today)'),
};
/** What only one catalog has. */
const details = {
  licenseItem: { expiryWarningDays: z.number().int().min(1).max(365).nullable().optional().describe('days before expiry the licenseExpiring warning fires; none: the rule’s threshold') },
  penaltyItem: {},
  checkItem: { method: text().trim().min(1).max(100).describe('e.g. 现场检查'), kind: z.enum(CHECK_ITEM_KINDS) },
} as const;

/** A new item of the catalog. */
export const itemInput = (catalog: Catalog) => z.object({ code: code(), ...common, ...details[catalog] });
/** A change: the version it was made from (a change from an older one is refused, 409) and why. */
export const itemChange = (catalog: Catalog) =>
  z.object({ version: z.number().int().min(1).describe('the version this change was made from'), ...common, ...details[catalog], reason: freeText().trim().max(300).optional() });
export const itemRetirement = z.object({
  effectiveTo: date().optional().describe('the first day it no longer applies (default: today)'),
  reason: freeText().trim().min(1).max(300),
});

export type ItemInput = z.infer<ReturnType<typeof itemInput>> & { expiryWarningDays?: number | null; method?: string; kind?: string };

/** The fields of one catalog beyond the common ones, as stored in `catalog_versions.details`. */
export const detailFields = (catalog: Catalog): string[] => Object.keys(details[catalog]);

// ---- Import from a workbook: one row per item, its code new (added) or known (a new version when anything differs) ----

export interface CatalogColumn {
  header: string;
  field: string;
  required: boolean;
  example: string;
}

const COMMON_COLUMNS: CatalogColumn[] = [
  { header: '事项编码', field: 'code', required: true, example: 'CF101' },
  { header: '事项名称', field: 'name', required: true, example: '销售不符合食品安全标准的食品' },
  { header: '实施部门', field: 'department', required: true, example: '金山区市场监督管理局' },
  { header: '设定依据', field: 'legalBasis', required: true, example: '《中华人民共和国食品安全法》第一百二十四条' },
  { header: '生效日期', field: 'effectiveFrom', required: false, example: '2026-12-01' },
];
export const CATALOG_COLUMNS: Record<Catalog, CatalogColumn[]> = {
  licenseItem: [...COMMON_COLUMNS, { header: '到期预警天数', field: 'expiryWarningDays', required: false, example: '30' }],
  penaltyItem: COMMON_COLUMNS,
  checkItem: [...COMMON_COLUMNS, { header: '检查方式', field: 'method', required: true, example: '现场检查' }, { header: '事项类别', field: 'kind', required: true, example: '重点' }],
};

/** At most this many rows in one import: a department's list is a few hundred items. */
export const MAX_CATALOG_IMPORT_ROWS = 2_000;

/** A cell as text (a number typed into a text column is read as its digits); empty is undefined. */
export const cellText = (v: unknown): string | undefined => {
  if (v === null || v === undefined) return undefined;
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
  return s === '' ? undefined : s;
};

/** A check item's kind as a person writes it (重点 / 一般, or the identifier). */
export const checkItemKindOf = (v: string | undefined): string | undefined => {
  if (v === undefined) return undefined;
  const found = CHECK_ITEM_KINDS.find((k) => k === v || CHECK_ITEM_KIND_WORDS[k] === v);
  return found ?? v;
};
