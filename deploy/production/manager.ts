import { spawn, type ChildProcess } from 'node:child_process';
import cluster, { type Worker as ClusterWorker } from 'node:cluster';
import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { loadConfig, type Config } from '../../config';
import { prepareApplicationData, printAccess, runDemoWork, waitUntilReady } from '../platformData';
import { servicePorts, temporalEnv, temporalServiceArgs } from './topology';
import { ensureNamespace, installTemporalServer, setUpTemporalSchema, stopProcess, TEMPORAL_STOP_ORDER, temporalRoot } from './temporalServer';

// The production shape on one machine (CONTRACT.md): `npm run production:local` runs `manager up`, which starts a
// supervisor in the background and returns once the platform answers; `npm run production:stop` runs `manager stop`.
// The supervisor runs Temporal Server's four services as four processes on PostgreSQL, two workers, and two API
// instances sharing one address (Node's cluster module: the supervisor holds PORT and hands connections to the
// instances in turn, keeping each client's own address). A process that dies is started again; a stop stops the
// API first and Temporal last, so nothing in flight is cut off by a missing server.

const repo = path.resolve(__dirname, ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..', '..', '..'] : ['..', '..']));
const dist = path.join(repo, 'dist');

/** Production defaults: the application database on the machine's MySQL/MariaDB unless DATABASE_URL says otherwise. */
export function productionConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return loadConfig({ ...env, DATABASE_URL: env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/zongjian' });
}

/** The shape's default counts (compose.yaml and kubernetes/ carry the same; PRODUCTION_WORKERS and PRODUCTION_API_INSTANCES change them on one machine, e.g. to measure one worker against two). */
export const { PRODUCTION_WORKERS: WORKERS, PRODUCTION_API_INSTANCES: API_INSTANCES } = loadConfig({});

const stateDir = (config: Config) => path.resolve(config.DATA_DIR, 'production');
const pidFile = (config: Config) => path.join(stateDir(config), 'supervisor.pid');
const stateFile = (config: Config) => path.join(stateDir(config), 'state.json');

interface State {
  status: 'starting' | 'ready' | 'failed' | 'stopping' | 'stopped';
  detail?: string;
  base?: string;
  processes: Record<string, { pid: number | undefined; restarts: number }>;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function runningSupervisor(config: Config): number | null {
  const pid = Number(fs.existsSync(pidFile(config)) ? fs.readFileSync(pidFile(config), 'utf8') : NaN);
  return Number.isInteger(pid) && alive(pid) ? pid : null;
}

const readState = (config: Config): State | null => {
  try {
    return JSON.parse(fs.readFileSync(stateFile(config), 'utf8'));
  } catch {
    return null;
  }
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---- `manager up`: start the supervisor in the background and wait until the platform answers ----

async function up(config: Config): Promise<void> {
  const running = runningSupervisor(config);
  if (running) {
    console.log(`[zongjian] the production shape is already running (supervisor ${running}); \`npm run production:stop\` stops it`);
    return;
  }
  fs.mkdirSync(stateDir(config), { recursive: true });
  fs.rmSync(stateFile(config), { force: true });
  const logPath = path.join(stateDir(config), 'supervisor.log');
  const out = fs.openSync(logPath, 'a');
  const child = spawn(process.execPath, [__filename, 'supervise'], { detached: true, stdio: ['ignore', out, out], env: process.env });
  child.unref();
  console.log(`[zongjian] supervisor ${child.pid} started; its log: ${logPath}`);
  let shown = fs.statSync(logPath).size;
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    await sleep(500);
    // Echo the supervisor's log while waiting, so the first start's long steps are visible.
    const size = fs.statSync(logPath).size;
    if (size > shown) {
      const fd = fs.openSync(logPath, 'r');
      const buf = Buffer.alloc(size - shown);
      fs.readSync(fd, buf, 0, buf.length, shown);
      fs.closeSync(fd);
      process.stdout.write(buf);
      shown = size;
    }
    const state = readState(config);
    if (state?.status === 'ready') return;
    if (state?.status === 'failed' || child.exitCode !== null || !alive(child.pid!)) {
      throw new Error(`the production shape did not start: ${state?.detail ?? 'the supervisor exited'}; see ${logPath}`);
    }
    if (Date.now() > deadline) throw new Error(`the production shape was not ready in 15 minutes; see ${logPath}`);
  }
}

// ---- `manager stop` ----

async function stop(config: Config): Promise<void> {
  const pid = runningSupervisor(config);
  if (!pid) {
    console.log('[zongjian] the production shape is not running');
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 120_000;
  while (alive(pid)) {
    if (Date.now() > deadline) {
      // A supervisor that does not stop: end it and every process it started (recorded in the state file).
      for (const p of Object.values(readState(config)?.processes ?? {})) if (p.pid && alive(p.pid)) process.kill(p.pid, 'SIGKILL');
      process.kill(pid, 'SIGKILL');
      break;
    }
    await sleep(300);
  }
  console.log('[zongjian] the production shape is stopped; its data stays (start it again with `npm run production:local`)');
}

// ---- the supervisor ----

class Supervisor {
  private stopping = false;
  private readonly state: State = { status: 'starting', processes: {} };
  private readonly children = new Map<string, ChildProcess>();
  private readonly apis = new Map<string, ClusterWorker>();

  constructor(private readonly config: Config) {}

  log(message: string) {
    console.log(`${new Date().toISOString()} [zongjian] ${message}`);
  }

  save(change: Partial<State> = {}) {
    Object.assign(this.state, change);
    fs.writeFileSync(stateFile(this.config), JSON.stringify(this.state, null, 2));
  }

  private logFd(name: string) {
    return fs.openSync(path.join(stateDir(this.config), `${name}.log`), 'a');
  }

  /** Runs `command` as `name`, and runs it again (after 1 s, doubling to 30 s) whenever it exits unasked. */
  keep(name: string, command: string, args: string[], options: { cwd?: string; env: NodeJS.ProcessEnv }, restartDelay = 1000) {
    const fd = this.logFd(name);
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', fd, fd] });
    fs.closeSync(fd);
    const entry = (this.state.processes[name] ??= { pid: undefined, restarts: 0 });
    entry.pid = child.pid;
    this.save();
    this.children.set(name, child);
    const startedAt = Date.now();
    child.once('exit', (code, signal) => {
      if (this.stopping) return;
      // A process that ran a minute is healthy again: its next restart is quick.
      const delay = Date.now() - startedAt > 60_000 ? 1000 : Math.min(restartDelay, 30_000);
      this.log(`${name} exited (${signal ?? code}); starting it again in ${delay / 1000} s`);
      entry.restarts += 1;
      setTimeout(() => !this.stopping && this.keep(name, command, args, options, delay * 2), delay);
    });
  }

  /** One API instance, a cluster worker of this process: it shares this process's PORT with the others. */
  keepApi(name: string) {
    const fd = this.logFd(name);
    cluster.setupPrimary({ exec: path.join(dist, 'api', 'main.js'), args: [], stdio: ['ignore', fd, fd, 'ipc'] });
    const worker = cluster.fork(this.processEnv());
    fs.closeSync(fd);
    const entry = (this.state.processes[name] ??= { pid: undefined, restarts: 0 });
    entry.pid = worker.process.pid;
    this.save();
    this.apis.set(name, worker);
    worker.once('exit', (code, signal) => {
      if (this.stopping) return;
      this.log(`${name} exited (${signal ?? code}); starting it again`);
      entry.restarts += 1;
      setTimeout(() => !this.stopping && this.keepApi(name), 1000);
    });
  }

  processEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return { ...process.env, DATABASE_URL: this.config.DATABASE_URL, DATA_DIR: this.config.DATA_DIR, ...extra };
  }

  async stop(code: number) {
    if (this.stopping) return;
    this.stopping = true;
    this.save({ status: 'stopping' });
    this.log('stopping: the API instances, then the workers, then Temporal Server');
    await Promise.all([...this.apis.values()].map((w) => stopProcess(w.process, 15_000)));
    await Promise.all([...this.children].filter(([n]) => n.startsWith('worker-')).map(([, c]) => stopProcess(c, 30_000)));
    for (const service of TEMPORAL_STOP_ORDER) {
      const c = this.children.get(`temporal-${service}`);
      if (c) await stopProcess(c, 20_000);
    }
    this.save({ status: 'stopped', processes: {} });
    fs.rmSync(pidFile(this.config), { force: true });
    this.log('stopped');
    process.exit(code);
  }

  async run() {
    const config = this.config;
    const { PRODUCTION_WORKERS: workers, PRODUCTION_API_INSTANCES: apis } = config;
    fs.writeFileSync(pidFile(config), String(process.pid));
    this.save();
    process.on('SIGINT', () => void this.stop(0));
    process.on('SIGTERM', () => void this.stop(0));

    const tools = await installTemporalServer();
    await ensureMysqlDatabase(config.DATABASE_URL);
    const prepared = await prepareApplicationData(config, (m) => this.log(m));

    const env = temporalEnv(config);
    await setUpTemporalSchema(tools, env, (m) => this.log(m));
    const server = path.join(tools, 'bin', 'temporal-server');
    for (const service of servicePorts(config.TEMPORAL_ADDRESS)) {
      this.keep(`temporal-${service.name}`, server, temporalServiceArgs(temporalRoot, service.name), {
        cwd: temporalRoot,
        env: { ...env, TEMPORAL_METRICS_PORT: String(service.metricsPort) },
      });
    }
    await ensureNamespace(config.TEMPORAL_ADDRESS, config.TEMPORAL_NAMESPACE, (m) => this.log(m));
    this.log(`Temporal Server (history, matching, frontend, worker; PostgreSQL ${env.TEMPORAL_DB_HOST}:${env.TEMPORAL_DB_PORT}) at ${config.TEMPORAL_ADDRESS}`);

    for (let i = 1; i <= workers; i++) this.keep(`worker-${i}`, process.execPath, [path.join(dist, 'worker', 'main.js')], { env: this.processEnv() });
    for (let i = 1; i <= apis; i++) this.keepApi(`api-${i}`);

    const base = `http://${config.HOST}:${config.PORT}`;
    await waitUntilReady(base, 180_000);
    this.log(`${workers} worker${workers === 1 ? '' : 's'} and ${apis} API instance${apis === 1 ? '' : 's'} at ${base}`);
    await runDemoWork(base, config, prepared, (m) => this.log(m));
    printAccess(base, config, prepared.keys, (m) => this.log(m));
    this.log('`npm run production:stop` stops everything; the data stays');
    this.save({ status: 'ready', base });
  }
}

/** CREATE DATABASE IF NOT EXISTS for a mysql:// DATABASE_URL (the production shape's first start). */
async function ensureMysqlDatabase(url: string): Promise<void> {
  if (!url.startsWith('mysql:')) return;
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  u.pathname = '/';
  const c = await mysql.createConnection(u.toString());
  try {
    await c.query(`CREATE DATABASE IF NOT EXISTS \`${name.replace(/`/g, '``')}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await c.end();
  }
}

async function main() {
  const config = productionConfig();
  const command = process.argv[2];
  if (command === 'up') return up(config);
  if (command === 'stop') return stop(config);
  // The namespace alone, for the container deployments' one-shot job (compose.yaml, kubernetes/).
  if (command === 'namespace') return ensureNamespace(config.TEMPORAL_ADDRESS, config.TEMPORAL_NAMESPACE, (m) => console.log(`[zongjian] ${m}`));
  if (command === 'supervise') {
    const s = new Supervisor(config);
    return s.run().catch(async (err) => {
      const detail = err instanceof Error ? err.message : String(err);
      s.log(`failed to start: ${detail}`);
      s.save({ status: 'failed', detail });
      await s.stop(1);
    });
  }
  throw new Error('usage: manager up | stop | namespace | supervise');
}

if (require.main === module) {
  main().catch((err) => {
    console.error(`[zongjian] ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
