import { entityPool } from './drawPools';
import { migrate, openDb, type Db } from './index';
import { generateEntity } from './demo/generate';
import { canonicalPool, poolJson } from '../domain/draw';
import { testDatabases } from '../test/support/databases';

// The entity pool of a spot-check draw comes from the database as the draw's entries: {creditCode, stratum} in that
// key order, only active entities of the plan's strata. The pool's hash is published, so its canonical JSON must be
// what the entries rebuilt one by one (as the pool was read before) give.

describe.each(testDatabases)('the entity pool of a draw on $name', (database) => {
  let url = '';
  let db: Db;
  const CLASSES = ['A', 'B', 'C', 'D'];
  const entities = Array.from({ length: 60 }, (_, i) => ({ ...generateEntity(7, i), status: i % 7 === 0 ? 'deregistered' : 'active', riskClass: CLASSES[i % 4] }));

  beforeAll(async () => {
    url = await database.create();
    db = await openDb(url);
    await migrate(db);
    await db.models.entities.bulkCreate(entities);
  });
  afterAll(async () => {
    await db.close();
    await database.drop(url);
  });

  const byCode = (a: { creditCode: string }, b: { creditCode: string }) => (a.creditCode < b.creditCode ? -1 : 1);

  it('by risk class: the active entities of the strata asked for, each entry exactly {creditCode, stratum}', async () => {
    const pool = (await entityPool(db, {}, ['A', 'C'])).sort(byCode);
    const expected = entities.filter((e) => e.status === 'active' && ['A', 'C'].includes(e.riskClass)).map((e) => ({ creditCode: e.creditCode, stratum: e.riskClass })).sort(byCode);
    expect(pool.length).toBeGreaterThan(10);
    expect(pool).toEqual(expected);
    expect(pool.every((e) => Object.keys(e).join() === 'creditCode,stratum')).toBe(true);
    // The text hashed and published is what entries built one by one give.
    const other = { inspectors: [], recusals: [] };
    expect(poolJson({ entities: await entityPool(db, {}, ['A', 'C']), ...other })).toBe(JSON.stringify(canonicalPool({ entities: [...expected].reverse(), ...other })));
  });

  it('one stratum `all`: every active entity; no strata: none', async () => {
    const pool = (await entityPool(db, {}, ['all'])).sort(byCode);
    expect(pool).toEqual(entities.filter((e) => e.status === 'active').map((e) => ({ creditCode: e.creditCode, stratum: 'all' })).sort(byCode));
    expect(await entityPool(db, {}, [])).toEqual([]);
  });

  it('a filter narrows the pool as before: a risk class not among the strata is not drawn', async () => {
    const pool = (await entityPool(db, { riskClasses: ['A', 'B'] }, ['B', 'C'])).sort(byCode);
    expect(pool).toEqual(entities.filter((e) => e.status === 'active' && e.riskClass === 'B').map((e) => ({ creditCode: e.creditCode, stratum: 'B' })).sort(byCode));
  });
});
