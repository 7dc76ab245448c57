import { ApplicationFailure } from '@temporalio/common';
import { Sequelize, TimeoutError } from 'sequelize';
import { z } from 'zod';
import { connectDb, migrate, type Db } from '../db';
import { testDatabases } from '../test/support/databases';
import { classifyActivityError, DATA_ERROR, isDataError } from './dataErrors';

// The errors are the real ones the databases raise, so a driver or Sequelize upgrade that changes their
// shape fails here rather than in a process that retries forever.

/** The error `fn` rejects with. */
async function failure(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a failure');
}

describe.each(testDatabases)('activity error classification on $name', (database) => {
  let db: Db;
  let url: string;
  beforeAll(async () => {
    url = await database.create();
    db = connectDb(url);
    await migrate(db);
  });
  afterAll(async () => {
    await db?.close();
    await database.drop(url);
  });
  const entity = (over: Record<string, unknown> = {}) => ({ creditCode: `91310116MA1${Math.random().toString(36).slice(2, 9).toUpperCase()}`, name: '上海分类测试有限公司', entityType: '', industryCode: '', regionCode: '', address: '', legalRepresentative: '', businessScope: '', registrationAuthority: '', status: 'active', ...over });

  it('a value the model refuses (a missing name) is a DataError', async () => {
    const err = await failure(() => db.models.entities.create(entity({ name: null })));
    expect(isDataError(err)).toBe(true);
  });

  it('a duplicate natural key is retried: a concurrent attempt wrote the row first', async () => {
    const row = entity();
    await db.models.entities.create(row);
    const err = await failure(() => db.models.entities.create(row));
    expect((err as Error).name).toBe('SequelizeUniqueConstraintError');
    expect(isDataError(err)).toBe(false);
  });

  it('a table that is missing (a deployment not yet migrated) is retried', async () => {
    const err = await failure(() => db.sequelize.query('SELECT * FROM no_such_table_here'));
    expect(isDataError(err)).toBe(false);
  });

  if (database.name === 'sqlite') {
    it('a NUL inside a value spliced into SQL (SQLITE_ERROR: unrecognized token) is a DataError', async () => {
      const err = await failure(() => db.models.scope_catalog.findAll({ where: { wording: ['食品销售\u0000'] } }));
      expect(String(err)).toMatch(/unrecognized token/);
      expect(isDataError(err)).toBe(true);
    });

    it('a NOT NULL column written null below the model (reported as a unique violation) is a DataError', async () => {
      const err = await failure(() => db.sequelize.query("INSERT INTO entities (creditCode, name) VALUES ('X1', NULL)"));
      expect(isDataError(err)).toBe(true);
    });

    it('a busy database file (SQLITE_BUSY, a timeout) is retried', () => {
      expect(isDataError(new TimeoutError(Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY', sql: '' })))).toBe(false);
    });
  } else {
    it('a value too long for its column (ER_DATA_TOO_LONG) is a DataError', async () => {
      const err = await failure(() => db.models.entities.create(entity({ name: '长'.repeat(201) })));
      expect((err as any).parent?.code).toBe('ER_DATA_TOO_LONG');
      expect(isDataError(err)).toBe(true);
    });

    it('bytes that are not valid UTF-8 for a text column ("Incorrect string value") are a DataError', async () => {
      await db.sequelize.query('CREATE TABLE utf8_probe (s VARCHAR(10) CHARACTER SET utf8mb4)');
      const err = await failure(() => db.sequelize.query('INSERT INTO utf8_probe (s) VALUES (?)', { replacements: [Buffer.from([0x61, 0xff, 0xfe])] }));
      expect((err as any).parent?.code).toBe('ER_TRUNCATED_WRONG_VALUE_FOR_FIELD');
      expect(isDataError(err)).toBe(true);
    });

    it('malformed SQL (ER_PARSE_ERROR) is a DataError', async () => {
      const err = await failure(() => db.sequelize.query("SELECT 'unterminated"));
      expect((err as any).parent?.code).toBe('ER_PARSE_ERROR');
      expect(isDataError(err)).toBe(true);
    });
  }
});

describe('activity error classification, whatever the database', () => {
  it('a refused connection is retried', async () => {
    const unreachable = new Sequelize('mysql://root@127.0.0.1:1/none', { logging: false, retry: { max: 0 } });
    const err = await failure(() => unreachable.authenticate());
    await unreachable.close();
    expect((err as Error).name).toBe('SequelizeConnectionRefusedError');
    expect(isDataError(err)).toBe(false);
  });

  it('bad data met in code (TypeError, RangeError, a zod error) is a DataError; a network TypeError is retried', () => {
    const typeError = failureOf(() => (undefined as any).entity.creditCode);
    expect(isDataError(typeError)).toBe(true);
    expect(isDataError(failureOf(() => new Date(NaN).toISOString()))).toBe(true);
    expect(isDataError(z.object({ eventId: z.string() }).safeParse({}).error)).toBe(true);
    expect(isDataError(Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) }))).toBe(false);
    expect(isDataError(new Error('registration event E1 was not recorded by the API'))).toBe(false);
  });

  it('becomes a non-retryable ApplicationFailure of type DataError that keeps the original as its cause', () => {
    const original = failureOf(() => (null as any).name);
    const failure = classifyActivityError(original) as ApplicationFailure;
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect({ type: failure.type, nonRetryable: failure.nonRetryable, cause: failure.cause }).toEqual({ type: DATA_ERROR, nonRetryable: true, cause: original });
    expect(failure.message).toContain((original as Error).message);
    // An ApplicationFailure an activity chose is left as it is; so is anything retryable.
    const chosen = ApplicationFailure.retryable('try later');
    expect(classifyActivityError(chosen)).toBe(chosen);
  });
});

function failureOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a failure');
}
