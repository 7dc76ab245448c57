import crypto from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { freePort, startDevServer, type DevServer } from '../../deploy/devServer';
import { startTemporalCluster, type TemporalCluster } from '../../deploy/production/temporalServer';
import { frontendPort, servicePorts } from '../../deploy/production/topology';

// The Temporal a test run works against. By default the dev server (the quick start's, in one process); with
// TEST_TEMPORAL=cluster, Temporal Server as the production shape runs it: its four services as four processes on
// PostgreSQL, databases of the run's own (deploy/production/temporalServer.ts). The suites do not know which: the
// fault suites' restarts stop and start all four processes, their data kept in PostgreSQL.

export type TemporalKind = 'dev' | 'cluster';

export function testTemporalKind(env: NodeJS.ProcessEnv = process.env): TemporalKind {
  const kind = env.TEST_TEMPORAL || 'dev';
  if (kind !== 'dev' && kind !== 'cluster') throw new Error(`TEST_TEMPORAL must be dev (the dev server, the default) or cluster (Temporal Server as in production), not ${kind}`);
  return kind;
}

export interface TestTemporal {
  address: string;
  /** Stops the server; what it holds stays when it was started to persist (or is a cluster). */
  stop(): Promise<void>;
  /** Starts it again on the same address (and data). */
  start(): Promise<void>;
  /** Stops it for good: a cluster's databases are dropped. */
  destroy(): Promise<void>;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}


/** An address for a Temporal of this run's kind: for a cluster, a frontend port whose every service port beside it is free too. */
export async function freeTemporalAddress(kind = testTemporalKind()): Promise<string> {
  if (kind === 'dev') return `127.0.0.1:${await freePort()}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + crypto.randomInt(10_000);
    const address = `127.0.0.1:${base}`;
    frontendPort(address);
    const ports = servicePorts(address).flatMap((s) => [s.grpcPort, s.membershipPort, s.metricsPort]);
    if ((await Promise.all([...ports, base + 10].map(portFree))).every(Boolean)) return address;
  }
  throw new Error('no free range of ports for a Temporal cluster');
}

/**
 * Starts a Temporal of this run's kind. `dir` takes its logs (and the dev server's data file when `persist`);
 * `address` when the caller must know it before the server is up.
 */
export async function startTestTemporal(o: { dir: string; persist?: boolean; address?: string; namespace?: string }): Promise<TestTemporal> {
  const kind = testTemporalKind();
  const address = o.address ?? (await freeTemporalAddress(kind));
  const namespace = o.namespace ?? 'default';
  if (kind === 'cluster') {
    const database = `zj_test_temporal_${crypto.randomBytes(4).toString('hex')}`;
    const cluster: TemporalCluster = await startTemporalCluster({ address, namespace, database, visibilityDatabase: `${database}_visibility`, logDir: path.join(o.dir, database) });
    return { address, stop: cluster.stop, start: cluster.start, destroy: cluster.destroy };
  }
  const options = { address, namespace, logFile: path.join(o.dir, `temporal-${address.split(':')[1]}.log`), ...(o.persist ? { dbFile: path.join(o.dir, `temporal-${address.split(':')[1]}.sqlite`) } : {}) };
  let server: DevServer | null = await startDevServer(options);
  const stop = async () => {
    await server?.stop();
    server = null;
  };
  return {
    address,
    stop,
    async start() {
      server = await startDevServer(options);
    },
    destroy: stop,
  };
}
