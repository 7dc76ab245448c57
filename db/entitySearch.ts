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
const ESTIMATE_CAP = 5_000;
// Entities the filters leave that are checked for a common fragment to tell how dense it is, and the share of
// them holding it above which the fragment is counted from the filters (1,001 matches within 4,000 lookups).
const SAMPLE = 200;
// A common gram's postings are counted (SQLite) up to WIDE_CAP to choose the driving one (kept ESTIMATE_KEPT_MS);
// and a candidate found from the filters costs about LOOKUP_ROWS postings read in order. Measured at a million
// entities (食品 + industry G5 + class D): SQLite 3.6 µs a lookup, 0.15 µs a posting (25); MariaDB 12 µs and 0.28 µs
// (40), and its estimate of a posting list runs about twice the list (75,762 for 36,206): 80 of its estimate.
const WIDE_CAP = 100_000;
const LOOKUP_ROWS: Record<Db['dialect'], number> = { sqlite: 25, mysql: 80 };
const DENSE = 0.25;
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

/** What a gram row carries of its entity besides the name: the search filters, read from the row itself. */
export const GRAM_FILTER_COLUMNS = ['regionCode', 'industryCode', 'status', 'riskClass'] as const;

export interface IndexedEntity {
  creditCode: string;
  name: string;
  regionCode: string;
  industryCode: string;
  status: string;
  riskClass: string;
}
const GRAM_COLUMNS: readonly string[] = ['gram', 'creditCode', 'pos', ...GRAM_FILTER_COLUMNS];
/** The columns of schema version 6. */
export const GRAM_COLUMNS_006: readonly string[] = ['gram', 'creditCode', 'pos'];

/** The rows of `entity_name_grams` for these entities, as arrays in GRAM_COLUMNS order. */
export function gramRowsOf(e: IndexedEntity): unknown[][] {
  return gramsOf(e.name).map(([gram, pos]) => [gram, e.creditCode, pos, e.regionCode ?? '', e.industryCode ?? '', e.status ?? 'active', e.riskClass ?? 'B']);
}

/** Inserts gram rows (GRAM_COLUMNS order) into `table`, ignoring rows already there. */
export async function insertGramRows(db: Db, rows: unknown[][], transaction?: Transaction, table = 'entity_name_grams', columns = GRAM_COLUMNS): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    const part = rows.slice(i, i + INSERT_BATCH).map((r) => r.slice(0, columns.length));
    if (db.dialect === 'mysql') {
      await db.execute(`INSERT IGNORE INTO ${table} (${columns.join(', ')}) VALUES ${part.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ')}`, part.flat(), { transaction });
    } else {
      // One bound JSON array: node-sqlite3 binds numbered parameters ($1…) in time quadratic in their count.
      await db.execute(
        `INSERT OR IGNORE INTO ${table} (${columns.join(', ')}) SELECT ${columns.map((_, c) => `json_extract(value, '$[${c}]')`).join(', ')} FROM json_each(?)`,
        [JSON.stringify(part)],
        { transaction },
      );
    }
  }
}

/** Adds the grams of these entities' names (new entities: a bulk load, or one establish). Idempotent. */
export async function indexEntityNames(db: Db, entities: IndexedEntity[], transaction?: Transaction, columns = GRAM_COLUMNS): Promise<void> {
  let rows: unknown[][] = [];
  for (const e of entities) {
    rows.push(...gramRowsOf(e));
    if (rows.length >= INSERT_BATCH) {
      await insertGramRows(db, rows, transaction, 'entity_name_grams', columns);
      rows = [];
    }
  }
  await insertGramRows(db, rows, transaction, 'entity_name_grams', columns);
}

/**
 * Keeps the grams in step with the entity as now stored (call it after writing the entity, in the same
 * transaction): a new name replaces its grams; a new region, industry, status or risk class is written into them.
 */
export async function reindexEntityName(db: Db, creditCode: string, oldName: string | null, newName: string, transaction?: Transaction): Promise<void> {
  const [e] = await db.select<IndexedEntity>(`SELECT creditCode, name, ${GRAM_FILTER_COLUMNS.join(', ')} FROM entities WHERE creditCode = ?`, [creditCode], { transaction });
  const current: IndexedEntity = e ?? { creditCode, name: newName, regionCode: '', industryCode: '', status: 'active', riskClass: 'B' };
  // The old grams are known from the old name: no second index on creditCode is needed to find them.
  const grams = (name: string) => [...new Set(gramsOf(name).map(([g]) => g))];
  if (oldName !== null && searchForm(oldName) === searchForm(newName)) {
    const old = grams(oldName);
    for (let i = 0; i < old.length; i += 500) {
      const part = old.slice(i, i + 500);
      await db.execute(
        `UPDATE entity_name_grams SET ${GRAM_FILTER_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE creditCode = ? AND gram IN (${part.map(() => '?').join(', ')})`,
        [...GRAM_FILTER_COLUMNS.map((c) => current[c]), creditCode, ...part],
        { transaction },
      );
    }
    return;
  }
  if (oldName !== null) {
    const old = grams(oldName);
    for (let i = 0; i < old.length; i += 500) {
      const part = old.slice(i, i + 500);
      await db.execute(`DELETE FROM entity_name_grams WHERE creditCode = ? AND gram IN (${part.map(() => '?').join(', ')})`, [creditCode, ...part], { transaction });
    }
  }
  await indexEntityNames(db, [{ ...current, name: newName }], transaction);
}

/**
 * Builds the index for every entity already stored, in pages by credit code. Schema step 006 writes the columns
 * its table had (`columns`: gram, creditCode, pos); step 011 adds the filter columns.
 */
export async function indexAllEntityNames(db: Db, onProgress?: (n: number) => void, columns = GRAM_COLUMNS): Promise<number> {
  let after = '';
  let n = 0;
  for (;;) {
    const page = await db.select<IndexedEntity>(`SELECT creditCode, name, ${GRAM_FILTER_COLUMNS.join(', ')} FROM entities WHERE creditCode > ? ORDER BY creditCode LIMIT 5000`, [after]);
    if (!page.length) return n;
    await db.writeTransaction((t) => indexEntityNames(db, page, t, columns));
    n += page.length;
    onProgress?.(n);
    after = page[page.length - 1].creditCode;
  }
}

/**
 * Schema step 011: the gram rows carry their entity's filter columns. On SQLite the table becomes a WITHOUT ROWID
 * table, so that, as in InnoDB, a posting list is one run of rows holding those columns (no lookup per posting).
 * The new columns are filled from the entities.
 */
export async function rebuildGramTable(db: Db): Promise<void> {
  const filled = GRAM_FILTER_COLUMNS.map((c) => `e.${c}`).join(', ');
  if (db.dialect === 'sqlite') {
    await db.execute(`DROP INDEX IF EXISTS ${GRAMS_BY_REGION.name}`);
    await db.execute('ALTER TABLE entity_name_grams RENAME TO entity_name_grams_006');
    await db.execute(
      'CREATE TABLE entity_name_grams (gram BIGINT NOT NULL, creditCode VARCHAR(18) NOT NULL, pos INTEGER NOT NULL, ' +
        "regionCode VARCHAR(12) NOT NULL DEFAULT '', industryCode VARCHAR(8) NOT NULL DEFAULT '', status VARCHAR(16) NOT NULL DEFAULT 'active', riskClass VARCHAR(1) NOT NULL DEFAULT 'B', " +
        'PRIMARY KEY (gram, creditCode, pos)) WITHOUT ROWID',
    );
    await db.execute(`INSERT INTO entity_name_grams (${GRAM_COLUMNS.join(', ')}) SELECT g.gram, g.creditCode, g.pos, ${filled} FROM entity_name_grams_006 g JOIN entities e ON e.creditCode = g.creditCode ORDER BY g.gram, g.creditCode, g.pos`);
    await db.execute('DROP TABLE entity_name_grams_006');
    await db.execute(`CREATE INDEX ${GRAMS_BY_REGION.name} ON entity_name_grams (${GRAMS_BY_REGION.fields.join(', ')})`);
  } else {
    await db.execute(`UPDATE entity_name_grams g JOIN entities e ON e.creditCode = g.creditCode SET ${GRAM_FILTER_COLUMNS.map((c) => `g.${c} = e.${c}`).join(', ')}`);
  }
}

/** The secondary index of the grams (db/schema.ts): a posting list within one region, in credit-code order, covering. */
export const GRAMS_BY_REGION = { name: 'entity_name_grams_region', fields: ['gram', 'regionCode', 'creditCode', 'pos', 'status', 'riskClass', 'industryCode'] };

// --------------------------------------------------------------------------------------------------
// The search.

export const SEARCH_COLUMNS = ['creditCode', 'name', 'entityType', 'industryCode', 'regionCode', 'address', 'status', 'riskClass'] as const;
export type EntitySummary = Record<(typeof SEARCH_COLUMNS)[number], string> & {
  /** The list types of its active credit listings (信用名单), for the list's listings column. */
  listTypes: string[];
};

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
  /** Established (`establishedOn`) on or after, on or before these days (YYYY-MM-DD): a month of the registration statistic. */
  establishedFrom?: string;
  establishedTo?: string;
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

/** A set of matching credit codes as SQL: `SELECT <code> AS creditCode …`, streamed in credit-code order where it can be. */
interface Matches {
  sql: string;
  values: unknown[];
  /** The column the matches are ordered by for a page. */
  key: string;
  /**
   * At most ESTIMATE_CAP matches, from few candidates: read them all and sort them here. Given `ORDER BY … LIMIT`,
   * both planners would walk the whole register in credit-code order to spare sorting a few hundred rows
   * (measured: 0.5 s on MariaDB for 食品 with industry E50 and class D, which matches nothing).
   */
  few?: boolean;
}
/** How a search counts its matches and how it reads its page: two plans where one suits each (see nameMatches). */
interface Plan {
  count: Matches;
  page: Matches;
  /**
   * Its first TOTAL_CAP + 1 matches in order are the count and hold the page: read once (a posting list in
   * credit-code order). Counting and then reading the page would find a sparse fragment's matches twice.
   */
  once?: boolean;
}
const both = (m: Matches): Plan => ({ count: m, page: m });
const once = (m: Matches): Plan => ({ count: m, page: m, once: true });

/** Searches the register: by credit code when `q` looks like one and one matches, else by name fragment. */
export async function searchEntities(db: Db, s: EntitySearch): Promise<EntitySearchResult> {
  const q = s.q === undefined ? '' : searchForm(s.q);
  if (q && CODE_PREFIX.test(q)) {
    // A range on the primary key rather than LIKE: SQLite's LIKE ignores case and so cannot use the index.
    const prefix = q.toUpperCase();
    const f = filters('e', s);
    const byCode = await run(db, s, both({ sql: `SELECT e.creditCode AS creditCode FROM entities e WHERE ${['e.creditCode >= ?', 'e.creditCode <= ?', ...f.where].join(' AND ')}`, values: [prefix, prefix.padEnd(18, 'Z'), ...f.values], key: 'e.creditCode' }));
    if (byCode.total > 0) return byCode;
  }
  if (!q) {
    const f = filters('e', s);
    const where = f.where.join(' AND ') || '1 = 1';
    const plan = both({ sql: `SELECT e.creditCode AS creditCode FROM entities e WHERE ${where}`, values: f.values, key: 'e.creditCode' });
    // Filters that match over 1,000 entities: SQLite reads the page in credit-code order and stops after it, instead
    // of sorting every match (unary + keeps the filters' indexes out; on a text value it changes nothing).
    return run(db, s, plan, db.dialect === 'sqlite' ? { ...plan.page, sql: plan.page.sql.replace(/\be\./g, '+e.').replace('+e.creditCode AS', 'e.creditCode AS') } : undefined);
  }
  const plan = await nameMatches(db, s, q);
  return plan ? run(db, s, plan) : { data: [], total: 0, totalIsLowerBound: false };
}

/** The filters as conditions on the columns of `alias` (an entity row or a gram row, which carries them). */
function filters(alias: 'd' | 'e', s: EntitySearch): { where: string[]; values: unknown[] } {
  const where: string[] = [];
  const values: unknown[] = [];
  if (s.regionCode) where.push(`${alias}.regionCode = ?`) && values.push(s.regionCode);
  if (s.industryCode) where.push(`${alias}.industryCode >= ? AND ${alias}.industryCode <= ?`) && values.push(s.industryCode, s.industryCode.padEnd(8, 'Z'));
  if (s.status) where.push(`${alias}.status = ?`) && values.push(s.status);
  if (s.riskClass) where.push(`${alias}.riskClass = ?`) && values.push(s.riskClass);
  // Few entities are listed: the planners read the listings (credit_listings_status) and look the codes up.
  if (s.listed === 'any') where.push(`${alias}.creditCode IN (SELECT l.creditCode FROM credit_listings l WHERE l.status = 'active')`);
  else if (s.listed) where.push(`${alias}.creditCode IN (SELECT l.creditCode FROM credit_listings l WHERE l.status = 'active' AND l.listType = ?)`) && values.push(s.listed);
  // The gram rows do not carry the day of establishment: a name search so filtered looks its matches up.
  const established = [...(s.establishedFrom ? ['establishedOn >= ?'] : []), ...(s.establishedTo ? ['establishedOn <= ?'] : [])];
  if (established.length) {
    if (alias === 'e') where.push(...established.map((c) => `e.${c}`));
    else where.push(`d.creditCode IN (SELECT x.creditCode FROM entities x WHERE ${established.map((c) => `x.${c}`).join(' AND ')})`);
    values.push(...[s.establishedFrom, s.establishedTo].filter(Boolean));
  }
  return { where, values };
}

async function cappedCount(db: Db, sql: string, values: unknown[], cap: number): Promise<number> {
  return Number((await db.select<{ n: number }>(statement(db, `SELECT COUNT(*) AS n FROM (${sql} LIMIT ?) x`), [...values, cap]))[0].n);
}

/**
 * MariaDB turns `creditCode IN (SELECT … FROM credit_listings …)` into a semi-join driven from the listings, a lookup
 * of each listed entity's row or grams; read from a posting list, the listed codes are better materialized once.
 */
const statement = (db: Db, sql: string) => (db.dialect === 'mysql' && sql.includes(' IN (SELECT l.creditCode') ? `SET STATEMENT optimizer_switch='semijoin=off' FOR ${sql}` : sql);

/**
 * The plan for a name fragment, chosen by capped counts. Two ways to find the matches:
 *  - from the fragment's rarest gram: its posting list (within the region, when one is asked, through
 *    entity_name_grams_region), read in credit-code order, each row checked against the filters it carries;
 *  - from the filters: the entities they leave (entity indexes), each checked for the fragment by primary-key
 *    lookups of its grams.
 * A rare fragment (its rarest gram under ESTIMATE_CAP postings) or one without filters beyond the region goes
 * by its grams. A common one with selective filters goes by the filters when they leave under ESTIMATE_CAP
 * entities; when they leave more, a sample of SAMPLE of them says how dense the fragment is: a dense one (公司,
 * 有限, 上海 in most names) is counted from the filters (1,001 matches within a few thousand lookups) and its
 * page read from the grams (in credit-code order, the page's rows come early); a sparser one goes by its grams.
 */
async function nameMatches(db: Db, s: EntitySearch, fragment: string): Promise<Plan | null> {
  const cps = codePoints(fragment);
  let grams: Array<{ offset: number; gram: number }>;
  if (cps.length === 1) grams = [{ offset: 0, gram: unigram(cps[0]) }];
  else {
    // Pairs at offsets covering every character: 0, 2, 4, … and the last one.
    let offsets = [...new Set([...Array.from({ length: Math.ceil((cps.length - 1) / 2) }, (_, i) => 2 * i), cps.length - 2])];
    if (offsets.length > MAX_PAIRS) offsets = [...new Set(Array.from({ length: MAX_PAIRS }, (_, i) => Math.round((i * (cps.length - 2)) / (MAX_PAIRS - 1))))];
    grams = offsets.map((o) => ({ offset: o, gram: pair(cps[o], cps[o + 1]) }));
  }
  const region = s.regionCode ? ' AND regionCode = ?' : '';
  const sizes: number[] = [];
  for (const g of grams) {
    const n = await cappedCount(db, `SELECT 1 FROM entity_name_grams WHERE gram = ?${region}`, s.regionCode ? [g.gram, s.regionCode] : [g.gram], ESTIMATE_CAP);
    if (n === 0) return null;
    sizes.push(n);
  }
  // Every pair of a long fragment can be common (金山区朱泾: 金山 is in most names, 区朱 only in 朱泾's individual
  // businesses): capped counts would tie, and the first pair would drive, a posting list ten times too long.
  const filtered = !!(s.listed || s.industryCode || s.status || s.riskClass);
  if (Math.min(...sizes) >= ESTIMATE_CAP && (grams.length > 1 || filtered)) {
    for (let i = 0; i < grams.length; i++) sizes[i] = await estimatePostings(db, grams[i].gram, s.regionCode);
  }
  const driver = grams[sizes.indexOf(Math.min(...sizes))];
  const others = grams.filter((g) => g !== driver);
  // The other pairs at their distances from the driving one: 枫泾食品 is 食品 two places after 枫泾.
  const joins = others.map((g, i) => ` JOIN entity_name_grams g${i} ON g${i}.gram = ? AND g${i}.creditCode = d.creditCode AND g${i}.pos = d.pos + ?`).join('');
  const joinValues = others.flatMap((g) => [g.gram, g.offset - driver.offset]);
  const fg = filters('d', s);
  const byGrams: Matches = {
    // A pair can occur twice in one name (上海…上海): one row per entity. A unigram has one row per entity.
    sql: `SELECT d.creditCode AS creditCode FROM entity_name_grams d${joins} WHERE ${['d.gram = ?', ...fg.where].join(' AND ')}${cps.length > 1 ? ' GROUP BY d.creditCode' : ''}`,
    values: [...joinValues, driver.gram, ...fg.values],
    key: 'd.creditCode',
  };
  const common = Math.min(...sizes) >= ESTIMATE_CAP;
  // The listing filter with others stays on the grams, which carry the others (an entity row per listed entity
  // would be read otherwise: measured seconds on MariaDB with its buffer pool smaller than the register).
  const entityFiltered = !!(s.regionCode || s.industryCode || s.status || s.riskClass);
  if (!common || (s.listed && entityFiltered) || !(s.listed || s.industryCode || s.status || s.riskClass)) return once(byGrams);
  const fe = filters('e', s);
  // Listed entities are few: read from the listings (credit_listings_search), joined to the entities only for other filters.
  const entityFilters = filters('e', { ...s, listed: undefined });
  const candidates = !s.listed
    ? `SELECT e.creditCode AS creditCode FROM entities e WHERE ${fe.where.join(' AND ')}`
    : `SELECT DISTINCT l.creditCode AS creditCode FROM credit_listings l${entityFilters.where.length ? ' JOIN entities e ON e.creditCode = l.creditCode' : ''} WHERE ${["l.status = 'active'", ...(s.listed !== 'any' ? ['l.listType = ?'] : []), ...entityFilters.where].join(' AND ')}`;
  const candidateValues = !s.listed ? fe.values : [...(s.listed !== 'any' ? [s.listed] : []), ...entityFilters.values];
  const holds = `EXISTS (SELECT 1 FROM entity_name_grams d${joins} WHERE d.gram = ? AND d.creditCode = c.creditCode)`;
  const byFilters: Matches = {
    sql: `SELECT c.creditCode AS creditCode FROM (${candidates}) c WHERE ${holds}`,
    values: [...candidateValues, ...joinValues, driver.gram],
    key: 'c.creditCode',
  };
  // Few candidates: each costs a lookup of its grams, against reading the driving posting list in order (食品 with
  // an industry section and class D matches nothing, and its 3,400 candidates cost more than its 36,000 postings).
  // Counting them stops where they would cost more.
  const worthLooking = Math.min(ESTIMATE_CAP, Math.ceil(Math.min(...sizes) / LOOKUP_ROWS[db.dialect]));
  if ((await cappedCount(db, candidates, candidateValues, worthLooking)) < worthLooking) return both({ ...byFilters, few: true });
  if (worthLooking < ESTIMATE_CAP) return once(byGrams);
  const sampled = await cappedCount(db, `SELECT 1 FROM (${candidates} LIMIT ${SAMPLE}) c WHERE ${holds}`, [...candidateValues, ...joinValues, driver.gram], SAMPLE);
  return sampled >= SAMPLE * DENSE ? { count: byFilters, page: byGrams } : once(byGrams);
}

/**
 * The postings of a gram (within a region) beyond ESTIMATE_CAP, estimated cheaply. MySQL/MariaDB: the optimizer's
 * own estimate (`EXPLAIN` rows, from an index dive: two descents of the B-tree, however long the range). SQLite
 * has no such estimate to ask for, but counts an index range in order fast: up to WIDE_CAP, kept a while.
 */
async function estimatePostings(db: Db, gram: number, regionCode?: string): Promise<number> {
  const where = `gram = ?${regionCode ? ' AND regionCode = ?' : ''}`;
  const values = regionCode ? [gram, regionCode] : [gram];
  if (db.dialect === 'mysql') {
    const [plan] = await db.select<{ rows: number | string | null }>(`EXPLAIN SELECT 1 FROM entity_name_grams WHERE ${where}`, values);
    return Math.max(ESTIMATE_CAP, Number(plan?.rows ?? ESTIMATE_CAP));
  }
  // The common grams are few (a few hundred hold over ESTIMATE_CAP postings) and their sizes change slowly, so a
  // count is kept a while, as a planner keeps its statistics: a stale one can only choose a slower plan.
  let kept = postingEstimates.get(db);
  if (!kept) postingEstimates.set(db, (kept = new Map()));
  const key = `${gram}:${regionCode ?? ''}`;
  const hit = kept.get(key);
  if (hit && Date.now() - hit.at < ESTIMATE_KEPT_MS) return hit.n;
  const n = await cappedCount(db, `SELECT 1 FROM entity_name_grams WHERE ${where}`, values, WIDE_CAP);
  if (kept.size >= 10_000) kept.clear();
  kept.set(key, { n, at: Date.now() });
  return n;
}
const postingEstimates = new WeakMap<Db, Map<string, { n: number; at: number }>>();
const ESTIMATE_KEPT_MS = 10 * 60_000;

async function run(db: Db, s: EntitySearch, plan: Plan, pageWhenMany?: Matches): Promise<EntitySearchResult> {
  const offset = (s.page - 1) * s.perPage;
  const page = (m: Matches) => db.select<{ creditCode: string }>(statement(db, `${m.sql} ORDER BY ${m.key} LIMIT ? OFFSET ?`), [...m.values, s.perPage, offset]);
  let n: number;
  let codes: string[];
  if (plan.page.few) {
    const all = (await db.select<{ creditCode: string }>(statement(db, `${plan.page.sql} LIMIT ${ESTIMATE_CAP}`), plan.page.values)).map((r) => r.creditCode).sort();
    n = all.length;
    codes = all.slice(offset, Math.min(offset + s.perPage, TOTAL_CAP));
  } else if (plan.once && offset + s.perPage <= TOTAL_CAP + 1) {
    const first = await db.select<{ creditCode: string }>(statement(db, `${plan.page.sql} ORDER BY ${plan.page.key} LIMIT ?`), [...plan.page.values, TOTAL_CAP + 1]);
    n = first.length;
    codes = first.slice(offset, offset + s.perPage).map((r) => r.creditCode);
  } else {
    n = await cappedCount(db, plan.count.sql, plan.count.values, TOTAL_CAP + 1);
    if (n === 0 || offset >= n) return { data: [], total: Math.min(n, TOTAL_CAP), totalIsLowerBound: n > TOTAL_CAP };
    codes = (await page(n > TOTAL_CAP && pageWhenMany ? pageWhenMany : plan.page)).map((r) => r.creditCode);
  }
  const inCodes = `creditCode IN (${codes.map(() => '?').join(', ')})`;
  const rows = codes.length ? await db.select<EntitySummary>(`SELECT ${SEARCH_COLUMNS.join(', ')} FROM entities WHERE ${inCodes}`, codes) : [];
  const listed = codes.length ? await db.select<{ creditCode: string; listType: string }>(`SELECT DISTINCT creditCode, listType FROM credit_listings WHERE ${inCodes} AND status = 'active' ORDER BY creditCode, listType`, codes) : [];
  const byCode = new Map(rows.map((r) => [r.creditCode, { ...r, listTypes: listed.filter((l) => l.creditCode === r.creditCode).map((l) => l.listType) }]));
  return { data: codes.map((c) => byCode.get(c)!).filter(Boolean), total: Math.min(n, TOTAL_CAP), totalIsLowerBound: n > TOTAL_CAP };
}
