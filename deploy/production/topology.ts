// The production shape's Temporal Server: its four services and the ports each takes, derived from the frontend's
// port (TEMPORAL_ADDRESS) so a second shape on other ports needs one setting. With the default 7233 they are the
// ports of Temporal's own configuration (deploy/production/temporal/config/production.yaml reads them from the
// environment); compose and the Kubernetes manifests use those defaults (test/deployment.test.ts).

import path from 'node:path';
import type { Config } from '../../config';

export type TemporalService = 'history' | 'matching' | 'frontend' | 'worker';

interface ServicePorts {
  name: TemporalService;
  /** The gRPC port, as an offset from the frontend's. */
  grpcOffset: number;
  /** Prometheus metrics of this process: one per process, since each service is a process of its own. */
  metricsOffset: number;
}

/** In the order they start: history and matching before the frontend that sends them work, the worker last. */
const services: ServicePorts[] = [
  { name: 'history', grpcOffset: 1, metricsOffset: 768 },
  { name: 'matching', grpcOffset: 2, metricsOffset: 769 },
  { name: 'frontend', grpcOffset: 0, metricsOffset: 767 },
  { name: 'worker', grpcOffset: 6, metricsOffset: 770 },
];

/** Each service's ring membership port sits this far below its gRPC port (7233 → 6933, as Temporal's defaults). */
const MEMBERSHIP_BELOW = 300;
/** The frontend's HTTP API (7243 beside 7233). */
const HTTP_OFFSET = 10;

/**
 * The frontend ports the other services' ports fit beside: every membership port above 1023, and none above 32767,
 * since Temporal's PostgreSQL schema keeps a member's port as a smallint (a service on a higher port fails its
 * first membership heartbeat and exits).
 */
const FRONTEND_PORTS = { min: 1024 + MEMBERSHIP_BELOW, max: 32_767 + MEMBERSHIP_BELOW - Math.max(...services.map((s) => s.grpcOffset)) };

export function frontendPort(address: string): number {
  const port = Number(address.split(':').pop());
  if (!Number.isInteger(port) || port < FRONTEND_PORTS.min || port > FRONTEND_PORTS.max) {
    throw new Error(`TEMPORAL_ADDRESS must be host:port with a port from ${FRONTEND_PORTS.min} to ${FRONTEND_PORTS.max} (the services' ports sit beside it), not ${address}`);
  }
  return port;
}

/** The services with their ports for a frontend at `address`. */
export function servicePorts(address: string) {
  const base = frontendPort(address);
  return services.map((s) => ({ name: s.name, grpcPort: base + s.grpcOffset, membershipPort: base + s.grpcOffset - MEMBERSHIP_BELOW, metricsPort: base + s.metricsOffset }));
}

/**
 * The environment production.yaml is rendered with: `env` with the ports for a frontend at config.TEMPORAL_ADDRESS,
 * the PostgreSQL connection and the history shards of `config` (config/index.ts: the machine's own PostgreSQL as
 * user postgres unless set).
 */
export function temporalEnv(config: Pick<Config, 'TEMPORAL_ADDRESS' | 'TEMPORAL_DB_HOST' | 'TEMPORAL_DB_PORT' | 'TEMPORAL_DB_USER' | 'TEMPORAL_DB_PASSWORD' | 'TEMPORAL_DB' | 'TEMPORAL_VISIBILITY_DB' | 'TEMPORAL_HISTORY_SHARDS'>, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const address = config.TEMPORAL_ADDRESS;
  const ports = servicePorts(address);
  const out: NodeJS.ProcessEnv = {
    ...env,
    TEMPORAL_DB_HOST: config.TEMPORAL_DB_HOST,
    TEMPORAL_DB_PORT: String(config.TEMPORAL_DB_PORT),
    TEMPORAL_DB_USER: config.TEMPORAL_DB_USER,
    TEMPORAL_DB_PASSWORD: config.TEMPORAL_DB_PASSWORD,
    TEMPORAL_DB: config.TEMPORAL_DB,
    TEMPORAL_VISIBILITY_DB: config.TEMPORAL_VISIBILITY_DB,
    TEMPORAL_HISTORY_SHARDS: String(config.TEMPORAL_HISTORY_SHARDS),
    TEMPORAL_BROADCAST_ADDRESS: address.split(':')[0],
    TEMPORAL_BIND_IP: address.split(':')[0],
    TEMPORAL_FRONTEND_HTTP_PORT: String(frontendPort(address) + HTTP_OFFSET),
  };
  for (const p of ports) {
    const key = `TEMPORAL_${p.name.toUpperCase()}`;
    out[`${key}_PORT`] = String(p.grpcPort);
    out[`${key}_MEMBERSHIP_PORT`] = String(p.membershipPort);
  }
  return out;
}

/**
 * The command line of one service's process. Its working directory must be `root` too: production.yaml names the
 * dynamic config by a path relative to the working directory. manager.ts, compose.yaml and the Kubernetes
 * manifests run exactly this (test/deployment.test.ts).
 */
export function temporalServiceArgs(root: string, service: TemporalService): string[] {
  return ['--root', root, '--config', 'config', '--env', 'production', '--allow-no-auth', 'start', '--service', service];
}

/** temporal-sql-tool's connection options for `database` on the PostgreSQL in `env` (as temporalEnv() makes it). */
export function sqlToolConnection(env: NodeJS.ProcessEnv, database: string): string[] {
  return ['--plugin', 'postgres12', '--ep', env.TEMPORAL_DB_HOST!, '--port', env.TEMPORAL_DB_PORT!, '--user', env.TEMPORAL_DB_USER!, '--password', env.TEMPORAL_DB_PASSWORD ?? '', '--db', database];
}

/**
 * temporal-sql-tool's calls that create the two PostgreSQL databases and bring their schemas to the server's version,
 * for the connection in `env` (as temporalEnv() makes it) and the module's `schema/postgresql/v12` folder at
 * `schemaDir`. Safe at every start: `create-database` and `setup-schema -v 0.0` leave what is there, `update-schema`
 * applies only the versions not yet applied. manager.ts runs them, and so do the schema jobs of compose.yaml and
 * the Kubernetes manifests (test/deployment.test.ts).
 */
export function temporalSchemaSteps(env: NodeJS.ProcessEnv, schemaDir: string): Array<{ database: string; steps: string[][] }> {
  return [
    [env.TEMPORAL_DB!, 'temporal'],
    [env.TEMPORAL_VISIBILITY_DB!, 'visibility'],
  ].map(([database, folder]) => {
    const connection = sqlToolConnection(env, database);
    return {
      database,
      steps: [
        [...connection, 'create-database'],
        [...connection, 'setup-schema', '-v', '0.0'],
        [...connection, 'update-schema', '-d', path.join(schemaDir, folder, 'versioned')],
      ],
    };
  });
}
