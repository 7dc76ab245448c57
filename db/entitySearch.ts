import type { Transaction } from 'sequelize';
import type { Db } from './index';

// Entity search by credit code or by any fragment of the name (F11), the same on SQLite and MySQL/MariaDB.
//
// A name fragment is found through `entity_name_grams`, a token table of our own (README "Entity search"
// says why neither FTS5 trigrams nor a MySQL full-text parser): one row per character pair at each position
// of the normalised name, and one per distinct character. A gram is a number (two code points side by side),
// so the index is compact and no collation can fold two characters into one.
//   1 character:    the posting list of its unigram.
//   2 characters:   the posting list of the pair.
//   3 and more:     pairs at fixed distances, joined on position: 枫泾食品 is 枫泾 at p and 食品 at p + 2,
//                   which is exactly the fragment, not merely its pairs somewhere in the name.
// Every posting list is sorted by credit code (the primary key is gram, creditCode, pos), so a page is read
// in index order and stops after the page; the driving gram is the rarest one of the fragment.
// The total counts at most TOTAL_CAP matches: nobody pages through 800,000 companies named 公司, and counting
// them would cost what the page itself does not.

const PAIR = 2 ** 21; // above the last code point (0x10FFFF)
const UNIGRAM = PAIR - 1; // second half of a unigram's number: no code point
const INSERT_BATCH = 2000; // rows of 3 values: within MySQL's 65,535 placeholders
/** Largest total a search counts exactly; beyond it the answer says `totalIsLowerBound`. */
export const TOTAL_CAP = 1_000;
// Enough to tell a rare pair from a common one when choosing the driving gram.
const ESTIMATE_CAP = 2_000;
// Pairs joined for a long fragment: up to 17 characters are covered exactly; a longer one is pinned at
// 9 spread pairs (a name that holds them all at those distances but differs in between is vanishingly rare).
const MAX_PAIRS = 9;

/**
 * The form names are indexed and searched in: Unicode NFKC (full-width letters, digits and brackets to their
 * half-width forms, as Chinese registers mix both), lower case, without white space.
 */
export function searchForm(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

const pair = (a: number, b: number) => a * PAIR + b;
const unigram = (a: number) => a * PAIR + UNIGRAM;
const codePoints = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);

/** The rows of `entity_name_grams` for one name: [gram, pos] pairs. */
export function gramsOf(name: string): Array<[number, number]> {
  const cps = codePoints(searchForm(name));
  const rows: Array<[number, number]> = [];
  for (let i = 0; i + 1 < cps.length; i++) rows.push([pair(cps[i], cps[i + 1]), i]);
  for (const c of new Set(cps)) rows.push([unigram(c), 0]);
  return rows;
}

interface NamedEntity {
  creditCode: string;
  name: string;
}

/** Adds the grams of these entities' names (new entities: a bulk load, or one establish). Idempotent. */
export async function indexEntityNames(db: Db, entities: NamedEntity[], transaction?: Transaction): Promise<void> {
  let rows: Array<[number, string, number]> = [];
  const flush = async () => {
    if (!rows.length) return;
    if (db.dialect === 'mysql') {
      await db.execute(`INSERT IGNORE INTO entity_name_grams (gram, creditCode, pos) VALUES ${rows.map(() => '(?, ?, ?)').join(', ')}`, rows.flat(), { transaction });
    } else {
      // One bound JSON array: node-sqlite3 binds numbered parameters ($1…) in time quadratic in their count.
      await db.execute(
        "INSERT OR IGNORE INTO entity_name_grams (gram, creditCode, pos) SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?)",
        [JSON.stringify(rows)],
        { transaction },
      );
    }
    rows = [];
  };
  for (const e of entities) {
    for (const [gram, pos] of gramsOf(e.name)) rows.push([gram, e.creditCode, pos]);
    if (rows.length >= INSERT_BATCH) await flush();
  }
  await flush();
}

/** Keeps the grams in step with a name that changed (a change of registration); nothing when it did not. */
export async function reindexEntityName(db: Db, creditCode: string, oldName: string | null, newName: string, transaction?: Transaction): Promise<void> {
  if (oldName !== null && searchForm(oldName) === searchForm(newName)) return;
  if (oldName !== null) {
    // The old grams are known from the old name: no second index on creditCode is needed to remove them.
    const old = [...new Set(gramsOf(oldName).map(([g]) => g))];
    for (let i = 0; i < old.length; i += 500) {
      const part = old.slice(i, i + 500);
      await db.execute(`DELETE FROM entity_name_grams WHERE creditCode = ? AND gram IN (${part.map(() => '?').join(', ')})`, [creditCode, ...part], { transaction });
    }
  }
  await indexEntityNames(db, [{ creditCode, name: newName }], transaction);
}

/** Builds the index for every entity already stored (schema step 006), in pages by credit code. */
export async function indexAllEntityNames(db: Db, onProgress?: (n: number) => void): Promise<number> {
  let after = '';
  let n = 0;
  for (;;) {
    const page = await db.select<NamedEntity>('SELECT creditCode, name FROM entities WHERE creditCode > ? ORDER BY creditCode LIMIT 5000', [after]);
    if (!page.length) return n;
    await db.writeTransaction((t) => indexEntityNames(db, page, t));
    n += page.length;
    onProgress?.(n);
    after = page[page.length - 1].creditCode;
  }
}

// --------------------------------------------------------------------------------------------------
// The search.

export const SEARCH_COLUMNS = ['creditCode', 'name', 'entityType', 'industryCode', 'regionCode', 'address', 'status', 'riskClass'] as const;
export type EntitySummary = Record<(typeof SEARCH_COLUMNS)[number], string>;

export interface EntitySearch {
  /** A credit code (whole or its beginning) or a fragment of the name. */
  q?: string;
  regionCode?: string;
  /** An industry code or its beginning (GB/T 4754: F, F52, F5223). */
  industryCode?: string;
  status?: string;
  riskClass?: string;
  /** On an active credit listing: of this list type, or of any (`any`). */
  listed?: string;
  page: number;
  perPage: number;
}

export interface EntitySearchResult {
  data: EntitySummary[];
  total: number;
  /** True when more than TOTAL_CAP match: `total` is then TOTAL_CAP. */
  totalIsLowerBound: boolean;
}

/** What a query `q` looks like: the beginning of a credit code (GB 32100: digits and capitals). */
export const CODE_PREFIX = /^[0-9A-Za-z]{1,18}$/;

interface Plan {
  from: string;
  where: string[];
  values: unknown[];
  key: string;
  grouped: boolean;
}

/** Searches the register: by credit code when `q` looks like one and one matches, else by name fragment. */
export async function searchEntities(db: Db, s: EntitySearch): Promise<EntitySearchResult> {
  const q = s.q === undefined ? '' : searchForm(s.q);
  if (q && CODE_PREFIX.test(q)) {
    const byCode = await run(db, s, codePlan(q.toUpperCase()));
    if (byCode.total > 0) return byCode;
  }
  return run(db, s, q ? await namePlan(db, q) : { from: 'entities e', where: [], values: [], key: 'e.creditCode', grouped: false });
}

function codePlan(prefix: string): Plan {
  // A range on the primary key rather than LIKE: SQLite's LIKE ignores case and so cannot use the index.
  return { from: 'entities e', where: ['e.creditCode >= ?', 'e.creditCode <= ?'], values: [prefix, prefix.padEnd(18, 'Z')], key: 'e.creditCode', grouped: false };
}

async function namePlan(db: Db, fragment: string): Promise<Plan> {
  const cps = codePoints(fragment);
  if (cps.length === 1) return { from: 'entity_name_grams d', where: ['d.gram = ?'], values: [unigram(cps[0])], key: 'd.creditCode', grouped: false };
  // Pairs at offsets covering every character: 0, 2, 4, … and the last one.
  let offsets = [...new Set([...Array.from({ length: Math.ceil((cps.length - 1) / 2) }, (_, i) => 2 * i), cps.length - 2])];
  if (offsets.length > MAX_PAIRS) offsets = [...new Set(Array.from({ length: MAX_PAIRS }, (_, i) => Math.round((i * (cps.length - 2)) / (MAX_PAIRS - 1))))];
  const grams = offsets.map((o) => ({ offset: o, gram: pair(cps[o], cps[o + 1]) }));
  const sizes = await Promise.all(
    grams.map(async (g) => Number((await db.select<{ n: number }>('SELECT COUNT(*) AS n FROM (SELECT 1 FROM entity_name_grams WHERE gram = ? LIMIT ?) x', [g.gram, ESTIMATE_CAP]))[0].n)),
  );
  if (sizes.some((n) => n === 0)) return { from: 'entity_name_grams d', where: ['1 = 0'], values: [], key: 'd.creditCode', grouped: false };
  const driver = grams[sizes.indexOf(Math.min(...sizes))];
  const others = grams.filter((g) => g !== driver);
  const joins = others.map((g, i) => `JOIN entity_name_grams g${i} ON g${i}.gram = ? AND g${i}.creditCode = d.creditCode AND g${i}.pos = d.pos + ?`);
  return {
    from: ['entity_name_grams d', ...joins].join(' '),
    where: ['d.gram = ?'],
    values: [...others.flatMap((g) => [g.gram, g.offset - driver.offset]), driver.gram],
    key: 'd.creditCode',
    // A pair can occur twice in one name (上海…上海): one row per entity.
    grouped: true,
  };
}

async function run(db: Db, s: EntitySearch, plan: Plan): Promise<EntitySearchResult> {
  const where = [...plan.where];
  const values = [...plan.values];
  const filter = (sql: string, ...v: unknown[]) => {
    where.push(sql);
    values.push(...v);
  };
  if (s.regionCode) filter('e.regionCode = ?', s.regionCode);
  if (s.industryCode) filter('e.industryCode >= ? AND e.industryCode <= ?', s.industryCode, s.industryCode.padEnd(8, 'Z'));
  if (s.status) filter('e.status = ?', s.status);
  if (s.riskClass) filter('e.riskClass = ?', s.riskClass);
  if (s.listed === 'any') filter("EXISTS (SELECT 1 FROM credit_listings l WHERE l.creditCode = e.creditCode AND l.status = 'active')");
  else if (s.listed) filter("EXISTS (SELECT 1 FROM credit_listings l WHERE l.creditCode = e.creditCode AND l.status = 'active' AND l.listType = ?)", s.listed);
  const needsEntity = plan.from === 'entities e' || where.some((w) => w.includes('e.'));
  const from = plan.from === 'entities e' || !needsEntity ? plan.from : `${plan.from} JOIN entities e ON e.creditCode = ${plan.key}`;
  const matches = `SELECT ${plan.key} AS creditCode FROM ${from} WHERE ${where.join(' AND ') || '1 = 1'}${plan.grouped ? ` GROUP BY ${plan.key}` : ''}`;
  const [counted] = await db.select<{ n: number }>(`SELECT COUNT(*) AS n FROM (${matches} LIMIT ?) x`, [...values, TOTAL_CAP + 1]);
  const n = Number(counted.n);
  const offset = (s.page - 1) * s.perPage;
  if (n === 0 || offset >= n) return { data: [], total: Math.min(n, TOTAL_CAP), totalIsLowerBound: n > TOTAL_CAP };
  const codes = (await db.select<{ creditCode: string }>(`${matches} ORDER BY ${plan.key} LIMIT ? OFFSET ?`, [...values, s.perPage, offset])).map((r) => r.creditCode);
  const rows = codes.length
    ? await db.select<EntitySummary>(`SELECT ${SEARCH_COLUMNS.join(', ')} FROM entities WHERE creditCode IN (${codes.map(() => '?').join(', ')})`, codes)
    : [];
  const byCode = new Map(rows.map((r) => [r.creditCode, r]));
  return { data: codes.map((c) => byCode.get(c)!).filter(Boolean), total: Math.min(n, TOTAL_CAP), totalIsLowerBound: n > TOTAL_CAP };
}
