import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD } from '../../db/seed';
import { testDatabases } from '../support/databases';
import { startPlatform, type TestPlatform } from '../support/platform';
import { apiKeyParts } from '../../db/credentials';

// Administration (F15, issue 11): the administrator manages users (create, change, deactivate, reactivate) and API
// keys (list, revoke; also `npm run cli -- apikey revoke`). Each refusal changes nothing; each change is audited
// naming the administrator; a deactivated user cannot log in and loses their sessions; a revoked key gets 401 at once.

const CLI = path.resolve(__dirname, '../../dist/cli/index.js');

describe.each(testDatabases)('administration of users and API keys on $name', (database) => {
  let p: TestPlatform;
  let admin = '';
  const as = (token: string) => ({
    get: (url: string) => p.api.get(url).set('Authorization', `Bearer ${token}`),
    post: (url: string, body?: object) => p.api.post(url).set('Authorization', `Bearer ${token}`).send(body),
    patch: (url: string, body: object) => p.api.patch(url).set('Authorization', `Bearer ${token}`).send(body),
  });
  const audit = async (action: string, targetId: string) => (await p.db.models.audit_log.findAll({ where: { action, targetId }, raw: true })) as any[];
  const userCount = () => p.db.models.users.count();
  const logIn = (username: string, password: string) => p.api.post('/api/v1/session').send({ username, password });
  const newUser = { username: 'li.ming', displayName: '李明', departmentCode: 'SCJGJ', roles: ['clerk'], password: 'Jinshan-2026' };

  beforeAll(async () => {
    p = await startPlatform(database, { worker: false });
    admin = await p.login('admin');
  });
  afterAll(() => p?.stop());

  it('creates a user who can log in, audited naming the administrator; the list shows them by name and department', async () => {
    const res = await as(admin).post('/api/v1/users', newUser);
    expect(res.status).toBe(201);
    expect(res.body.password).toBeUndefined();
    expect(res.body.user).toMatchObject({ username: 'li.ming', displayName: '李明', department: { code: 'SCJGJ', name: '金山区市场监督管理局' }, roles: ['clerk'], active: true });
    expect((await logIn('li.ming', 'Jinshan-2026')).status).toBe(200);
    const [entry] = await audit('user.created', 'li.ming');
    expect(entry).toMatchObject({ actorType: 'user', actor: 'admin' });
    expect(JSON.stringify(entry)).not.toContain('Jinshan-2026');
    const list = await as(admin).get('/api/v1/users').query({ q: 'li.ming' });
    expect(list.body).toMatchObject({ total: 1, data: [{ username: 'li.ming', department: { name: '金山区市场监督管理局' } }] });
  });

  it('generates an initial password, answered once, when none is given; an inspector needs a credential number and a region', async () => {
    const inspector = { username: 'zhao.gang', displayName: '赵刚', departmentCode: 'SCJGJ', roles: ['inspector'] };
    const refused = await as(admin).post('/api/v1/users', inspector);
    expect(refused.status).toBe(422);
    expect(refused.body.type).toMatch(/inspector-credential-required$/);
    const region = ((await p.db.models.regions.findOne({ raw: true })) as any).code;
    const res = await as(admin).post('/api/v1/users', { ...inspector, credentialNo: '31011600123', regionCode: region });
    expect(res.status).toBe(201);
    expect(res.body.password).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(res.body.user).toMatchObject({ credentialNo: '31011600123', region: { code: region, name: expect.any(String) } });
    expect((await logIn('zhao.gang', res.body.password)).status).toBe(200);
    expect(JSON.stringify(await as(admin).get(`/api/v1/users/${res.body.user.id}`).then((r) => r.body))).not.toContain(res.body.password);
  });

  it('refuses bad input with its problem code and stores nothing', async () => {
    const before = await userCount();
    const cases: Array<[object, number, string]> = [
      [{ ...newUser, username: 'wang.wu', roles: ['king'] }, 400, 'unknown-role'],
      [{ ...newUser, username: 'wang.wu', departmentCode: 'NOPE' }, 400, 'unknown-department'],
      [{ ...newUser, username: 'wang.wu', password: 'short1' }, 422, 'weak-password'],
      [{ ...newUser, username: 'wang.wu', password: 'onlyletterslong' }, 422, 'weak-password'],
      [{ ...newUser, username: 'wang.wu', password: 'wang.wu-2026' }, 422, 'weak-password'],
      [{ ...newUser, username: 'Wang Wu' }, 400, 'validation-failed'],
      [{ ...newUser, username: 'li.ming' }, 409, 'username-taken'],
    ];
    for (const [input, status, code] of cases) {
      const res = await as(admin).post('/api/v1/users', input);
      expect([res.status, res.body.type?.split('/').pop()]).toEqual([status, expect.stringContaining(code === 'validation-failed' ? '' : code)]);
    }
    expect(await userCount()).toBe(before);
    expect(await audit('user.created', 'wang.wu')).toHaveLength(0);
  });

  it('of one username created at once by several requests, exactly one is stored (409 to the others)', async () => {
    const before = await userCount();
    const results = await Promise.all(Array.from({ length: 6 }, () => as(admin).post('/api/v1/users', { ...newUser, username: 'race.user', password: 'Race-2026-pw' })));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(results.filter((r) => r.status === 409).every((r) => /username-taken$/.test(r.body.type))).toBe(true);
    expect(await userCount()).toBe(before + 1);
    expect(await audit('user.created', 'race.user')).toHaveLength(1);
  });

  it('a supervisor may not manage users or keys (403)', async () => {
    const supervisor = await p.login('supervisor');
    expect((await as(supervisor).post('/api/v1/users', { ...newUser, username: 'by.supervisor' })).status).toBe(403);
    const someone = ((await p.db.models.users.findOne({ where: { username: 'li.ming' }, raw: true })) as any).id;
    expect((await as(supervisor).post(`/api/v1/users/${someone}/deactivate`)).status).toBe(403);
    expect((await as(supervisor).patch(`/api/v1/users/${someone}`, { roles: ['admin'] })).status).toBe(403);
    expect((await as(supervisor).get('/api/v1/api-keys')).status).toBe(403);
    expect((await as(supervisor).get('/api/v1/users').query({ status: 'inactive' })).body.data.every((u: any) => u.active)).toBe(true);
  });

  it('a role change takes effect at the user’s next request; refusals change nothing', async () => {
    const id = ((await p.db.models.users.findOne({ where: { username: 'li.ming' }, raw: true })) as any).id;
    const token = (await logIn('li.ming', 'Jinshan-2026')).body.token;
    expect((await as(token).get('/api/v1/api-keys')).status).toBe(403);
    expect((await as(admin).patch(`/api/v1/users/${id}`, { roles: ['supervisor', 'bogus'] })).body.type).toMatch(/unknown-role$/);
    const changed = await as(admin).patch(`/api/v1/users/${id}`, { roles: ['clerk', 'admin'], displayName: '李明明', departmentCode: 'JTW' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ roles: ['admin', 'clerk'], displayName: '李明明', department: { code: 'JTW' } });
    expect((await as(token).get('/api/v1/api-keys')).status).toBe(200);
    expect((await as(token).get('/api/v1/session')).body.user).toMatchObject({ displayName: '李明明', department: { code: 'JTW' } });
    const [entry] = await audit('user.changed', 'li.ming');
    expect(entry).toMatchObject({ actor: 'admin' });
    await as(admin).patch(`/api/v1/users/${id}`, { roles: ['clerk'] });
    expect((await as(token).get('/api/v1/api-keys')).status).toBe(403);
    // An administrator cannot lock themself out.
    const me = ((await p.db.models.users.findOne({ where: { username: 'admin' }, raw: true })) as any).id;
    expect((await as(admin).patch(`/api/v1/users/${me}`, { roles: ['clerk'] })).body.type).toMatch(/own-admin-role$/);
    expect((await as(admin).post(`/api/v1/users/${me}/deactivate`)).body.type).toMatch(/own-account$/);
  });

  it('deactivation ends the sessions and refuses the login; reactivation lets the user in again; both idempotent and audited once', async () => {
    const id = ((await p.db.models.users.findOne({ where: { username: 'li.ming' }, raw: true })) as any).id;
    const token = (await logIn('li.ming', 'Jinshan-2026')).body.token;
    expect((await as(token).get('/api/v1/session')).status).toBe(200);
    const results = await Promise.all([1, 2, 3].map(() => as(admin).post(`/api/v1/users/${id}/deactivate`)));
    expect(results.map((r) => [r.status, r.body.active])).toEqual([[200, false], [200, false], [200, false]]);
    expect((await as(token).get('/api/v1/session')).status).toBe(401);
    expect(await p.db.models.sessions.count({ where: { userId: id } })).toBe(0);
    const refused = await logIn('li.ming', 'Jinshan-2026');
    expect(refused.status).toBe(401);
    expect(refused.body.type).toMatch(/wrong-credentials$/);
    expect(await audit('user.deactivated', 'li.ming')).toHaveLength(1);
    // The task pickers offer active people only; the administrator finds the deactivated.
    expect((await as(admin).get('/api/v1/users').query({ q: 'li.ming' })).body.total).toBe(0);
    expect((await as(admin).get('/api/v1/users').query({ q: 'li.ming', status: 'inactive' })).body.data).toMatchObject([{ username: 'li.ming', active: false }]);
    expect((await as(admin).post(`/api/v1/users/${id}/reactivate`)).body.active).toBe(true);
    expect((await logIn('li.ming', 'Jinshan-2026')).status).toBe(200);
    expect(await audit('user.reactivated', 'li.ming')).toHaveLength(1);
    expect((await as(admin).post('/api/v1/users/999999/deactivate')).status).toBe(404);
  });

  it('lists keys without their secret; a revoked key gets 401 at once; revoking again changes nothing', async () => {
    const key = await p.apiKey(['feed:read'], 'city-sharing', 'SCJGJ');
    const feed = () => p.api.get('/api/ext/v1/feed').query({ after: 0 }).set('Authorization', `Bearer ${key}`);
    expect((await feed()).status).toBe(200);
    const list = await as(admin).get('/api/v1/api-keys');
    expect(list.status).toBe(200);
    const row = list.body.data.find((k: any) => k.prefix === apiKeyParts(key)!.prefix);
    expect(row).toMatchObject({ system: 'city-sharing', scopes: ['feed:read'], department: { code: 'SCJGJ', name: '金山区市场监督管理局' }, revokedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(apiKeyParts(key)!.secret);
    expect(JSON.stringify(list.body)).not.toMatch(/keyHash/);
    const results = await Promise.all([1, 2, 3].map(() => as(admin).post(`/api/v1/api-keys/${row.id}/revoke`)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(new Set(results.map((r) => r.body.revokedAt)).size).toBe(1);
    const refused = await feed();
    expect(refused.status).toBe(401);
    expect(refused.body.type).toMatch(/api-key-required$/);
    expect(await audit('apikey.revoked', row.prefix)).toMatchObject([{ actor: 'admin' }]);
    expect((await as(admin).get('/api/v1/api-keys').query({ status: 'revoked' })).body.data.map((k: any) => k.id)).toContain(row.id);
    expect((await as(admin).post('/api/v1/api-keys/999999/revoke')).status).toBe(404);
  });

  it('`npm run cli -- apikey revoke <prefix|id>` revokes a key at once; again, it says it was revoked before', async () => {
    if (!fs.existsSync(CLI)) throw new Error('dist/cli/index.js is missing: `npm test` builds it');
    const cli = (...args: string[]) => {
      const r = spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: p.config.DATABASE_URL, LOG_LEVEL: 'silent', TEMPORAL_ADDRESS: '127.0.0.1:1' }, encoding: 'utf8' });
      return { code: r.status, last: r.stdout.trim().split('\n').pop() ?? '', stderr: r.stderr };
    };
    const key = await p.apiKey(['feed:read'], 'cli-revoked', 'SCJGJ');
    const { prefix } = apiKeyParts(key)!;
    const feed = () => p.api.get('/api/ext/v1/feed').query({ after: 0 }).set('Authorization', `Bearer ${key}`);
    expect((await feed()).status).toBe(200);
    expect(cli('apikey', 'revoke', prefix)).toMatchObject({ code: 0, last: expect.stringMatching(new RegExp(`^revoked API key ${prefix} \\(cli-revoked\\) at `)) });
    expect((await feed()).status).toBe(401);
    const id = ((await p.db.models.api_keys.findOne({ where: { prefix }, raw: true })) as any).id;
    expect(cli('apikey', 'revoke', String(id))).toMatchObject({ code: 0, last: expect.stringContaining('was already revoked') });
    expect(await audit('apikey.revoked', prefix)).toMatchObject([{ actorType: 'operator', actor: 'cli' }]);
    expect(cli('apikey', 'revoke', 'ffffffffffff')).toMatchObject({ code: 2 });
    expect(cli('apikey', 'revoke')).toMatchObject({ code: 2 });
  });

  it('a demo user still logs in with the demo password (the rule applies to new passwords)', async () => {
    expect((await logIn('clerk', DEMO_PASSWORD)).status).toBe(200);
  });
});
