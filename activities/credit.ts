import { Op } from 'sequelize';
import type { Db } from '../db';
import { appendAudit } from '../db/audit';
import { addYears, type ListingStatus, type ListType } from '../domain/credit';

// Side effects of joint punishment (联合惩戒, F6): which department applies which measure, and the
// listing's end. Each is idempotent: a retried activity leaves the same rows and one audit entry.

export interface ListingInput {
  listingId: string;
  creditCode: string;
  entityName: string;
  listType: ListType;
  listedOn: string;
  expiresOn: string | null;
}

export interface NoticeMeasure {
  code: string;
  name: string;
  scenario: string;
  legalBasis: string;
}

export interface DepartmentNotice {
  departmentCode: string;
  measures: NoticeMeasure[];
}

/** The active measures of a list type, grouped by implementing department (惩戒措施目录). */
export async function measuresOf(db: Db, listTypes: string[], scenario?: string): Promise<Array<NoticeMeasure & { departmentCode: string; listTypes: string[] }>> {
  // Not `raw`: the JSON column's getter parses `listTypes` on SQLite too.
  const rows = (await db.models.punishment_measures.findAll({ where: { active: true, ...(scenario ? { scenario } : {}) }, order: [['code', 'ASC']] })).map((r) => r.get({ plain: true })) as any[];
  return rows
    .filter((m) => (m.listTypes as string[]).some((t) => listTypes.includes(t)))
    .map((m) => ({ code: m.code, name: m.name, scenario: m.scenario, legalBasis: m.legalBasis, departmentCode: m.departmentCode, listTypes: m.listTypes }));
}

export function createCreditActivities(db: Db) {
  return {
    async punishmentNotices({ listType }: { listType: ListType }): Promise<DepartmentNotice[]> {
      const byDepartment = new Map<string, NoticeMeasure[]>();
      for (const { departmentCode, listTypes: _l, ...m } of await measuresOf(db, [listType])) {
        byDepartment.set(departmentCode, [...(byDepartment.get(departmentCode) ?? []), m]);
      }
      return [...byDepartment].map(([departmentCode, measures]) => ({ departmentCode, measures }));
    },

    /** Ends an active listing; an already ended one stays as it ended (the first end wins). */
    async endListing(input: { listingId: string; status: Exclude<ListingStatus, 'active'>; endedOn: string; endReason: string; actor: string }): Promise<{ status: string }> {
      return db.writeTransaction(async (t) => {
        const row = await db.models.credit_listings.findByPk(input.listingId, { transaction: t, lock: t.LOCK.UPDATE });
        if (!row) throw new Error(`no listing ${input.listingId}`);
        if (row.get('status') !== 'active') return { status: row.get('status') };
        await row.update({ status: input.status, endedOn: input.endedOn, endReason: input.endReason, updatedAt: new Date() }, { transaction: t });
        await appendAudit(db, { actorType: 'workflow', actor: input.actor, action: `listing.${input.status}`, targetType: 'entity', targetId: row.get('creditCode'), detail: { listingId: input.listingId, endedOn: input.endedOn, reason: input.endReason } }, t);
        return { status: input.status };
      });
    },

    /**
     * RULES.md: an abnormal-operation entry still listed after 3 years moves to the serious violation list.
     * Creates the new listing once (its id derives from the old one) and returns it.
     */
    async moveListing(input: { listingId: string; to: ListType; movedOn: string; actor: string }): Promise<ListingInput> {
      const newId = `${input.listingId}-m`;
      return db.writeTransaction(async (t) => {
        const old = await db.models.credit_listings.findByPk(input.listingId, { transaction: t, lock: t.LOCK.UPDATE });
        if (!old) throw new Error(`no listing ${input.listingId}`);
        const expiresOn = addYears(input.movedOn, 3, -1);
        const [created] = await db.models.credit_listings.findOrCreate({
          where: { id: newId },
          defaults: {
            id: newId,
            creditCode: old.get('creditCode'),
            entityName: old.get('entityName'),
            listType: input.to,
            reason: `经营异常名录届满3年仍未移出（原列入文书 ${old.get('documentNo')}）`,
            documentNo: old.get('documentNo'),
            authority: old.get('authority'),
            listedOn: input.movedOn,
            expiresOn,
            status: 'active',
            previousListingId: input.listingId,
            source: 'move',
            workflowId: `joint-punishment:${newId}`,
            createdAt: new Date(),
            updatedAt: new Date(),
          },
          transaction: t,
        });
        if (old.get('status') === 'active') {
          await old.update({ status: 'moved', endedOn: input.movedOn, endReason: `移入严重违法失信名单 ${newId}`, updatedAt: new Date() }, { transaction: t });
          await appendAudit(db, { actorType: 'workflow', actor: input.actor, action: 'listing.moved', targetType: 'entity', targetId: old.get('creditCode'), detail: { from: input.listingId, to: newId } }, t);
        }
        return { listingId: newId, creditCode: created.get('creditCode'), entityName: created.get('entityName'), listType: input.to, listedOn: input.movedOn, expiresOn };
      });
    },
  };
}

/** Active listings of one entity (screening and the dossier): active and not past their end day. */
export async function activeListings(db: Db, creditCode: string, today: string) {
  return (await db.models.credit_listings.findAll({
    where: { creditCode, status: 'active', [Op.or]: [{ expiresOn: null }, { expiresOn: { [Op.gte]: today } }] },
    order: [['listedOn', 'ASC']],
    raw: true,
  })) as any[];
}
