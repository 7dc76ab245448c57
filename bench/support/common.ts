import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import os from 'node:os';
import mysql from 'mysql2/promise';
import { loadConfig, type Config } from '../../config';
import { freePort, startDevServer } from '../../deploy/devServer';

// Shared helpers of the benchmarks: command-line flags, statistics, bounded concurrency, a Temporal dev
// server of their own, and MySQL databases. Benchmarks print figures; they assert nothing about time.

// --------------------------------------------------------------------------------------------------
// Flags: `--name value`, `--name=value` and bare `--flag`.

export function flags(argv = process.argv.slice(2)): { get(name: string, fallback: string): string; num(name: string, fallback: number): number; has(name: string): boolean } {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const eq = a.indexOf('=');
    if (eq > 0) values.set(a.slice(2, eq), a.slice(eq + 1));
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) values.set(a.slice(2), argv[++i]);
    else values.set(a.slice(2), 'true');
  }
  return {
    get: (name, fallback) => values.get(name) ?? fallback,
    num(name, fallback) {
      const v = values.get(name);
      if (v === undefined) return fallback;
      const n = Number(v);
      if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, not ${v}`);
      return n;
    },
    has: (name) => values.has(name) && values.get(name) !== 'false',
  };
}

// --------------------------------------------------------------------------------------------------
// Statistics and printing.

/** Nearest-rank percentile of a list of numbers (p in 0…100). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

export function summary(values: number[]): { n: number; p50: number; p99: number; max: number; mean: number } {
  return {
    n: values.length,
    p50: percentile(values, 50),
    p99: percentile(values, 99),
    max: values.length ? Math.max(...values) : NaN,
    mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN,
  };
}

export const ms = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)) : '–');

/** Prints rows as an aligned text table (first row = header). */
export function table(rows: Array<Array<string | number>>): void {
  const cells = rows.map((r) => r.map(String));
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const widths = cells[0].map((_, c) => Math.max(...cells.map((r) => width(r[c] ?? ''))));
  const line = (r: string[]) => r.map((s, c) => (c === 0 ? s + ' '.repeat(widths[c] - width(s)) : ' '.repeat(widths[c] - width(s)) + s)).join('  ');
  console.log(line(cells[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} CPU(s) ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, node ${process.version}, ${os.platform()} ${os.release()}`;
}

// --------------------------------------------------------------------------------------------------
// Concurrency.

/** Runs fn(0…n-1) with at most `concurrency` calls in flight. */
export async function pool(n: number, concurrency: number, fn: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < n) await fn(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, lane));
}

/** Runs a bench's main and ends the process: 0 when it finished, 1 with the error printed (an open pool or server never holds it). */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}

export const sleep = (msec: number) => new Promise((r) => setTimeout(r, msec));


// --------------------------------------------------------------------------------------------------
// Temporal dev server. deploy/devServer.ts finds deploy/install-temporal.sh relative to its own folder,
// which from dist-bench/deploy/ points to a file that does not exist; this twin resolves it from the
// repository root instead and otherwise starts the server the same way (in memory, headless).

export interface BenchTemporal {
  address: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startTemporal(logFile: string): Promise<BenchTemporal> {
  const address = `127.0.0.1:${await freePort()}`;
  const server = await startDevServer({ address, namespace: 'default', logFile });
  // A benchmark that ends by throwing leaves no server behind.
  const killOnExit = () => void server.process.kill('SIGKILL');
  process.once('exit', killOnExit);
  return {
    address,
    process: server.process,
    stop: () => {
      process.removeListener('exit', killOnExit);
      return server.stop();
    },
  };
}

// --------------------------------------------------------------------------------------------------
// MySQL.

/** The server URL of the benchmarks' MySQL/MariaDB (BENCH_MYSQL_URL, default root on 127.0.0.1:3306). */
export const mysqlServerUrl = () => process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

export function mysqlUrl(database: string): string {
  const u = new URL(mysqlServerUrl());
  u.pathname = `/${database}`;
  return u.toString();
}

export async function mysqlAdmin(url = mysqlServerUrl()): Promise<mysql.Connection> {
  const u = new URL(url);
  return mysql.createConnection({
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.length > 1 ? decodeURIComponent(u.pathname.slice(1)) : undefined,
    charset: 'utf8mb4',
    timezone: 'Z',
  });
}

/** Drops and creates `database` (utf8mb4, as the project's test harness does). */
export async function freshMysqlDatabase(database: string): Promise<string> {
  if (!/^[A-Za-z0-9_]+$/.test(database)) throw new Error(`bad database name ${database}`);
  const c = await mysqlAdmin();
  await c.query(`DROP DATABASE IF EXISTS \`${database}\``);
  await c.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await c.end();
  return mysqlUrl(database);
}

export async function mysqlInfo(): Promise<string> {
  const c = await mysqlAdmin();
  const [rows] = (await c.query('SELECT VERSION() AS v, @@innodb_buffer_pool_size AS bp, @@innodb_flush_log_at_trx_commit AS flush, @@innodb_flush_method AS method')) as any;
  await c.end();
  const r = rows[0];
  return `${r.v}, innodb_buffer_pool_size ${(Number(r.bp) / 2 ** 20).toFixed(0)} MiB, innodb_flush_log_at_trx_commit ${r.flush}, flush_method ${r.method}`;
}

/**
 * Holds a MySQL named lock for the run, so two runs never drop or alter the same bench database under each
 * other; a second run stops at once and says so. Released by `release()` or when the process ends.
 */
export async function lockBenchDatabase(database: string): Promise<{ release(): Promise<void> }> {
  const c = await mysqlAdmin();
  const [rows] = (await c.query('SELECT GET_LOCK(?, 0) AS got', [`zongjian-bench:${database}`])) as any;
  if (Number(rows[0].got) !== 1) {
    await c.end();
    throw new Error(`another benchmark run is using the database ${database}; wait for it or pass --database <another name>`);
  }
  return { release: () => c.end() };
}

/** The machine's load average, printed beside figures: other work on the machine skews every one. */
export const loadavg = () => `load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`;

/** The configuration of a benchmark's own platform: a free port, its own task queue, quiet logs. */
export function benchConfig(databaseUrl: string, temporalAddress: string, extra: Record<string, string> = {}): Config {
  return loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    TASK_QUEUE: `bench-${crypto.randomBytes(4).toString('hex')}`,
    LOG_LEVEL: 'silent',
    ...extra,
  });
}
