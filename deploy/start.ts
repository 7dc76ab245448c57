import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { migrate, openDb } from '../db';
import { DEMO_PASSWORD, loadDemoOnce } from '../db/seed';
import { demoDistrict } from '../db/demo/district';
import { loadWorkingDayCalendar } from '../db/calendar';
import { dueSoonWorkingDays } from '../domain/deadlineLight';
import { demoApiKeys, postDemoRegistrations, runDemoDeadlines, runDemoJointPunishment, runDemoRoutineCheck, runDemoSpotCheck } from './demoTraffic';
import { startDevServer } from './devServer';

// The quick start's process manager (`npm start`): migrate, load the demo district once, then run the
// Temporal dev server, the worker and the API + UI until Ctrl-C or SIGTERM, which stops all of them.

async function main() {
  const config = loadConfig();
  const dataDir = path.resolve(config.DATA_DIR);
  fs.mkdirSync(dataDir, { recursive: true });
  const log = (msg: string) => console.log(`[zongjian] ${msg}`);

  const db = await openDb(config.DATABASE_URL);
  const applied = await migrate(db);
  log(`database ${config.DATABASE_URL.replace(/:[^:@/]*@/, ':***@')}: ${applied.length} migration(s) applied`);
  log(`demo district (${config.DEMO_ENTITIES} entities, seed ${config.DEMO_SEED}): ${await loadDemoOnce(db, { seed: config.DEMO_SEED, count: config.DEMO_ENTITIES })}`);
  const keys = await demoApiKeys(db, dataDir);
  const calendar = await loadWorkingDayCalendar(db);
  await db.close();

  const temporal = await startDevServer({
    address: config.TEMPORAL_ADDRESS,
    namespace: config.TEMPORAL_NAMESPACE,
    uiPort: config.TEMPORAL_UI_PORT,
    dbFile: path.join(dataDir, 'temporal.sqlite'),
    logFile: path.join(dataDir, 'temporal.log'),
  });
  log(`Temporal dev server at ${config.TEMPORAL_ADDRESS} (web UI http://${config.TEMPORAL_ADDRESS.split(':')[0]}:${config.TEMPORAL_UI_PORT})`);

  const children: ChildProcess[] = [];
  const run = (name: string, script: string) => {
    const child = spawn(process.execPath, [path.join(__dirname, '..', script)], { stdio: 'inherit', env: process.env });
    child.once('exit', (code, signal) => {
      if (!stopping) {
        log(`${name} exited (${signal ?? code}); stopping everything`);
        void stop(1);
      }
    });
    children.push(child);
  };
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    await Promise.all(
      children.map((c) => new Promise<void>((resolve) => {
        if (c.exitCode !== null || c.signalCode !== null) return resolve();
        c.once('exit', () => resolve());
        c.kill('SIGTERM');
      })),
    );
    await temporal.stop();
    log('stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  run('worker', 'worker/main.js');
  run('api', 'api/main.js');

  const base = `http://${config.HOST}:${config.PORT}`;
  try {
    await waitUntilReady(base);
    const posted = await postDemoRegistrations(base, keys['registration-system'], { seed: config.DEMO_SEED, firstIndex: config.DEMO_ENTITIES, count: DEMO_REGISTRATIONS });
    log(`posted ${posted} demo registrations through the external API (repeats change nothing)`);
    const planId = await runDemoSpotCheck(base, DEMO_PASSWORD);
    if (planId) log(`worked demo spot-check plan ${planId} through approval, draw and inspection; see ${base}/public`);
    log(`joint punishment and warnings demo: ${await runDemoJointPunishment(base, keys, DEMO_PASSWORD, { seed: config.DEMO_SEED })}`);
    const started = Date.now();
    const deadlines = await runDemoDeadlines(base, DEMO_PASSWORD, { calendar, dueSoonWorkingDays: dueSoonWorkingDays({ workingDays: config.DUE_SOON_WORKING_DAYS, byType: config.DUE_SOON_WORKING_DAYS_BY_TYPE }, 'inspection') });
    log(`overdue and due-soon demo plans (${((Date.now() - started) / 1000).toFixed(1)} s): ${deadlines}`);
    log(`the inspector's own work (我的检查): ${await runDemoRoutineCheck(base, DEMO_PASSWORD)}`);
  } catch (err) {
    log(`failed to start: ${err instanceof Error ? err.message : String(err)}`);
    await stop(1);
    return;
  }
  const accounts = demoDistrict.users.filter((u) => !u.username.includes('-')).map((u) => `${u.username} (${u.roles.join(', ')}, ${u.departmentCode})`);
  log(`admin UI      ${base}/`);
  log(`API docs      ${base}/api/docs`);
  log(`public page   ${base}/public`);
  log(`demo accounts ${accounts.join('; ')} — password ${DEMO_PASSWORD}`);
  for (const [system, key] of Object.entries(keys)) log(`API key       ${system}: ${key}`);
  log(`              (also in ${path.join(dataDir, 'demo-api-keys.json')})`);
  log('Ctrl-C stops everything');
}

/** Newly registered entities posted on start, so the inboxes have receipt and claim tasks to show. */
const DEMO_REGISTRATIONS = 20;

async function waitUntilReady(base: string): Promise<void> {
  const deadline = Date.now() + 120_000;
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

main().catch((err) => {
  console.error(`[zongjian] failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
