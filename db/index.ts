import fs from 'node:fs';
import path from 'node:path';
import { Model, ModelStatic, Sequelize, Transaction } from 'sequelize';
import { Umzug } from 'umzug';
import { tables } from './schema';
import { migrations } from './migrations';

export type Row = Model<any, Record<string, any>> & Record<string, any>;

export interface Db {
  sequelize: Sequelize;
  dialect: 'sqlite' | 'mysql';
  models: Record<string, ModelStatic<Row>>;
  /** A transaction that locks for writing from its start (SQLite IMMEDIATE; MySQL's default). */
  writeTransaction<T>(fn: (t: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

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
      // The worker and the API are separate processes on one file: wait for a lock instead of failing.
      retry: { max: 10, match: [/SQLITE_BUSY/] },
    });
  } else {
    dialect = 'mysql';
    sequelize = new Sequelize(url, {
      dialect: 'mysql',
      logging: options.logging ? console.log : false,
      timezone: '+00:00',
      pool: { max: 10, min: 0, idle: 10_000 },
      dialectOptions: { charset: 'utf8mb4', dateStrings: false },
      define: { charset: 'utf8mb4', collate: 'utf8mb4_unicode_ci' },
    });
  }
  const models: Db['models'] = {};
  for (const t of tables) {
    models[t.name] = sequelize.define(t.name, t.attributes, {
      tableName: t.name,
      timestamps: false,
      freezeTableName: true,
      ...t.options,
    }) as ModelStatic<Row>;
  }
  const writeTransaction = <T>(fn: (t: Transaction) => Promise<T>) =>
    dialect === 'sqlite'
      ? sequelize.transaction({ type: Transaction.TYPES.IMMEDIATE }, fn)
      : sequelize.transaction(fn);
  return { sequelize, dialect, models, writeTransaction, close: () => sequelize.close() };
}

/** Applies pending migrations (umzug, state in the `migrations_applied` table). Returns their names. */
export async function migrate(db: Db): Promise<string[]> {
  if (db.dialect === 'sqlite') {
    await db.sequelize.query('PRAGMA journal_mode = WAL');
    await db.sequelize.query('PRAGMA busy_timeout = 10000');
  }
  const umzug = new Umzug({
    migrations: migrations.map((m) => ({ name: m.name, up: () => m.up(db), down: () => m.down(db) })),
    context: db,
    storage: {
      async executed() {
        await db.sequelize.query('CREATE TABLE IF NOT EXISTS migrations_applied (name VARCHAR(255) PRIMARY KEY)');
        const [rows] = await db.sequelize.query('SELECT name FROM migrations_applied');
        return (rows as Array<{ name: string }>).map((r) => r.name);
      },
      async logMigration({ name }) {
        await db.sequelize.query('INSERT INTO migrations_applied (name) VALUES (?)', { replacements: [name] });
      },
      async unlogMigration({ name }) {
        await db.sequelize.query('DELETE FROM migrations_applied WHERE name = ?', { replacements: [name] });
      },
    },
    logger: undefined,
  });
  const done = await umzug.up();
  return done.map((m) => m.name);
}

/** Opens a database for SQLite connections: WAL and a busy timeout on every connection. */
export async function openDb(url: string): Promise<Db> {
  const db = connectDb(url);
  if (db.dialect === 'sqlite') {
    await db.sequelize.query('PRAGMA busy_timeout = 10000');
    await db.sequelize.query('PRAGMA foreign_keys = ON');
  }
  return db;
}
