import { Op } from 'sequelize';
import type { Db } from './index';
import type { PoolSnapshot } from '../domain/draw';
import type { EntityFilter, InspectorFilter } from '../domain/inspections';
import { shanghaiDate } from '../domain/workingDays';

// The pools a spot-check draw draws from (双随机, domain/draw.ts): the entities a plan's filter selects and the
// inspectors who may be drawn. The draw activity (activities/inspections.ts) snapshots them; the plan preview
// (api/inspections/routes.ts) counts them before a plan is made.

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
  const rows = await db.select<{ creditCode: string; riskClass: string }>(`SELECT creditCode, riskClass FROM entities WHERE ${where.join(' AND ')}`, params);
  const byClass = !(strataKeys.length === 1 && strataKeys[0] === 'all');
  return rows.filter((r) => !byClass || strataKeys.includes(r.riskClass)).map((r) => ({ creditCode: r.creditCode, stratum: byClass ? r.riskClass : 'all' }));
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
