import type { Db } from '../db';
import { appendAudit } from '../db/audit';
import { measuresOf, type NoticeMeasure } from '../db/credit';
import { recordSharedEvents } from '../db/sharedEvents';
import { addYears, LIST_TYPE_NAMES, type ListingStatus, type ListType } from '../domain/credit';

// Side effects of joint punishment (联合惩戒, F6): which department applies which measure, and the
// listing's end. Each is idempotent: a retried activity leaves the same rows and one audit entry.

/** One credit-list entry as its jointPunishment workflow holds it (and records it first). */
export interface ListingInput {
  listingId: string;
  creditCode: string;
  entityName: string;
  listType: ListType;
  listedOn: string;
  expiresOn: string | null;
  reason: string;
  documentNo: string;
  authority: string;
  /** Who sent it: `system:<name>`, `user:<username>`, or `move` (moved from another list). */
  source: string;
  previousListingId?: string;
}

export interface DepartmentNotice {
  departmentCode: string;
  measures: NoticeMeasure[];
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
        const listType = row.get('listType') as ListType;
        await recordSharedEvents(db, [{ type: 'listing.delisted', key: input.listingId, occurredAt: new Date(), creditCode: row.get('creditCode'), data: { listingId: input.listingId, entityName: row.get('entityName'), listType, listTypeName: LIST_TYPE_NAMES[listType] ?? listType, documentNo: row.get('documentNo'), authority: row.get('authority'), endedOn: input.endedOn, endReason: input.endReason, how: input.status } }], t);
        return { status: input.status };
      });
    },

    /** Records the entry, once: the projection screening reads (a retried activity changes nothing). */
    async recordListing(l: ListingInput & { workflowId: string }): Promise<void> {
      await db.writeTransaction(async (t) => {
        const [, created] = await db.models.credit_listings.findOrCreate({
          where: { id: l.listingId },
          defaults: { id: l.listingId, creditCode: l.creditCode, entityName: l.entityName, listType: l.listType, reason: l.reason, documentNo: l.documentNo, authority: l.authority, listedOn: l.listedOn, expiresOn: l.expiresOn, status: 'active', previousListingId: l.previousListingId ?? null, source: l.source, workflowId: l.workflowId, createdAt: new Date(), updatedAt: new Date() },
          transaction: t,
        });
        const [actorType, actor] = l.source.startsWith('user:') ? ['user', l.source.slice(5)] : l.source.startsWith('system:') ? ['system', l.source.slice(7)] : ['workflow', l.workflowId];
        if (created) await appendAudit(db, { actorType: actorType as 'user' | 'system' | 'workflow', actor, action: 'listing.listed', targetType: 'entity', targetId: l.creditCode, detail: { listingId: l.listingId, listType: l.listType, documentNo: l.documentNo } }, t);
        await recordSharedEvents(db, [{ type: 'listing.listed', key: l.listingId, occurredAt: new Date(), creditCode: l.creditCode, data: { listingId: l.listingId, entityName: l.entityName, listType: l.listType, listTypeName: LIST_TYPE_NAMES[l.listType] ?? l.listType, reason: l.reason, documentNo: l.documentNo, authority: l.authority, listedOn: l.listedOn, expiresOn: l.expiresOn } }], t);
      });
    },
  };
}
