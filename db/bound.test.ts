import { migrate, openDb, type Db } from './index';
import { testDatabases } from '../test/support/databases';

// DESIGN.md rule 9: raw statements carry their values as bound parameters, so a value is never SQL.
describe.each(testDatabases)('raw statements with bound values on $name', (database) => {
  let db: Db;
  let url: string;
  beforeAll(async () => {
    url = await database.create();
    db = await openDb(url);
    await migrate(db);
  });
  afterAll(async () => {
    await db?.close();
    await database.drop(url);
  });

  const hostile = ["x' OR '1'='1", "'; DELETE FROM meta; --", 'a ? b $1 c', 'NUL\u0000inside'];

  it('a value that looks like SQL or a placeholder is compared as text', async () => {
    await db.models.meta.create({ key: 'bound.test', value: "x' OR '1'='1" });
    for (const v of hostile) {
      const rows = await db.select<{ key: string }>('SELECT `key` FROM meta WHERE value = ?'.replace(/`/g, db.dialect === 'mysql' ? '`' : '"'), [v]);
      expect([v, rows.map((r) => r.key)]).toEqual([v, v === "x' OR '1'='1" ? ['bound.test'] : []]);
    }
  });

  it('writes bind their values too, and dates compare as stored', async () => {
    const q = (s: string) => (db.dialect === 'mysql' ? s : s.replace(/`/g, '"'));
    await db.execute(q('UPDATE meta SET value = ? WHERE `key` = ?'), ["'; DELETE FROM meta; --", 'bound.test']);
    expect(((await db.models.meta.findByPk('bound.test', { raw: true })) as any).value).toBe("'; DELETE FROM meta; --");
    await db.models.api_keys.create({ system: 'bound-test', prefix: 'boundtest', keyHash: 'x'.repeat(64), scopes: [], createdAt: new Date('2026-01-01T08:00:00.000Z') });
    const after = async (d: string) => Number((await db.select<{ n: number }>(q('SELECT COUNT(*) AS n FROM api_keys WHERE `system` = ? AND createdAt > ?'), ['bound-test', new Date(d)]))[0].n);
    expect(await after('2026-01-01T07:59:59.999Z')).toBe(1);
    expect(await after('2026-01-01T08:00:00.000Z')).toBe(0);
    expect(() => db.select('SELECT ? AS a', [])).toThrow(/1 placeholder/);
  });
});
