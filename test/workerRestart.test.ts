import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { testDatabases } from './support/databases';
import { registration } from './support/events';
import { eventually, startPlatform, type TestPlatform } from './support/platform';

// A worker process killed with SIGKILL in the middle of work, then started again: Temporal replays each
// workflow from its history and retries unfinished activities, and the upserts by natural key keep one row.
const WORKER = path.resolve(__dirname, '../dist/worker/main.js');

describe.each(testDatabases)('worker killed mid-process on $name', (database) => {
  let p: TestPlatform;
  let worker: ChildProcess | null = null;

  const startWorker = () => {
    if (!fs.existsSync(WORKER)) throw new Error('dist/worker/main.js is missing: `npm test` builds it (npm run build:server)');
    worker = spawn(process.execPath, [WORKER], {
      env: { ...process.env, DATABASE_URL: p.config.DATABASE_URL, TEMPORAL_ADDRESS: p.config.TEMPORAL_ADDRESS, TASK_QUEUE: p.config.TASK_QUEUE, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  };

  beforeAll(async () => {
    p = await startPlatform(database, { worker: false });
  });
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await p?.stop();
  });

  it('loses and duplicates no task', async () => {
    const key = await p.apiKey(['registration:write']);
    const events = Array.from({ length: 20 }, () => registration());
    startWorker();
    for (const e of events) {
      expect((await p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${key}`).send(e)).status).toBe(202);
    }
    // Kill as soon as the first tasks are written, while most processes are still in flight.
    await eventually(async () => (await p.db.models.tasks.count()) >= 5, 60_000, 'first tasks');
    worker!.kill('SIGKILL');
    await new Promise((r) => worker!.once('exit', r));
    const atKill = await p.db.models.tasks.count();
    expect(atKill).toBeLessThan(events.length * 3);

    startWorker();
    // Each entity: two licensed items and one claim-pool item.
    await eventually(async () => (await p.db.models.tasks.count()) >= events.length * 3, 90_000, 'all tasks after restart');
    await new Promise((r) => setTimeout(r, 2000));
    const rows = (await p.db.models.tasks.findAll({ raw: true })) as any[];
    expect(rows).toHaveLength(events.length * 3);
    for (const e of events) {
      const mine = rows.filter((r) => r.creditCode === e.entity.creditCode);
      expect(mine.map((r) => r.type).sort()).toEqual(['claim', 'receipt', 'receipt']);
    }
    expect(new Set(rows.map((r) => r.taskKey)).size).toBe(rows.length);
    // Every task creation is in the audit trail exactly once.
    const created = await p.db.models.audit_log.count({ where: { action: 'task.created' } });
    expect(created).toBe(rows.length);
  });
});
