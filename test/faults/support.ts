import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestTemporal, type TestTemporal } from '../support/temporal';
import type { WhereOptions } from 'sequelize';
import { eventually, type TestPlatform } from '../support/platform';

// What the fault suites share: a Temporal of the suite's own (the dev server persisted to a file, or a cluster on
// PostgreSQL with TEST_TEMPORAL=cluster) so it can be stopped and started again with its data, and a worker in a
// process of its own so it can be killed.

export type OwnTemporal = TestTemporal;

/** A Temporal of the suite's own (of the run's kind), whose data outlives a stop. */
export const ownTemporal = (): Promise<OwnTemporal> => startTestTemporal({ dir: fs.mkdtempSync(path.join(process.env.TEST_DIR ?? os.tmpdir(), 'temporal-')), persist: true });

const WORKER = path.resolve(__dirname, '../../dist/worker/main.js');

/** The worker as `npm start` runs it, a process of its own on the platform's queue and database. */
export function workerProcess(p: TestPlatform, env: Record<string, string> = {}): ChildProcess {
  if (!fs.existsSync(WORKER)) throw new Error('dist/worker/main.js is missing: `npm test` builds it (npm run build:server)');
  return spawn(process.execPath, [WORKER], {
    env: {
      ...process.env,
      DATABASE_URL: p.config.DATABASE_URL,
      TEMPORAL_ADDRESS: p.config.TEMPORAL_ADDRESS,
      TASK_QUEUE: p.config.TASK_QUEUE,
      LOG_LEVEL: 'warn',
      ...(p.config.DEADLINE_SECONDS_PER_WORKING_DAY ? { DEADLINE_SECONDS_PER_WORKING_DAY: String(p.config.DEADLINE_SECONDS_PER_WORKING_DAY) } : {}),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** SIGKILL: no draining, no goodbye to Temporal; whatever was running is simply gone. */
export async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

/** Rows of `model` grouped by `key`, for "nothing doubled": each count should be 1. */
export async function countsBy(p: TestPlatform, model: string, key: string, where: WhereOptions = {}): Promise<Map<string, number>> {
  const rows = (await p.db.models[model].findAll({ where, attributes: [key], raw: true })) as any[];
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r[key], (counts.get(r[key]) ?? 0) + 1);
  return counts;
}

/**
 * After a fault: waits until every registration in `all` (each with two licensed items and one claim-pool
 * item, support/events.ts's default scope) has its three tasks and every event is notified, then checks that
 * each exists once: tasks by their key, one creation in the trail per task, one event row and three
 * notifications per event.
 */
export async function expectEachRegistrationOnce(p: TestPlatform, all: Array<{ eventId: string; entity: { creditCode: string } }>, what: string): Promise<void> {
  const codes = all.map((e) => e.entity.creditCode);
  await eventually(async () => (await p.db.models.tasks.count({ where: { creditCode: codes } })) >= all.length * 3, 180_000, `every task ${what}`);
  // Let retried activities that were still running finish before counting.
  await eventually(async () => (await p.db.models.registration_events.count({ where: { status: 'accepted' } })) === 0, 60_000, 'every event notified');
  const tasks = (await p.db.models.tasks.findAll({ where: { creditCode: codes }, raw: true })) as any[];
  expect(tasks).toHaveLength(all.length * 3);
  for (const e of all) expect(tasks.filter((t) => t.creditCode === e.entity.creditCode).map((t) => t.type).sort()).toEqual(['claim', 'receipt', 'receipt']);
  expect(new Set(tasks.map((t) => t.taskKey)).size).toBe(tasks.length);
  expect(await p.db.models.audit_log.count({ where: { action: 'task.created' } })).toBe(tasks.length);
  expect(await p.db.models.registration_events.count()).toBe(all.length);
  expect(await p.db.models.audit_log.count({ where: { action: 'registration.establish' } })).toBe(all.length);
  const notificationsPerEvent = await countsBy(p, 'notifications', 'eventId');
  expect(all.filter((e) => notificationsPerEvent.get(e.eventId) !== 3).map((e) => e.eventId)).toEqual([]);
}
