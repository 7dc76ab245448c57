import { Op } from 'sequelize';
import { screen } from '../domain/credit';
import type { EntityFacts, ListingFact, Policy, PolicyCriteria, Reason, RowResult } from '../domain/eligibility';
import { shanghaiDate, startOfShanghaiDay } from '../domain/workingDays';
import { appendAudit, type AuditEntry } from './audit';
import { inChunks } from './chunks';
import { measuresOf } from './credit';
import { departmentNames } from './departments';
import type { Db } from './index';
import { entitiesNamedLike } from './records';

// The support-eligibility check's data (F12): its policies, the facts of thousands of entities read in a few
// bulk queries (IN-lists in chunks), and the checks stored with their rows.

const toPolicy = (r: any): Policy => ({ code: r.code, name: r.name, scenario: r.scenario, criteria: r.criteria as PolicyCriteria, active: Boolean(r.active) });

export async function listPolicies(db: Db): Promise<Policy[]> {
  return (await db.models.eligibility_policies.findAll({ order: [['code', 'ASC']] })).map((r) => toPolicy(r.get({ plain: true })));
}

export async function policyByCode(db: Db, code: string): Promise<Policy | null> {
  const row = await db.models.eligibility_policies.findByPk(code);
  return row ? toPolicy(row.get({ plain: true })) : null;
}

/** Creates or changes a policy with its audit entry; answers whether it was new. */
export async function savePolicy(db: Db, policy: Policy, actor: string): Promise<boolean> {
  return db.writeTransaction(async (t) => {
    const row = await db.models.eligibility_policies.findByPk(policy.code, { transaction: t, lock: db.dialect === 'mysql' ? t.LOCK.UPDATE : undefined });
    const values = { name: policy.name, scenario: policy.scenario, criteria: policy.criteria, active: policy.active, updatedAt: new Date(), updatedBy: actor };
    if (row) await row.update(values, { transaction: t });
    else await db.models.eligibility_policies.create({ code: policy.code, ...values }, { transaction: t });
    await appendAudit(db, { actorType: 'user', actor, action: row ? 'eligibilityPolicy.updated' : 'eligibilityPolicy.created', targetType: 'eligibilityPolicy', targetId: policy.code, detail: { ...policy } }, t);
    return !row;
  });
}

/** Registered entities by name, for rows that give no credit code (matched by domain/records.ts matchEntityName). */
export async function entitiesNamed(db: Db, names: string[]): Promise<Array<{ creditCode: string; name: string }>> {
  return inChunks([...new Set(names)], (chunk) => entitiesNamedLike(db, chunk), 300);
}

export interface FoundEntity {
  creditCode: string;
  name: string;
  facts: EntityFacts;
}

const day = (v: unknown) => (v instanceof Date ? shanghaiDate(v) : String(v).slice(0, 10));

/**
 * What a policy looks at, for every registered entity among `creditCodes`: status, active listings (and the
 * screening's restriction for the policy's scenario), penalties decided since `penaltiesFrom` (collected records
 * and the platform's own cases) and open cases. One query per kind of fact and chunk of codes.
 */
export async function entityFacts(db: Db, creditCodes: string[], policy: Policy, today: string, penaltiesFrom: string | null): Promise<Map<string, FoundEntity>> {
  const codes = [...new Set(creditCodes)];
  const found = new Map<string, FoundEntity>();
  const entities = await inChunks(codes, (chunk) => db.models.entities.findAll({ attributes: ['creditCode', 'name', 'status'], where: { creditCode: chunk }, raw: true }) as Promise<any[]>);
  for (const e of entities) found.set(e.creditCode, { creditCode: e.creditCode, name: e.name, facts: { status: e.status, listings: [], restriction: { measures: [], listings: [] }, penalties: [], openCases: [] } });
  const present = [...found.keys()];
  if (present.length === 0) return found;
  const departments = await departmentNames(db);

  // Active listings, as screening reads them (db/credit.ts activeListings), for all entities at once.
  const listings = await inChunks(present, (chunk) =>
    db.models.credit_listings.findAll({
      attributes: ['id', 'creditCode', 'listType', 'documentNo', 'authority', 'listedOn'],
      where: { creditCode: chunk, status: 'active', [Op.or]: [{ expiresOn: null }, { expiresOn: { [Op.gte]: today } }] },
      order: [['listedOn', 'ASC']],
      raw: true,
    }) as Promise<any[]>,
  );
  for (const l of listings) found.get(l.creditCode)!.facts.listings.push({ id: l.id, listType: l.listType, documentNo: l.documentNo, authority: l.authority, listedOn: day(l.listedOn) });
  const listTypes = [...new Set(listings.map((l) => l.listType as string))];
  const scenarioMeasures = listTypes.length ? await measuresOf(db, listTypes, policy.scenario) : [];
  for (const e of found.values()) {
    const { measures, behind } = screen<ListingFact, (typeof scenarioMeasures)[number]>(e.facts.listings, scenarioMeasures);
    e.facts.restriction = { measures: measures.map((m) => ({ code: m.code, name: m.name, legalBasis: m.legalBasis })), listings: behind };
  }

  if (penaltiesFrom !== null) {
    const records = await inChunks(present, (chunk) =>
      db.models.records.findAll({ attributes: ['creditCode', 'departmentCode', 'occurredOn', 'data'], where: { kind: 'penalty', creditCode: chunk, occurredOn: { [Op.gte]: penaltiesFrom } } }).then((rows) => rows.map((r) => r.get({ plain: true }) as any)),
    );
    for (const r of records) {
      found.get(r.creditCode)!.facts.penalties.push({ decisionNo: String(r.data.decisionNo ?? ''), decidedOn: day(r.occurredOn), departmentName: departments.get(r.departmentCode) ?? r.departmentCode, penaltyKinds: Array.isArray(r.data.penaltyKinds) ? r.data.penaltyKinds : [] });
    }
  }
  const since = penaltiesFrom === null ? null : startOfShanghaiDay(penaltiesFrom);
  const cases = await inChunks(present, (chunk) =>
    db.models.enforcement_cases
      .findAll({
        attributes: ['creditCode', 'departmentCode', 'stage', 'filedAt', 'decidedAt', 'outcome', 'penalty'],
        where: { creditCode: chunk, [Op.or]: [{ stage: 'deciding' }, ...(since ? [{ outcome: 'penalty', decidedAt: { [Op.gte]: since } }] : [])] },
      })
      .then((rows) => rows.map((r) => r.get({ plain: true }) as any)),
  );
  for (const c of cases) {
    const facts = found.get(c.creditCode)!.facts;
    const departmentName = departments.get(c.departmentCode) ?? c.departmentCode;
    // A filed case not yet decided (filing decides whether there is a case at all).
    if (c.stage === 'deciding') facts.openCases.push({ departmentName, filedOn: c.filedAt ? day(c.filedAt) : '' });
    else if (c.outcome === 'penalty' && c.decidedAt && c.penalty) facts.penalties.push({ decisionNo: String(c.penalty.decisionNo ?? ''), decidedOn: day(c.decidedAt), departmentName, penaltyKinds: c.penalty.penaltyKind ? [c.penalty.penaltyKind] : [] });
  }
  return found;
}

/** One row of a check's answer (CONTRACT.md), as stored and read back. */
export type CheckRow = Omit<RowResult, 'screening'>;

/** What the screening feedback needs of a restricted row. */
export type RowScreening = NonNullable<RowResult['screening']>;

export interface CheckToSave {
  checkKey: string;
  policy: Policy;
  departmentCode: string;
  checkedBy: string;
  fileName: string;
  sha256: string;
  workflowId: string | null;
  rows: RowResult[];
}

export interface CheckSummary {
  id: number;
  policy: { code: string; name: string };
  scenario: string;
  departmentCode: string;
  checkedBy: string;
  checkedAt: string;
  fileName: string;
  sha256: string;
  total: number;
  found: number;
  eligible: number;
  restricted: number;
}

const ROWS_PER_INSERT = 500;

/** Stores a check, its rows and its audit entry in one transaction, with `alongside` last inside it; answers its id. */
export async function saveCheck(db: Db, c: CheckToSave, audit: (id: number, counts: Record<string, number>) => AuditEntry, alongside?: (id: number) => Promise<void>): Promise<number> {
  const counts = { total: c.rows.length, found: c.rows.filter((r) => r.found).length, eligible: c.rows.filter((r) => r.eligible).length, restricted: c.rows.filter((r) => r.screening).length };
  return db.writeTransaction(async (t) => {
    const check = await db.models.eligibility_checks.create(
      { checkKey: c.checkKey, policyCode: c.policy.code, policyName: c.policy.name, scenario: c.policy.scenario, departmentCode: c.departmentCode, checkedBy: c.checkedBy, checkedAt: new Date(), fileName: c.fileName, sha256: c.sha256, ...counts, workflowId: c.workflowId },
      { transaction: t },
    );
    const checkId = check.get('id') as number;
    for (let i = 0; i < c.rows.length; i += ROWS_PER_INSERT) {
      await db.models.eligibility_check_rows.bulkCreate(
        c.rows.slice(i, i + ROWS_PER_INSERT).map((r) => ({ checkId, row: r.row, creditCode: r.creditCode, name: r.name, found: r.found, status: r.status, eligible: r.eligible, restricted: r.screening !== null, reasons: r.reasons, screening: r.screening })),
        { transaction: t },
      );
    }
    await appendAudit(db, audit(checkId, counts), t);
    await alongside?.(checkId);
    return checkId;
  });
}

const toSummary = (r: any): CheckSummary => ({
  id: r.id,
  policy: { code: r.policyCode, name: r.policyName },
  scenario: r.scenario,
  departmentCode: r.departmentCode,
  checkedBy: r.checkedBy,
  checkedAt: new Date(r.checkedAt).toISOString(),
  fileName: r.fileName,
  sha256: r.sha256,
  total: r.total,
  found: r.found,
  eligible: r.eligible,
  restricted: r.restricted,
});

/** Checks newest first, of one department or (null) all. */
export async function listChecks(db: Db, departmentCode: string | null, page: number, perPage: number): Promise<{ data: CheckSummary[]; total: number }> {
  const { rows, count } = await db.models.eligibility_checks.findAndCountAll({ where: departmentCode ? { departmentCode } : {}, order: [['id', 'DESC']], limit: perPage, offset: (page - 1) * perPage, raw: true });
  return { data: rows.map(toSummary), total: count };
}

export async function checkById(db: Db, id: number): Promise<(CheckSummary & { rows: CheckRow[] }) | null> {
  const check = await db.models.eligibility_checks.findByPk(id, { raw: true });
  if (!check) return null;
  const rows = (await db.models.eligibility_check_rows.findAll({ attributes: ['row', 'creditCode', 'name', 'found', 'status', 'eligible', 'reasons'], where: { checkId: id }, order: [['row', 'ASC']] })).map((r) => r.get({ plain: true }) as any);
  return { ...toSummary(check), rows: rows.map((r) => ({ row: r.row, creditCode: r.creditCode, name: r.name, found: Boolean(r.found), status: r.status, eligible: Boolean(r.eligible), reasons: r.reasons })) };
}

export interface RestrictedRow {
  row: number;
  creditCode: string;
  name: string;
  screening: RowScreening;
}

/** A check and the restricted rows after `afterRow`, `limit` at most, for its screening feedback; null: no such check. */
export async function restrictedRows(db: Db, checkId: number, afterRow: number, limit: number): Promise<{ check: { checkKey: string; scenario: string; departmentCode: string }; rows: RestrictedRow[] } | null> {
  const check = (await db.models.eligibility_checks.findByPk(checkId, { attributes: ['checkKey', 'scenario', 'departmentCode'], raw: true })) as any;
  if (!check) return null;
  const rows = (await db.models.eligibility_check_rows.findAll({ attributes: ['row', 'creditCode', 'name', 'screening'], where: { checkId, restricted: true, row: { [Op.gt]: afterRow } }, order: [['row', 'ASC']], limit })).map((r) => r.get({ plain: true }) as any);
  return { check, rows };
}
