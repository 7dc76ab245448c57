"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sessionRoutes = sessionRoutes;
const express_1 = require("express");
const express_rate_limit_1 = require("express-rate-limit");
const audit_1 = require("../../db/audit");
const credentials_1 = require("../auth/credentials");
const middleware_1 = require("../auth/middleware");
const errors_1 = require("../errors");
const openapi_1 = require("../openapi");
const validate_1 = require("../validate");
const Login = openapi_1.z.object({ username: openapi_1.z.string().min(1).max(64), password: openapi_1.z.string().min(1).max(200) });
const User = openapi_1.z
    .object({
    id: openapi_1.z.number().int(),
    username: openapi_1.z.string(),
    displayName: openapi_1.z.string(),
    department: openapi_1.z.object({ code: openapi_1.z.string(), name: openapi_1.z.string(), kind: openapi_1.z.string() }),
    roles: openapi_1.z.array(openapi_1.z.string()),
})
    .openapi('SessionUser');
(0, openapi_1.document)({ method: 'post', path: '/api/v1/session', tags: ['session'], request: { body: { content: { 'application/json': { schema: Login } } } }, responses: { 200: { description: 'logged in; sets the HttpOnly session cookie', content: { 'application/json': { schema: openapi_1.z.object({ token: openapi_1.z.string(), user: User }) } } } } }, [400, 401, 429]);
(0, openapi_1.document)({ method: 'get', path: '/api/v1/session', tags: ['session'], security: openapi_1.userSecurity, responses: { 200: { description: 'the current user', content: { 'application/json': { schema: openapi_1.z.object({ user: User }) } } } } }, [401]);
(0, openapi_1.document)({ method: 'delete', path: '/api/v1/session', tags: ['session'], security: openapi_1.userSecurity, responses: { 204: { description: 'logged out' } } }, [401]);
function sessionRoutes(db, config) {
    const r = (0, express_1.Router)();
    const limiter = (0, express_rate_limit_1.rateLimit)({
        windowMs: 60_000,
        limit: config.LOGIN_RATE_LIMIT,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        keyGenerator: (req) => `${(0, express_rate_limit_1.ipKeyGenerator)(req.ip ?? '')}:${String(req.body?.username ?? '')}`,
        handler: (_req, _res, next) => next(new errors_1.AppError(429, 'Too Many Requests', 'too many login attempts; wait a minute')),
    });
    r.post('/session', limiter, async (req, res) => {
        const { username, password } = (0, validate_1.body)(Login, req);
        const found = await (0, credentials_1.loadUser)(db, { username });
        const ok = await (0, credentials_1.verifyPassword)(found?.passwordHash ?? null, password);
        if (!found || !ok || !found.active) {
            await (0, audit_1.appendAudit)(db, { actorType: 'user', actor: username, action: 'session.failed', targetType: 'user', targetId: username });
            throw (0, errors_1.unauthorized)('wrong username or password');
        }
        const { token, expiresAt } = await (0, credentials_1.createSession)(db, found.id, config.SESSION_TTL_HOURS);
        await (0, audit_1.appendAudit)(db, { actorType: 'user', actor: username, action: 'session.created', targetType: 'user', targetId: username });
        const { passwordHash: _h, active: _a, ...user } = found;
        res.cookie(middleware_1.SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: req.secure, expires: expiresAt, path: '/' });
        res.json({ token, user });
    });
    r.get('/session', (0, middleware_1.requireUser)(db), (req, res) => {
        res.json({ user: req.user });
    });
    r.delete('/session', (0, middleware_1.requireUser)(db), async (req, res) => {
        const token = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1] ?? req.cookies?.[middleware_1.SESSION_COOKIE];
        if (token)
            await (0, credentials_1.endSession)(db, token);
        res.clearCookie(middleware_1.SESSION_COOKIE, { path: '/' });
        res.status(204).end();
    });
    return r;
}
//# sourceMappingURL=routes.js.map