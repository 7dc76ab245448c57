import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Db } from '../../db';
import type { Role } from '../../domain/tasks';
import { forbidden, unauthorized } from '../errors';
import { resolveApiKey, resolveSession, type ApiClient, type ApiScope, type SessionUser } from '../../db/credentials';

export const SESSION_COOKIE = 'zj_session';

declare module 'express-serve-static-core' {
  interface Request {
    user?: SessionUser;
    apiClient?: ApiClient;
  }
}

const bearer = (req: Request) => /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];

/** A logged-in user (cookie or bearer session token), optionally holding one of `roles`. */
export function requireUser(db: Db, ...roles: Role[]): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const token = bearer(req) ?? req.cookies?.[SESSION_COOKIE];
    const user = token ? await resolveSession(db, token) : null;
    if (!user) return next(unauthorized(undefined, { code: 'login-required' }));
    if (roles.length > 0 && !user.roles.some((r) => roles.includes(r))) {
      return next(forbidden(`requires one of the roles: ${roles.join(', ')}`, { code: 'role-required', params: { roles: roles.join(', ') } }));
    }
    req.user = user;
    next();
  };
}

/** An external system whose API key holds `scope` (DESIGN.md rule 7: only the scopes of its key). */
export function requireScope(db: Db, scope: ApiScope): RequestHandler {
  return async (req, _res, next) => {
    const key = bearer(req);
    const client = key ? await resolveApiKey(db, key) : null;
    if (!client) return next(unauthorized('a valid API key is required (Authorization: Bearer <key>)', { code: 'api-key-required' }));
    if (!client.scopes.includes(scope)) return next(forbidden(`the API key lacks the scope ${scope}`, { code: 'scope-required', params: { scope } }));
    req.apiClient = client;
    next();
  };
}
