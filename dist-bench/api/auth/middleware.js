"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SESSION_COOKIE = void 0;
exports.requireUser = requireUser;
exports.requireScope = requireScope;
const errors_1 = require("../errors");
const credentials_1 = require("./credentials");
exports.SESSION_COOKIE = 'zj_session';
const bearer = (req) => /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
/** A logged-in user (cookie or bearer session token), optionally holding one of `roles`. */
function requireUser(db, ...roles) {
    return async (req, _res, next) => {
        const token = bearer(req) ?? req.cookies?.[exports.SESSION_COOKIE];
        const user = token ? await (0, credentials_1.resolveSession)(db, token) : null;
        if (!user)
            return next((0, errors_1.unauthorized)());
        if (roles.length > 0 && !user.roles.some((r) => roles.includes(r))) {
            return next((0, errors_1.forbidden)(`requires one of the roles: ${roles.join(', ')}`));
        }
        req.user = user;
        next();
    };
}
/** An external system whose API key holds `scope` (DESIGN.md rule 7: only the scopes of its key). */
function requireScope(db, scope) {
    return async (req, _res, next) => {
        const key = bearer(req);
        const client = key ? await (0, credentials_1.resolveApiKey)(db, key) : null;
        if (!client)
            return next((0, errors_1.unauthorized)('a valid API key is required (Authorization: Bearer <key>)'));
        if (!client.scopes.includes(scope))
            return next((0, errors_1.forbidden)(`the API key lacks the scope ${scope}`));
        req.apiClient = client;
        next();
    };
}
//# sourceMappingURL=middleware.js.map