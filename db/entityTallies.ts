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
// The rows of the last count this process read, per database. A count's rows never change (a new count replaces
// them with a new `asOf`), so they are read once per count, not once per statistic: the dashboard's five
// statistics that count the register read a few thousand rows each otherwise.
const lastRead = new WeakMap<Db, EntityTallies>();

async function countedAt(db: Db): Promise<Date | null> {
  const mark = (await db.models.meta.findByPk(AS_OF_KEY, { raw: true })) as { value: string } | null;
  return mark ? new Date(mark.value) : null;
}

/** When the tallies were counted; counted again first when there are none or they are older than `maxAgeSeconds`. */
export async function talliesAsOf(db: Db, maxAgeSeconds: number, now = new Date()): Promise<Date> {
  const asOf = await countedAt(db);
  if (asOf && now.getTime() - asOf.getTime() <= maxAgeSeconds * 1000) return asOf;
  let running = counting.get(db);
  if (!running) {
    running = refreshEntityTallies(db, now).finally(() => counting.delete(db));
    counting.set(db, running);
  }
  const counted = await running;
  lastRead.set(db, counted);
  return counted.asOf;
}

/** The tallies, counted again first when there are none or they are older than `maxAgeSeconds`. */
export async function entityTallies(db: Db, maxAgeSeconds: number, now = new Date()): Promise<EntityTallies> {
  const asOf = await talliesAsOf(db, maxAgeSeconds, now);
  const known = lastRead.get(db);
  if (known && known.asOf.getTime() === asOf.getTime()) return known;
  const rows = ((await db.models.entity_tallies.findAll({ raw: true })) as unknown as EntityTally[]).map((r) => ({ ...r, n: Number(r.n) }));
  // Kept only when no count replaced the rows while they were read, so the rows kept are those of `asOf`.
  if ((await countedAt(db))?.getTime() === asOf.getTime()) lastRead.set(db, { rows, asOf });
  return { rows, asOf };
}

/** Sums `n` per key: the counts of one breakdown (by type, by town, …) folded from the tallies. */
export function tallyBy(rows: EntityTally[], key: (r: EntityTally) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(key(r), (out.get(key(r)) ?? 0) + r.n);
  return out;
}
