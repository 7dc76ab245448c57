// What counts as a passing outage, and one bounded retry-with-backoff for it. Here, in the bottom layer,
// because every process needs it: the API's start and its error answers (503 instead of 500), the worker's
// start, and the quick start. Errors are recognised by their shape, not their class, so this file needs
// neither the Temporal client nor Sequelize.

const GRPC_UNAVAILABLE = 14;
const GRPC_DEADLINE_EXCEEDED = 4;
// Socket codes, and undici's (fetch) for the same failures.
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);
// Sequelize's connection failures (not AccessDenied or InvalidConnection: those are settings, not outages),
// and its TimeoutError, which is SQLite's "database is locked" after the busy timeout.
const DATABASE_ERROR_NAMES = new Set([
  'SequelizeConnectionError',
  'SequelizeConnectionRefusedError',
  'SequelizeConnectionAcquireTimeoutError',
  'SequelizeConnectionTimedOutError',
  'SequelizeHostNotReachableError',
  'SequelizeHostNotFoundError',
  'SequelizeTimeoutError',
]);
const DATABASE_CODES = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'PROTOCOL_CONNECTION_LOST', 'ER_SERVER_SHUTDOWN', 'ER_CON_COUNT_ERROR', 'ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);

/** The error and its causes (Temporal's ServiceError and Sequelize's errors wrap the one that tells). */
function* chain(err: unknown): Generator<any> {
  for (let e: any = err, depth = 0; e && typeof e === 'object' && depth < 6; e = e.cause ?? e.parent ?? e.original, depth++) yield e;
}

/** Temporal cannot be reached or is not ready yet (gRPC UNAVAILABLE, a refused or timed-out connection). */
export function isTemporalUnavailable(err: unknown): boolean {
  for (const e of chain(err)) {
    if (typeof e.code === 'number' && typeof e.details === 'string' && (e.code === GRPC_UNAVAILABLE || e.code === GRPC_DEADLINE_EXCEEDED)) return true;
    // The worker's native connection, and the client's connect step, say it in words.
    if (e.name === 'TransportError' || /Failed to connect before the deadline/.test(String(e.message))) return true;
    if (typeof e.message === 'string' && /^14 UNAVAILABLE/.test(e.message)) return true;
  }
  return false;
}

/** The application database cannot be reached, or is locked by another writer for longer than we wait. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (const e of chain(err)) {
    if (DATABASE_ERROR_NAMES.has(e.name) || DATABASE_CODES.has(e.code)) return true;
  }
  return false;
}

/** Worth another try: Temporal or the database away, or the network between. */
export function isTransient(err: unknown): boolean {
  return isTemporalUnavailable(err) || isDatabaseUnavailable(err) || [...chain(err)].some((e) => NETWORK_CODES.has(e.code));
}

const GRPC_NOT_FOUND = 5;

/** Temporal answers but does not serve the namespace (yet): the client's NamespaceNotFoundError, or gRPC NOT_FOUND about a namespace. */
export function isNamespaceMissing(err: unknown): boolean {
  return [...chain(err)].some((e) => e.name === 'NamespaceNotFoundError' || (e.code === GRPC_NOT_FOUND && /namespace/i.test(String(e.details ?? e.message))));
}

/**
 * How a process waits at its start: for Temporal and the database, and for the namespace, which a deployment may
 * register after the platform starts (compose's and Kubernetes' namespace job; a Temporal Server whose frontend answers
 * before the namespace is registered). About 75 s before giving up with the last error.
 */
export const STARTUP_RETRY: Pick<RetryOptions, 'attempts' | 'retryable'> = { attempts: 20, retryable: (err) => isTransient(err) || isNamespaceMissing(err) };

export interface RetryOptions {
  /** Tries in all, the first included (default 10). */
  attempts?: number;
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Which errors to try again after (default: isTransient); any other is thrown at once. */
  retryable?: (err: unknown) => boolean;
  /** Told before each wait, so a process can say what it is waiting for. */
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void;
}

/**
 * Calls `fn` until it succeeds, waiting twice as long after each transient failure (capped), and gives up
 * after a bounded number of tries with the last error. Start-up uses it so that a dev server still opening
 * its shards (`14 UNAVAILABLE`) delays a process instead of killing it.
 */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { attempts = 10, firstDelayMs = 200, maxDelayMs = 5_000, retryable = isTransient, onRetry } = options;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= attempts || !retryable(err)) throw err;
      const delayMs = Math.min(maxDelayMs, firstDelayMs * 2 ** (attempt - 1));
      onRetry?.(err, attempt, delayMs);
      await new Promise((r) => setTimeout(r, delayMs));
    }
  }
}
