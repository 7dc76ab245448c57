// Information sharing (信息共享, F13): the events other departments' systems may read from the feed or have
// delivered to their webhooks, and the rules of a delivery. Pure; the outbox is db/sharedEvents.ts.

/** CONTRACT.md "Shared event types". */
export const SHARED_EVENT_TYPES = [
  'entity.registered',
  'entity.changed',
  'entity.deregistered',
  'license.issued',
  'license.revoked',
  'listing.listed',
  'listing.delisted',
  'case.filed',
  'case.decided',
  'inspection.published',
  'warning.raised',
] as const;
export type SharedEventType = (typeof SHARED_EVENT_TYPES)[number];

/** One shared event as the feed serves it and a delivery posts it. */
export interface SharedEvent {
  id: number;
  type: SharedEventType;
  occurredAt: string;
  creditCode: string;
  data: Record<string, unknown>;
}

/** A fact to record: `factKey` names it once (a retried activity writes it once). */
export interface SharedFact {
  type: SharedEventType;
  /** The fact's natural key within its type: an event id, a listing id, a case key, a warning id. */
  key: string;
  occurredAt: Date;
  creditCode: string;
  data: Record<string, unknown>;
}

/**
 * Whether a penalty's kinds (a list, or a case's one kind) end a license as revoked: 吊销许可证件, 行政处罚法 Art. 9
 * (PENALTY_KINDS `revocation`). Shared as `license.revoked`, from a case decision and from a collected penalty.
 */
export const revokesLicense = (penaltyKinds: unknown): boolean => (Array.isArray(penaltyKinds) ? penaltyKinds : [penaltyKinds]).includes('revocation');

export const factKeyOf = (f: Pick<SharedFact, 'type' | 'key'>) => `${f.type}:${f.key}`.slice(0, 200);

export const FEED_DEFAULT_LIMIT = 100;
export const FEED_MAX_LIMIT = 1000;

/**
 * Attempts of one delivery before its subscription pauses. With the first retry after
 * DELIVERY_FIRST_RETRY_SECONDS (default 1 s), doubling, capped at DELIVERY_MAX_RETRY_SECONDS (default 10 min),
 * the 15th attempt comes about 1 h 15 min after the first: a receiver down for longer than an hour is paused
 * and its department told, rather than retried for ever.
 */
export const DELIVERY_ATTEMPTS_BEFORE_PAUSE = 15;
export const DELIVERY_BACKOFF_COEFFICIENT = 2;

/**
 * Days a webhook delivery attempt stays in the log (DELIVERY_LOG_RETENTION_DAYS overrides). The log keeps a copy
 * of the payload per attempt, so it is the fastest-growing table once receivers subscribe; what it is for is an
 * operator answering "was event N sent, and how was it answered?", which the departments ask within a quarter
 * (the city platform's data-exchange reconciliation is monthly, its review quarterly). The events themselves stay
 * in the feed for good: a receiver can read any of them again from there.
 */
export const DELIVERY_LOG_RETENTION_DAYS = 90;
/** Log rows one statement deletes: small enough that a prune never holds a long lock on a busy table. */
export const DELIVERY_LOG_PRUNE_BATCH = 1000;

/** What the platform listens on, so a subscription cannot point deliveries back at it. */
export interface PlatformAddresses {
  /** The API's ports (PORT, and the port a request came in on when PORT is 0 or behind a mapping). */
  ports: number[];
  /** Other host:port pairs of the platform: the Temporal frontend, the database. */
  others: Array<{ host: string; port: number }>;
  /** Names the platform's own host goes by (its hostname, the Host a request came in on). */
  ownHosts: string[];
}

const LOOPBACK = (host: string) => host === 'localhost' || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '[::1]' || host === '::1' || host === '0.0.0.0' || host === '[::]';

/**
 * Why a webhook URL is refused, or null. Refused: anything but http(s); user and password in the URL; the
 * platform itself (its API port on a loopback address or on its own host names, the Temporal frontend and the
 * database) — a delivery there would have the platform post signed requests to itself; and the cloud metadata
 * address (169.254.169.254). Local receivers on other ports stay allowed: an integrator's test receiver and the
 * README's walk-through run there.
 */
export function refusedSubscriptionUrl(raw: string, platform: PlatformAddresses): { code: string; message: string } | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { code: 'subscription-url-invalid', message: 'not a URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { code: 'subscription-url-scheme', message: 'only http and https URLs receive deliveries' };
  if (url.username || url.password) return { code: 'subscription-url-credentials', message: 'a URL with a user or password is refused: the signature authenticates a delivery' };
  const host = url.hostname.toLowerCase();
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  if (host === '169.254.169.254' || host === '[fd00:ec2::254]') return { code: 'subscription-url-platform', message: 'the cloud metadata address is refused' };
  const own = LOOPBACK(host) || platform.ownHosts.map((h) => h.toLowerCase()).includes(host);
  if (own && platform.ports.includes(port)) return { code: 'subscription-url-platform', message: 'the URL points at the platform itself' };
  if (platform.others.some((o) => o.port === port && (o.host.toLowerCase() === host || (LOOPBACK(o.host) && own)))) return { code: 'subscription-url-platform', message: 'the URL points at a service of the platform' };
  return null;
}
