import { Op } from 'sequelize';
import type { Db } from './index';

// Reads of the credit lists and the measures catalog that both the API (screening) and the joint-punishment
// activities need: below both, so neither reaches into the other's layer.

export interface NoticeMeasure {
  code: string;
  name: string;
  scenario: string;
  legalBasis: string;
}

/** The active measures of a list type, grouped by implementing department (惩戒措施目录). */
export async function measuresOf(db: Db, listTypes: string[], scenario?: string): Promise<Array<NoticeMeasure & { departmentCode: string; listTypes: string[] }>> {
  // Not `raw`: the JSON column's getter parses `listTypes` on SQLite too.
  const rows = (await db.models.punishment_measures.findAll({ where: { active: true, ...(scenario ? { scenario } : {}) }, order: [['code', 'ASC']] })).map((r) => r.get({ plain: true })) as any[];
  return rows
    .filter((m) => (m.listTypes as string[]).some((t) => listTypes.includes(t)))
    .map((m) => ({ code: m.code, name: m.name, scenario: m.scenario, legalBasis: m.legalBasis, departmentCode: m.departmentCode, listTypes: m.listTypes }));
}

/** Active listings of one entity (screening and the dossier): active and not past their end day. */
export async function activeListings(db: Db, creditCode: string, today: string) {
  return (await db.models.credit_listings.findAll({
    where: { creditCode, status: 'active', [Op.or]: [{ expiresOn: null }, { expiresOn: { [Op.gte]: today } }] },
    order: [['listedOn', 'ASC']],
    raw: true,
  })) as any[];
}
