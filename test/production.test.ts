import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import { openDb, type Db } from '../db';
import { DEMO_PASSWORD } from '../db/seed';
import { servicePorts } from '../deploy/production/topology';
import { registration } from './support/events';
import { eventually } from './support/platform';

// The production shape as an operator runs it (`npm run production:local`, CONTRACT.md): Temporal Server's four
// services on PostgreSQL, the application database on MySQL, two workers and two API instances on one address.
// Here on ports and databases of its own. Under a load of registrations, one history service process, one worker
// and one API instance are killed (SIGKILL): nothing is lost and nothing doubled; then the whole shape is stopped
// and started again with its data. Needs MySQL (TEST_MYSQL_URL, as CI sets) and the machine's PostgreSQL.

const exec = promisify(execFile);
const repo = path.resolve(__dirname, '..');
const MANAGER = path.join(repo, 'dist', 'deploy', 'production', 'manager.js');
const mysqlUrl = process.env.TEST_MYSQL_URL;

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });

/** A frontend port whose whole block (gRPC, membership, HTTP and metrics ports of the four services) is free. */
async function freeTemporalAddress(): Promise<string> {
  for (;;) {
    // Below 33,000: Temporal keeps membership ports (300 below) as PostgreSQL smallints (topology.ts).
    const base = 20_000 + crypto.randomInt(0, 13_000);
    const address = `127.0.0.1:${base}`;
    const ports = servicePorts(address).flatMap((s) => [s.grpcPort, s.membershipPort, s.metricsPort]).concat(base + 10);
    if ((await Promise.all(ports.map(portFree))).every(Boolean)) return address;
  }
}

(mysqlUrl ? describe : describe.skip)('the production shape (npm run production:local) under faults', () => {
  const id = crypto.randomBytes(4).toString('hex');
  const dataDir = path.join(process.env.TEST_DIR ?? '/tmp', `production-${id}`);
  const appDb = new URL(mysqlUrl ?? 'mysql://root@127.0.0.1:3306/');
  appDb.pathname = `/zj_production_${id}`;
  let env: NodeJS.ProcessEnv;
  let base: string;
  let db: Db;
  let key: string;

  const manager = (command: 'up' | 'stop') => exec(process.execPath, [MANAGER, command], { env, maxBuffer: 64 << 20 });
  const state = () => JSON.parse(fs.readFileSync(path.join(dataDir, 'production', 'state.json'), 'utf8')) as { status: string; processes: Record<string, { pid: number; restarts: number }> };
  const login = async (username: string) => {
    const res = await fetch(`${base}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
    expect(res.status).toBe(200);
    return ((await res.json()) as { token: string }).token;
  };

  /**
   * Posts one registration as an integrating system must: the same event again after a connection failure or a 5xx,
   * until it is accepted (the platform keeps one effect per eventId).
   */
  async function post(event: ReturnType<typeof registration>): Promise<number> {
    let attempts = 0;
    for (;;) {
      attempts++;
      try {
        const res = await fetch(`${base}/api/ext/v1/registrations`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify(event) });
        if (res.status === 202 || res.status === 200) return attempts;
        if (res.status < 500) throw new Error(`registration refused: ${res.status} ${await res.text()}`);
      } catch (err) {
        if (err instanceof Error && err.message.startsWith('registration refused')) throw err;
      }
      if (attempts > 300) throw new Error(`registration ${event.eventId} never accepted`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  beforeAll(async () => {
    if (!fs.existsSync(MANAGER)) throw new Error('dist/deploy/production/manager.js is missing: `npm test` builds it');
    const temporalAddress = await freeTemporalAddress();
    let port = 0;
    while (!port) {
      const p = 40_000 + crypto.randomInt(0, 20_000);
      if (await portFree(p)) port = p;
    }
    base = `http://127.0.0.1:${port}`;
    env = {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: appDb.toString(),
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_DB: `zj_temporal_${id}`,
      TEMPORAL_VISIBILITY_DB: `zj_temporal_visibility_${id}`,
      LOG_LEVEL: 'warn',
      // A registration whose workflow start failed while history was down is started again soon, not in a minute.
      RECONCILE_AFTER_SECONDS: '5',
      RECONCILE_EVERY_SECONDS: '5',
    };
    const { stdout } = await manager('up');
    expect(stdout).toMatch(/2 workers and 2 API instances at/);
    db = await openDb(appDb.toString());
    const keys = JSON.parse(fs.readFileSync(path.join(dataDir, 'demo-api-keys.json'), 'utf8'));
    key = keys['registration-system'];
  }, 15 * 60_000);

  afterAll(async () => {
    await db?.close();
    if (env) await manager('stop').catch(() => undefined);
    const tool = path.join(repo, '.tools', 'bin', 'temporal-sql-tool');
    for (const name of [env?.TEMPORAL_DB, env?.TEMPORAL_VISIBILITY_DB]) {
      if (name) await exec(tool, ['--plugin', 'postgres12', '--ep', '127.0.0.1', '--port', '5432', '--user', 'postgres', '--db', name, 'drop-database', '--force']).catch(() => undefined);
    }
    const c = await mysql.createConnection({ host: appDb.hostname, port: Number(appDb.port || 3306), user: decodeURIComponent(appDb.username), password: decodeURIComponent(appDb.password) });
    await c.query(`DROP DATABASE IF EXISTS \`${appDb.pathname.slice(1)}\``);
    await c.end();
  }, 180_000);

  it('runs four Temporal services, two workers and two API instances, each a process of its own, behind one address', async () => {
    const s = state();
    expect(s.status).toBe('ready');
    expect(Object.keys(s.processes).sort()).toEqual(['api-1', 'api-2', 'temporal-frontend', 'temporal-history', 'temporal-matching', 'temporal-worker', 'worker-1', 'worker-2']);
    const pids = Object.values(s.processes).map((p) => p.pid);
    expect(new Set(pids).size).toBe(8);
    for (const pid of pids) expect(() => process.kill(pid, 0)).not.toThrow();
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    // The demo was worked through it: a spot-check plan's inspection results published.
    expect(await db.models.publications.count({ where: { kind: 'inspectionResult' } })).toBeGreaterThan(0);
  });

  it('kill one history service, one worker and one API instance under load: every registration once, nothing lost, nothing doubled', async () => {
    const events = Array.from({ length: 60 }, () => registration());
    const before = state().processes;
    let posted = 0;
    let attempts = 0;
    const kills: Array<[number, string]> = [[10, 'temporal-history'], [25, 'worker-1'], [40, 'api-1']];
    // Four integrating clients at once.
    const queue = [...events];
    const client = async () => {
      for (let e = queue.shift(); e; e = queue.shift()) {
        const tries = await post(e);
        attempts += tries;
        posted++;
        while (kills.length && posted >= kills[0][0]) {
          const [, name] = kills.shift()!;
          process.kill(state().processes[name].pid, 'SIGKILL');
        }
      }
    };
    await Promise.all([client(), client(), client(), client()]);
    expect(posted).toBe(events.length);
    expect(attempts).toBeGreaterThanOrEqual(events.length);

    // Each killed process was started again by the supervisor, as a new process.
    await eventually(async () => {
      const now = state().processes;
      return ['temporal-history', 'worker-1', 'api-1'].every((n) => now[n].restarts >= before[n].restarts + 1 && now[n].pid !== before[n].pid);
    }, 60_000, 'the killed processes running again');

    const codes = events.map((e) => e.entity.creditCode);
    // Each entity: two licensed items' receipts and one claim-pool item. An activity the killed worker held is
    // retried after its start-to-close timeout (1 minute), hence the wait.
    const rows = await eventually(async () => {
      const r = (await db.models.tasks.findAll({ where: { creditCode: codes }, attributes: ['id', 'creditCode', 'type', 'taskKey'], raw: true })) as any[];
      return r.length >= events.length * 3 ? r : null;
    }, 5 * 60_000, 'every registration\'s three tasks');
    await new Promise((r) => setTimeout(r, 3000));
    const settled = (await db.models.tasks.findAll({ where: { creditCode: codes }, attributes: ['id', 'creditCode', 'type', 'taskKey'], raw: true })) as any[];
    expect(settled).toHaveLength(rows.length);
    expect(settled).toHaveLength(events.length * 3);
    for (const code of codes) expect(settled.filter((t) => t.creditCode === code).map((t) => t.type).sort()).toEqual(['claim', 'receipt', 'receipt']);
    expect(new Set(settled.map((t) => t.taskKey)).size).toBe(settled.length);
    // One event row per registration, each with its workflow; each task's creation in the audit trail once.
    const accepted = (await db.models.registration_events.findAll({ where: { eventId: events.map((e) => e.eventId) }, raw: true })) as any[];
    expect(accepted).toHaveLength(events.length);
    expect(accepted.filter((e) => !e.workflowId)).toEqual([]);
    const created = (await db.select<{ targetId: string; n: number }>(
      `SELECT targetId, COUNT(*) AS n FROM audit_log WHERE action = 'task.created' AND targetType = 'task' AND targetId IN (${settled.map(() => '?').join(',')}) GROUP BY targetId`,
      settled.map((t) => String(t.id)),
    )) as any[];
    expect(created).toHaveLength(settled.length);
    expect(created.filter((c) => Number(c.n) !== 1)).toEqual([]);
  }, 10 * 60_000);

  it('production:stop then production:local again: the data and the running processes are kept', async () => {
    const clerk = await login('clerk');
    const open = await fetch(`${base}/api/v1/tasks?type=receipt&status=open&perPage=1`, { headers: { authorization: `Bearer ${clerk}` } });
    const [task] = ((await open.json()) as { data: any[] }).data;
    expect(task).toBeDefined();
    const tasks = await db.models.tasks.count();
    const pids = Object.values(state().processes).map((p) => p.pid);
    expect(pids).toHaveLength(8);

    const { stdout } = await manager('stop');
    expect(stdout).toMatch(/stopped; its data stays/);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
    expect(state().status).toBe('stopped');
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();

    await manager('up');
    expect(await db.models.tasks.count()).toBeGreaterThanOrEqual(tasks);
    // The session survived in the database, and the receipt's workflow, asleep in Temporal, takes the clerk's answer.
    const done = await fetch(`${base}/api/v1/tasks/${task.id}/complete`, { method: 'POST', headers: { authorization: `Bearer ${clerk}`, 'content-type': 'application/json' }, body: JSON.stringify({ outcome: task.allowedOutcomes[0] }) });
    expect(done.status).toBe(200);
    expect(((await done.json()) as any).status).toBe('completed');
  }, 15 * 60_000);
});
