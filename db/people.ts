import type { Db } from './index';
import { departmentNames } from './departments';

// People by name and department wherever a person is shown (issue 9; DESIGN.md rule 10): processes and
// rows record logins, people read names. One lookup for every view that names someone.

export interface Person {
  username: string;
  displayName: string;
  department: { code: string; name: string };
}

/** The named users as people, in two queries whatever their number; an unknown login stays itself. */
export async function peopleOf(db: Db, usernames: readonly (string | null | undefined)[]): Promise<Map<string, Person>> {
  const wanted = [...new Set(usernames.filter((u): u is string => !!u))];
  if (wanted.length === 0) return new Map();
  const rows = (await db.models.users.findAll({ where: { username: wanted }, attributes: ['username', 'displayName', 'departmentCode'], raw: true })) as any[];
  const departments = await departmentNames(db);
  const people = new Map<string, Person>(rows.map((r) => [r.username, { username: r.username, displayName: r.displayName, department: { code: r.departmentCode, name: departments.get(r.departmentCode) ?? r.departmentCode } }]));
  for (const u of wanted) if (!people.has(u)) people.set(u, { username: u, displayName: u, department: { code: '', name: '' } });
  return people;
}
