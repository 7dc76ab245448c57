import type { Request, RequestHandler } from 'express';
import type { Config } from '../../config';
import { SESSION_COOKIE } from '../auth/middleware';
import { forbidden } from '../errors';

// A same-origin proof for what a browser's ambient credentials could be made to do from another site. The session
// cookie is already SameSite=Strict; this also holds against a sibling host of the same site (SameSite counts
// those as the same site), against browsers that ignore SameSite, and against login CSRF, which needs no cookie.

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/**
 * Why the request does not come from the platform's own pages, or null when nothing says it does not. The own
 * origin is the request's scheme and host as Express sees them (X-Forwarded-Proto and -Host when TRUST_PROXY
 * trusts the proxy that sent them), plus ALLOWED_ORIGINS for a deployment reached under another name.
 */
export function foreignSource(req: Request, allowed: readonly string[]): string | null {
  const own = originOf(`${req.protocol}://${req.host}`);
  const accepts = (origin: string | null) => origin !== null && origin !== 'null' && (origin === own || allowed.includes(origin));
  const origin = req.get('origin');
  if (origin !== undefined) return accepts(originOf(origin)) ? null : `the request comes from the origin ${origin}`;
  const referer = req.get('referer');
  if (referer !== undefined) {
    const from = originOf(referer);
    return accepts(from) ? null : from ? `the request comes from a page of ${from}` : 'the request has an unreadable Referer';
  }
  // Neither header: a browser that sends Sec-Fetch-Site still tells where the request was started.
  const site = req.get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return `the browser reports a ${site} request`;
  return null;
}

const refusal = (reason: string, what: string) => forbidden(`${reason}, not from this platform's own pages: ${what} is accepted only from the platform's origin (or one in ALLOWED_ORIGINS)`, { code: 'cross-origin' });

/** Refuses a write (POST, PUT, PATCH, DELETE) that authenticates by the session cookie and comes from another origin. */
export function sameOriginCookieWrites(config: Pick<Config, 'ALLOWED_ORIGINS'>): RequestHandler {
  return (req, _res, next) => {
    // A bearer token wins over the cookie (requireUser), so such a request does not use the browser's ambient credentials.
    const byCookie = req.cookies?.[SESSION_COOKIE] !== undefined && !/^Bearer\s/i.test(req.get('authorization') ?? '');
    if (!WRITES.has(req.method) || !byCookie) return next();
    const reason = foreignSource(req, config.ALLOWED_ORIGINS);
    next(reason ? refusal(reason, 'a write made with the session cookie (other clients send Authorization: Bearer)') : undefined);
  };
}

/** Refuses a login from another origin (login CSRF: a foreign page logging the browser in as someone else). */
export function sameOriginLogin(config: Pick<Config, 'ALLOWED_ORIGINS'>): RequestHandler {
  return (req, _res, next) => {
    const reason = foreignSource(req, config.ALLOWED_ORIGINS);
    next(reason ? refusal(reason, 'a login') : undefined);
  };
}
