import { performance } from 'node:perf_hooks';
import { QueryTypes } from 'sequelize';
import { migrate, openDb, type Db } from '../../db';
import { loadEntities, loadMasterData } from '../../db/seed';
import { mysqlAdmin, mysqlUrl } from './common';

// The demo district at a million entities on MySQL (`zj_million`), shared by bench/draw.ts,
// bench/screening.ts and bench/warnings.ts. Opens the database and migrates it to the current schema; when
// it is missing or holds fewer entities than asked, creates it and loads the master data and the demo
// entities with their licenses (db/seed.ts loadEntities: about 10 minutes for a million here). The load is
// idempotent (INSERT IGNORE), so an interrupted one is finished by the next run.

export const DEMO_SEED = 20261126; // config DEMO_SEED's default, the seed `npm run cli -- demo load` uses

export async function millionDb(database: string, entities: number): Promise<{ db: Db; url: string; entities: number; licenses: number }> {
  if (!/^[A-Za-z0-9_]+$/.test(database)) throw new Error(`bad database name ${database}`);
  const admin = await mysqlAdmin();
  await admin.query(`CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = mysqlUrl(database);
  const db = await openDb(url);
  const applied = await migrate(db);
  if (applied.length) console.log(`  ${database}: migrations applied: ${applied.join(', ')}`);
  const count = async (table: string) => Number((await db.sequelize.query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`, { type: QueryTypes.SELECT }))[0].n);
  let n = await count('entities');
  if (n < entities) {
    console.log(`  ${database} holds ${n.toLocaleString('en')} entities; loading the demo district at ${entities.toLocaleString('en')} (seed ${DEMO_SEED}, about 10 minutes for a million)…`);
    const t0 = performance.now();
    await loadMasterData(db);
    const r = await loadEntities(db, {
      seed: DEMO_SEED,
      count: entities,
      onProgress: (k) => k % 100_000 === 0 && console.log(`    ${k.toLocaleString('en')} entities in ${((performance.now() - t0) / 1000).toFixed(0)} s`),
    });
    console.log(`  loaded ${r.entities.toLocaleString('en')} entities and ${r.licenses.toLocaleString('en')} licenses in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    await db.sequelize.query('ANALYZE TABLE entities, licenses');
    n = await count('entities');
  } else {
    // A database loaded before version 3 lacks the measures catalog that version brought with it.
    await loadMasterData(db);
  }
  return { db, url, entities: n, licenses: await count('licenses') };
}
