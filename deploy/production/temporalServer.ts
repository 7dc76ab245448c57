import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { loadConfig, type Config } from '../../config';
import { servicePorts, sqlToolConnection, temporalEnv, temporalSchemaSteps, temporalServiceArgs, type TemporalService } from './topology';

// Temporal Server as the production shape runs it: built from its Go module, its PostgreSQL schemas brought to its
// version by its own SQL tool, its four services as four processes of one binary, the namespace registered. The
// supervisor (manager.ts) starts and keeps these processes; a test run with TEST_TEMPORAL=cluster starts clusters of
// its own with startTemporalCluster (test/support/temporal.ts), so the suites run against this topology too.

const exec = promisify(execFile);
const repo = path.resolve(__dirname, ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..', '..', '..'] : ['..', '..']));
/** The folder holding config/ (production.yaml and its dynamic settings): each service's working directory. */
export const temporalRoot = path.join(repo, 'deploy', 'production', 'temporal');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Builds Temporal Server and its SQL tool the first time (install-temporal-server.sh) and returns their folder. */
export async function installTemporalServer(): Promise<string> {
  const out = await exec('bash', [path.join(repo, 'deploy', 'production', 'install-temporal-server.sh')], { maxBuffer: 16 << 20 });
  return out.stdout.trim().split('\n').pop()!;
}

/**
 * Creates the two PostgreSQL databases and brings their schemas to this server version with Temporal's own SQL
 * tool at every start: `create-database` and `setup-schema -v 0.0` leave what is there, `update-schema` applies only
 * the versions not yet applied (so a newer server version's schema arrives with it).
 */
export async function setUpTemporalSchema(tools: string, env: NodeJS.ProcessEnv, log: (m: string) => void): Promise<void> {
  const tool = path.join(tools, 'bin', 'temporal-sql-tool');
  const version = fs.readFileSync(path.join(tools, 'temporal-server.version'), 'utf8').trim();
  const schemas = path.join(tools, 'temporal-schema', `v${version}`, 'postgresql', 'v12');
  for (const { database, steps } of temporalSchemaSteps(env, schemas)) {
    for (const args of steps) await exec(tool, args, { env });
    log(`Temporal schema in PostgreSQL database ${database}: up to date`);
  }
}

/** Registers the namespace once (30 days of closed workflow histories), then waits until the frontend serves it. */
export async function ensureNamespace(address: string, namespace: string, log: (m: string) => void, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let registered = false;
  for (;;) {
    try {
      const c = await Connection.connect({ address, connectTimeout: '2 seconds' });
      try {
        await c.workflowService.describeNamespace({ namespace });
        log(`Temporal namespace ${namespace}: ready`);
        return;
      } catch (err: any) {
        if (err?.code !== 5 /* NOT_FOUND */) throw err;
        if (!registered) {
          await c.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('30 days') }).catch((e: any) => {
            if (e?.code !== 6 /* ALREADY_EXISTS */) throw e;
          });
          registered = true;
          log(`Temporal namespace ${namespace} registered`);
        }
      } finally {
        await c.close();
      }
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`Temporal Server at ${address} did not serve namespace ${namespace}: ${String(err)}`);
    }
    await sleep(1000);
  }
}

/** Ends a process: SIGTERM, then SIGKILL after `graceMs`. */
export function stopProcess(c: ChildProcess, graceMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    if (c.exitCode !== null || c.signalCode !== null) return resolve();
    c.once('exit', () => resolve());
    c.kill('SIGTERM');
    setTimeout(() => c.kill('SIGKILL'), graceMs).unref();
  });
}

/** The order services stop in: the frontend first, so no new request reaches a history or matching service that is going. */
export const TEMPORAL_STOP_ORDER: TemporalService[] = ['frontend', 'matching', 'history', 'worker'];

export interface TemporalClusterOptions {
  /** The frontend's host:port; the other services take the ports beside it (topology.ts). */
  address: string;
  namespace: string;
  /** Temporal's two PostgreSQL databases (created when missing); the rest of the connection as config/index.ts says. */
  database: string;
  visibilityDatabase: string;
  /** One log file per service in this folder. */
  logDir: string;
}

export interface TemporalCluster {
  address: string;
  /** Stops the four processes, the frontend first; the data stays in PostgreSQL. */
  stop(): Promise<void>;
  /** Starts them again on the same ports and data. */
  start(): Promise<void>;
  /** Stops them and drops the two databases. */
  destroy(): Promise<void>;
  /** The running service processes, by service (one killed is started again, as by the supervisor). */
  processes: Map<TemporalService, ChildProcess>;
}

/** A Temporal Server of the production shape without the supervisor and the platform: what a test run starts and stops itself. */
export async function startTemporalCluster(o: TemporalClusterOptions): Promise<TemporalCluster> {
  const tools = await installTemporalServer();
  const config: Config = { ...loadConfig({}), TEMPORAL_ADDRESS: o.address, TEMPORAL_DB: o.database, TEMPORAL_VISIBILITY_DB: o.visibilityDatabase };
  const env = temporalEnv(config);
  await setUpTemporalSchema(tools, env, () => undefined);
  fs.mkdirSync(o.logDir, { recursive: true });
  const processes = new Map<TemporalService, ChildProcess>();
  let running = false;
  // A service that exits unasked is started again after a second, as the supervisor does: on a new database the four
  // race to write the cluster's metadata at their first start, and the losers exit.
  const keep = (service: ReturnType<typeof servicePorts>[number]) => {
    const fd = fs.openSync(path.join(o.logDir, `temporal-${service.name}.log`), 'a');
    const child = spawn(path.join(tools, 'bin', 'temporal-server'), temporalServiceArgs(temporalRoot, service.name), { cwd: temporalRoot, env: { ...env, TEMPORAL_METRICS_PORT: String(service.metricsPort) }, stdio: ['ignore', fd, fd] });
    fs.closeSync(fd);
    processes.set(service.name, child);
    child.once('exit', () => {
      if (running && processes.get(service.name) === child) setTimeout(() => running && processes.get(service.name) === child && keep(service), 1000);
    });
  };
  const start = async () => {
    running = true;
    for (const service of servicePorts(o.address)) keep(service);
    await ensureNamespace(o.address, o.namespace, () => undefined, 120_000);
  };
  const stop = async () => {
    running = false;
    for (const service of TEMPORAL_STOP_ORDER) {
      const c = processes.get(service);
      if (c) await stopProcess(c, 20_000);
      processes.delete(service);
    }
  };
  await start();
  return {
    address: o.address,
    processes,
    start,
    stop,
    async destroy() {
      await stop();
      const tool = path.join(tools, 'bin', 'temporal-sql-tool');
      for (const database of [o.database, o.visibilityDatabase]) {
        await exec(tool, [...sqlToolConnection(env, database), 'drop-database', '--force'], { env });
      }
    },
  };
}
