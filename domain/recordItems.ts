import { z } from 'zod';
import { validateCreditCode } from './creditCode';
import { PENALTY_KINDS } from './inspections';
import type { RecordKind } from './records';
import { date, fieldIssues, freeText, text, type FieldIssue } from './textSchemas';

// The fields of each kind of collected record (归集, F10), and the one check of an item: the push API
// (api/ext/records.ts), the online entry form and the batch import (activities/imports.ts) all validate
// with these. The API names them in its OpenAPI document; here they are plain schemas.

const fromTo = <T extends { validFrom?: string; validTo?: string }>(s: z.ZodType<T>) =>
  s.refine((r) => !r.validFrom || !r.validTo || r.validFrom <= r.validTo, { path: ['validTo'], message: 'before validFrom' });

export const COMMON_ITEM_FIELDS = {
  key: text().min(1).max(150).describe('the natural key, unique per kind and department (a decision, license or document number)'),
  creditCode: text().length(18, 'an 18-character unified social credit code').optional(),
  entityName: text().min(1).max(200).optional().describe('when an old record has no credit code: matched on the normalised name'),
  department: text().min(1).max(100).describe('department code or exact name: whose record it is'),
  occurredOn: date(),
};

export const RECORD_ITEM_SCHEMAS = {
  license: fromTo(
    z.object({
      ...COMMON_ITEM_FIELDS,
      licenseItem: text().min(1).max(100),
      licenseNo: text().min(1).max(64),
      validFrom: date().optional(),
      validTo: date().optional(),
    }),
  ),
  penalty: z.object({
    ...COMMON_ITEM_FIELDS,
    decisionNo: text().min(1).max(100),
    penaltyItem: text().min(1).max(200).describe('penalty item code or name'),
    legalBasis: text().min(1).max(300),
    penaltyKinds: z.array(z.enum(PENALTY_KINDS)).min(1).max(PENALTY_KINDS.length).optional(),
    fineAmount: z.number().nonnegative().max(1e12).optional().describe('yuan'),
    summary: freeText().max(2000).optional(),
  }),
  inspection: z.object({
    ...COMMON_ITEM_FIELDS,
    checkItems: z.array(text().min(1).max(200)).min(1).max(50),
    result: text().min(1).max(64),
    findings: freeText().max(5000).optional(),
  }),
  judicial_assistance: z.object({
    ...COMMON_ITEM_FIELDS,
    court: text().min(1).max(100),
    documentNo: text().min(1).max(100),
    measure: text().min(1).max(100).describe('e.g. 股权冻结'),
    personName: text().min(1).max(64).optional().describe('personal data: masked when read'),
    personIdNo: text().min(1).max(32).optional().describe('personal data: masked when read'),
    amount: z.number().nonnegative().max(1e13).optional().describe('yuan'),
  }),
  complaint: z.object({
    ...COMMON_ITEM_FIELDS,
    channel: text().min(1).max(32).describe('e.g. 12315, 12345'),
    summary: freeText().min(1).max(5000),
    outcome: freeText().max(2000).optional(),
    complainantName: text().min(1).max(64).optional().describe('personal data: masked when read'),
    complainantIdNo: text().min(1).max(32).optional().describe('personal data: masked when read'),
    complainantPhone: text().min(1).max(32).optional().describe('personal data: masked when read'),
  }),
} satisfies Record<RecordKind, z.ZodTypeAny>;

export type RecordItem = z.infer<(typeof RECORD_ITEM_SCHEMAS)[RecordKind]>;

export const itemIssue = (field: string, message: string, code: string, params?: Record<string, string | number>): FieldIssue => ({ field, message, code, ...(params ? { params } : {}) });

/**
 * One item checked on its own (before its department and entity are looked up): its fields, and that it names
 * its entity by a valid credit code or, without one, by name. `key` is the item's key when that is valid.
 */
export function checkRecordItem(kind: RecordKind, raw: unknown): { key: string | null; item?: RecordItem; errors: FieldIssue[] } {
  const r = RECORD_ITEM_SCHEMAS[kind].safeParse(raw);
  const rawKey = (raw as { key?: unknown } | null)?.key;
  const key = typeof rawKey === 'string' && COMMON_ITEM_FIELDS.key.safeParse(rawKey).success ? rawKey : null;
  if (!r.success) return { key, errors: fieldIssues(r.error) };
  const item = r.data as RecordItem;
  const errors: FieldIssue[] = [];
  if (item.creditCode === undefined && item.entityName === undefined) errors.push(itemIssue('creditCode', 'creditCode, or entityName when the record has no code', 'entity-required'));
  if (item.creditCode !== undefined) {
    const v = validateCreditCode(item.creditCode);
    if (!v.valid) errors.push(itemIssue('creditCode', v.message, 'invalid-credit-code'));
  }
  return { key, item, errors };
}
