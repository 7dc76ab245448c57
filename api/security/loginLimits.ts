import type { RequestHandler } from 'express';
import { ipKeyGenerator, MemoryStore, rateLimit, type Store } from 'express-rate-limit';
import type { Config } from '../../config';
import { AppError } from '../errors';

/**
 * Makes the store of one login limit. The default keeps counts in this process: with several API instances each
 * counts on its own, so a client gets at most that many times the limit; a shared store (any express-rate-limit
 * Store) passed here makes them count together.
 */
export type LimitStore = (limit: 'per-username' | 'failures-per-client') => Store;

const inProcess: LimitStore = () => new MemoryStore();

const FAILURE_WINDOW_MINUTES = 15;

/**
 * The two limits in front of the login, in order: a client's failed logins whatever the usernames (so one client
 * cannot try one password on every account), then every attempt on one username from one client.
 */
export function loginLimits(config: Pick<Config, 'LOGIN_RATE_LIMIT' | 'LOGIN_FAILURE_LIMIT'>, store: LimitStore = inProcess): RequestHandler[] {
  const failuresPerClient = rateLimit({
    windowMs: FAILURE_WINDOW_MINUTES * 60_000,
    limit: config.LOGIN_FAILURE_LIMIT,
    standardHeaders: 'draft-8',
    identifier: 'login-failures',
    legacyHeaders: false,
    store: store('failures-per-client'),
    // The client as Express sees it (TRUST_PROXY decides whether X-Forwarded-For counts); IPv6 by its /56 network.
    keyGenerator: (req) => ipKeyGenerator(req.ip ?? ''),
    // Only a refused password counts: a login that succeeds, bad input and the 429s themselves are taken back.
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req, res) => res.statusCode !== 401,
    handler: (_req, _res, next) => next(new AppError(429, 'Too Many Requests', `too many failed logins from this client; try again in ${FAILURE_WINDOW_MINUTES} minutes`, undefined, { code: 'too-many-failed-logins', params: { minutes: FAILURE_WINDOW_MINUTES } })),
  });
  const perUsername = rateLimit({
    windowMs: 60_000,
    limit: config.LOGIN_RATE_LIMIT,
    standardHeaders: 'draft-8',
    identifier: 'login',
    legacyHeaders: false,
    store: store('per-username'),
    // Only a string names an account; anything else (a 5,000-deep array) is refused by the schema after this.
    keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? '')}:${typeof req.body?.username === 'string' ? req.body.username.slice(0, 64) : ''}`,
    handler: (_req, _res, next) => next(new AppError(429, 'Too Many Requests', 'too many login attempts; wait a minute', undefined, { code: 'too-many-login-attempts' })),
  });
  return [failuresPerClient, perUsername];
}
