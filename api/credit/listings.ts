import crypto from 'node:crypto';
import { WithStartWorkflowOperation } from '@temporalio/client';
import { UniqueConstraintError } from 'sequelize';
import type { Db } from '../../db';
import { departmentsByCode } from '../../db/departments';
import { defaultExpiresOn, earliestRepairOn, EXIT_TYPES, LIST_TYPE_NAMES, LIST_TYPES, LIST_ENTERED_BY, listingDecisionKey, mayEnterList, type ExitType, type ListType } from '../../domain/credit';
import { shanghaiDate } from '../../domain/workingDays';
import type { Actor } from '../../domain/tasks';
import { endListingUpdate, jointPunishment, jointPunishmentWorkflowId, listingRecordedUpdate } from '../../workflows/jointPunishment';
import type { SessionUser } from '../../db/credentials';
import { forbidden, notFound, unprocessable } from '../errors';
import { z } from '../openapi';
import { update, updateWithStart, type Temporal } from '../temporal';
import { freeText, text, date } from '../validate';

// Listing and delisting (列入 / 移出), the same whether an external system sends the event
// (`POST /api/ext/v1/credit-listings`) or a clerk enters it in the UI: the listing row is written before
// the answer (so screening restricts at once), then its jointPunishment workflow runs the notices.


export const ListingFields = z.object({
  listType: z.enum(LIST_TYPES),
  creditCode: text().length(18, 'an 18-character unified social credit code'),
  entityName: text().min(1).max(200).optional().describe('needed when the entity is not registered in the district'),
  reason: freeText().min(1).max(2000),
  documentNo: text().min(1).max(100).describe('number of the listing decision (列入决定书文号)'),
  authority: text().min(1).max(100).describe('the deciding authority'),
  listedOn: date(),
  expiresOn: date().optional().describe('when the deciding authority set the end; otherwise the list type’s duration (RULES.md)'),
});

export const DelistFields = z.object({
  listType: z.enum(LIST_TYPES),
  creditCode: text().length(18, 'an 18-character unified social credit code'),
  documentNo: text().min(1).max(100).describe('number of the listing decision being ended'),
  exitType: z.enum(EXIT_TYPES).describe('`creditRepair` (信用修复) or `removed` (cause ended, deleted by the authority)'),
  reason: freeText().min(1).max(2000),
  delistedOn: date(),
});

export type ListingFields = z.infer<typeof ListingFields>;
export type DelistFields = z.infer<typeof DelistFields>;

export interface ListingAnswer {
  listingId: string;
  workflowId: string;
  status: 'listed' | 'alreadyListed' | 'repaired' | 'removed' | 'alreadyEnded';
  message: string;
  overlapping?: Array<{ listingId: string; listType: string; documentNo: string }>;
}

// A claim whose listing never got recorded this long after (its start failed and the release was lost) is free.
const UNRECORDED_CLAIM_MS = 5 * 60_000;

/**
 * Takes the decision's key for `listingId`, unless an active listing (or one being recorded) holds it: then
 * returns that listing's id. The primary key decides between concurrent relistings, not a read before the write.
 */
async function claimDecision(db: Db, decisionKey: string, listingId: string): Promise<string | null> {
  const claims = db.models.credit_listing_decisions;
  for (;;) {
    try {
      await claims.create({ decisionKey, listingId, claimedAt: new Date() });
      return null;
    } catch (err) {
      if (!(err instanceof UniqueConstraintError)) throw err;
    }
    const claim = (await claims.findByPk(decisionKey, { raw: true })) as any;
    if (!claim) continue;
    const holder = (await db.models.credit_listings.findByPk(claim.listingId, { raw: true })) as any;
    const free = holder ? holder.status !== 'active' : Date.now() - new Date(claim.claimedAt).getTime() > UNRECORDED_CLAIM_MS;
    if (!free) return claim.listingId;
    // Of several relistings of an ended decision, the one whose update moves the key lists it.
    const [moved] = await claims.update({ listingId, claimedAt: new Date() }, { where: { decisionKey, listingId: claim.listingId } });
    if (moved === 1) return null;
  }
}

/** The administrator and the district office act for every department (DESIGN.md rule 7). */
export const districtWide = (u: SessionUser) => u.roles.includes('admin') || u.department.kind === 'district';

/**
 * Refuses a listing or delisting by a department that does not enter this list (RULES.md "entered by");
 * `null` for district-wide roles and the district's credit platform, who enter every list.
 */
export async function requireListAuthority(db: Db, listType: ListType, departmentCode: string | null): Promise<void> {
  if (mayEnterList(listType, departmentCode)) return;
  const by = (await departmentsByCode(db)).get(LIST_ENTERED_BY[listType]);
  throw forbidden(`${LIST_TYPE_NAMES[listType]} is entered by ${by?.name ?? LIST_ENTERED_BY[listType]} or a district-wide role, not by department ${departmentCode}`, { code: 'list-authority', params: { list: LIST_TYPE_NAMES[listType], authority: by?.name ?? LIST_ENTERED_BY[listType] } });
}

export const listingIdOf = (eventId: string) => `CL${crypto.createHash('sha256').update(eventId).digest('hex').slice(0, 20).toUpperCase()}`;

export async function acceptListing(db: Db, temporal: Temporal, eventId: string, e: ListingFields, source: string): Promise<ListingAnswer> {
  if (e.expiresOn && e.expiresOn < e.listedOn) throw unprocessable('expiresOn is before listedOn', [{ field: 'expiresOn', message: 'before listedOn' }], { code: 'expires-before-listed' });
  const entity = await db.models.entities.findByPk(e.creditCode, { raw: true }) as any;
  const entityName = entity?.name ?? e.entityName;
  if (!entityName) throw unprocessable(`entity ${e.creditCode} is not registered in the district; give entityName`, [{ field: 'entityName', message: 'required for an entity not in the district' }], { code: 'entity-name-required', params: { creditCode: e.creditCode } });
  const listingId = listingIdOf(eventId);
  const workflowId = jointPunishmentWorkflowId(listingId);
  const expiresOn = e.expiresOn ?? defaultExpiresOn(e.listType, e.listedOn);
  if (expiresOn && expiresOn < shanghaiDate(new Date())) throw unprocessable(`the listing ended on ${expiresOn}; nothing to apply`, [{ field: 'expiresOn', message: 'in the past' }], { code: 'listing-already-expired', params: { expiresOn } });
  const active = (await db.models.credit_listings.findAll({ where: { creditCode: e.creditCode, status: 'active' }, raw: true })) as any[];
  // Relisting the same decision is one listing: say so and change nothing.
  const holder = await claimDecision(db, listingDecisionKey(e), listingId);
  if (holder) {
    const same = (await db.models.credit_listings.findByPk(holder, { raw: true })) as any;
    return { listingId: holder, workflowId: jointPunishmentWorkflowId(holder), status: 'alreadyListed', message: `already on the ${e.listType} list by ${e.documentNo}${same ? ` since ${same.listedOn}` : ''}` };
  }
  // The workflow records the entry (DESIGN.md rule 1); the update sent with its start answers once it has,
  // so a screening right after this answer restricts. A retry of the same event finds the same workflow.
  try {
    await updateWithStart(temporal, listingRecordedUpdate, { listingId }, `listed:${listingId}`, new WithStartWorkflowOperation(jointPunishment, {
      workflowId,
      taskQueue: temporal.taskQueue,
      workflowIdConflictPolicy: 'USE_EXISTING',
      args: [{ listingId, creditCode: e.creditCode, entityName, listType: e.listType, listedOn: e.listedOn, expiresOn, reason: e.reason, documentNo: e.documentNo, authority: e.authority, source }],
    }));
  } catch (err) {
    // Not listed after all: the decision is free for the sender's retry.
    await db.models.credit_listing_decisions.destroy({ where: { decisionKey: listingDecisionKey(e), listingId } });
    throw err;
  }
  const overlapping = active.map((l) => ({ listingId: l.id, listType: l.listType, documentNo: l.documentNo }));
  return {
    listingId,
    workflowId,
    status: 'listed',
    message: `listed on ${LIST_TYPE_NAMES[e.listType]} until ${expiresOn ?? 'removed'}${overlapping.length ? `; ${overlapping.length} other active listing(s) of this entity apply too` : ''}`,
    ...(overlapping.length ? { overlapping } : {}),
  };
}

/** Finds the listing a delist event names; ending one that was never listed is refused and changes nothing. */
export async function findListing(db: Db, d: Pick<DelistFields, 'listType' | 'creditCode' | 'documentNo'>) {
  const rows = (await db.models.credit_listings.findAll({ where: { creditCode: d.creditCode, listType: d.listType, documentNo: d.documentNo }, order: [['createdAt', 'DESC']], raw: true })) as any[];
  const row = rows.find((r) => r.status === 'active') ?? rows[0];
  if (!row) throw notFound(`${d.creditCode} is not on the ${d.listType} list by ${d.documentNo}; nothing was changed`, { code: 'listing-not-found' });
  return row;
}

export async function endListing(db: Db, temporal: Temporal, listing: any, d: { exitType: ExitType; reason: string; delistedOn: string }, actor: Actor | { system: string }, updateId: string): Promise<ListingAnswer> {
  if (listing.status !== 'active') {
    return { listingId: listing.id, workflowId: listing.workflowId, status: 'alreadyEnded', message: `the listing already ended (${listing.status}) on ${listing.endedOn}` };
  }
  if (d.delistedOn < String(listing.listedOn)) throw unprocessable('delistedOn is before the listing began', [{ field: 'delistedOn', message: 'before listedOn' }], { code: 'delisted-before-listed' });
  if (d.exitType === 'creditRepair') {
    const earliest = earliestRepairOn(listing.listType as ListType, String(listing.listedOn));
    // SAMR Order 44: credit repair of a serious violation entry after at least one year.
    if (earliest && d.delistedOn < earliest) throw unprocessable(`credit repair of this list is possible from ${earliest} (one year after listing)`, [{ field: 'delistedOn', message: `before ${earliest}` }], { code: 'credit-repair-too-early', params: { earliest } });
  }
  const r = await update(temporal, listing.workflowId, endListingUpdate, { exitType: d.exitType, reason: d.reason, endedOn: d.delistedOn, actor }, updateId);
  return { listingId: listing.id, workflowId: listing.workflowId, status: r.status as ListingAnswer['status'], message: `ended (${r.status}); departments that applied measures are told to lift them` };
}
