import { Router } from 'express';
import type { Db } from '../../db';
import { acceptListing, DelistFields, endListing, findListing, ListingFields, requireListAuthority, type ListingAnswer } from '../credit/listings';
import { requireScope } from '../auth/middleware';
import { document, systemSecurity, z } from '../openapi';
import type { Temporal } from '../temporal';
import { body } from '../validate';
import { applyOnce, EventId, eventHash, requireValidCreditCode } from './events';

// CONTRACT.md `POST /api/ext/v1/credit-listings`: an entity put on (`list`) or taken off (`delist`) a
// credit list. Starts or ends joint punishment (联合惩戒). The same eventId gets the same answer.

const CreditListingEvent = z
  .discriminatedUnion('action', [
    ListingFields.extend({ eventId: EventId, action: z.literal('list') }),
    DelistFields.extend({ eventId: EventId, action: z.literal('delist') }),
  ])
  .openapi('CreditListingEvent');

const ListingAnswerSchema = z
  .object({
    eventId: z.string(),
    listingId: z.string(),
    workflowId: z.string(),
    status: z.enum(['listed', 'alreadyListed', 'repaired', 'removed', 'alreadyEnded']),
    message: z.string(),
    overlapping: z.array(z.object({ listingId: z.string(), listType: z.string(), documentNo: z.string() })).optional(),
  })
  .openapi('CreditListingAnswer');

document(
  {
    method: 'post',
    path: '/api/ext/v1/credit-listings',
    operationId: 'postCreditListingEvent',
    summary: 'Report a credit listing or delisting',
    tags: ['external'],
    security: systemSecurity,
    description: 'scope credit:write. `list` starts joint punishment: each implementing department is notified of its measures. A relisting of the same decision answers `alreadyListed`; another active listing of the entity is named in `overlapping`. `delist` ends the listing by credit repair or removal (404 when that listing does not exist, nothing changed; `alreadyEnded` when it had ended) and the departments that applied measures are told to lift them.',
    request: { body: { content: { 'application/json': { schema: CreditListingEvent } } } },
    responses: { 202: { description: 'accepted (a repeated eventId returns the same answer)', content: { 'application/json': { schema: ListingAnswerSchema } } } },
  },
  [400, 401, 403, 404, 409, 413, 422],
);

export function creditListingRoutes(db: Db, temporal: Temporal): Router {
  const r = Router();
  r.post('/credit-listings', requireScope(db, 'credit:write'), async (req, res) => {
    const event = body(CreditListingEvent, req);
    requireValidCreditCode(event.creditCode, 'creditCode');
    const { system, departmentCode } = req.apiClient!;
    await requireListAuthority(db, event.listType, departmentCode);
    const { answer, replayed } = await applyOnce(db, db.models.credit_listing_events, { eventId: event.eventId, hash: eventHash(event), pending: { listingId: '' } }, async () => {
      let a: ListingAnswer;
      if (event.action === 'list') {
        const { eventId: _e, action: _a, ...fields } = event;
        a = await acceptListing(db, temporal, event.eventId, fields, `system:${system}`);
      } else {
        const listing = await findListing(db, event);
        a = await endListing(db, temporal, listing, event, { system }, `delist:${event.eventId}`);
      }
      return {
        answer: { eventId: event.eventId, ...a },
        columns: { listingId: a.listingId },
        audit: { actorType: 'system', actor: system, action: `creditListing.${event.action}`, targetType: 'entity', targetId: event.creditCode, detail: { eventId: event.eventId, listingId: a.listingId, status: a.status } },
      };
    });
    if (replayed) res.set('Idempotent-Replayed', 'true');
    res.status(202).json(answer);
  });
  return r;
}
