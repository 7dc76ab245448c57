import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import mysql from 'mysql2/promise';

// Suites that touch the database run on SQLite always, and on MySQL too when TEST_MYSQL_URL is set.

export interface TestDatabase {
  name: 'sqlite' | 'mysql';
  /** Creates an empty database and returns its URL. */
  create(): Promise<string>;
  drop(url: string): Promise<void>;
}

const sqlite: TestDatabase = {
  name: 'sqlite',
  async create() {
    return `sqlite:${path.join(process.env.TEST_DIR ?? '/tmp', `db-${crypto.randomBytes(6).toString('hex')}.sqlite`)}`;
  },
  async drop(url) {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(url.slice('sqlite:'.length) + suffix, { force: true });
  },
};

function mysqlDatabase(base: string): TestDatabase {
  const server = new URL(base);
  return {
    name: 'mysql',
    async create() {
      const name = `zj_test_${crypto.randomBytes(5).toString('hex')}`;
      const c = await mysql.createConnection({ host: server.hostname, port: Number(server.port || 3306), user: decodeURIComponent(server.username), password: decodeURIComponent(server.password) });
      await c.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      await c.end();
      const url = new URL(base);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async drop(url) {
      const u = new URL(url);
      const c = await mysql.createConnection({ host: u.hostname, port: Number(u.port || 3306), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) });
      await c.query(`DROP DATABASE IF EXISTS \`${u.pathname.slice(1)}\``);
      await c.end();
    },
  };
}

export const testDatabases: TestDatabase[] = [sqlite, ...(process.env.TEST_MYSQL_URL ? [mysqlDatabase(process.env.TEST_MYSQL_URL)] : [])];
