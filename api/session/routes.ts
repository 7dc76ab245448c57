import { Router } from 'express';
import type { Config } from '../../config';
import type { Db } from '../../db';
import { appendAudit } from '../../db/audit';
import { createSession, endSession, loadUser, verifyPassword } from '../../db/credentials';
import { requireUser, SESSION_COOKIE } from '../auth/middleware';
import { unauthorized } from '../errors';
import { document, userSecurity, z } from '../openapi';
import { loginLimits } from '../security/loginLimits';
import { sameOriginLogin } from '../security/sameOrigin';
import { body, text } from '../validate';

const Login = z.object({ username: text().min(1).max(64), password: text().min(1).max(200) });
const User = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    department: z.object({ code: z.string(), name: z.string(), kind: z.string() }),
    roles: z.array(z.string()),
  })
  .openapi('SessionUser');

document({ method: 'post', path: '/api/v1/session', operationId: 'logIn', summary: 'Log in', security: [], tags: ['session'], request: { body: { content: { 'application/json': { schema: Login } } } }, responses: { 200: { description: 'logged in; sets the HttpOnly session cookie', content: { 'application/json': { schema: z.object({ token: z.string(), user: User }) } } } } }, [400, 401, 403, 429]);
document({ method: 'get', path: '/api/v1/session', operationId: 'getSession', summary: 'Get the logged-in user', tags: ['session'], security: userSecurity, responses: { 200: { description: 'the current user', content: { 'application/json': { schema: z.object({ user: User }) } } } } }, [401]);
document({ method: 'delete', path: '/api/v1/session', operationId: 'logOut', summary: 'Log out', tags: ['session'], security: userSecurity, responses: { 204: { description: 'logged out' } } }, [401]);

export function sessionRoutes(db: Db, config: Config): Router {
  const r = Router();

  r.post('/session', sameOriginLogin(config), ...loginLimits(db, config), async (req, res) => {
    const { username, password } = body(Login, req);
    // Usernames match exactly: MySQL's case-insensitive collation would otherwise log `CLERK` in as clerk (and give
    // every case variant its own rate-limit bucket).
    const loaded = await loadUser(db, { username });
    const found = loaded?.username === username ? loaded : null;
    const ok = await verifyPassword(found?.passwordHash ?? null, password);
    if (!found || !ok || !found.active) {
      await appendAudit(db, { actorType: 'user', actor: username, action: 'session.failed', targetType: 'user', targetId: username });
      throw unauthorized('wrong username or password', { code: 'wrong-credentials' });
    }
    const { token, expiresAt } = await createSession(db, found.id, config.SESSION_TTL_HOURS);
    await appendAudit(db, { actorType: 'user', actor: username, action: 'session.created', targetType: 'user', targetId: username });
    const { passwordHash: _h, active: _a, ...user } = found;
    res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: req.secure, expires: expiresAt, path: '/' });
    res.json({ token, user });
  });

  r.get('/session', requireUser(db), (req, res) => {
    res.json({ user: req.user });
  });

  r.delete('/session', requireUser(db), async (req, res) => {
    const token = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1] ?? req.cookies?.[SESSION_COOKIE];
    if (token) await endSession(db, token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });
  return r;
}
