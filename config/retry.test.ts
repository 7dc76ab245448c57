import net from 'node:net';
import { Client, Connection, ServiceError } from '@temporalio/client';
import { Sequelize } from 'sequelize';
import { isDatabaseUnavailable, isNamespaceMissing, isTemporalUnavailable, isTransient, STARTUP_RETRY, withRetry } from './retry';

// Real failures, not made-up errors: a port nobody listens on yet, a Temporal frontend that is not there,
// a MySQL server that is not there.

async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

const connect = (port: number) =>
  new Promise<net.Socket>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });

describe('withRetry', () => {
  it('waits through refused connections and returns once the service listens', async () => {
    const port = await closedPort();
    let server: net.Server | null = null;
    const failures: unknown[] = [];
    const socket = await withRetry(() => connect(port), {
      firstDelayMs: 20,
      onRetry: (err, attempt) => {
        failures.push(err);
        // The service comes up after the second failure.
        if (attempt === 2) server = net.createServer((s) => s.end()).listen(port, '127.0.0.1');
      },
    });
    socket.destroy();
    await new Promise((r) => server!.close(r));
    expect(failures).toHaveLength(2);
    expect((failures[0] as NodeJS.ErrnoException).code).toBe('ECONNREFUSED');
  });

  it('gives up after the bounded number of tries with the last error', async () => {
    const port = await closedPort();
    let calls = 0;
    await expect(withRetry(() => (calls++, connect(port)), { attempts: 3, firstDelayMs: 10 })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(calls).toBe(3);
  });

  it('throws an error that is not transient at once', async () => {
    let calls = 0;
    await expect(withRetry(async () => (calls++, JSON.parse('{')), { firstDelayMs: 10 })).rejects.toThrow(SyntaxError);
    expect(calls).toBe(1);
  });
});

describe('transient errors', () => {
  it('recognises Temporal away: a failed connect, and gRPC UNAVAILABLE wrapped in a ServiceError', async () => {
    const port = await closedPort();
    const connectError = await Connection.connect({ address: `127.0.0.1:${port}`, connectTimeout: '300 milliseconds' }).catch((e) => e);
    expect(isTemporalUnavailable(connectError)).toBe(true);
    // No retry interceptor: the first UNAVAILABLE comes back at once.
    const lazy = Connection.lazy({ address: `127.0.0.1:${port}`, interceptors: [] });
    const grpcError = await lazy.workflowService.getSystemInfo({}).catch((e) => e);
    await lazy.close();
    expect(grpcError.code).toBe(14);
    expect(isTemporalUnavailable(new ServiceError('Failed to start Workflow', { cause: grpcError }))).toBe(true);
    expect(isDatabaseUnavailable(grpcError)).toBe(false);
  });

  it('recognises the database away, and not a query error', async () => {
    const port = await closedPort();
    const sequelize = new Sequelize(`mysql://root@127.0.0.1:${port}/none`, { logging: false });
    const refused = await sequelize.query('SELECT 1').catch((e) => e);
    expect(refused.name).toBe('SequelizeConnectionRefusedError');
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(isTransient(refused)).toBe(true);
    await sequelize.close();

    const sqlite = new Sequelize({ dialect: 'sqlite', storage: ':memory:', logging: false });
    const bad = await sqlite.query('SELECT * FROM no_such_table').catch((e) => e);
    expect(isTransient(bad)).toBe(false);
    await sqlite.close();
  });
});

describe('a namespace not yet registered', () => {
  it('is waited for at a start (STARTUP_RETRY), and is no outage for a request (isTransient)', async () => {
    // The run's real Temporal, asked for a namespace it does not serve: the raw gRPC NOT_FOUND, and the client's error.
    const connection = await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS! });
    const namespace = `missing-${Date.now()}`;
    const raw = await connection.workflowService.describeNamespace({ namespace }).catch((e) => e);
    const client = new Client({ connection, namespace });
    const scheduled = await client.schedule.create({ scheduleId: 'never', spec: { intervals: [{ every: '1 hour' }] }, action: { type: 'startWorkflow', workflowType: 'none', taskQueue: 'none' } }).catch((e) => e);
    await connection.close();
    expect(raw.code).toBe(5);
    expect(scheduled.name).toBe('NamespaceNotFoundError');
    for (const err of [raw, scheduled]) {
      expect(isNamespaceMissing(err)).toBe(true);
      expect(isTransient(err)).toBe(false);
      expect(STARTUP_RETRY.retryable!(err)).toBe(true);
    }
    // Not every NOT_FOUND: a workflow that does not exist is an answer, not a wait.
    const c2 = await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS! });
    const noWorkflow = await new Client({ connection: c2 }).workflow.getHandle(`none-${Date.now()}`).describe().catch((e) => e);
    await c2.close();
    expect(isNamespaceMissing(noWorkflow)).toBe(false);
  });
});
