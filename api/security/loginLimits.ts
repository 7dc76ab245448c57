import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Config } from '../../config';
import type { Db } from '../../db';
import { DatabaseLimitStore } from '../../db/rateLimits';
import { AppError } from '../errors';

const FAILURE_WINDOW_MINUTES = 15;

/**
 * The two limits in front of the login, in order: a client's failed logins whatever the usernames (so one client
 * cannot try one password on every account), then every attempt on one username from one client. Both count in the
 * application database, so the limits hold however many API instances serve the address.
 */
export function loginLimits(db: Db, config: Pick<Config, 'LOGIN_RATE_LIMIT' | 'LOGIN_FAILURE_LIMIT'>): RequestHandler[] {
  const failuresPerClient = rateLimit({
    windowMs: FAILURE_WINDOW_MINUTES * 60_000,
    limit: config.LOGIN_FAILURE_LIMIT,
    standardHeaders: 'draft-8',
    identifier: 'login-failures',
    legacyHeaders: false,
    store: new DatabaseLimitStore(db, 'failures-per-client'),
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
    store: new DatabaseLimitStore(db, 'per-username'),
    // Only a string names an account; anything else (a 5,000-deep array) is refused by the schema after this.
    keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? '')}:${typeof req.body?.username === 'string' ? req.body.username.slice(0, 64) : ''}`,
    handler: (_req, _res, next) => next(new AppError(429, 'Too Many Requests', 'too many login attempts; wait a minute', undefined, { code: 'too-many-login-attempts' })),
  });
  return [failuresPerClient, perUsername];
}
