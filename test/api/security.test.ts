import request from 'supertest';
import { loadConfig } from '../../config';
import { start, type RunningServer } from '../../api/server';
import { DEMO_PASSWORD } from '../../db/seed';
import { testDatabases } from '../support/databases';
import { startPlatform, type TestPlatform } from '../support/platform';

// Security headers on every kind of answer, the same-origin proof of cookie-authenticated writes and logins,
// whose X-Forwarded-For counts (TRUST_PROXY), and the cap on a client's failed logins across usernames.

const FOREIGN = 'https://evil.example';
const DEPLOYED_AS = 'https://zj.example.gov.cn';

describe.each(testDatabases)('security on $name', (database) => {
  let p: TestPlatform;
  let admin: string;
  const servers: RunningServer[] = [];
  const measure = (code: string) => ({ code, name: '限制参加政府组织的展会', listTypes: ['seriousViolationList'], scenario: 'honors', departmentCode: 'SWW', legalBasis: '《关于对失信被执行人实施联合惩戒的合作备忘录》', active: true });

  beforeAll(async () => {
    p = await startPlatform(database, { worker: false, config: { ALLOWED_ORIGINS: DEPLOYED_AS } });
    admin = await p.login('admin');
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await p?.stop();
  });

  /** Another API process on the suite's database, with settings of its own (and so limits of its own). */
  async function serverWith(env: Record<string, string>) {
    const { DATABASE_URL, TEMPORAL_ADDRESS, TASK_QUEUE } = p.config;
    const server = await start(loadConfig({ PORT: '0', DATABASE_URL, TEMPORAL_ADDRESS, TASK_QUEUE, LOG_LEVEL: 'silent', ...env }));
    servers.push(server);
    return request(server.url);
  }

  /** The session cookie of a fresh login, as a browser would send it back. */
  async function cookieOf(username: string): Promise<string> {
    const res = await p.api.post('/api/v1/session').send({ username, password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('zj_session='));
    return cookie!.split(';')[0];
  }

  const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

  describe('security headers', () => {
    it.each([
      ['a JSON answer', '/api/v1/departments', 200],
      ['a problem+json error', '/api/v1/tasks', 401],
      ['an unknown path', '/api/v1/nothing-here', 404],
      ['the admin UI', '/', 200],
      ['the public page', '/public', 200],
      ['the public page script', '/public/page.js', 200],
      ['the API docs', '/api/docs', 200],
      ['the API docs script', '/api/docs/init.js', 200],
      ['a swagger-ui asset', '/api/docs/assets/swagger-ui.css', 200],
    ])('%s (%s) carries them', async (_what, path, status) => {
      const res = await p.api.get(path).set(path === '/api/v1/departments' ? { Authorization: `Bearer ${admin}` } : {});
      expect(res.status).toBe(status);
      const csp = directives(res.headers['content-security-policy']);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.has('upgrade-insecure-requests')).toBe(false);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      // The quick start serves plain HTTP: no HSTS unless HSTS_MAX_AGE says every client comes over HTTPS.
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['x-powered-by']).toBeUndefined();
    });

    it.each([
      ['the admin UI', '/'],
      ['the public page', '/public'],
      ['the API docs', '/api/docs'],
    ])('%s has no inline script, which the policy would block', async (_what, path) => {
      const html = (await p.api.get(path)).text;
      expect(html).toContain('<script');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes).toMatch(/\ssrc="\//);
        expect(body.trim()).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+=/i);
    });

    it('HSTS, and upgrade-insecure-requests, when HSTS_MAX_AGE is set', async () => {
      const api = await serverWith({ HSTS_MAX_AGE: '31536000' });
      const res = await api.get('/healthz');
      expect(res.headers['strict-transport-security']).toMatch(/^max-age=31536000\b/);
      expect(directives(res.headers['content-security-policy']).has('upgrade-insecure-requests')).toBe(true);
    });
  });

  describe('same-origin proof of cookie-authenticated writes', () => {
    it('a cookie write from another origin is refused with 403 and changes nothing; from the own origin it works', async () => {
      const cookie = await cookieOf('admin');
      const before = await p.db.models.punishment_measures.count();
      for (const [what, headers] of [
        ['a foreign Origin', { Origin: FOREIGN }],
        ['Origin: null (a sandboxed or privacy-stripped page)', { Origin: 'null' }],
        ['no Origin and a foreign Referer', { Referer: `${FOREIGN}/attack.html` }],
        ['neither, and a cross-site Sec-Fetch-Site', { 'Sec-Fetch-Site': 'cross-site' }],
        ['a foreign Origin beside an own Referer', { Origin: FOREIGN, Referer: `${p.server.url}/` }],
      ] as Array<[string, Record<string, string>]>) {
        const res = await p.api.post('/api/v1/punishment-measures').set({ Cookie: cookie, ...headers }).send(measure('X1'));
        expect([what, res.status, res.type]).toEqual([what, 403, 'application/problem+json']);
        expect(res.body.detail).toMatch(/not from this platform's own pages/);
      }
      expect((await p.api.post('/api/v1/punishment-measures').set({ Cookie: cookie, Origin: FOREIGN }).send(measure('X1'))).body.detail).toContain(FOREIGN);
      expect(await p.db.models.punishment_measures.count()).toBe(before);
      expect(await p.db.models.punishment_measures.findByPk('X1')).toBeNull();

      const own = await p.api.post('/api/v1/punishment-measures').set({ Cookie: cookie, Origin: p.server.url, 'Sec-Fetch-Site': 'same-origin' }).send(measure('X1'));
      expect(own.status).toBe(201);
      const byReferer = await p.api.put('/api/v1/punishment-measures/X1').set({ Cookie: cookie, Referer: `${p.server.url}/#/punishmentMeasures` }).send({ ...measure('X1'), active: false });
      expect(byReferer.status).toBe(200);
      // A deployment reached under another name lists it in ALLOWED_ORIGINS.
      const deployed = await p.api.post('/api/v1/punishment-measures').set({ Cookie: cookie, Origin: DEPLOYED_AS }).send(measure('X2'));
      expect(deployed.status).toBe(201);
    });

    it('logging out by cookie from another origin is refused and the session stays', async () => {
      const cookie = await cookieOf('clerk');
      expect((await p.api.delete('/api/v1/session').set({ Cookie: cookie, Origin: FOREIGN })).status).toBe(403);
      expect((await p.api.get('/api/v1/session').set({ Cookie: cookie })).status).toBe(200);
      expect((await p.api.delete('/api/v1/session').set({ Cookie: cookie, Origin: p.server.url })).status).toBe(204);
      expect((await p.api.get('/api/v1/session').set({ Cookie: cookie })).status).toBe(401);
    });

    it('a bearer-token or API-key write is not affected by a foreign Origin', async () => {
      const res = await p.api.post('/api/v1/punishment-measures').set({ Authorization: `Bearer ${admin}`, Origin: FOREIGN, 'Sec-Fetch-Site': 'cross-site' }).send(measure('X3'));
      expect(res.status).toBe(201);
      // The bearer token wins over a cookie sent beside it, so that request does not ride on the cookie either.
      const both = await p.api.put('/api/v1/punishment-measures/X3').set({ Authorization: `Bearer ${admin}`, Cookie: await cookieOf('admin'), Origin: FOREIGN }).send({ ...measure('X3'), active: false });
      expect(both.status).toBe(200);
      const key = await p.apiKey(['credit:write'], 'credit-platform');
      const ext = await p.api.post('/api/ext/v1/credit-listings').set({ Authorization: `Bearer ${key}`, Origin: FOREIGN }).send({});
      expect(ext.status).toBe(400);
    });

    it('a login from another origin is refused and sets no cookie; from the own origin or a script without one it works', async () => {
      const foreign = await p.api.post('/api/v1/session').set({ Origin: FOREIGN }).send({ username: 'clerk', password: DEMO_PASSWORD });
      expect(foreign.status).toBe(403);
      expect(foreign.type).toBe('application/problem+json');
      expect(foreign.body).not.toHaveProperty('token');
      expect(foreign.headers['set-cookie']).toBeUndefined();
      expect((await p.api.post('/api/v1/session').set({ Origin: p.server.url }).send({ username: 'clerk', password: DEMO_PASSWORD })).status).toBe(200);
      expect((await p.api.post('/api/v1/session').send({ username: 'clerk', password: DEMO_PASSWORD })).status).toBe(200);
    });
  });

  describe('whose X-Forwarded-For counts', () => {
    const wrong = (api: ReturnType<typeof request>, forwardedFor: string, username = 'auditor') =>
      api.post('/api/v1/session').set('X-Forwarded-For', forwardedFor).send({ username, password: 'wrong password' });
    // The hits are in the suite's database (db/rateLimits.ts), shared by every server: each case starts afresh.
    beforeEach(() => p.db.execute('DELETE FROM rate_limit_hits'));

    it('by default nobody’s: a new X-Forwarded-For does not make a new client for the login limit', async () => {
      const api = await serverWith({ LOGIN_RATE_LIMIT: '2' });
      expect((await wrong(api, '203.0.113.1')).status).toBe(401);
      expect((await wrong(api, '203.0.113.2')).status).toBe(401);
      const third = await wrong(api, '203.0.113.3');
      expect(third.status).toBe(429);
      expect(third.type).toBe('application/problem+json');
    });

    it('the proxies TRUST_PROXY names: each forwarded client has its own limit', async () => {
      const api = await serverWith({ LOGIN_RATE_LIMIT: '2', TRUST_PROXY: '127.0.0.0/8' });
      expect((await wrong(api, '203.0.113.1')).status).toBe(401);
      expect((await wrong(api, '203.0.113.1')).status).toBe(401);
      expect((await wrong(api, '203.0.113.1')).status).toBe(429);
      expect((await wrong(api, '203.0.113.2')).status).toBe(401);
      const other = await api.post('/api/v1/session').set('X-Forwarded-For', '203.0.113.2').send({ username: 'auditor', password: DEMO_PASSWORD });
      expect(other.status).toBe(200);
    });
  });

  describe('failed logins per client', () => {
    beforeEach(() => p.db.execute('DELETE FROM rate_limit_hits'));

    it('two API instances on one database count the same failures: the limit holds across them, not once per instance', async () => {
      const env = { LOGIN_FAILURE_LIMIT: '4', LOGIN_RATE_LIMIT: '100' };
      const [one, two] = [await serverWith(env), await serverWith(env)];
      const wrong = (api: ReturnType<typeof request>, username: string) => api.post('/api/v1/session').send({ username, password: 'wrong password' });
      // Raced: two failures at each instance at once, four in all.
      const statuses = await Promise.all([wrong(one, 'auditor'), wrong(two, 'clerk'), wrong(one, 'leader'), wrong(two, 'inspector')]);
      expect(statuses.map((r) => r.status)).toEqual([401, 401, 401, 401]);
      const [rows] = await p.db.select<{ hits: number }>("SELECT hits FROM rate_limit_hits WHERE limitName = 'failures-per-client'");
      expect(Number(rows.hits)).toBe(4);
      // The fifth, at either instance, finds the client's four failures, even with a right password.
      expect((await one.post('/api/v1/session').send({ username: 'supervisor', password: DEMO_PASSWORD })).status).toBe(429);
      expect((await two.post('/api/v1/session').send({ username: 'supervisor', password: DEMO_PASSWORD })).status).toBe(429);
      // A limit's window that has ended starts again at one hit.
      await p.db.execute('UPDATE rate_limit_hits SET resetAt = ?', [Date.now() - 1]);
      expect((await two.post('/api/v1/session').send({ username: 'supervisor', password: DEMO_PASSWORD })).status).toBe(200);
      expect((await wrong(one, 'auditor')).status).toBe(401);
      const [after] = await p.db.select<{ hits: number }>("SELECT hits FROM rate_limit_hits WHERE limitName = 'failures-per-client'");
      expect(Number(after.hits)).toBe(1);
    });

    it('after LOGIN_FAILURE_LIMIT failures, whatever the usernames, the client gets 429 with Retry-After — even with a right password', async () => {
      const api = await serverWith({ LOGIN_FAILURE_LIMIT: '3', LOGIN_RATE_LIMIT: '100' });
      const login = (username: string, password: string) => api.post('/api/v1/session').send({ username, password });
      // A login that succeeds and bad input are not failures.
      expect((await login('leader', DEMO_PASSWORD)).status).toBe(200);
      expect((await api.post('/api/v1/session').send({ username: 'leader' })).status).toBe(400);
      for (const username of ['auditor', 'clerk', 'no-such-user']) expect((await login(username, 'wrong password')).status).toBe(401);
      const limited = await login('inspector', DEMO_PASSWORD);
      expect(limited.status).toBe(429);
      expect(limited.type).toBe('application/problem+json');
      expect(limited.body).toMatchObject({ status: 429, detail: expect.stringMatching(/failed logins/) });
      expect(limited.body).not.toHaveProperty('token');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect((await login('supervisor', DEMO_PASSWORD)).status).toBe(429);
    });
  });
});
