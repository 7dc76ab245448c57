import type { Transaction } from 'sequelize';
import type { Db } from './index';
import { textPieces } from '../domain/text';

// A large JSON document stored in 1 MiB pieces, one statement each, so no statement nears MySQL's
// max_allowed_packet (16 MiB by default) however large the document grows.
const CHUNK_CHARS = 1 << 20;

/** Stores a document given as its JSON text, which the caller has often made already to hash it (a pool's is 50 MB). */
export async function writeDocument(db: Db, planId: string, part: 'pool' | 'result', json: string, t: Transaction): Promise<void> {
  await db.models.draw_chunks.destroy({ where: { planId, part }, transaction: t });
  let chunk = 0;
  for (const data of textPieces(json, CHUNK_CHARS)) await db.models.draw_chunks.create({ planId, part, chunk: chunk++, data }, { transaction: t });
}

/** The document, or null when it was never written. */
export async function readDocument<T>(db: Db, planId: string, part: 'pool' | 'result', t?: Transaction): Promise<T | null> {
  const rows = (await db.models.draw_chunks.findAll({ where: { planId, part }, order: [['chunk', 'ASC']], attributes: ['data'], raw: true, transaction: t })) as any[];
  return rows.length ? (JSON.parse(rows.map((r) => r.data).join('')) as T) : null;
}

/** An IN-list of at most this many values a statement: far below SQLite's 32,766 bound parameters and quick on MySQL. */
export const IN_LIST_CHUNK = 1000;

/** `query` run on `values` a chunk at a time, its rows joined: a bulk read of thousands of keys. */
export async function inChunks<V, R>(values: readonly V[], query: (chunk: V[]) => Promise<R[]>, size = IN_LIST_CHUNK): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += size) out.push(...(await query(values.slice(i, i + size))));
  return out;
}
