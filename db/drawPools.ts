import { Op } from 'sequelize';
import type { Db } from './index';
import { canonicalPool, type PoolSnapshot } from '../domain/draw';
import type { EntityFilter, InspectorFilter } from '../domain/inspections';
import { RECUSING_CONFLICT_STATUSES } from '../domain/resources';
import { shanghaiDate } from '../domain/workingDays';

// The pools a spot-check draw draws from (双随机, domain/draw.ts): the entities a plan's filter selects, the
// inspectors who may be drawn, and the outside experts and third-party bodies of items that need them. The draw
// activity (activities/inspections.ts) snapshots them; the plan preview (api/inspections/routes.ts) counts them
// before a plan is made.

/** The entity pool of a filter, as (credit code, stratum) pairs; strata are credit-risk classes or `all`. */
export async function entityPool(db: Db, filter: EntityFilter, strataKeys: string[]): Promise<PoolSnapshot['entities']> {
  const where: string[] = ["status = 'active'"];
  const params: unknown[] = [];
  const inList = (column: string, values?: string[]) => {
    if (!values?.length) return;
    where.push(`${column} IN (${values.map(() => '?').join(',')})`);
    params.push(...values);
  };
  inList('regionCode', filter.regionCodes);
  inList('entityType', filter.entityTypes);
  inList('riskClass', filter.riskClasses);
  if (filter.industryPrefixes?.length) {
    where.push(`(${filter.industryPrefixes.map(() => 'industryCode LIKE ?').join(' OR ')})`);
    params.push(...filter.industryPrefixes.map((p) => `${p}%`));
  }
  if (filter.licenseItemCodes?.length) {
    where.push(`creditCode IN (SELECT creditCode FROM licenses WHERE licenseItemCode IN (${filter.licenseItemCodes.map(() => '?').join(',')}) AND (validTo IS NULL OR validTo >= ?))`);
    params.push(...filter.licenseItemCodes, shanghaiDate(new Date()));
  }
  if (filter.listTypes?.length) {
    where.push(`creditCode IN (SELECT creditCode FROM credit_listings WHERE status = 'active' AND listType IN (${filter.listTypes.map(() => '?').join(',')}) AND (expiresOn IS NULL OR expiresOn >= ?))`);
    params.push(...filter.listTypes, shanghaiDate(new Date()));
  }
  const byClass = !(strataKeys.length === 1 && strataKeys[0] === 'all');
  if (byClass && !strataKeys.length) return [];
  if (byClass) inList('riskClass', strataKeys);
  // The rows are the pool's entries as they are ({creditCode, stratum}, in that key order, which the canonical JSON
  // keeps): a million rows are not built a second time. Not ORDER BY creditCode: MySQL answers from the covering
  // index (status, riskClass, regionCode) and would sort 970,000 rows itself, slower than the canonical sort.
  return db.select<PoolSnapshot['entities'][number]>(`SELECT creditCode, ${byClass ? 'riskClass' : "'all'"} AS stratum FROM entities WHERE ${where.join(' AND ')}`, params);
}

/**
 * Inspectors with an enforcement credential in the given departments (and regions), with their department; only
 * those on duty (an inspector on leave or transferred, domain/resources.ts, is not drawn).
 */
export async function inspectorPool(db: Db, filter: InspectorFilter): Promise<Array<{ username: string; credentialNo: string; departmentCode: string }>> {
  const offDuty = ((await db.models.inspector_profiles.findAll({ where: { status: { [Op.ne]: 'onDuty' } }, attributes: ['userId'], raw: true })) as any[]).map((p) => p.userId);
  const rows = (await db.models.users.findAll({
    where: {
      active: true,
      ...(offDuty.length ? { id: { [Op.notIn]: offDuty } } : {}),
      credentialNo: { [Op.ne]: null },
      roles: { [Op.like]: '%"inspector"%' },
      ...(filter.departmentCodes?.length ? { departmentCode: filter.departmentCodes } : {}),
      ...(filter.regionCodes?.length ? { regionCode: filter.regionCodes } : {}),
    },
    attributes: ['username', 'credentialNo', 'departmentCode'],
    raw: true,
  })) as any[];
  return rows.map((r) => ({ username: r.username, credentialNo: r.credentialNo, departmentCode: r.departmentCode }));
}

/** The fields in which a plan's check items need an expert, and those in which they need a third-party body (check_item_expertise), each ascending. */
export async function expertiseNeeds(db: Db, checkItemCodes: string[]): Promise<{ expertFields: string[]; thirdPartyFields: string[] }> {
  const rows = (await db.models.check_item_expertise.findAll({ where: { checkItemCode: checkItemCodes }, raw: true })) as any[];
  const fieldsOf = (need: string) => [...new Set(rows.filter((r) => r.need === need).map((r) => r.field as string))].sort();
  return { expertFields: fieldsOf('expert'), thirdPartyFields: fieldsOf('thirdParty') };
}

/**
 * The expert pool of a `zj-draw-3` or `zj-draw-4` draw: every active expert of the district with their fields, and
 * the experts' declared or confirmed conflicts (行政处罚法 Art. 43), canonicalised by the draw.
 */
export async function expertPool(db: Db): Promise<Pick<PoolSnapshot, 'experts' | 'expertRecusals'>> {
  const experts = ((await db.models.experts.findAll({ where: { status: 'active' } })) as any[]).map((e) => ({ id: String(e.get('id')), fields: e.get('fields') as string[] }));
  const conflicts = (await db.models.conflicts.findAll({ where: { partyType: 'expert', partyKey: experts.map((e) => e.id), status: RECUSING_CONFLICT_STATUSES }, raw: true })) as any[];
  const canonical = canonicalPool({ entities: [], inspectors: [], recusals: [], experts, expertRecusals: conflicts.map((c) => ({ expert: c.partyKey, creditCode: c.creditCode })) });
  return { experts: canonical.experts, expertRecusals: canonical.expertRecusals };
}

/**
 * The third-party pool of a `zj-draw-4` draw: every active body of the district whose qualification is valid today
 * (Asia/Shanghai; a lapsed one may not be engaged), by credit code with its fields, and the bodies' declared or
 * confirmed conflicts with entities, canonicalised by the draw.
 */
export async function thirdPartyPool(db: Db): Promise<Pick<PoolSnapshot, 'thirdParties' | 'thirdPartyRecusals'>> {
  const rows = (await db.models.third_parties.findAll({ where: { status: 'active', validUntil: { [Op.gte]: shanghaiDate(new Date()) } } })) as any[];
  const thirdParties = rows.map((t) => ({ creditCode: t.get('creditCode') as string, fields: t.get('fields') as string[] }));
  const conflicts = (await db.models.conflicts.findAll({ where: { partyType: 'thirdParty', partyKey: thirdParties.map((t) => t.creditCode), status: RECUSING_CONFLICT_STATUSES }, raw: true })) as any[];
  const canonical = canonicalPool({ entities: [], inspectors: [], recusals: [], experts: [], thirdParties, thirdPartyRecusals: conflicts.map((c) => ({ thirdParty: c.partyKey, creditCode: c.creditCode })) });
  return { thirdParties: canonical.thirdParties, thirdPartyRecusals: canonical.thirdPartyRecusals };
}
