import { itemIssue, type RecordItem } from '../domain/recordItems';
import { matchEntityName, type RecordKind } from '../domain/records';
import type { FieldIssue } from '../domain/textSchemas';
import { departmentsNamed, entitiesByCode, entitiesNamedLike, type RecordToSave } from './records';
import type { Db } from './index';

// Checked items (domain/recordItems.ts checkRecordItem) resolved against the register: the department they name
// and their entity, by exact credit code or, without one, by the normalised name — exactly one entity is a
// match, several are ambiguous (the candidates returned, never a guess), none is unmatched. The push API and the
// batch import both resolve here.

export interface ItemToResolve {
  item: RecordItem;
  errors: FieldIssue[];
}

export type Resolution =
  | { status: 'ready'; record: Omit<RecordToSave, 'sourceDepartmentCode' | 'system'> }
  | { status: 'ambiguous'; candidates: Array<{ creditCode: string; name: string }>; record: Omit<RecordToSave, 'sourceDepartmentCode' | 'system' | 'creditCode' | 'entityName'> }
  | { status: 'rejected'; errors: FieldIssue[] };

/** Each item's department and entity, in a fixed number of queries; the errors of an item added to its own. */
export async function resolveRecordItems(db: Db, kind: RecordKind, items: ItemToResolve[]): Promise<Resolution[]> {
  const departments = await departmentsNamed(db, [...new Set(items.map((c) => c.item.department))]);
  const byCode = await entitiesByCode(db, items.flatMap((c) => (c.item.creditCode ? [c.item.creditCode] : [])));
  const candidates = await entitiesNamedLike(db, items.flatMap((c) => (c.item.creditCode ? [] : [c.item.entityName!])));
  return items.map((c) => {
    const errors = [...c.errors];
    const { key, creditCode: code, entityName: name, department, occurredOn, ...data } = c.item;
    const departmentCode = departments.get(department);
    if (!departmentCode) errors.push(itemIssue('department', 'no department with this code or name', 'unknown-department', { department }));
    let entity: { creditCode: string; name: string } | null = null;
    let ambiguous: Array<{ creditCode: string; name: string }> | null = null;
    if (code) {
      const registered = byCode.get(code);
      if (registered !== undefined) entity = { creditCode: code, name: registered };
      else errors.push(itemIssue('creditCode', 'no registered entity has this credit code', 'entity-unmatched'));
    } else {
      const m = matchEntityName(name!, candidates);
      if (m.status === 'matched') entity = { creditCode: m.creditCode, name: m.name };
      else if (m.status === 'ambiguous') ambiguous = m.candidates;
      else errors.push(itemIssue('entityName', 'no registered entity has this name', 'entity-unmatched'));
    }
    if (errors.length > 0 || !departmentCode) return { status: 'rejected', errors };
    const base = { kind, key, departmentCode, occurredOn, data: data as Record<string, unknown> };
    if (ambiguous) return { status: 'ambiguous', candidates: ambiguous, record: base };
    return { status: 'ready', record: { ...base, creditCode: entity!.creditCode, entityName: entity!.name } };
  });
}
