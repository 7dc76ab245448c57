import type { Db } from './index';
import { cachedPerDb } from './cached';

export interface DepartmentRow {
  code: string;
  name: string;
  kind: string;
}

/**
 * Every department by code, read at most once in 10 s per database: a session's department and a task page's names
 * are read on every request, and departments change only with the master data (db/seed.ts).
 */
export const departmentsByCode = cachedPerDb(10_000, async (db: Db): Promise<Map<string, DepartmentRow>> => {
  const rows = (await db.models.departments.findAll({ attributes: ['code', 'name', 'kind'], raw: true })) as unknown as DepartmentRow[];
  return new Map(rows.map((d) => [d.code, { code: d.code, name: d.name, kind: d.kind }]));
});
