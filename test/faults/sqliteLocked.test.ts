import sqlite3 from 'sqlite3';
import { testDatabases } from '../support/databases';
import { registration } from '../support/events';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';
import { expectEachRegistrationOnce } from './support';

// The embedded database locked by another writer for longer than the platform waits (15 s, db/index.ts):
// SQLite's form of "the database is away". Meanwhile a write answers 503 problem+json; the activities retry;
// once the lock is released every process in flight completes, nothing lost or doubled.

const LOCKED_MS = 25_000;

describe('the SQLite database locked by another writer for 25 s', () => {
  let p: TestPlatform;
  let key: string;

  beforeAll(async () => {
    p = await startPlatform(testDatabases[0]);
    key = await p.apiKey(['registration:write']);
  });
  afterAll(() => p?.stop());

  const post = (event: object) => p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${key}`).send(event);

  /** Another process's connection holding the write lock (BEGIN EXCLUSIVE) until released. */
  async function lockDatabase(): Promise<{ release(): Promise<void> }> {
    const file = p.config.DATABASE_URL.slice('sqlite:'.length);
    const other = new sqlite3.Database(file);
    const run = (sql: string) => new Promise<void>((resolve, reject) => other.run(sql, (err) => (err ? reject(err) : resolve())));
    await run('BEGIN EXCLUSIVE');
    return {
      async release() {
        await run('COMMIT');
        await new Promise<void>((resolve) => other.close(() => resolve()));
      },
    };
  }

  it('answers 503 while it is locked, then completes every process in flight, losing and doubling nothing', async () => {
    const events = Array.from({ length: 10 }, () => registration());
    for (const e of events) expect((await post(e)).status).toBe(202);
    await eventually(async () => (await p.db.models.tasks.count()) >= 3, 60_000, 'first tasks');
    const lock = await lockDatabase();
    const lockedAt = Date.now();
    let refused;
    const late = registration();
    try {
      // The write waits the busy timeout out, then says the database is busy: 503, try again.
      refused = await post(late);
    } finally {
      await new Promise((r) => setTimeout(r, Math.max(0, LOCKED_MS - (Date.now() - lockedAt))));
      await lock.release();
    }
    expect(refused.status).toBe(503);
    expect(refused.type).toBe('application/problem+json');
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(await p.db.models.registration_events.count({ where: { eventId: late.eventId } })).toBe(0);

    expect((await post(late)).status).toBe(202);
    await expectEachRegistrationOnce(p, [...events, late], 'after the lock');
  }, 300_000);
});
