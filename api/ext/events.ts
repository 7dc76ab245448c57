import crypto from 'node:crypto';
import { UniqueConstraintError, type ModelStatic } from 'sequelize';
import type { Db } from '../../db';
import { appendAudit, type AuditEntry } from '../../db/audit';
import { validateCreditCode } from '../../domain/creditCode';
import { AppError, conflict, unprocessable } from '../errors';
import { z } from '../openapi';

// What every external event shares (CONTRACT.md "External systems"): an eventId unique to its sender,
// and the same eventId again gets the same answer and changes nothing.

export const EventId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._:-]+$/, 'letters, digits and . _ : - only');

export const Accepted = z
  .object({ eventId: z.string(), workflowId: z.string(), status: z.string() })
  .openapi('Accepted', { description: 'the event was accepted; the process runs on' });

/** A stable hash of the parsed event, to tell a repeated event from a different one with a reused id. */
export function eventHash(event: unknown): string {
  const canonical = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]))
      : v;
  return crypto.createHash('sha256').update(JSON.stringify(canonical(event))).digest('hex');
}

/** What an event's effect leaves: the answer (stored for repeats), columns of the event row, and its audit entry. */
export interface EventOutcome<A> {
  answer: A;
  columns?: Record<string, unknown>;
  audit: AuditEntry;
}

// A delivery whose row holds no answer after this long died half-way; a repeat takes its place.
const ABANDONED_AFTER_MS = 60_000;
// A repeat waits this long for the first delivery's answer before asking the sender to try again.
const WAIT_FOR_FIRST_MS = 15_000;

/**
 * Applies an external event once (DESIGN.md rules 3 and 9). The event row is inserted before the effect, so of
 * concurrent deliveries of one eventId the database lets exactly one through; the others wait for its answer
 * and get it marked `replayed` (or a 409 when their body differs). A failed effect takes its row back, so the
 * sender can try again; one audit entry is written per effect, with the answer.
 */
export async function applyOnce<A>(
  db: Db,
  model: ModelStatic<any>,
  event: { eventId: string; hash: string; pending: Record<string, unknown> },
  effect: () => Promise<EventOutcome<A>>,
): Promise<{ answer: A; replayed: boolean }> {
  const { eventId, hash } = event;
  for (;;) {
    try {
      await model.create({ eventId, bodyHash: hash, response: null, receivedAt: new Date(), ...event.pending });
      break;
    } catch (err) {
      if (!(err instanceof UniqueConstraintError)) throw err;
    }
    const first = await answerOfFirst(model, eventId, hash);
    if (first === 'gone') continue;
    if (first === 'takenOver') break;
    return { answer: first.answer as A, replayed: true };
  }
  let outcome: EventOutcome<A>;
  try {
    outcome = await effect();
  } catch (err) {
    await model.destroy({ where: { eventId, response: null } });
    throw err;
  }
  await db.writeTransaction(async (t) => {
    await model.update({ response: outcome.answer, ...outcome.columns }, { where: { eventId }, transaction: t });
    await appendAudit(db, outcome.audit, t);
  });
  return { answer: outcome.answer, replayed: false };
}

/** Waits for the answer of the delivery that holds the event row. */
async function answerOfFirst(model: ModelStatic<any>, eventId: string, hash: string): Promise<{ answer: unknown } | 'gone' | 'takenOver'> {
  const until = Date.now() + WAIT_FOR_FIRST_MS;
  for (;;) {
    const row = await model.findByPk(eventId);
    if (!row) return 'gone';
    sameEventOrConflict(row.get('bodyHash'), hash, eventId);
    const answer = row.get('response');
    if (answer != null) return { answer };
    const receivedAt = row.get('receivedAt') as Date;
    if (Date.now() - receivedAt.getTime() > ABANDONED_AFTER_MS) {
      // Of several repeats finding it abandoned, the one whose update moves receivedAt takes it over.
      const [taken] = await model.update({ receivedAt: new Date() }, { where: { eventId, response: null, receivedAt } });
      if (taken === 1) return 'takenOver';
    }
    if (Date.now() > until) throw new AppError(503, 'Service Unavailable', `event ${eventId} is still being applied by an earlier delivery; send it again later`, undefined, { code: 'event-in-progress' });
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A reused eventId with a different body is a 409: the sender must not mean two events by one id. */
export function sameEventOrConflict(storedHash: string, hash: string, eventId: string): void {
  if (storedHash !== hash) throw conflict(`eventId ${eventId} was already used for a different event`, { code: 'event-id-reused' });
}

/** GB 32100: user input with a failing check is refused (RULES.md: "New input … is refused"). */
export function requireValidCreditCode(code: string, field: string): void {
  const v = validateCreditCode(code);
  if (!v.valid) throw unprocessable(`invalid unified social credit code: ${v.message}`, [{ field, message: v.message }], { code: 'invalid-credit-code' });
}
