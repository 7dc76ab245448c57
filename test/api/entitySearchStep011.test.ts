import { connectDb, type Db } from '../../db';
import { migrations } from '../../db/migrations';
import { searchEntities } from '../../db/entitySearch';
import { testDatabases } from '../support/databases';
import { newCreditCode } from '../support/events';

// Schema step 011-search-index on a database that already holds entities and the grams of step 006: the gram
// rows get their entity's region, industry, status and risk class, and a filtered search finds by them.

describe.each(testDatabases)('schema step 011-search-index on $name', (database) => {
  let url: string;
  let db: Db;
  beforeAll(async () => {
    url = await database.create();
    db = connectDb(url);
  });
  afterAll(async () => {
    await db?.close();
    await database.drop(url);
  });

  it('fills the filter columns of the grams stored before it', async () => {
    const ordered = [...migrations].sort((a, b) => a.name.localeCompare(b.name));
    const step = (name: string) => ordered.find((m) => m.name === name)!;
    await db.sequelize.query('CREATE TABLE IF NOT EXISTS migrations_applied (name VARCHAR(255) PRIMARY KEY)');
    for (const m of ordered.filter((m) => m.name < '006')) await m.up(db);
    const base = { entityType: '个体工商户', address: '上海市金山区枫泾镇新枫路1号', legalRepresentative: '李某', businessScope: '日用百货销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2019-05-01', lastEventAt: null };
    const open = { creditCode: newCreditCode(), name: '金山区枫泾镇阿福食品店', regionCode: '310116102', industryCode: 'F5223', status: 'active', riskClass: 'A', ...base };
    const closed = { creditCode: newCreditCode(), name: '金山区朱泾镇阿福食品店', regionCode: '310116101', industryCode: 'H6291', status: 'deregistered', riskClass: 'D', ...base };
    await db.models.entities.bulkCreate([open, closed]);
    await step('006-entity-search').up(db);
    expect(Object.keys(await db.sequelize.getQueryInterface().describeTable('entity_name_grams')).sort()).toEqual(['creditCode', 'gram', 'pos']);
    for (const m of ordered.filter((m) => m.name > '006' && m.name < '011')) await m.up(db);

    await step('011-search-index').up(db);
    const search = async (s: Record<string, string>) => (await searchEntities(db, { q: '阿福', page: 1, perPage: 10, ...s })).data.map((e) => e.creditCode);
    expect((await search({})).sort()).toEqual([open.creditCode, closed.creditCode].sort());
    expect(await search({ status: 'deregistered' })).toEqual([closed.creditCode]);
    expect(await search({ riskClass: 'A' })).toEqual([open.creditCode]);
    expect(await search({ regionCode: '310116101' })).toEqual([closed.creditCode]);
    expect(await search({ industryCode: 'F52' })).toEqual([open.creditCode]);
    expect(await search({ industryCode: 'H', riskClass: 'D', status: 'deregistered', regionCode: '310116101' })).toEqual([closed.creditCode]);
    const [{ n }] = await db.select<{ n: number }>("SELECT COUNT(*) AS n FROM entity_name_grams WHERE regionCode = ''");
    expect(Number(n)).toBe(0);
  }, 60_000);
});
