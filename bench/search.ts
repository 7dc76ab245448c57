import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { migrate, openDb, type Db } from '../db';
import { gramRowsOf, insertGramRows, searchEntities, type EntitySearch } from '../db/entitySearch';
import { tables } from '../db/schema';
import { LIST_TYPES } from '../domain/credit';
import { listingPlan } from './support/listings';
import { demoRiskClass } from '../db/seed';
import { regions } from '../db/demo/district';
import { generateEntity } from '../db/demo/generate';
import { mulberry32 } from '../db/demo/random';
import { flags, machine, ms, mysqlAdmin, mysqlUrl, percentile, runBench, table } from './support/common';

// Entity search (GET /api/v1/entities, db/entitySearch.ts) over a large register, on SQLite and on MySQL/MariaDB.
// Fills a database with the demo district's entities (db/demo/generate.ts: real-looking names, towns,
// industries; risk classes as db/seed.ts gives them) and their name index, then runs a mix of searches
// through searchEntities, the function the route calls, and prints p50/p95/p99/max per kind of query.
//
//   node dist-bench/bench/search.js [--entities 1000000] [--db both|sqlite|mysql] [--runs 300]
//        [--database zj_search] [--sqlite-file <DATA>/bench-search.sqlite] [--refill]
//
// A database already holding exactly --entities entities filled by this benchmark (schema step 011) is reused, so
// the SQLite file is the bench's seed kept on disk; --refill forces a new fill. The entities are inserted without
// licenses or events (search reads neither) by a bulk load (fill below), with active credit listings on 2% of them.

const SEED = 20261126;
const BATCH = 2000;
const LISTING_COLUMNS = ['id', 'creditCode', 'entityName', 'listType', 'reason', 'documentNo', 'authority', 'listedOn', 'expiresOn', 'status', 'source', 'workflowId', 'createdAt', 'updatedAt'];
const COLUMNS = ['creditCode', 'name', 'entityType', 'industryCode', 'regionCode', 'address', 'legalRepresentative', 'businessScope', 'registrationAuthority', 'establishedOn', 'status', 'riskClass'];

async function count(db: Db, table: string): Promise<number> {
  return Number((await db.select<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
}

// The fill is a bulk load: rows go into two staging tables without keys (many batches a transaction), then
// into the real tables in key order (one sorted pass: InnoDB and SQLite append to their B-trees instead of
// inserting at random), and the secondary indexes are built last, each by one sort.
async function fill(db: Db, entities: number): Promise<void> {
  const qi = db.sequelize.getQueryInterface();
  const secondary = tables.filter((t) => t.name === 'entities' || t.name === 'entity_name_grams').flatMap((t) => (t.indexes ?? []).map((ix) => ({ table: t.name, ...ix })));
  const present = async (table: string) => new Set(((await qi.showIndex(table)) as Array<{ name: string }>).map((i) => i.name));
  for (const ix of secondary) if ((await present(ix.table)).has(ix.name)) await qi.removeIndex(ix.table, ix.name);
  for (const t of ['entity_name_grams', 'entities']) await db.execute(db.dialect === 'mysql' ? `TRUNCATE TABLE ${t}` : `DELETE FROM ${t}`);
  await db.execute('DELETE FROM meta WHERE `key` = ?', ['bench.search']);
  for (const t of ['bench_entities_load', 'bench_grams_load']) await db.execute(`DROP TABLE IF EXISTS ${t}`);
  await db.execute('CREATE TABLE bench_entities_load AS SELECT * FROM entities WHERE 1 = 0');
  await db.execute('CREATE TABLE bench_grams_load AS SELECT * FROM entity_name_grams WHERE 1 = 0');
  if (db.dialect === 'sqlite') await db.execute('PRAGMA cache_size = -1000000');
  const t0 = performance.now();
  const elapsed = () => ((performance.now() - t0) / 1000).toFixed(0);
  for (let start = 0; start < entities; start += BATCH * 25) {
    await db.writeTransaction(async (t) => {
      for (let b = start; b < Math.min(entities, start + BATCH * 25); b += BATCH) {
        const rows = Array.from({ length: Math.min(BATCH, entities - b) }, (_, i) => {
          const e = generateEntity(SEED, b + i);
          return { ...e, riskClass: demoRiskClass(e.creditCode) };
        });
        const values = rows.map((e) => COLUMNS.map((c) => (e as any)[c]));
        if (db.dialect === 'mysql') {
          await db.execute(`INSERT INTO bench_entities_load (${COLUMNS.join(', ')}) VALUES ${rows.map(() => `(${COLUMNS.map(() => '?').join(', ')})`).join(', ')}`, values.flat(), { transaction: t });
        } else {
          // One bound JSON array, as db/entitySearch.ts does: numbered parameters bind in quadratic time in node-sqlite3.
          await db.execute(`INSERT INTO bench_entities_load (${COLUMNS.join(', ')}) SELECT ${COLUMNS.map((_, i) => `json_extract(value, '$[${i}]')`).join(', ')} FROM json_each(?)`, [JSON.stringify(values)], { transaction: t });
        }
        await insertGramRows(db, rows.flatMap(gramRowsOf), t, 'bench_grams_load');
      }
    });
    const done = Math.min(entities, start + BATCH * 25);
    if (done % 100_000 === 0 || done === entities) console.log(`  ${db.dialect}: ${done.toLocaleString('en')} entities staged in ${elapsed()} s`);
  }
  const columnsOf = async (table: string) => Object.keys(await qi.describeTable(table)).join(', ');
  await db.execute(`INSERT INTO entities (${COLUMNS.join(', ')}) SELECT ${COLUMNS.join(', ')} FROM bench_entities_load ORDER BY creditCode`);
  console.log(`  ${db.dialect}: entities in key order at ${elapsed()} s`);
  const gramColumns = await columnsOf('entity_name_grams');
  await db.execute(`INSERT INTO entity_name_grams (${gramColumns}) SELECT ${gramColumns} FROM bench_grams_load ORDER BY gram, creditCode, pos`);
  console.log(`  ${db.dialect}: grams in key order at ${elapsed()} s`);
  for (const t of ['bench_entities_load', 'bench_grams_load']) await db.execute(`DROP TABLE ${t}`);
  // Active credit listings on 2% of the entities (bench/support/listings.ts: the same plan as the screening bench).
  await db.execute("DELETE FROM credit_listings WHERE source = 'bench'");
  const { rows: listings } = listingPlan(Math.round(entities / 50), entities);
  for (let i = 0; i < listings.length; i += 200) {
    const part = listings.slice(i, i + 200);
    await db.execute(`INSERT INTO credit_listings (${LISTING_COLUMNS.join(', ')}) VALUES ${part.map(() => `(${LISTING_COLUMNS.map(() => '?').join(', ')})`).join(', ')}`, part.flat());
  }
  console.log(`  ${db.dialect}: ${listings.length.toLocaleString('en')} credit listings at ${elapsed()} s`);
  for (const ix of secondary) {
    await qi.addIndex(ix.table, { fields: ix.fields, name: ix.name, unique: ix.unique });
    console.log(`  ${db.dialect}: index ${ix.name} at ${elapsed()} s`);
  }
  const a = performance.now();
  await db.execute(db.dialect === 'mysql' ? 'ANALYZE TABLE entities, entity_name_grams' : 'ANALYZE');
  console.log(`  ${db.dialect}: ANALYZE ${((performance.now() - a) / 1000).toFixed(1)} s; filled in ${elapsed()} s`);
  await db.execute('INSERT INTO meta (`key`, value) VALUES (?, ?)', ['bench.search', JSON.stringify({ entities, seed: SEED, schema: '011' })]);
}

// --------------------------------------------------------------------------------------------------
// The queries: drawn from the names and codes of entities picked at random, so each kind covers rare and
// common fragments alike (a pair drawn from a name is often 有限 or 公司), plus named ones a person types.

interface Kind {
  name: string;
  next(): Omit<EntitySearch, 'page' | 'perPage'> & { page?: number };
}

function kinds(entities: number): Kind[] {
  const rng = mulberry32(SEED + 1);
  const int = (n: number) => Math.floor(rng() * n);
  const entity = () => generateEntity(SEED, int(entities));
  const fragment = (min: number, max: number) => {
    const chars = Array.from(entity().name);
    const len = Math.min(chars.length, min + int(max - min + 1));
    const at = int(chars.length - len + 1);
    return chars.slice(at, at + len).join('');
  };
  const towns = regions.map((r) => r.code);
  const common = ['食品', '上海', '有限'];
  return [
    { name: 'whole credit code', next: () => ({ q: entity().creditCode }) },
    { name: 'credit code prefix (10–14 chars)', next: () => ({ q: entity().creditCode.slice(0, 10 + int(5)) }) },
    { name: '1-char name fragment', next: () => ({ q: fragment(1, 1) }) },
    { name: '2-char name fragment', next: () => ({ q: fragment(2, 2) }) },
    { name: '3–6-char name fragment', next: () => ({ q: fragment(3, 6) }) },
    { name: '2-char fragment + region + status', next: () => ({ q: fragment(2, 2), regionCode: towns[int(towns.length)], status: 'active' }) },
    { name: '3–6-char fragment + risk class + industry', next: () => ({ q: fragment(3, 6), riskClass: 'ABCD'[int(4)], industryCode: entity().industryCode.slice(0, 3) }) },
    { name: '食品 / 枫泾 / 有限公司, page 1–4', next: () => ({ q: ['食品', '枫泾', '有限公司'][int(3)], page: 1 + int(4) }) },
    { name: '枫泾 + risk class D + deregistered', next: () => ({ q: '枫泾', riskClass: 'D', status: 'deregistered' }) },
    { name: 'filters only: region + risk class', next: () => ({ regionCode: towns[int(towns.length)], riskClass: 'ABCD'[int(4)] }) },
    // A common fragment with selective filters: the case a posting list alone would read to its end.
    { name: '食品/上海/有限 + region + status + risk class', next: () => ({ q: common[int(common.length)], regionCode: towns[int(towns.length)], status: ['active', 'deregistered'][int(2)], riskClass: 'ABCD'[int(4)] }) },
    { name: '食品/上海/有限 + industry prefix + risk class', next: () => ({ q: common[int(common.length)], industryCode: entity().industryCode.slice(0, 1 + int(3)), riskClass: 'ABCD'[int(4)] }) },
    { name: '食品/上海/公司 + deregistered + class D', next: () => ({ q: [...common, '公司'][int(4)], status: 'deregistered', riskClass: 'D' }) },
    { name: '食品/上海/有限 + listed (a list type or any)', next: () => ({ q: common[int(common.length)], listed: ['any', ...LIST_TYPES][int(LIST_TYPES.length + 1)] }) },
    { name: '2-char fragment + region + industry + listed', next: () => ({ q: fragment(2, 2), regionCode: towns[int(towns.length)], industryCode: entity().industryCode.slice(0, 3), listed: 'any' }) },
    { name: 'credit code prefix (4–9 chars) + risk class', next: () => ({ q: entity().creditCode.slice(0, 4 + int(6)), riskClass: 'ABCD'[int(4)] }) },
  ];
}

async function measure(db: Db, entities: number, runs: number, only: string[]): Promise<void> {
  const rows: Array<Array<string | number>> = [];
  const slowest: Array<[number, string]> = [];
  for (const k of kinds(entities).filter((k) => !only.length || only.some((o) => k.name.includes(o)))) {
    for (let i = 0; i < 5; i++) await searchEntities(db, { page: 1, perPage: 25, ...k.next() });
    const times: number[] = [];
    let totals = 0;
    let capped = 0;
    for (let i = 0; i < runs; i++) {
      const query = { page: 1, perPage: 25, ...k.next() };
      const t = performance.now();
      const r = await searchEntities(db, query);
      times.push(performance.now() - t);
      slowest.push([performance.now() - t, JSON.stringify(query)]);
      totals += r.total;
      if (r.totalIsLowerBound) capped++;
    }
    rows.push([k.name, runs, Math.round(totals / runs), capped, ms(percentile(times, 50)), ms(percentile(times, 95)), ms(percentile(times, 99)), ms(Math.max(...times))]);
  }
  table([['query kind (searchEntities, 25 per page)', 'runs', 'mean total', 'capped', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'], ...rows]);
  // The slowest queries of the run, to read their plans.
  console.log('  slowest:');
  for (const [t, q] of slowest.sort((a, b) => b[0] - a[0]).slice(0, 8)) console.log(`    ${ms(t)} ms ${q}`);
}

async function run(which: 'sqlite' | 'mysql', url: string, entities: number, runs: number, refill: boolean, only: string[]): Promise<void> {
  console.log(`\n== ${which}: ${url}`);
  const db = await openDb(url);
  try {
    await migrate(db);
    const profile = (await db.select<{ value: string }>('SELECT value FROM meta WHERE `key` = ?', ['bench.search']))[0];
    const held = await count(db, 'entities');
    if (refill || !profile || JSON.parse(profile.value).entities !== entities || JSON.parse(profile.value).schema !== '011' || held !== entities) {
      console.log(`  filling ${entities.toLocaleString('en')} entities (held ${held.toLocaleString('en')})…`);
      await fill(db, entities);
    }
    console.log(`  ${(await count(db, 'entities')).toLocaleString('en')} entities, ${(await count(db, 'entity_name_grams')).toLocaleString('en')} name grams`);
    await measure(db, entities, runs, only);
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const f = flags();
  const entities = f.num('entities', 1_000_000);
  const runs = f.num('runs', 300);
  const which = f.get('db', 'both');
  // --kinds 3–6,industry: only the kinds whose names hold one of these.
  const only = f.get('kinds', '').split(',').filter(Boolean);
  console.log(`bench/search.ts: ${entities.toLocaleString('en')} entities, ${runs} runs per kind; ${machine()}`);
  if (which === 'both' || which === 'sqlite') {
    const file = f.get('sqlite-file', path.join(process.env.DATA_DIR ?? os.tmpdir(), 'bench-search.sqlite'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await run('sqlite', `sqlite:${file}`, entities, runs, f.has('refill'), only);
  }
  if (which === 'both' || which === 'mysql') {
    const database = f.get('database', 'zj_search');
    if (!/^[A-Za-z0-9_]+$/.test(database)) throw new Error(`bad database name ${database}`);
    const admin = await mysqlAdmin();
    await admin.query(`CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    await run('mysql', mysqlUrl(database), entities, runs, f.has('refill'), only);
  }
}

runBench(main);
