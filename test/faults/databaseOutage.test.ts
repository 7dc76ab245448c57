import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import type { TestDatabase } from '../support/databases';
import { registration } from '../support/events';
import { freePort } from '../../deploy/devServer';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';
import { expectEachRegistrationOnce } from './support';

// The application database away for 30 s: a MariaDB server of this suite's own, stopped (SIGTERM) while
// registrations are in flight and started again on the same data. Meanwhile writes answer 503 and the
// activities retry; afterwards every process completes, and nothing is lost or doubled.

const MARIADBD = '/usr/sbin/mariadbd';
const DOWN_MS = 30_000;
const installed = fs.existsSync(MARIADBD);
if (!installed) console.warn(`database outage suite skipped: ${MARIADBD} is not installed (apt-get install mariadb-server)`);

/** A MariaDB server in its own data folder, on its own port; root without a password (a test server). */
async function ownMariaDb() {
  const dir = fs.mkdtempSync(path.join(process.env.TEST_DIR ?? '/tmp', 'mariadb-'));
  const datadir = path.join(dir, 'data');
  const user = process.env.USER ?? 'root';
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${datadir}`, '--auth-root-authentication-method=normal', '--skip-test-db', `--user=${user}`], { stdio: 'ignore' });
  const port = await freePort();
  let server: ChildProcess | null = null;
  const start = async () => {
    server = spawn(
      MARIADBD,
      ['--no-defaults', `--datadir=${datadir}`, `--port=${port}`, '--bind-address=127.0.0.1', `--socket=${path.join(dir, 'mysqld.sock')}`, `--pid-file=${path.join(dir, 'mysqld.pid')}`, '--skip-grant-tables', `--user=${user}`, '--skip-log-bin', '--innodb-buffer-pool-size=64M', `--log-error=${path.join(dir, 'error.log')}`],
      { stdio: 'ignore' },
    );
    await eventually(async () => {
      const c = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
      await c.end();
      return true;
    }, 60_000, `MariaDB on port ${port} (see ${dir}/error.log)`);
  };
  const stop = async () => {
    const s = server as ChildProcess | null;
    if (!s || s.exitCode !== null) return;
    const exited = new Promise((r) => s.once('exit', r));
    s.kill('SIGTERM');
    await exited;
  };
  await start();
  const database: TestDatabase = {
    name: 'mysql',
    async create() {
      const c = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
      await c.query('CREATE DATABASE zj_fault CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
      await c.end();
      return `mysql://root@127.0.0.1:${port}/zj_fault`;
    },
    async drop() {},
  };
  return { database, start, stop, dir };
}

(installed ? describe : describe.skip)('application database (MariaDB) away for 30 s', () => {
  let mariadb: Awaited<ReturnType<typeof ownMariaDb>>;
  let p: TestPlatform;
  let key: string;

  beforeAll(async () => {
    mariadb = await ownMariaDb();
    p = await startPlatform(mariadb.database);
    key = await p.apiKey(['registration:write']);
  });
  afterAll(async () => {
    await p?.stop();
    await mariadb?.stop();
    if (mariadb) fs.rmSync(mariadb.dir, { recursive: true, force: true });
  });

  const post = (event: object) => p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${key}`).send(event);

  it('answers 503 while it is away, then completes every process in flight, losing and doubling nothing', async () => {
    // Each entity: two licensed items (receipt tasks) and one claim-pool item.
    const events = Array.from({ length: 20 }, () => registration());
    for (const e of events) expect((await post(e)).status).toBe(202);
    await eventually(async () => (await p.db.models.tasks.count()) >= 5, 60_000, 'first tasks');
    await mariadb.stop();
    const stoppedAt = Date.now();

    // Writes answer 503 problem+json with Retry-After, and the platform says it is not ready.
    const late = registration();
    const refused = await post(late);
    expect(refused.status).toBe(503);
    expect(refused.type).toBe('application/problem+json');
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    const ready = await p.api.get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body.checks.database).not.toBe('ok');

    await new Promise((r) => setTimeout(r, Math.max(0, DOWN_MS - (Date.now() - stoppedAt))));
    await mariadb.start();

    // The sender tries again: accepted now, once.
    expect((await post(late)).status).toBe(202);
    await expectEachRegistrationOnce(p, [...events, late], 'after the outage');
  }, 300_000);
});
