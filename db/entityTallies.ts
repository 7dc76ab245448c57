import type { Db } from './index';
import { countAllFacts, replaceFactTallies } from './factTallies';

// The register in counts (F9 综合统计, issue 11: "each dashboard answers in ≤ 1 s at 1,000,000 entities"): one row
// per combination of entity type, industry section (门类, the industry code's first letter), town/street, status
// and risk class, with how many entities hold it — a few thousand rows for a million entities. The statistics
// that count the register (entities by type, industry, town, status and class; the spot checks' coverage of each
// class; the hot spots' active entities per town × industry) fold these instead of reading a million rows, which
// takes seconds at that size (bench/dashboards.ts). A Temporal Schedule keeps them fresh (workflows/statistics.ts,
// every REGISTER_TALLY_MINUTES); a reader finding them older than three intervals (the Schedule not running)
// counts again itself. So a count may be a few minutes behind the register; the dashboard says as of when. The
// same run counts what happened to the register per month and cell (db/factTallies.ts).

export interface EntityTally {
  entityType: string;
  industrySection: string;
  regionCode: string;
  status: string;
  riskClass: string;
  n: number;
}
export interface EntityTallies {
  rows: EntityTally[];
  asOf: Date;
}

const AS_OF_KEY = 'entityTallies.asOf';

/**
 * Counts the register again and replaces the tallies. The count is a plain (non-locking) read outside the write
 * transaction: an INSERT … SELECT would hold shared locks on every entity row on MySQL for the seconds it takes
 * and hold up registrations. Two refreshes at once each write a whole, consistent set; the later one stays.
 */
export async function refreshEntityTallies(db: Db, now = new Date()): Promise<EntityTallies> {
  const counted = await db.select<any>(
    `SELECT COALESCE(entityType, '') AS entityType, COALESCE(SUBSTR(industryCode, 1, 1), '') AS industrySection, COALESCE(regionCode, '') AS regionCode,
            status, riskClass, COUNT(*) AS n
       FROM entities GROUP BY entityType, SUBSTR(industryCode, 1, 1), regionCode, status, riskClass`,
  );
  const rows: EntityTally[] = counted.map((x) => ({ entityType: String(x.entityType), industrySection: String(x.industrySection), regionCode: String(x.regionCode), status: String(x.status), riskClass: String(x.riskClass), n: Number(x.n) }));
  const facts = await countAllFacts(db);
  await db.writeTransaction(async (transaction) => {
    await db.execute('DELETE FROM entity_tallies', [], { transaction });
    await db.models.entity_tallies.bulkCreate(rows as any[], { transaction });
    await replaceFactTallies(db, facts, transaction);
    await db.models.meta.upsert({ key: AS_OF_KEY, value: now.toISOString() }, { transaction });
  });
  return { rows, asOf: now };
}

// A count in progress per database, so the dashboard's statistics asking at once for stale tallies count once.
const counting = new WeakMap<Db, Promise<EntityTallies>>();

/** The tallies, counted again first when there are none or they are older than `maxAgeSeconds`. */
export async function entityTallies(db: Db, maxAgeSeconds: number, now = new Date()): Promise<EntityTallies> {
  const mark = (await db.models.meta.findByPk(AS_OF_KEY, { raw: true })) as { value: string } | null;
  const asOf = mark ? new Date(mark.value) : null;
  if (!asOf || now.getTime() - asOf.getTime() > maxAgeSeconds * 1000) {
    let running = counting.get(db);
    if (!running) {
      running = refreshEntityTallies(db, now).finally(() => counting.delete(db));
      counting.set(db, running);
    }
    return running;
  }
  const rows = (await db.models.entity_tallies.findAll({ raw: true })) as unknown as EntityTally[];
  return { rows: rows.map((r) => ({ ...r, n: Number(r.n) })), asOf };
}

/** Sums `n` per key: the counts of one breakdown (by type, by town, …) folded from the tallies. */
export function tallyBy(rows: EntityTally[], key: (r: EntityTally) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(key(r), (out.get(key(r)) ?? 0) + r.n);
  return out;
}
