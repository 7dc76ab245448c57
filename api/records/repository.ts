import { Op, type WhereOptions } from 'sequelize';
import type { Db } from '../../db';
import { departmentNames } from '../../db/departments';
import { PERSONAL_FIELDS, type RecordKind } from '../../domain/records';

// Collected records (归集) as the staff's list reads them: the entity by name with its credit code, the
// department by name, the kind's own fields without the personal ones (a complainant, the person whose equity
// is frozen), which only the dossier shows, masked by role.

export interface RecordView {
  id: number;
  kind: RecordKind;
  key: string;
  entity: { creditCode: string; name: string };
  department: { code: string; name: string };
  occurredOn: string;
  data: Record<string, unknown>;
  sourceDepartment: { code: string; name: string };
  createdAt: string;
  updatedAt: string;
}

export interface RecordFilter {
  kind?: RecordKind;
  creditCode?: string;
  departmentCode?: string;
}

const SORTABLE = ['occurredOn', 'updatedAt', 'id'] as const;

const withoutPersonalData = (kind: RecordKind, data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data ?? {}).filter(([field]) => !PERSONAL_FIELDS[kind]?.includes(field)));

async function views(db: Db, rows: any[]): Promise<RecordView[]> {
  const nameOf = await departmentNames(db);
  const department = (code: string) => ({ code, name: nameOf.get(code) ?? code });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    key: r.recordKey,
    entity: { creditCode: r.creditCode, name: r.entityName },
    department: department(r.departmentCode),
    occurredOn: r.occurredOn,
    data: withoutPersonalData(r.kind, typeof r.data === 'string' ? JSON.parse(r.data) : r.data),
    sourceDepartment: department(r.sourceDepartmentCode),
    createdAt: new Date(r.createdAt).toISOString(),
    updatedAt: new Date(r.updatedAt).toISOString(),
  }));
}

/** One page of records matching `filter`, newest first unless asked otherwise. */
export async function listRecords(db: Db, filter: RecordFilter, paging: { page: number; perPage: number; sort?: string; order: string }) {
  const where: WhereOptions = {
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.creditCode ? { creditCode: filter.creditCode } : {}),
    ...(filter.departmentCode ? { departmentCode: filter.departmentCode } : {}),
  };
  const sort = (SORTABLE as readonly string[]).includes(paging.sort ?? '') ? paging.sort! : SORTABLE[0];
  const order = paging.order.toUpperCase();
  const { rows, count } = await db.models.records.findAndCountAll({
    where,
    order: [[sort, order], ['id', order]],
    limit: paging.perPage,
    offset: (paging.page - 1) * paging.perPage,
    raw: true,
  });
  return { data: await views(db, rows), total: count };
}

/** The record of this natural key, as the list shows it. */
export async function recordByKey(db: Db, kind: RecordKind, departmentCode: string, key: string): Promise<RecordView | null> {
  const rows = (await db.models.records.findAll({ where: { kind, departmentCode, recordKey: { [Op.eq]: key } }, raw: true })) as any[];
  // MySQL's collation matches `a1` for `A1`: the key's own bytes decide.
  const [view] = await views(db, rows.filter((r) => r.recordKey === key));
  return view ?? null;
}
