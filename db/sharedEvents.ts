import { Op, type Transaction } from 'sequelize';
import { factKeyOf, type SharedEvent, type SharedEventType, type SharedFact } from '../domain/sharing';
import type { Db } from './index';

// The outbox of shared events (F13). Each is written in the transaction of the change it reports, so it exists
// exactly when the change does; its factKey is unique, so a retried activity writes it once.
//
// The cursor is `id`. It is not an auto-increment: on MySQL two transactions draw ids 10 and 11, 11 commits
// first, a reader takes it and moves its cursor past 10, and 10 commits after — lost to that reader. Instead
// each writer takes the next id under the lock of the one shared_event_head row (as db/audit.ts does for the
// audit chain; SQLite's IMMEDIATE transaction does the same), so ids become visible in the order they are
// given. A rolled-back transaction rolls back its head update too: the next writer reuses its ids, and there
// are no gaps at all. Lock order: a transaction appends its audit entry before its shared events.

const CHUNK = 1000;

/** Records `facts` not recorded before, inside `t`. Returns how many were new. */
export async function recordSharedEvents(db: Db, facts: SharedFact[], t: Transaction): Promise<number> {
  if (facts.length === 0) return 0;
  const head = await db.models.shared_event_head.findByPk(1, { transaction: t, lock: db.dialect === 'mysql' ? t.LOCK.UPDATE : undefined });
  if (!head) throw new Error('shared_event_head row missing: run the migrations');
  const byKey = new Map(facts.map((f) => [factKeyOf(f), f]));
  // Read under the head lock, which every writer takes: no other writer can add one of these keys meanwhile
  // (and the unique index would refuse it if one did).
  const keys = [...byKey.keys()];
  const known = new Set<string>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    for (const r of (await db.models.shared_events.findAll({ attributes: ['factKey'], where: { factKey: keys.slice(i, i + CHUNK) }, raw: true, transaction: t })) as any[]) known.add(r.factKey);
  }
  const fresh = [...byKey].filter(([k]) => !known.has(k));
  if (fresh.length === 0) return 0;
  let id: number = head.get('lastId');
  const now = new Date();
  const rows = fresh.map(([factKey, f]) => ({ id: ++id, factKey, type: f.type, occurredAt: f.occurredAt, creditCode: f.creditCode, data: f.data, createdAt: now }));
  // In chunks: a first warning scan may raise tens of thousands at once, beyond one statement's size on MySQL.
  for (let i = 0; i < rows.length; i += CHUNK) await db.models.shared_events.bulkCreate(rows.slice(i, i + CHUNK), { transaction: t });
  await head.update({ lastId: id }, { transaction: t });
  return fresh.length;
}

const toEvent = (r: any): SharedEvent => ({
  id: r.id,
  type: r.type,
  occurredAt: new Date(r.occurredAt).toISOString(),
  creditCode: r.creditCode,
  data: typeof r.data === 'string' ? JSON.parse(r.data) : r.data,
});

/** Events after `after` of `types` (all when empty), in id order. */
export async function sharedEventsAfter(db: Db, input: { after: number; types: readonly SharedEventType[]; limit: number }): Promise<SharedEvent[]> {
  const rows = await db.models.shared_events.findAll({
    where: { id: { [Op.gt]: input.after }, ...(input.types.length > 0 ? { type: [...input.types] } : {}) },
    order: [['id', 'ASC']],
    limit: input.limit,
    raw: true,
  });
  return rows.map(toEvent);
}

/** The newest event id (the feed's `next` when nothing newer exists). */
export async function lastSharedEventId(db: Db): Promise<number> {
  const head = await db.models.shared_event_head.findByPk(1, { raw: true }) as any;
  return head?.lastId ?? 0;
}
