import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Connection } from '@temporalio/client';

// The Temporal dev server (the CLI's `server start-dev`), used by the quick start and by the tests alike.

/** The repository root: the first folder upwards holding deploy/install-temporal.sh (from the sources, dist/ or dist-bench/). */
function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'deploy', 'install-temporal.sh'))) return dir;
    if (path.dirname(dir) === dir) throw new Error('cannot find the repository root (deploy/install-temporal.sh)');
  }
}

/** Runs deploy/install-temporal.sh (idempotent) and returns the CLI binary it installed or found. */
export function temporalBinary(): string {
  const script = path.join(repoRoot(), 'deploy', 'install-temporal.sh');
  const out = execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return out.trim().split('\n').pop()!;
}

/** A free port on 127.0.0.1 (the system's choice), for a server of a test or benchmark run. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export interface DevServerOptions {
  address: string; // host:port
  namespace: string;
  uiPort?: number;
  /** Persist to this SQLite file; in memory when absent. */
  dbFile?: string;
  logFile?: string;
}

export interface DevServer {
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startDevServer(o: DevServerOptions): Promise<DevServer> {
  const [ip, port] = o.address.split(':');
  const args = ['server', 'start-dev', '--ip', ip, '--port', port, '--namespace', o.namespace, '--log-level', 'warn'];
  if (o.uiPort) args.push('--ui-port', String(o.uiPort));
  else args.push('--headless');
  if (o.dbFile) {
    fs.mkdirSync(path.dirname(o.dbFile), { recursive: true });
    args.push('--db-filename', o.dbFile);
  }
  const out = o.logFile ? fs.openSync(o.logFile, 'a') : 'ignore';
  const child = spawn(temporalBinary(), args, { stdio: ['ignore', out, out] });
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`the Temporal dev server exited at start${o.logFile ? `; see ${o.logFile}` : ''}`);
    try {
      const c = await Connection.connect({ address: o.address, connectTimeout: '1 second' });
      await c.workflowService.describeNamespace({ namespace: o.namespace });
      await c.close();
      break;
    } catch (err) {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`the Temporal dev server did not become ready at ${o.address}: ${String(err)}`);
      }
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  return {
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}
