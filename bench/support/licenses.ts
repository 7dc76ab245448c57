import { performance } from 'node:perf_hooks';
import type { Db } from '../../db';
import { REFERENCE_DATE } from '../../db/demo/generate';
import { hashString, intBetween, mixSeed, mulberry32, pickWeighted } from '../../db/demo/random';

// Bench licenses (`source = 'bench'`) that top the licenses of the million-entity district up to a round
// number (bench/warnings.ts --licenses, default 1,000,000; the demo itself gives 643,519).
//
// The demo generator (db/demo/generate.ts generateLicenses) already yields one license for every license
// item of an entity's scope, so it has no more to give; these rows are derived instead, deterministically
// (a pure function of the target and of the data already there):
// - entities: the active ones, in credit-code order, spread evenly (each gets ⌊r⌋ or ⌈r⌉ extra licenses,
//   r = licenses missing / active entities; about every third entity at 1,000,000);
// - items: real license items of the district, weighted as the licenses already there use them, never one
//   the entity already holds; the department is the item's;
// - numbers: `BENCH-<item>-<serial>`, unique, so nobody takes them for real ones;
// - validity: five-year periods issued 5–90 days after establishment and renewed like the demo's (80% at
//   each end), and exactly the demo's share (measured at the demo's reference date) falling due within
//   0–30 and 31–60 days, so the licenseExpiring rule finds as many per license as in the demo.
// Raw multi-row INSERTs of 4,000 rows. Idempotent: when the table already holds the target nothing happens; a
// table below it (an interrupted top-up, a higher target) loses its bench rows and gets them anew.

const SEED = 20261129;
// Rows a statement: their values are bound, and MySQL takes at most 65,535 parameters a statement.
const BATCH = 4000;
const PAGE = 10_000;
const DAY_MS = 86_400_000;
const LICENSE_YEARS = 5;
const RENEWAL_SHARE = 0.8;
/** Bands of days to expiry (from the reference date) whose share of licenses the top-up keeps. */
const BANDS: Array<[number, number]> = [
  [0, 30],
  [31, 60],
];
const COLUMNS = ['creditCode', 'licenseItemCode', 'departmentCode', 'licenseNo', 'validFrom', 'validTo', 'source', 'createdAt'];

const toDay = (date: string) => Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
const fromDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** The last day of a period of `years` years starting on `day` (as db/demo/generate.ts counts them). */
function endOfYears(day: number, years: number): number {
  const d = new Date(day * DAY_MS);
  return Math.floor(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()) / DAY_MS) - 1;
}
/** The first day of the period of `years` years that ends on `day`. */
function startOfYearsEnding(day: number, years: number): number {
  const d = new Date((day + 1) * DAY_MS);
  return Math.floor(Date.UTC(d.getUTCFullYear() - years, d.getUTCMonth(), d.getUTCDate()) / DAY_MS);
}

export interface LicenseTopUp {
  /** Licenses before and after. */
  before: number;
  after: number;
  /** Bench licenses inserted by this call (0 when the table already held the target). */
  added: number;
  /** Bench licenses deleted first (an interrupted top-up or a lower target). */
  removed: number;
  seconds: number;
  /** Share of licenses due within each band of BANDS, demo (existing rows) vs the bench rows inserted. */
  shares: Array<{ band: [number, number]; existing: number; bench: number }>;
}

export async function ensureLicenses(db: Db, target: number, onProgress?: (added: number, need: number) => void): Promise<LicenseTopUp> {
  const q = <T extends object>(sql: string, values: unknown[] = []) => db.select<T>(sql, values);
  const count = async (sql: string, values: unknown[] = []) => Number(Object.values((await q<Record<string, unknown>>(sql, values))[0])[0]);
  const before = await count('SELECT COUNT(*) FROM licenses');
  if (before >= target) return { before, after: before, added: 0, removed: 0, seconds: 0, shares: [] };

  const t0 = performance.now();
  let removed = 0;
  for (;;) {
    const [res, meta] = (await db.sequelize.query("DELETE FROM licenses WHERE source = 'bench' LIMIT 50000")) as [any, any];
    const n = Number(res?.affectedRows ?? meta?.affectedRows ?? 0);
    removed += n;
    if (n < 50000) break;
  }
  await db.sequelize.query("DELETE FROM meta WHERE `key` = 'bench.licenses'");
  const base = before - removed;
  const need = target - base;

  // What the district's licenses look like: items by use, the share due within each band.
  const items = await q<{ code: string; departmentCode: string; n: number }>(
    'SELECT i.code, i.departmentCode, COUNT(l.licenseItemCode) AS n FROM license_items i LEFT JOIN licenses l ON l.licenseItemCode = i.code GROUP BY i.code, i.departmentCode ORDER BY i.code',
  );
  const weights: Array<[string, number]> = items.map((i) => [i.code, Number(i.n)]);
  const department = new Map(items.map((i) => [i.code, i.departmentCode]));
  const ref = toDay(REFERENCE_DATE);
  const bands: Array<{ lo: number; hi: number; share: number; placed: number }> = [];
  for (const [lo, hi] of BANDS) {
    const existing = (await count('SELECT COUNT(*) FROM licenses WHERE validTo BETWEEN ? AND ?', [fromDay(ref + lo), fromDay(ref + hi)])) / base;
    bands.push({ lo, hi, share: existing, placed: 0 });
  }
  const active = await count("SELECT COUNT(*) FROM entities WHERE status = 'active'");

  let seq = 0;
  let rows: unknown[][] = [];
  const now = new Date();
  const flush = async () => {
    if (rows.length === 0) return;
    await db.execute(`INSERT INTO licenses (${COLUMNS.map((c) => `\`${c}\``).join(',')}) VALUES ${rows.map(() => `(${COLUMNS.map(() => '?').join(',')})`).join(',')}`, rows.flat());
    rows = [];
    onProgress?.(seq, need);
  };

  /** Validity of one bench license: the demo's five-year periods, bands kept at the demo's share. */
  const validity = (rng: () => number, established: number): [number, number] => {
    for (const b of bands) {
      if (b.placed >= b.share * (seq + 1)) continue;
      const to = ref + intBetween(rng, b.lo, b.hi);
      const from = startOfYearsEnding(to, LICENSE_YEARS);
      if (from < established + 5) continue; // the entity is younger than that period
      b.placed++;
      return [from, to];
    }
    let from = Math.min(established + intBetween(rng, 5, 90), ref);
    let to = endOfYears(from, LICENSE_YEARS);
    while (to < ref && rng() < RENEWAL_SHARE) {
      from = to + 1;
      to = endOfYears(from, LICENSE_YEARS);
    }
    // Out of the bands (their share is kept above): issued a little later.
    const d = to - ref;
    if (d >= BANDS[0][0] && d <= BANDS[BANDS.length - 1][1]) {
      from += intBetween(rng, BANDS[BANDS.length - 1][1] + 1 - d, 120 - d);
      to = endOfYears(from, LICENSE_YEARS);
    }
    return [from, to];
  };

  // Active entities in credit-code order, a page at a time with the items each already holds.
  let position = 0;
  let carry = 0; // licenses an entity could not take (it held every item), given to the next ones
  for (let after = ''; seq < need; ) {
    const page = await q<{ creditCode: string; establishedOn: string | null }>(
      "SELECT creditCode, establishedOn FROM entities WHERE status = 'active' AND creditCode > ? ORDER BY creditCode LIMIT ?",
      [after, PAGE],
    );
    if (page.length === 0) break;
    after = page[page.length - 1].creditCode;
    const held = new Map<string, Set<string>>();
    for (const l of await q<{ creditCode: string; licenseItemCode: string }>('SELECT creditCode, licenseItemCode FROM licenses WHERE creditCode BETWEEN ? AND ?', [page[0].creditCode, after])) {
      let s = held.get(l.creditCode);
      if (!s) held.set(l.creditCode, (s = new Set()));
      s.add(l.licenseItemCode);
    }
    for (const e of page) {
      // Error diffusion over the active entities: exactly `need` in all, ⌊r⌋ or ⌈r⌉ each.
      const k = Math.floor((need * (position + 1)) / active) - Math.floor((need * position) / active) + carry;
      position++;
      carry = 0;
      if (k === 0) continue;
      const rng = mulberry32(mixSeed(SEED, hashString(e.creditCode)));
      const own = held.get(e.creditCode) ?? new Set<string>();
      const established = e.establishedOn ? toDay(String(e.establishedOn)) : ref - 365;
      for (let j = 0; j < k && seq < need; j++) {
        const available = weights.filter(([code, w]) => w > 0 && !own.has(code));
        if (available.length === 0) {
          carry += k - j;
          break;
        }
        const item = pickWeighted(rng, available);
        own.add(item);
        const [from, to] = validity(rng, established);
        seq++;
        rows.push([e.creditCode, item, department.get(item) ?? '', `BENCH-${item}-${String(seq).padStart(7, '0')}`, fromDay(from), fromDay(to), 'bench', now]);
        if (rows.length >= BATCH) await flush();
      }
    }
  }
  await flush();
  await db.sequelize.query('ANALYZE TABLE licenses');
  const after = await count('SELECT COUNT(*) FROM licenses');
  await db.models.meta.create({ key: 'bench.licenses', value: JSON.stringify({ target, added: seq, seed: SEED, referenceDate: REFERENCE_DATE, at: now.toISOString() }) });
  return {
    before,
    after,
    added: seq,
    removed,
    seconds: (performance.now() - t0) / 1000,
    shares: bands.map((b) => ({ band: [b.lo, b.hi] as [number, number], existing: b.share, bench: seq ? b.placed / seq : NaN })),
  };
}
