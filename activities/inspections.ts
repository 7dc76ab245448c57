import crypto from 'node:crypto';
import { Op, type Transaction } from 'sequelize';
import type { Db } from '../db';
import { appendAudit } from '../db/audit';
import { entityPool, expertiseNeeds, expertPool, inspectorPool, thirdPartyPool } from '../db/drawPools';
import { readDocument, writeDocument } from '../db/chunks';
import { recordSharedEvents } from '../db/sharedEvents';
import { canonicalPool, commitSeeds, draw, DRAW_ALGORITHM, DRAW_ALGORITHM_WITH_EXPERTS, DRAW_ALGORITHM_WITH_THIRD_PARTIES, isDrawAlgorithm, poolJson, sha256, teamDepartments, type DrawParameters, type DrawResult, type DrawSeeds, type PoolSnapshot } from '../domain/draw';
import type { CheckItemResult, EntityFilter, InspectorFilter } from '../domain/inspections';
import { RECUSING_CONFLICT_STATUSES } from '../domain/resources';
import { revokesLicense } from '../domain/sharing';
import { shanghaiDate } from '../domain/workingDays';

export interface PlanRow {
  id: string;
  title: string;
  departmentCode: string;
  jointDepartmentCodes: string[];
  drawMode: string;
  receivingDepartmentCode: string | null;
  checkItemCodes: string[];
  periodFrom: string;
  periodTo: string;
  entityFilter: EntityFilter;
  strata: DrawParameters['strata'];
  inspectorFilter: InspectorFilter;
  teamSize: number;
  status: string;
}

export interface DrawnAssignment {
  creditCode: string;
  entityName: string;
  team: Array<{ username: string; credentialNo: string }>;
  /** Plans drawn under zj-draw-3 or zj-draw-4: the experts added to the team (专家库), by id and name. */
  experts?: Array<{ id: string; name: string }>;
  /** Plans drawn under zj-draw-4: the third-party bodies assigned to the team (第三方机构), by credit code and name. */
  thirdParties?: Array<{ creditCode: string; name: string }>;
}

export function createInspectionActivities(db: Db) {
  const { inspection_plans, draws, inspections, publications } = db.models;

  /** Drawn inspections with the entity's name and each member's username (the draw knows credentials). */
  async function assignmentsOf(staffed: DrawResult['inspections'], transaction?: Transaction): Promise<DrawnAssignment[]> {
    const users = new Map(((await db.models.users.findAll({ where: { credentialNo: [...new Set(staffed.flatMap((i) => i.team))] }, attributes: ['username', 'credentialNo'], raw: true, transaction })) as any[]).map((u) => [u.credentialNo, u.username]));
    const names = new Map(((await db.models.entities.findAll({ where: { creditCode: staffed.map((i) => i.creditCode) }, attributes: ['creditCode', 'name'], raw: true, transaction })) as any[]).map((e) => [e.creditCode, e.name]));
    const expertIds = [...new Set(staffed.flatMap((i) => i.experts ?? []))];
    const experts = new Map(expertIds.length ? ((await db.models.experts.findAll({ where: { id: expertIds.map(Number) }, attributes: ['id', 'name'], raw: true, transaction })) as any[]).map((e) => [String(e.id), e.name as string]) : []);
    const bodyCodes = [...new Set(staffed.flatMap((i) => i.thirdParties ?? []))];
    const bodies = new Map(bodyCodes.length ? ((await db.models.third_parties.findAll({ where: { creditCode: bodyCodes }, attributes: ['creditCode', 'name'], raw: true, transaction })) as any[]).map((t) => [t.creditCode as string, t.name as string]) : []);
    return staffed.map((i) => ({
      creditCode: i.creditCode,
      entityName: names.get(i.creditCode) ?? i.creditCode,
      team: i.team.map((c) => ({ credentialNo: c, username: users.get(c) ?? c })),
      ...(i.experts ? { experts: i.experts.map((id) => ({ id, name: experts.get(id) ?? id })) } : {}),
      ...(i.thirdParties ? { thirdParties: i.thirdParties.map((creditCode) => ({ creditCode, name: bodies.get(creditCode) ?? creditCode })) } : {}),
    }));
  }

  async function plan(planId: string): Promise<PlanRow> {
    const row = await inspection_plans.findByPk(planId);
    if (!row) throw new Error(`no inspection plan ${planId}`);
    return row.get({ plain: true }) as PlanRow;
  }

  return {
    async setPlanStatus(input: { planId: string; status: string; actor?: string }): Promise<void> {
      await db.writeTransaction(async (t) => {
        const row = await inspection_plans.findByPk(input.planId, { transaction: t });
        if (!row || row.get('status') === input.status) return;
        await row.update({ status: input.status }, { transaction: t });
        await appendAudit(db, { actorType: input.actor ? 'user' : 'workflow', actor: input.actor ?? `inspection-plan:${input.planId}`, action: `plan.${input.status}`, targetType: 'plan', targetId: input.planId }, t);
      });
    },

    /**
     * At approval: snapshots the pools and draws fresh seeds, then publishes the commitments (the pool's
     * hash and the seeds' hashes) before anyone can draw. A retry finds the stored commitment and reuses it.
     * New commitments use the current algorithm (`zj-draw-2`): the pool records each inspector's
     * department, and a joint plan's parameters name the departments each team must include. A plan whose
     * items need experts commits under `zj-draw-3`, one whose items need third-party bodies under `zj-draw-4`.
     */
    async commitPlanDraw(planId: string): Promise<{ poolHash: string; seedHashes: ReturnType<typeof commitSeeds>; poolSizes: Record<string, number>; inspectors: number }> {
      const existing = await draws.findByPk(planId);
      const p = await plan(planId);
      // The pool committed by this call, so it is not read back (a million entities are some 60 MB of JSON).
      let committed: PoolSnapshot | null = null;
      if (!existing) {
        const strataKeys = p.strata.map((s) => s.key);
        const entities = await entityPool(db, p.entityFilter, strataKeys);
        // The department that draws the teams (work plan 五(二)2) and the joint departments take part.
        const drawing = p.drawMode === 'planning' ? p.departmentCode : (p.receivingDepartmentCode ?? p.departmentCode);
        const inspectors = await inspectorPool(db, { ...p.inspectorFilter, departmentCodes: p.inspectorFilter.departmentCodes?.length ? p.inspectorFilter.departmentCodes : [drawing, ...p.jointDepartmentCodes] });
        const pool = canonicalPool({
          entities,
          inspectors: inspectors.map((i) => ({ credentialNo: i.credentialNo, departmentCode: i.departmentCode })),
          recusals: await recusals(db, p, inspectors.map((i) => i.credentialNo)),
        });
        // Items that need an expert or a third-party body (监管资源): the draw adds one of each such field to every
        // team (zj-draw-3 for experts alone; zj-draw-4 once a body is needed, with the experts drawn as zj-draw-3 would).
        const { expertFields, thirdPartyFields } = await expertiseNeeds(db, p.checkItemCodes);
        if (expertFields.length) Object.assign(pool, await expertPool(db));
        if (thirdPartyFields.length) Object.assign(pool, expertFields.length ? {} : { experts: [], expertRecusals: [] }, await thirdPartyPool(db));
        const parameters: DrawParameters = { strata: p.strata, teamSize: p.teamSize, departmentCodes: teamDepartments(drawing, p.jointDepartmentCodes), ...(expertFields.length ? { expertFields } : {}), ...(thirdPartyFields.length ? { thirdPartyFields } : {}) };
        const algorithm = thirdPartyFields.length ? DRAW_ALGORITHM_WITH_THIRD_PARTIES : expertFields.length ? DRAW_ALGORITHM_WITH_EXPERTS : DRAW_ALGORITHM;
        const seeds: DrawSeeds = { entities: crypto.randomBytes(32).toString('hex'), teams: crypto.randomBytes(32).toString('hex') };
        // Serialized and hashed once, and stored as the text that was hashed.
        const json = poolJson(pool);
        const hash = sha256(json);
        await db.writeTransaction(async (t) => {
          await draws.create({ planId, algorithm, parameters, poolHash: hash, seedHashes: commitSeeds(seeds), seeds, revealed: [], committedAt: new Date() }, { transaction: t });
          await writeDocument(db, planId, 'pool', json, t);
          await appendAudit(db, { actorType: 'workflow', actor: `inspection-plan:${planId}`, action: 'draw.committed', targetType: 'plan', targetId: planId, detail: { poolHash: hash, seedHashes: commitSeeds(seeds) } }, t);
        });
        committed = pool;
      }
      const d = (await draws.findByPk(planId))!;
      const pool = committed ?? (await readDocument<PoolSnapshot>(db, planId, 'pool'))!;
      const poolSizes: Record<string, number> = {};
      for (const e of pool.entities) poolSizes[e.stratum] = (poolSizes[e.stratum] ?? 0) + 1;
      return { poolHash: d.get('poolHash'), seedHashes: d.get('seedHashes'), poolSizes, inspectors: pool.inspectors.length };
    },

    /**
     * Draws from the committed pool and seeds, and reveals the seed of the step. The result is stored the
     * first time and returned as stored after that, so a retry or a replay never draws again.
     */
    /**
     * Draws once (the stored result thereafter) and reveals the step's seed. The assignments come back only
     * for plans started before batching; `summaryOnly` plans read them a page at a time (drawnAssignments),
     * since tens of thousands would not fit one activity result.
     */
    async runDraw(input: { planId: string; step: 'entities' | 'teams' | 'both'; actor: string; summaryOnly?: boolean }): Promise<{ assignments: DrawnAssignment[]; unstaffed: number; staffed?: number }> {
      return db.writeTransaction(async (t) => {
        const d = await draws.findByPk(input.planId, { transaction: t });
        if (!d) throw new Error(`plan ${input.planId} has no committed draw`);
        let result = await readDocument<DrawResult>(db, input.planId, 'result', t);
        if (!result) {
          // The algorithm the draw was committed under, not today's: a plan committed under zj-draw-1 draws as it would have.
          const algorithm = d.get('algorithm');
          if (!isDrawAlgorithm(algorithm)) throw new Error(`plan ${input.planId} was committed under an unknown draw algorithm ${algorithm}`);
          result = draw(d.get('parameters'), (await readDocument<PoolSnapshot>(db, input.planId, 'pool', t))!, d.get('seeds'), algorithm, d.get('poolHash'));
          await writeDocument(db, input.planId, 'result', JSON.stringify(result), t);
          await d.update({ resultHash: result.resultHash, drawnAt: new Date() }, { transaction: t });
        }
        const reveal = input.step === 'both' ? ['entities', 'teams'] : [input.step];
        const revealed = [...new Set([...(d.get('revealed') as string[]), ...reveal])];
        if (revealed.length !== (d.get('revealed') as string[]).length) {
          await d.update({ revealed }, { transaction: t });
          await appendAudit(db, { actorType: 'user', actor: input.actor, action: `draw.${input.step}`, targetType: 'plan', targetId: input.planId, detail: { resultHash: result.resultHash } }, t);
        }
        if (!revealed.includes('teams')) return { assignments: [], unstaffed: 0 };
        const staffed = result.inspections.filter((i) => i.team.length > 0);
        const unstaffed = result.inspections.length - staffed.length;
        if (input.summaryOnly) return { assignments: [], unstaffed, staffed: staffed.length };
        return { assignments: await assignmentsOf(staffed, t), unstaffed };
      });
    },

    /** One page of a drawn plan's staffed inspections, in draw order, with names and usernames. */
    async drawnAssignments(input: { planId: string; offset: number; limit: number }): Promise<DrawnAssignment[]> {
      const result = await readDocument<DrawResult>(db, input.planId, 'result');
      if (!result) throw new Error(`plan ${input.planId} has not been drawn`);
      return assignmentsOf(result.inspections.filter((i) => i.team.length > 0).slice(input.offset, input.offset + input.limit));
    },

    /** How many of a plan's inspections have completed (both members confirmed). */
    async completedInspections(input: { planId: string }): Promise<number> {
      return inspections.count({ where: { planId: input.planId, status: 'completed' } });
    },

    async saveInspection(row: {
      inspectionKey: string; kind: 'random' | 'routine'; planId: string | null; creditCode: string; entityName: string; departmentCode: string;
      checkItemCodes: string[]; team: string[]; status: string; outcome: string | null; results: CheckItemResult[]; finding: string | null;
      recordedBy: string | null; confirmedBy: string[]; dueAt: string; recordedAt: string | null; workflowId: string;
      /** Absent from the histories of workflows that ran before on-site time and place were recorded. */
      onSiteAt?: string | null; onSitePlace?: string | null;
    }): Promise<number> {
      return db.writeTransaction(async (t) => {
        const values = { ...row, dueAt: new Date(row.dueAt), recordedAt: row.recordedAt ? new Date(row.recordedAt) : null, onSiteAt: row.onSiteAt ? new Date(row.onSiteAt) : null, onSitePlace: row.onSitePlace ?? null };
        const existing = await inspections.findOne({ where: { inspectionKey: row.inspectionKey }, transaction: t });
        if (existing) await existing.update(values, { transaction: t });
        // The first save, as the inspection starts, records the check items' versions; later saves keep them.
        const id = existing
          ? (existing.get('id') as number)
          : ((await inspections.create({ ...values, checkItemVersions: await checkItemVersions(db, row.checkItemCodes, t) }, { transaction: t })).get('id') as number);
        if (!existing || existing.get('status') !== row.status) {
          await appendAudit(db, { actorType: row.recordedBy && row.status === 'recorded' ? 'user' : 'workflow', actor: row.status === 'recorded' ? row.recordedBy ?? row.workflowId : row.workflowId, action: `inspection.${row.status}`, targetType: 'inspection', targetId: row.inspectionKey, detail: { outcome: row.outcome } }, t);
        }
        return id;
      });
    },

    async saveCase(row: {
      caseKey: string; inspectionKey: string; creditCode: string; entityName: string; departmentCode: string; stage: string;
      filingDueAt: string | null; decisionDueAt: string | null; filedAt: string | null; decidedAt: string | null; outcome: string | null;
      penalty: Record<string, unknown> | null; workflowId: string;
    }): Promise<void> {
      const d = (v: string | null) => (v ? new Date(v) : null);
      const values = { ...row, filingDueAt: d(row.filingDueAt), decisionDueAt: d(row.decisionDueAt), filedAt: d(row.filedAt), decidedAt: d(row.decidedAt) };
      await db.writeTransaction(async (t) => {
        const existing = await db.models.enforcement_cases.findOne({ where: { caseKey: row.caseKey }, transaction: t });
        if (existing) await existing.update(values, { transaction: t });
        else await db.models.enforcement_cases.create(values, { transaction: t });
        if (!existing || existing.get('stage') !== row.stage || existing.get('outcome') !== row.outcome) {
          await appendAudit(db, { actorType: 'workflow', actor: row.workflowId, action: `case.${row.stage}`, targetType: 'case', targetId: row.caseKey, detail: { outcome: row.outcome } }, t);
        }
        if (row.filedAt || row.decidedAt) {
          const department = ((await db.models.departments.findByPk(row.departmentCode, { raw: true, transaction: t })) as any)?.name ?? row.departmentCode;
          const common = { entityName: row.entityName, department };
          await recordSharedEvents(db, [
            ...(row.filedAt ? [{ type: 'case.filed' as const, key: row.caseKey, occurredAt: new Date(row.filedAt), creditCode: row.creditCode, data: { ...common, filedAt: row.filedAt } }] : []),
            ...(row.decidedAt ? [{ type: 'case.decided' as const, key: row.caseKey, occurredAt: new Date(row.decidedAt), creditCode: row.creditCode, data: { ...common, decidedAt: row.decidedAt, outcome: row.outcome, penalty: row.penalty } }] : []),
            // A decision that revokes a license (吊销许可证件) is shared as such too, keyed by its case.
            ...(row.decidedAt && row.outcome === 'penalty' && revokesLicense(row.penalty?.penaltyKind) ? [{ type: 'license.revoked' as const, key: `case:${row.caseKey}`, occurredAt: new Date(row.decidedAt), creditCode: row.creditCode, data: { ...common, decisionNo: row.penalty?.decisionNo ?? null, revokedOn: shanghaiDate(new Date(row.decidedAt)), source: 'case' } }] : []),
          ], t);
        }
      });
    },

    /**
     * Who is party to a case (separation of duties): the team of the inspection that found the violation,
     * the member who recorded it among them. None when the case came from elsewhere.
     */
    async caseParties(input: { inspectionKey: string }): Promise<string[]> {
      const row = await inspections.findOne({ where: { inspectionKey: input.inspectionKey } });
      if (!row) return [];
      const recordedBy = row.get('recordedBy') as string | null;
      return [...new Set([...((row.get('team') as string[]) ?? []), ...(recordedBy ? [recordedBy] : [])])].sort();
    },

    /** Publishes a penalty decision (SAMR Order 45), once per case: the entity, the decision and its kind. */
    async publishPenalty(input: { caseKey: string; dueAt: string }): Promise<void> {
      const c = (await db.models.enforcement_cases.findOne({ where: { caseKey: input.caseKey } }))?.get({ plain: true }) as any;
      if (!c) throw new Error(`no case ${input.caseKey}`);
      await db.writeTransaction(async (t) => {
        const [, created] = await publications.findOrCreate({
          where: { kind: 'penalty', refKey: input.caseKey },
          defaults: { kind: 'penalty', refKey: input.caseKey, creditCode: c.creditCode, entityName: c.entityName, departmentCode: c.departmentCode, planId: null, content: { ...c.penalty, decidedOn: new Date(c.decidedAt).toISOString().slice(0, 10) }, dueAt: new Date(input.dueAt), publishedAt: new Date() },
          transaction: t,
        });
        if (created) await appendAudit(db, { actorType: 'workflow', actor: c.workflowId, action: 'publication.penalty', targetType: 'case', targetId: input.caseKey }, t);
      });
    },

    /**
     * Publishes an inspection result (企业信息公示暂行条例 Art. 14): one row per inspection, whatever the number
     * of retries, holding no personal data — the entity, the department, the items and their results.
     */
    async publishInspectionResult(input: { inspectionKey: string; dueAt: string }): Promise<void> {
      const i = await inspections.findOne({ where: { inspectionKey: input.inspectionKey }, raw: true }) as any;
      if (!i) throw new Error(`no inspection ${input.inspectionKey}`);
      const items = new Map(((await db.models.check_items.findAll({ where: { code: JSON.parse(i.checkItemCodes) }, raw: true })) as any[]).map((c) => [c.code, c]));
      const content = {
        kind: i.kind,
        outcome: i.outcome,
        checkedOn: i.recordedAt ? new Date(i.recordedAt).toISOString().slice(0, 10) : null,
        items: (JSON.parse(i.results) as CheckItemResult[]).map((r) => ({ checkItemCode: r.checkItemCode, name: items.get(r.checkItemCode)?.name ?? r.checkItemCode, legalBasis: items.get(r.checkItemCode)?.legalBasis ?? null, result: r.result })),
      };
      await db.writeTransaction(async (t) => {
        const [, created] = await publications.findOrCreate({
          where: { kind: 'inspectionResult', refKey: input.inspectionKey },
          defaults: { kind: 'inspectionResult', refKey: input.inspectionKey, creditCode: i.creditCode, entityName: i.entityName, departmentCode: i.departmentCode, planId: i.planId, content, dueAt: new Date(input.dueAt), publishedAt: new Date() },
          transaction: t,
        });
        if (!created) return;
        await appendAudit(db, { actorType: 'workflow', actor: i.workflowId, action: 'publication.inspectionResult', targetType: 'inspection', targetId: input.inspectionKey }, t);
        const department = ((await db.models.departments.findByPk(i.departmentCode, { raw: true, transaction: t })) as any)?.name ?? i.departmentCode;
        const plan = i.planId ? ((await db.models.inspection_plans.findByPk(i.planId, { attributes: ['title'], raw: true, transaction: t })) as any)?.title ?? null : null;
        await recordSharedEvents(db, [{ type: 'inspection.published', key: input.inspectionKey, occurredAt: new Date(), creditCode: i.creditCode, data: { entityName: i.entityName, department, plan, ...content } }], t);
      });
    },
  };
}

/**
 * Pairs that may not meet: declared conflicts (行政处罚法 Art. 43), and who checked an entity in the previous
 * drawn plan sharing a check item with this one (RULES.md, local).
 */
async function recusals(db: Db, plan: PlanRow, credentialNos: string[]): Promise<PoolSnapshot['recusals']> {
  const pairs = new Map<string, { inspector: string; creditCode: string }>();
  const add = (inspector: string, creditCode: string) => pairs.set(`${inspector}|${creditCode}`, { inspector, creditCode });
  for (const c of (await db.models.conflicts.findAll({ where: { partyType: 'inspector', partyKey: credentialNos, status: RECUSING_CONFLICT_STATUSES }, raw: true })) as any[]) add(c.partyKey, c.creditCode);
  const earlier = ((await db.models.inspection_plans.findAll({ where: { id: { [Op.ne]: plan.id } }, order: [['createdAt', 'DESC']] })) as any[])
    .map((r) => r.get({ plain: true }))
    .filter((r) => (r.checkItemCodes as string[]).some((c) => plan.checkItemCodes.includes(c)));
  for (const previous of earlier) {
    const result = await readDocument<DrawResult>(db, previous.id, 'result');
    if (!result) continue;
    for (const i of result.inspections) for (const member of i.team) add(member, i.creditCode);
    break;
  }
  return [...pairs.values()];
}

/** The catalog version in force of each check item (事项清单, F1), in the order given. */
async function checkItemVersions(db: Db, codes: string[], transaction: Transaction): Promise<Array<{ code: string; version: number | null; versionId: number | null }>> {
  const rows = (await db.models.check_items.findAll({ where: { code: codes }, attributes: ['code', 'version', 'versionId'], raw: true, transaction })) as any[];
  const byCode = new Map(rows.map((r) => [r.code as string, r]));
  return codes.map((code) => ({ code, version: byCode.get(code)?.version ?? null, versionId: byCode.get(code)?.versionId ?? null }));
}
