import type { Model } from 'sequelize';
import type { Db } from '../../db';
import { readDocument } from '../../db/chunks';
import { peopleOf, type Person } from '../../db/people';
import { staffingShortfall, type DrawParameters, type DrawResult, type PoolSnapshot, type StaffingShortfall } from '../../domain/draw';
import { caseStateQuery, type CaseState } from '../../workflows/enforcementCase';
import type { Temporal } from '../temporal';

// What the plan and case pages show beyond the projections: people by name and department (DESIGN.md rule 10),
// a draw's staffing in numbers, and a case's pending extension request and parties.

/**
 * A plan as its page shows it: who drew it up, and the drawn teams' members by credential number (执法证号:
 * what the published draw names), as people. Only for staff: the public view never names them.
 */
export async function planWithPeople(db: Db, plan: Record<string, any>): Promise<Record<string, any>> {
  return { ...plan, creator: (await peopleOf(db, [plan.createdBy])).get(plan.createdBy), members: await drawMembers(db, plan.draw?.inspections), experts: await drawExperts(db, plan.draw?.inspections), thirdParties: await drawThirdParties(db, plan.draw?.inspections) };
}

/** The third-party bodies a `zj-draw-4` draw assigned to the teams (第三方机构), by credit code: their names. */
async function drawThirdParties(db: Db, drawn: Array<{ thirdParties?: string[] }> | null | undefined): Promise<Record<string, { name: string }>> {
  const codes = [...new Set((drawn ?? []).flatMap((i) => i.thirdParties ?? []))];
  if (codes.length === 0) return {};
  const rows = (await db.models.third_parties.findAll({ where: { creditCode: codes }, attributes: ['creditCode', 'name'], raw: true })) as any[];
  return Object.fromEntries(rows.map((t) => [t.creditCode, { name: t.name }]));
}

/** The experts a `zj-draw-3` or `zj-draw-4` draw added to the teams (专家库), by id: name and employer. */
async function drawExperts(db: Db, drawn: Array<{ experts?: string[] }> | null | undefined): Promise<Record<string, { name: string; employer: string }>> {
  const ids = [...new Set((drawn ?? []).flatMap((i) => i.experts ?? []))];
  if (ids.length === 0) return {};
  const rows = (await db.models.experts.findAll({ where: { id: ids.map(Number) }, attributes: ['id', 'name', 'employer'], raw: true })) as any[];
  return Object.fromEntries(rows.map((e) => [String(e.id), { name: e.name, employer: e.employer }]));
}

async function drawMembers(db: Db, drawn: Array<{ team?: string[] }> | null | undefined): Promise<Record<string, Person>> {
  const credentialNos = [...new Set((drawn ?? []).flatMap((i) => i.team ?? []))];
  if (credentialNos.length === 0) return {};
  const rows = (await db.models.users.findAll({ where: { credentialNo: credentialNos }, attributes: ['username', 'credentialNo'], raw: true })) as any[];
  const people = await peopleOf(db, rows.map((r) => r.username));
  return Object.fromEntries(rows.map((r) => [r.credentialNo, people.get(r.username)!]));
}

/** A plan's staffing once its teams are drawn, with what to change when some entities got no team. */
export type PlanStaffing = StaffingShortfall & {
  /** The departments whose inspectors the teams were drawn from. */
  departmentCodes: string[];
};

/**
 * The staffing of a drawn plan. The pool is read only when some entity went without a team (rare, and then
 * a person needs the numbers); a fully staffed plan is counted from the result alone.
 */
export async function planStaffing(db: Db, plan: Record<string, any>, parameters: DrawParameters, result: DrawResult): Promise<PlanStaffing> {
  const drawing = plan.drawMode === 'planning' ? plan.departmentCode : (plan.receivingDepartmentCode ?? plan.departmentCode);
  const departmentCodes: string[] = plan.inspectorFilter?.departmentCodes?.length ? plan.inspectorFilter.departmentCodes : [...new Set([drawing, ...(plan.jointDepartmentCodes ?? [])])];
  const unstaffed = result.inspections.filter((i) => i.team.length === 0).length;
  if (unstaffed === 0) {
    return { drawn: result.inspections.length, staffed: result.inspections.length, unstaffed: 0, teamSize: parameters.teamSize, eligible: null, missingDepartmentCodes: [], departmentCodes };
  }
  const pool = await readDocument<PoolSnapshot>(db, plan.id, 'pool');
  return { ...staffingShortfall(parameters, pool ?? { entities: [], inspectors: [], recusals: [] }, result.inspections), departmentCodes };
}

/**
 * A case as its page shows it: the projection, the parties to it and the pending extension request by
 * name. The request lives in the case's workflow (asked by a Query) until approved; a closed case has none.
 */
export async function caseView(db: Db, temporal: Temporal, row: Model<any, any>): Promise<Record<string, any>> {
  const c = row.get({ plain: true }) as Record<string, any>;
  let state: CaseState | null = null;
  if (c.stage !== 'closed') {
    try {
      state = await temporal.client.workflow.getHandle(c.workflowId).query(caseStateQuery);
    } catch {
      // A case started before the query existed, or Temporal away for a moment: the page shows the projection.
      state = null;
    }
  }
  const people = await peopleOf(db, [...(state?.parties ?? []), ...(state?.extensionRequest ? [state.extensionRequest.requestedBy] : [])]);
  return {
    ...c,
    parties: (state?.parties ?? []).map((u) => people.get(u)!),
    extensionRequest: state?.extensionRequest ? { ...state.extensionRequest, requestedBy: people.get(state.extensionRequest.requestedBy)! } : null,
    extended: state?.extended ?? null,
  };
}
