import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import type { Db } from './index';

/**
 * An express-rate-limit Store in the application database (table `rate_limit_hits`): every API instance behind
 * one address counts the same hits, so a client gets the limit once, not once per instance (the production shape
 * runs two). Each limit has its own store, named by `limitName`.
 */
export class DatabaseLimitStore implements Store {
  /** The hits live in the database, not in this process. */
  localKeys = false;
  private windowMs = 60_000;
  private lastPrune = 0;

  constructor(
    private readonly db: Db,
    private readonly limitName: string,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const [row] = await this.db.select<{ hits: number; resetAt: number | string }>('SELECT hits, resetAt FROM rate_limit_hits WHERE limitName = ? AND clientKey = ? AND resetAt > ?', [this.limitName, key, Date.now()]);
    return row ? { totalHits: Number(row.hits), resetTime: new Date(Number(row.resetAt)) } : undefined;
  }

  /**
   * One more hit, atomically: a window that has ended starts again at 1, and two instances counting the same key at
   * once each see their own hit and the other's (MySQL holds the row lock until commit; SQLite runs the one statement
   * under its write lock).
   */
  async increment(key: string): Promise<ClientRateLimitInfo> {
    const now = Date.now();
    const resetAt = now + this.windowMs;
    const upsert =
      this.db.dialect === 'mysql'
        ? // MySQL evaluates the assignments left to right: resetAt must be tested before it is overwritten.
          'INSERT INTO rate_limit_hits (limitName, clientKey, hits, resetAt) VALUES (?, ?, 1, ?) ON DUPLICATE KEY UPDATE hits = IF(resetAt <= ?, 1, hits + 1), resetAt = IF(resetAt <= ?, VALUES(resetAt), resetAt)'
        : 'INSERT INTO rate_limit_hits (limitName, clientKey, hits, resetAt) VALUES (?, ?, 1, ?) ON CONFLICT (limitName, clientKey) DO UPDATE SET hits = CASE WHEN resetAt <= ? THEN 1 ELSE hits + 1 END, resetAt = CASE WHEN resetAt <= ? THEN excluded.resetAt ELSE resetAt END';
    const values = [this.limitName, key, resetAt, now, now];
    // SQLite: one statement, atomic by itself, returning the count (not a queued write transaction: a login must not
    // wait behind the process's other writes). MySQL: the upsert and its read in one transaction.
    const row =
      this.db.dialect === 'sqlite'
        ? // The empty WITH keeps Sequelize from taking the statement for a plain INSERT, whose rows it would drop.
          (await this.db.select<{ hits: number; resetAt: number | string }>(`WITH one AS (SELECT 1) ${upsert} RETURNING hits, resetAt`, values))[0]
        : await this.db.writeTransaction(async (transaction) => {
            await this.db.execute(upsert, values, { transaction });
            const [r] = await this.db.select<{ hits: number; resetAt: number | string }>('SELECT hits, resetAt FROM rate_limit_hits WHERE limitName = ? AND clientKey = ?', [this.limitName, key], { transaction });
            return r;
          });
    await this.pruneNowAndThen(now);
    return { totalHits: Number(row.hits), resetTime: new Date(Number(row.resetAt)) };
  }

  /** A hit taken back (a login that succeeded does not count as a failure). */
  async decrement(key: string): Promise<void> {
    await this.db.execute('UPDATE rate_limit_hits SET hits = hits - 1 WHERE limitName = ? AND clientKey = ? AND hits > 0 AND resetAt > ?', [this.limitName, key, Date.now()]);
  }

  async resetKey(key: string): Promise<void> {
    await this.db.execute('DELETE FROM rate_limit_hits WHERE limitName = ? AND clientKey = ?', [this.limitName, key]);
  }

  /** Ended windows are dead rows: removed at most once per window, by whichever instance counts next. */
  private async pruneNowAndThen(now: number): Promise<void> {
    if (now - this.lastPrune < this.windowMs) return;
    this.lastPrune = now;
    await this.db.execute('DELETE FROM rate_limit_hits WHERE limitName = ? AND resetAt <= ?', [this.limitName, now]);
  }
}
