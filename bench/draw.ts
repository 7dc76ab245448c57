import { performance } from 'node:perf_hooks';
import { QueryTypes } from 'sequelize';
import { entityPool } from '../db/drawPools';
import { migrate, openDb } from '../db';
import { writeDocument } from '../db/chunks';
import { canonicalPool, draw, DRAW_ALGORITHM, poolJson, sha256, type DrawSeeds } from '../domain/draw';
import { flags, machine, ms, mysqlInfo, mysqlUrl, runBench, table } from './support/common';

// The draw of a spot-check plan over a 1,000,000-entity pool: a 5% sample in each credit-risk stratum and a
// team of two for each drawn entity from 500 inspectors, through the real pool query, the real draw and
// the real persisting (chunked documents), side by side with the common `ORDER BY RAND() LIMIT k` per
// stratum on the same MySQL (which draws entities only: no teams, no seed, nothing anyone can verify).
//
// Needs a database holding the demo district at a million entities:
//   DATABASE_URL=mysql://root@127.0.0.1:3306/zj_million npm run cli -- demo load --entities 1000000 --force

async function main() {
  const f = flags();
  const database = f.get('database', 'zj_million');
  const runs = f.num('runs', 3);
  const db = await openDb(mysqlUrl(database));
  await migrate(db);
  const [{ n }] = await db.sequelize.query<{ n: number }>('SELECT COUNT(*) AS n FROM entities', { type: QueryTypes.SELECT });
  if (n < 1_000_000) console.log(`note: ${database} holds ${n} entities, not a million (see the header of bench/draw.ts)`);
  // Entities loaded before the risk class existed all carry the default B: spread them as the demo does.
  const [{ classes }] = await db.sequelize.query<{ classes: number }>('SELECT COUNT(DISTINCT riskClass) AS classes FROM entities', { type: QueryTypes.SELECT });
  if (classes < 4) {
    await db.sequelize.query("UPDATE entities SET riskClass = CASE WHEN CRC32(creditCode) % 100 < 20 THEN 'A' WHEN CRC32(creditCode) % 100 < 70 THEN 'B' WHEN CRC32(creditCode) % 100 < 95 THEN 'C' ELSE 'D' END");
  }
  const strata = ['A', 'B', 'C', 'D'].map((key) => ({ key, ratio: 0.05 }));
  const inspectors = Array.from({ length: 500 }, (_, i) => ({ credentialNo: `310116${String(200000 + i).padStart(8, '0')}`, departmentCode: 'SCJGJ' }));
  const seeds = (r: number): DrawSeeds => ({ entities: r.toString(16).padStart(64, '0'), teams: (r + 1).toString(16).padStart(64, '0') });

  const rows: Array<Array<string | number>> = [['run', 'pool query', 'pool hash', 'draw', 'persist', 'total', 'drawn', 'ORDER BY RAND()']];
  for (let r = 1; r <= runs; r++) {
    const t0 = performance.now();
    const entities = await entityPool(db, {}, strata.map((s) => s.key));
    const t1 = performance.now();
    // As the platform does it: the commit serializes and hashes the canonical pool once (commitPlanDraw), and the
    // draw carries that hash (runDraw).
    const pool = canonicalPool({ entities, inspectors, recusals: [] });
    const json = poolJson(pool);
    const hash = sha256(json);
    const tHash = performance.now();
    const result = draw({ strata, teamSize: 2, departmentCodes: [] }, pool, seeds(r), DRAW_ALGORITHM, hash);
    const t2 = performance.now();
    await db.writeTransaction(async (t) => {
      await writeDocument(db, `BENCH-${r}`, 'pool', json, t);
      await writeDocument(db, `BENCH-${r}`, 'result', JSON.stringify(result), t);
    });
    const t3 = performance.now();
    let random = 0;
    for (const s of result.strata) {
      const s0 = performance.now();
      await db.select("SELECT creditCode FROM entities WHERE status = 'active' AND riskClass = ? ORDER BY RAND() LIMIT ?", [s.key, s.drawn]);
      random += performance.now() - s0;
    }
    rows.push([r, ms(t1 - t0), ms(tHash - t1), ms(t2 - tHash), ms(t3 - t2), ms(t3 - t0), result.inspections.length, ms(random)]);
  }
  await db.models.draw_chunks.destroy({ where: { planId: Array.from({ length: runs }, (_, i) => `BENCH-${i + 1}`) } });
  console.log(`draw over ${n} entities, 5% per risk class, teams of 2 from 500 inspectors (milliseconds)`);
  table(rows);
  console.log(machine());
  console.log(await mysqlInfo());
  await db.close();
}

runBench(main);
