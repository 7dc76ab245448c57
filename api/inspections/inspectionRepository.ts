import { Op, type WhereOptions } from 'sequelize';
import type { Db } from '../../db';
import type { SessionUser } from '../../db/credentials';
import { peopleOf } from '../../db/people';
import { notFound } from '../errors';
import { seesAll } from '../lists';
import { deadlineClock } from '../tasks/deadlineLights';

// Inspections as the routes read them: who may see one, and the rows as a person works them (the entity's
// address and region, the plan's title, the working days left), from the projection the workflow writes.

/**
 * Which inspections a person sees (null: every one): their department's, those of teams they are on (a joint
 * plan draws members from other departments), and a routine check's record (日常监管, F5) by every department
 * that has licensed the entity, which supervises it too. The row is `inspections` as Sequelize names it.
 */
export function visibleInspectionsWhere(db: Db, u: SessionUser): WhereOptions | null {
  if (seesAll(u)) return null;
  const department = db.sequelize.escape(u.department.code);
  return {
    [Op.or]: [
      { departmentCode: u.department.code },
      teamMemberWhere(u),
      { [Op.and]: [{ kind: 'routine' }, db.sequelize.literal(`EXISTS (SELECT 1 FROM licenses WHERE licenses.creditCode = inspections.creditCode AND licenses.departmentCode = ${department})`)] },
    ],
  };
}

/** The inspections whose team holds this person (the team is a JSON array of logins). */
export const teamMemberWhere = (u: SessionUser): WhereOptions => ({ team: { [Op.like]: `%${JSON.stringify(u.username)}%` } });

export async function visibleInspection(db: Db, u: SessionUser, id: number) {
  const visible = visibleInspectionsWhere(db, u);
  const row = await db.models.inspections.findOne({ where: visible ? { [Op.and]: [{ id }, visible] } : { id } });
  if (!row) throw notFound(`inspection ${id} does not exist or is not visible to you`, { code: 'inspection-not-found', params: { id } });
  return row;
}

/** Inspections with what the list and the record show beside the projection: one query per table, not per row. */
export async function inspectionViews(db: Db, rows: Array<Record<string, any>>): Promise<Array<Record<string, any>>> {
  if (rows.length === 0) return [];
  const creditCodes = [...new Set(rows.map((r) => r.creditCode))];
  const planIds = [...new Set(rows.map((r) => r.planId).filter(Boolean))];
  const [entities, plans, clock] = await Promise.all([
    db.models.entities.findAll({ where: { creditCode: creditCodes }, attributes: ['creditCode', 'address', 'regionCode'], raw: true }) as Promise<any[]>,
    planIds.length ? (db.models.inspection_plans.findAll({ where: { id: planIds }, attributes: ['id', 'title'], raw: true }) as Promise<any[]>) : Promise.resolve([]),
    deadlineClock(db, new Date()),
  ]);
  const regionCodes = [...new Set(entities.map((e) => e.regionCode))];
  const usernames = [...new Set(rows.flatMap((r) => [...(r.team ?? []), ...(r.recordedBy ? [r.recordedBy] : [])]))];
  const [regions, person] = await Promise.all([
    db.models.regions.findAll({ where: { code: regionCodes }, raw: true }) as Promise<any[]>,
    peopleOf(db, usernames),
  ]);
  // People by name and department, never by login (the team, who recorded): one map per row, keyed by username.
  const peopleOfRow = (r: Record<string, any>) =>
    Object.fromEntries([...(r.team ?? []), ...(r.recordedBy ? [r.recordedBy] : [])].map((u: string) => { const { displayName, department } = person.get(u)!; return [u, { displayName, department }]; }));
  const entityOf = new Map(entities.map((e) => [e.creditCode, e]));
  const planOf = new Map(plans.map((p) => [p.id, p]));
  const regionName = new Map(regions.map((r) => [r.code, r.name]));
  return rows.map((r) => {
    const entity = entityOf.get(r.creditCode);
    // An inspection is worked until both members confirmed: counted like an open task of its members.
    const { workingDaysLeft, light } = clock.lightOf({ type: 'inspection', status: r.status === 'completed' ? 'completed' : 'open', dueAt: new Date(r.dueAt) });
    return {
      ...r,
      entityAddress: entity?.address ?? null,
      regionCode: entity?.regionCode ?? null,
      regionName: entity ? regionName.get(entity.regionCode) ?? null : null,
      planTitle: r.planId ? planOf.get(r.planId)?.title ?? null : null,
      people: peopleOfRow(r),
      workingDaysLeft,
      light,
    };
  });
}
