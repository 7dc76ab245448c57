import fs from 'node:fs';
import path from 'node:path';
import { DataTypes, Model, ModelAttributes, ModelStatic, QueryTypes, Sequelize, Transaction } from 'sequelize';
import sqlite3 from 'sqlite3';
import { Umzug } from 'umzug';
import { OPEN_TASK_STATUSES } from '../domain/tasks';
import { tables } from './schema';
import { migrations } from './migrations';
import { stampHandlingTime } from './handlingTime';
import { keepOpenTaskCounts } from './openTaskCounts';

// The worker and the API are separate processes on one file, and Sequelize opens a connection per
// transaction: every connection waits for a lock (up to 15 s) instead of failing at once.
class BusyWaitingDatabase extends sqlite3.Database {
  constructor(filename: string, mode?: number, callback?: (err: Error | null) => void) {
    super(filename, mode ?? sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE, callback);
    this.configure('busyTimeout', 15_000);
  }
}
const busyWaitingSqlite = Object.assign(Object.create(sqlite3), { Database: BusyWaitingDatabase });

export type Row = Model<any, Record<string, any>> & Record<string, any>;

export interface Db {
  sequelize: Sequelize;
  dialect: 'sqlite' | 'mysql';
  models: Record<string, ModelStatic<Row>>;
  /** A transaction that locks for writing from its start (SQLite IMMEDIATE; MySQL's default). */
  writeTransaction<T>(fn: (t: Transaction) => Promise<T>): Promise<T>;
  /**
   * A raw SELECT whose values are bound as parameters, never spliced into the SQL text (DESIGN.md rule 9):
   * each `?` in `sql` is one of `values`, in order.
   */
  select<T extends object>(sql: string, values?: unknown[], options?: { transaction?: Transaction }): Promise<T[]>;
  /** The same for a statement that writes (UPDATE, DELETE): values bound, never spliced. */
  execute(sql: string, values?: unknown[], options?: { transaction?: Transaction }): Promise<void>;
  close(): Promise<void>;
}

// How Sequelize stores a DATE in SQLite (UTC text): a bound Date must compare as the stored text does.
const sqliteDate = (d: Date) => `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 23)} +00:00`;

/**
 * A DATE column's value as read by `select`: mysql2 answers a Date, SQLite the text above. Never through
 * String(Date), which drops the milliseconds (a tally's cut read so counted a task of its last second twice).
 */
export const timeOf = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));

/** The open task statuses (domain OPEN_TASK_STATUSES) as an SQL list, for raw queries: `status IN (${OPEN_TASK_STATUSES_SQL})`. */
export const OPEN_TASK_STATUSES_SQL = OPEN_TASK_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * The index a query reads, written after its table's name (MySQL/MariaDB `FORCE INDEX`, SQLite `INDEXED BY`), for a
 * query whose plan MariaDB's estimates flip between runs (api/statistics/credit.ts). SQLite refuses the statement
 * when the index cannot serve it, so a wrong hint fails in the tests instead of reading the whole table.
 */
export const indexHint = (db: Pick<Db, 'dialect'>, index: string): string => (db.dialect === 'sqlite' ? `INDEXED BY ${index}` : `FORCE INDEX (${index})`);

/** Connects to `sqlite:<file>` (embedded default) or `mysql://…` and defines every model. */
export function connectDb(url: string, options: { logging?: boolean } = {}): Db {
  let sequelize: Sequelize;
  let dialect: Db['dialect'];
  if (url.startsWith('sqlite:')) {
    const storage = url.slice('sqlite:'.length) || ':memory:';
    if (storage !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(storage)), { recursive: true });
    dialect = 'sqlite';
    sequelize = new Sequelize({
      dialect: 'sqlite',
      storage,
      logging: options.logging ? console.log : false,
      dialectModule: busyWaitingSqlite,
    });
  } else {
    dialect = 'mysql';
    sequelize = new Sequelize(url, {
      dialect: 'mysql',
      logging: options.logging ? console.log : false,
      timezone: '+00:00',
      pool: { max: 10, min: 0, idle: 10_000 },
      // mysql2 converts the values itself, as Sequelize's typeCast would (a DATETIME a Date read as UTC per `timezone`,
      // a DATE its 'YYYY-MM-DD' string, a DECIMAL a string): with a typeCast function, mysql2's reader of bound
      // statements' rows (the binary protocol every `select` uses) is about 2.5× slower (12,000 tally rows: 0.69 s
      // against 0.27 s, bench/dashboards.ts).
      dialectOptions: { charset: 'utf8mb4', dateStrings: ['DATE'], typeCast: true },
      define: { charset: 'utf8mb4', collate: 'utf8mb4_unicode_ci' },
    });
  }
  const models: Db['models'] = {};
  for (const t of tables) {
    models[t.name] = sequelize.define(t.name, dialect === 'sqlite' ? plainTextForSqlite(t.attributes) : t.attributes, {
      tableName: t.name,
      timestamps: false,
      freezeTableName: true,
      ...t.options,
    }) as ModelStatic<Row>;
  }
  // SQLite: one write transaction at a time per process. A connection waiting for the file lock holds one
  // of libuv's four threads; several waiting at once could starve the transaction that holds the lock.
  let queue: Promise<unknown> = Promise.resolve();
  const writeTransaction = <T>(fn: (t: Transaction) => Promise<T>): Promise<T> => {
    if (dialect === 'mysql') return sequelize.transaction(fn);
    const run = queue.then(() => sequelize.transaction({ type: Transaction.TYPES.IMMEDIATE }, fn));
    queue = run.catch(() => undefined);
    return run;
  };
  const bound = (sql: string, values: unknown[]) => {
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    if (n !== values.length) throw new Error(`${n} placeholder(s) for ${values.length} value(s)`);
    return { text, bind: values.map((v) => (v instanceof Date && dialect === 'sqlite' ? sqliteDate(v) : v)) };
  };
  const select = <T extends object>(sql: string, values: unknown[] = [], options: { transaction?: Transaction } = {}): Promise<T[]> => {
    const { text, bind } = bound(sql, values);
    return sequelize.query<T>(text, { bind, type: QueryTypes.SELECT, ...options });
  };
  const execute = async (sql: string, values: unknown[] = [], options: { transaction?: Transaction } = {}): Promise<void> => {
    const { text, bind } = bound(sql, values);
    await sequelize.query(text, { bind, ...options });
  };
  const db: Db = { sequelize, dialect, models, writeTransaction, select, execute, close: () => sequelize.close() };
  // A task's handling time follows its completion, whoever writes the row (db/handlingTime.ts).
  models.tasks.addHook('beforeSave', (row: Row, options: { transaction?: Transaction | null }) => stampHandlingTime(db, [row], options.transaction));
  models.tasks.addHook('beforeBulkCreate', (rows: Row[], options: { transaction?: Transaction | null }) => stampHandlingTime(db, rows, options.transaction));
  // And its count among the open tasks follows its status, department, assignee, type and escalation (db/openTaskCounts.ts).
  keepOpenTaskCounts(db);
  return db;
}

/** Applies pending migrations (umzug, state in the `migrations_applied` table). Returns their names. */
export async function migrate(db: Db): Promise<string[]> {
  // WAL lets readers (the API) go on while a writer (the worker) writes; it is a property of the file.
  if (db.dialect === 'sqlite') await db.sequelize.query('PRAGMA journal_mode = WAL');
  const umzug = new Umzug({
    // In the order of their numbers, whatever order they were written into the list in.
    migrations: [...migrations].sort((a, b) => a.name.localeCompare(b.name)).map((m) => ({ name: m.name, up: () => m.up(db), down: () => m.down(db) })),
    context: db,
    storage: {
      async executed() {
        await db.sequelize.query('CREATE TABLE IF NOT EXISTS migrations_applied (name VARCHAR(255) PRIMARY KEY)');
        const [rows] = await db.sequelize.query('SELECT name FROM migrations_applied');
        return (rows as Array<{ name: string }>).map((r) => r.name);
      },
      async logMigration({ name }) {
        await db.sequelize.query('INSERT INTO migrations_applied (name) VALUES ($1)', { bind: [name] });
      },
      async unlogMigration({ name }) {
        await db.sequelize.query('DELETE FROM migrations_applied WHERE name = $1', { bind: [name] });
      },
    },
    logger: undefined,
  });
  const done = await umzug.up();
  return done.map((m) => m.name);
}

/** SQLite's TEXT has no size variants: LONGTEXT columns (draw pools) are plain TEXT there. */
function plainTextForSqlite(attributes: ModelAttributes): ModelAttributes {
  return Object.fromEntries(
    Object.entries(attributes).map(([name, a]: [string, any]) => [name, a?.type?.key === 'TEXT' && a.type.options?.length ? { ...a, type: DataTypes.TEXT } : a]),
  );
}

export async function openDb(url: string): Promise<Db> {
  return connectDb(url);
}
