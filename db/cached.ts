import type { Db } from './index';

/**
 * A read of rarely changed data kept per database for `ttlMs`: every reader in the process shares one load, and an
 * edit shows within ttlMs. A failed load is not kept.
 */
export function cachedPerDb<T>(ttlMs: number, load: (db: Db) => Promise<T>): (db: Db) => Promise<T> {
  const loads = new WeakMap<Db, { loadedAt: number; value: Promise<T> }>();
  return (db) => {
    const cached = loads.get(db);
    if (cached && Date.now() - cached.loadedAt < ttlMs) return cached.value;
    const value = load(db);
    loads.set(db, { loadedAt: Date.now(), value });
    value.catch(() => loads.delete(db));
    return value;
  };
}
