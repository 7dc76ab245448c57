import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { migrate, openDb } from '../db';
import { loadMasterData } from '../db/seed';
import { testDatabases } from './support/databases';

// The operator CLI as an operator runs it: the built `dist/cli/index.js`, configured by the environment.
const CLI = path.resolve(__dirname, '../dist/cli/index.js');

describe.each(testDatabases)('operator CLI on $name', (database) => {
  let url: string;
  const cli = (...args: string[]) => {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli/index.js is missing: `npm test` builds it');
    // No Temporal at this address: `audit verify` checks the chain alone and says so.
    const r = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent', TEMPORAL_ADDRESS: '127.0.0.1:1' }, encoding: 'utf8' });
    return { code: r.status, last: r.stdout.trim().split('\n').pop() ?? '', stderr: r.stderr };
  };

  beforeAll(async () => {
    url = await database.create();
    const db = await openDb(url);
    await migrate(db);
    await loadMasterData(db);
    await db.close();
  });
  afterAll(() => database.drop(url));

  it('creates a user in a department given by name, who can then be found with the roles given', async () => {
    const r = cli('user', 'create', '--username', 'wang.qiang', '--password', 'S3cret-pass', '--department', '金山区应急管理局', '--roles', 'clerk,inspector');
    expect(r).toMatchObject({ code: 0, last: 'created user wang.qiang (金山区应急管理局; clerk, inspector)' });
    const db = await openDb(url);
    const u = await db.models.users.findOne({ where: { username: 'wang.qiang' } });
    expect(u?.get('departmentCode')).toBe('YJGLJ');
    expect(u?.get('passwordHash')).toMatch(/^\$argon2id\$/);
    await db.close();
  });

  it('refuses an unknown department, an unknown role, a short password and a duplicate user, with exit code 2', () => {
    expect(cli('user', 'create', '--username', 'a', '--password', 'long-enough', '--department', '不存在的局', '--roles', 'clerk')).toMatchObject({ code: 2 });
    expect(cli('user', 'create', '--username', 'a', '--password', 'long-enough', '--department', 'YJGLJ', '--roles', 'king').stderr).toContain('unknown role: king');
    expect(cli('user', 'create', '--username', 'a', '--password', 'short', '--department', 'YJGLJ', '--roles', 'clerk').code).toBe(2);
    expect(cli('user', 'create', '--username', 'clerk', '--password', 'long-enough', '--department', 'YJGLJ', '--roles', 'clerk').stderr).toContain('already exists');
  });

  it('creates an API key with scopes and prints the key as the last line', () => {
    const r = cli('apikey', 'create', '--system', 'registration-system', '--scopes', 'registration:write,entity:read');
    expect(r.code).toBe(0);
    expect(r.last).toMatch(/^zjk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(cli('apikey', 'create', '--system', 'x', '--scopes', 'everything').code).toBe(2);
  });

  it('audit verify passes on an intact log (saying the end was not checked, Temporal being away) and fails, naming the row, once a row is edited', async () => {
    expect(cli('audit', 'verify')).toMatchObject({ code: 0, last: expect.stringMatching(/^audit log intact: \d+ rows verified; the end of the log was NOT checked against a checkpoint \(Temporal at 127\.0\.0\.1:1 could not be reached/) });
    const db = await openDb(url);
    await db.models.audit_log.update({ actor: 'tampered' }, { where: { id: 1 } });
    await db.close();
    const r = cli('audit', 'verify');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FAILED');
    expect(r.last).toContain('row 1: hashMismatch');
  });

  it('an unknown command prints the usage and exits non-zero', () => {
    const r = cli('frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command');
  });
});
