import type { Db } from './index';
import { cachedPerDb } from './cached';

export interface DepartmentRow {
  code: string;
  name: string;
  kind: string;
}

/**
 * Every department by code (in code order), read at most once in 10 s per database: a session's department and a task page's names
 * are read on every request, and departments change only with the master data (db/seed.ts). Not inside a write
 * transaction: a miss there would wait for a second pooled connection, which ten such transactions could all hold.
 */
export const departmentsByCode = cachedPerDb(10_000, async (db: Db): Promise<Map<string, DepartmentRow>> => {
  const rows = (await db.models.departments.findAll({ attributes: ['code', 'name', 'kind'], order: [['code', 'ASC']], raw: true })) as unknown as DepartmentRow[];
  return new Map(rows.map((d) => [d.code, { code: d.code, name: d.name, kind: d.kind }]));
});

/** Department code → name from the cached rows, for the many views that show a department by name (a fresh Map: callers may change it). */
export async function departmentNames(db: Db): Promise<Map<string, string>> {
  return new Map([...(await departmentsByCode(db)).values()].map((d) => [d.code, d.name]));
}

/** The department whose code or exact name is `ref` (code wins), from the cached rows: what other systems and the CLI name a department by. */
export async function findDepartment(db: Db, ref: string): Promise<DepartmentRow | undefined> {
  const all = await departmentsByCode(db);
  return all.get(ref) ?? [...all.values()].find((d) => d.name === ref);
}
