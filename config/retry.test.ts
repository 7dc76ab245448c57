import net from 'node:net';
import { Connection, ServiceError } from '@temporalio/client';
import { Sequelize } from 'sequelize';
import { isDatabaseUnavailable, isTemporalUnavailable, isTransient, withRetry } from './retry';

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
