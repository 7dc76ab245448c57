import crypto from 'node:crypto';
import type { ModelStatic } from 'sequelize';
import { validateCreditCode } from '../../domain/creditCode';
import { conflict, unprocessable } from '../errors';
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

/**
 * The answer already given to this eventId, when it was stored (`null` for a new event); a reused id with a
 * different body is a 409. The caller answers with it and marks the response `Idempotent-Replayed`.
 */
export async function storedAnswer(model: ModelStatic<any>, eventId: string, hash: string): Promise<unknown | null> {
  const stored = await model.findByPk(eventId);
  if (!stored) return null;
  sameEventOrConflict(stored.get('bodyHash'), hash, eventId);
  return stored.get('response');
}

export function sameEventOrConflict(storedHash: string, hash: string, eventId: string): void {
  if (storedHash !== hash) throw conflict(`eventId ${eventId} was already used for a different event`);
}

/** GB 32100: user input with a failing check is refused (RULES.md: "New input … is refused"). */
export function requireValidCreditCode(code: string, field: string): void {
  const v = validateCreditCode(code);
  if (!v.valid) throw unprocessable(`invalid unified social credit code: ${v.message}`, [{ field, message: v.message }]);
}
