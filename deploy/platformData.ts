import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { migrate, openDb } from '../db';
import { DEMO_PASSWORD, loadDemoOnce } from '../db/seed';
import { demoDistrict } from '../db/demo/district';
import { loadWorkingDayCalendar } from '../db/calendar';
import { dueSoonWorkingDays } from '../domain/deadlineLight';
import { demoApiKeys, postDemoRegistrations, runDemoDeadlines, runDemoJointPunishment, runDemoRoutineCheck, runDemoSpotCheck } from './demoTraffic';

// What both starts do around the processes they run: the quick start (deploy/start.ts) and the production shape
// (deploy/production/manager.ts).

type Log = (message: string) => void;

export interface PreparedData {
  keys: Record<string, string>;
  calendar: Awaited<ReturnType<typeof loadWorkingDayCalendar>>;
}

/** Migrates the application database, loads the demo district once and makes the demo API keys. */
export async function prepareApplicationData(config: Config, log: Log): Promise<PreparedData> {
  const dataDir = path.resolve(config.DATA_DIR);
  fs.mkdirSync(dataDir, { recursive: true });
  const db = await openDb(config.DATABASE_URL);
  try {
    const applied = await migrate(db);
    log(`database ${config.DATABASE_URL.replace(/:[^:@/]*@/, ':***@')}: ${applied.length} migration(s) applied`);
    log(`demo district (${config.DEMO_ENTITIES} entities, seed ${config.DEMO_SEED}): ${await loadDemoOnce(db, { seed: config.DEMO_SEED, count: config.DEMO_ENTITIES })}`);
    return { keys: await demoApiKeys(db, dataDir), calendar: await loadWorkingDayCalendar(db) };
  } finally {
    await db.close();
  }
}

/** Newly registered entities posted on start, so the inboxes have receipt and claim tasks to show. */
const DEMO_REGISTRATIONS = 20;

/** Works the demo processes through the running platform's API (repeats change nothing). */
export async function runDemoWork(base: string, config: Config, { keys, calendar }: PreparedData, log: Log): Promise<void> {
  const posted = await postDemoRegistrations(base, keys['registration-system'], { seed: config.DEMO_SEED, firstIndex: config.DEMO_ENTITIES, count: DEMO_REGISTRATIONS });
  log(`posted ${posted} demo registrations through the external API (repeats change nothing)`);
  const planId = await runDemoSpotCheck(base, DEMO_PASSWORD);
  if (planId) log(`worked demo spot-check plan ${planId} through approval, draw and inspection; see ${base}/public`);
  log(`joint punishment and warnings demo: ${await runDemoJointPunishment(base, keys, DEMO_PASSWORD, { seed: config.DEMO_SEED })}`);
  const started = Date.now();
  const deadlines = await runDemoDeadlines(base, DEMO_PASSWORD, { calendar, dueSoonWorkingDays: dueSoonWorkingDays({ workingDays: config.DUE_SOON_WORKING_DAYS, byType: config.DUE_SOON_WORKING_DAYS_BY_TYPE }, 'inspection') });
  log(`overdue and due-soon demo plans (${((Date.now() - started) / 1000).toFixed(1)} s): ${deadlines}`);
  log(`the inspector's own work (我的检查): ${await runDemoRoutineCheck(base, DEMO_PASSWORD)}`);
}

/** Where to go and whom to log in as. */
export function printAccess(base: string, config: Config, keys: Record<string, string>, log: Log): void {
  const accounts = demoDistrict.users.filter((u) => !u.username.includes('-')).map((u) => `${u.username} (${u.roles.join(', ')}, ${u.departmentCode})`);
  log(`admin UI      ${base}/`);
  log(`API docs      ${base}/api/docs`);
  log(`public page   ${base}/public`);
  log(`demo accounts ${accounts.join('; ')} — password ${DEMO_PASSWORD}`);
  for (const [system, key] of Object.entries(keys)) log(`API key       ${system}: ${key}`);
  log(`              (also in ${path.join(path.resolve(config.DATA_DIR), 'demo-api-keys.json')})`);
}

/** Resolves once GET /readyz answers 200 (database and Temporal reachable). */
export async function waitUntilReady(base: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the API at ${base} did not become ready`);
    await new Promise((r) => setTimeout(r, 300));
  }
}
