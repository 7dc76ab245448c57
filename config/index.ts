import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { DELIVERY_ATTEMPTS_BEFORE_PAUSE, DELIVERY_LOG_RETENTION_DAYS } from '../domain/sharing';
import { TASK_TYPES, type TaskType } from '../domain/tasks';

/** A PostgreSQL identifier the schema tool and the templated configuration take unquoted. */
const PG_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

// One typed schema for every setting (CONTRACT.md "configuration": environment variables only), each with
// its default and a doc line; validated at start-up so a bad value stops the process at once.
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080).describe('HTTP port of the API and admin UI'),
  HOST: z.string().default('127.0.0.1').describe('interface the HTTP server binds to'),
  DATA_DIR: z.string().default('./.data').describe('folder for the embedded database and the Temporal dev server'),
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:|mysql:\/\/)/, 'must start with sqlite: or mysql://')
    .optional()
    .describe('sqlite:<file> (default: $DATA_DIR/zongjian.sqlite) or mysql://user:pass@host:port/db'),
  TEMPORAL_ADDRESS: z.string().default('127.0.0.1:7233').describe('Temporal frontend host:port'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default').describe('Temporal namespace'),
  TEMPORAL_UI_PORT: z.coerce.number().int().min(0).max(65535).default(8233).describe('port of the dev server web UI (quick start only)'),
  TASK_QUEUE: z.string().min(1).default('zongjian').describe('Temporal task queue of the worker'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('pino log level'),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12).describe('lifetime of a login session'),
  BODY_LIMIT: z.string().default('1mb').describe('largest accepted request body'),
  EVIDENCE_MAX_BYTES: z.coerce.number().int().min(1).max(64 * 1024 * 1024).default(10 * 1024 * 1024).describe('largest evidence file (photo or document) an inspector uploads to an inspection, in bytes (larger: 413)'),
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1).max(512 * 1024 * 1024).default(50 * 1024 * 1024).describe('largest spreadsheet uploaded for an import or an eligibility check, in bytes (larger: 413 upload-too-large)'),
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10).describe('login attempts per minute per client and username'),
  LOGIN_FAILURE_LIMIT: z.coerce.number().int().positive().default(50).describe('failed logins per 15 minutes per client, whatever the usernames (then 429)'),
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform(trustProxy)
    .describe("whose X-Forwarded-For/-Proto/-Host count: false (nobody), a number of proxy hops, or a comma list of proxy addresses/CIDRs (or loopback, linklocal, uniquelocal); Express's 'trust proxy'"),
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform(origins)
    .describe("origins (scheme://host[:port], comma-separated) besides the request's own host from which cookie-authenticated writes and logins are accepted"),
  HSTS_MAX_AGE: z.coerce.number().int().min(0).default(0).describe('seconds browsers must reach the platform over HTTPS only (Strict-Transport-Security, and upgrade-insecure-requests in the CSP); 0 = off. Set only when every client comes over HTTPS'),
  DEMO_SEED: z.coerce.number().int().default(20261126).describe('seed of the demo district generator'),
  DEMO_ENTITIES: z.coerce.number().int().min(0).default(3000).describe('market entities in the demo district'),
  PLAN_CHILDREN_PER_RUN: z.coerce.number().int().min(1).max(1900).default(1000).describe('inspections one spot-check plan run starts before it continues as new (Temporal allows 2,000 pending children per workflow)'),
  WARNING_SCAN_CRON: z.string().min(9).default('0 6 * * *').describe('when the automatic warning rules run (cron, Asia/Shanghai; a Temporal Schedule)'),
  AUDIT_CHECKPOINT_MINUTES: z.coerce.number().int().min(1).default(10).describe('how often the head of the audit chain is recorded in Temporal (a Schedule), so `cli audit verify` finds rows cut off its end'),
  REGISTER_TALLY_MINUTES: z.coerce.number().int().min(1).max(1440).default(10).describe('how often the register is counted again for the dashboards (db/entityTallies.ts, a Schedule): the most its counts of entities lag behind; a statistic finding them three intervals old counts again itself'),
  TASK_TALLY_MINUTES: z.coerce.number().int().min(1).max(1440).default(10).describe('how often the settled tasks are counted again for the efficiency board and the dual-notification statistic (db/taskTallies.ts, a Schedule); the counts are exact either way, a longer interval only leaves more to read live'),
  STUCK_PROCESS_MINUTES: z.coerce.number().positive().default(30).describe('a process whose current step has been retrying this long is listed as stuck (operators\' list and the zongjian_stuck_processes metric)'),
  RECONCILE_AFTER_SECONDS: z.coerce.number().positive().default(60).describe('a registration event still without its workflow this long after it was accepted (Temporal was away) has it started by the worker'),
  RECONCILE_EVERY_SECONDS: z.coerce.number().positive().default(60).describe('how often the worker looks for such events'),
  WORKER_METRICS_ADDRESS: z
    .string()
    .regex(/^$|^[^\s:]+:\d{1,5}$/, 'host:port, or empty')
    .default('')
    .describe("host:port where a worker process serves the Temporal SDK's own metrics for Prometheus (task slots, pollers, sticky cache, schedule-to-start latency, workflow and activity failures); empty: not served. One port per worker process"),
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    // With 10,000 open workflows a worker peaked at 1,326 MiB with 1,000 cached, under issue 12's 1.5 GB; the SDK's
    // own default (about 600 per GiB of V8 heap past 200 MiB: 2,310 on a 24 GiB machine) peaked at 1,615 MiB.
    .default(1000)
    .describe("workflows a worker process keeps in memory between their steps (the SDK's sticky cache); 0 turns it off. A workflow outside the cache is replayed from its history at its next step. 1,000 keeps a worker with 10,000 open workflows under 1.5 GB; 250 under about 700 MB (bench/workerMemory.ts measures the worker's memory by this setting)"),
  DUE_SOON_WORKING_DAYS: z.coerce.number().int().min(0).max(60).default(2).describe('an open task lights yellow (due soon) when this many working days or fewer are left; red once overdue'),
  DUE_SOON_WORKING_DAYS_BY_TYPE: z
    .string()
    .default('')
    .transform(workingDaysByType)
    .describe('per task type, overriding DUE_SOON_WORKING_DAYS: type:days, comma-separated (e.g. licenseDecision:5,planApproval:1)'),
  DEADLINE_SECONDS_PER_WORKING_DAY: z.coerce
    .number()
    .positive()
    .optional()
    .describe('testing only: a working day lasts this many seconds, so deadlines pass in seconds'),
  RISK_RESCORE_SECONDS: z.coerce.number().positive().max(3600).default(10).describe('how often the risk rescoring looks for new facts (listings, cases, checks, warnings, penalties, complaints) when none came: the longest an entity waits to be scored again'),
  SHARING_POLL_SECONDS: z.coerce.number().positive().max(3600).default(2).describe('how often an idle webhook subscription looks for new shared events (the longest a new event waits before its delivery starts)'),
  DELIVERY_TIMEOUT_SECONDS: z.coerce.number().positive().max(120).default(10).describe('a webhook receiver that has not answered a delivery within this long has failed that attempt'),
  DELIVERY_FIRST_RETRY_SECONDS: z.coerce.number().positive().default(1).describe('wait before the second attempt of a failed delivery; each further wait doubles'),
  DELIVERY_MAX_RETRY_SECONDS: z.coerce.number().positive().default(600).describe('the longest wait between two attempts of a delivery'),
  DELIVERY_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(DELIVERY_ATTEMPTS_BEFORE_PAUSE).describe('attempts of one delivery before its subscription pauses and its department gets a task (15: about 1 h 15 min with the default waits)'),
  DELIVERY_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(DELIVERY_LOG_RETENTION_DAYS).describe('days a webhook delivery attempt stays in the delivery log before the nightly prune removes it (attempts of a paused subscription, and failed ones whose event was never delivered, stay)'),
  // The production shape's own settings (deploy/production/, `npm run production:local`): its supervisor reads them,
  // the platform's processes do not. Temporal Server's templated production.yaml gets the TEMPORAL_DB_* values and
  // the shards from temporalEnv() (deploy/production/topology.ts), so a bad one stops the start before any process runs.
  PRODUCTION_WORKERS: z.coerce.number().int().min(1).max(16).default(2).describe('production shape only: platform worker processes the supervisor runs'),
  PRODUCTION_API_INSTANCES: z.coerce.number().int().min(1).max(16).default(2).describe('production shape only: API instances the supervisor runs behind one address (PORT)'),
  TEMPORAL_DB_HOST: z.string().min(1).default('127.0.0.1').describe("production shape only: host of Temporal Server's PostgreSQL"),
  TEMPORAL_DB_PORT: z.coerce.number().int().min(1).max(65535).default(5432).describe("production shape only: port of Temporal Server's PostgreSQL"),
  TEMPORAL_DB_USER: z.string().min(1).default('postgres').describe("production shape only: Temporal Server's PostgreSQL account"),
  TEMPORAL_DB_PASSWORD: z.string().default('').describe('production shape only: its password'),
  TEMPORAL_DB: z.string().regex(PG_NAME, 'a PostgreSQL database name: letters, digits and _, up to 63').default('temporal').describe("production shape only: Temporal Server's database"),
  TEMPORAL_VISIBILITY_DB: z.string().regex(PG_NAME, 'a PostgreSQL database name: letters, digits and _, up to 63').default('temporal_visibility').describe("production shape only: Temporal Server's visibility database (workflow lists and search)"),
  TEMPORAL_HISTORY_SHARDS: z.coerce.number().int().min(1).max(16384).default(4).describe('production shape only: history shards, fixed when the cluster is first created (the README sizing note says how many a city or a province needs)'),
});

// 'true' (trust every hop) is refused: anyone could then name their own client address in X-Forwarded-For.
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
function trustProxy(value: string, ctx: z.RefinementCtx): false | number | string[] {
  const v = value.trim();
  if (v === 'false' || v === '') return false;
  if (/^\d+$/.test(v)) return Number(v);
  const list = v.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((a) => {
    if (PROXY_NAMES.includes(a)) return false;
    const [ip, bits, ...rest] = a.split('/');
    const family = net.isIP(ip);
    return family === 0 || rest.length > 0 || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128)));
  });
  if (bad.length > 0) ctx.addIssue({ code: 'custom', message: `must be false, a number of hops, or a comma list of addresses/CIDRs (or ${PROXY_NAMES.join(', ')}); not: ${bad.join(', ')}` });
  return list;
}

function workingDaysByType(value: string, ctx: z.RefinementCtx): Partial<Record<TaskType, number>> {
  const byType: Partial<Record<TaskType, number>> = {};
  for (const pair of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [type, days, ...rest] = pair.split(':').map((s) => s.trim());
    if (rest.length > 0 || !(TASK_TYPES as readonly string[]).includes(type) || !/^\d{1,2}$/.test(days ?? '')) {
      ctx.addIssue({ code: 'custom', message: `${pair} is not type:days with a task type (${TASK_TYPES.join(', ')}) and a whole number of working days` });
    } else if (byType[type as TaskType] !== undefined) {
      ctx.addIssue({ code: 'custom', message: `${type} is listed more than once` });
    } else byType[type as TaskType] = Number(days);
  }
  return byType;
}

function origins(value: string, ctx: z.RefinementCtx): string[] {
  const list = value.split(',').map((s) => s.trim().replace(/\/$/, '')).filter(Boolean);
  return list.map((o) => {
    let url: URL | undefined;
    try {
      url = new URL(o);
    } catch {}
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== o.toLowerCase()) {
      ctx.addIssue({ code: 'custom', message: `${o} is not an origin (scheme://host[:port], no path)` });
      return o;
    }
    return url.origin;
  });
}

export type Config = z.infer<typeof schema> & { DATABASE_URL: string };

/** Thrown when the environment holds a setting that fails validation. */
export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const c = parsed.data;
  return { ...c, DATABASE_URL: c.DATABASE_URL ?? `sqlite:${path.resolve(c.DATA_DIR, 'zongjian.sqlite')}` };
}

/** The documentation of every setting, for the README and `cli config`. */
export function describeConfig(): Array<{ key: string; description: string; default: unknown }> {
  return Object.entries(schema.shape).map(([key, s]) => {
    const r = (s as z.ZodTypeAny).safeParse(undefined);
    return { key, description: s.description ?? '', default: r.success ? r.data : undefined };
  });
}
