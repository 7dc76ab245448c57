import { performance } from 'node:perf_hooks';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Connection } from '@temporalio/client';
import { openDb, type Db } from '../db';
import { dualNotificationWorkflowId } from '../workflows/dualNotification';
import { cpuByKind, demoToken, processCount, runningShape } from './support/shape';
import { benchRegistration, receiptVisibleAfter, TASKS_PER_REGISTRATION, waitForCount } from './support/registrations';
import { flags, loadavg, machine, ms, mysqlInfo, pool, runBench, sleep, summary, table } from './support/common';

// Registrations against the production shape as `npm run production:local` runs it (Temporal Server's four
// services on PostgreSQL, the application database on MySQL, the workers and API instances its supervisor
// started; PRODUCTION_WORKERS=1 for one worker), and what the README's sizing note derives from, per
// registration: CPU by kind of process, workflows and Temporal history events, and the growth of each database.
//
//   npm run production:local && bash bench/run.sh productionShape [--n 500] [--concurrency 16] [--idle-samples 20]
//
// It reads the shape's state (DATA_DIR/production/state.json) and demo keys, and adds its registrations to the
// shape's data (each a new entity whose scope needs two departments' licenses: two receipt tasks).

/** Bytes of the application database (InnoDB's figures, refreshed by ANALYZE TABLE first). */
async function applicationBytes(db: Db): Promise<number> {
  const tables = await db.select<{ name: string }>('SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()');
  for (const t of tables) await db.execute(`ANALYZE TABLE \`${t.name}\``);
  const [row] = await db.select<{ bytes: number | string }>('SELECT SUM(DATA_LENGTH + INDEX_LENGTH) AS bytes FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()');
  return Number(row.bytes);
}

async function main(): Promise<void> {
  const f = flags();
  const n = f.num('n', 500);
  const concurrency = f.num('concurrency', 16);
  const idleSamples = f.num('idle-samples', 20);
  const { state, config, keys } = runningShape();
  const key: string = keys['registration-system'];
  const base = state.base;
  const workers = processCount(state, 'worker-');
  const apis = processCount(state, 'api-');

  console.log(`machine:  ${machine()}`);
  console.log(`shape:    ${base}; ${workers} worker(s), ${apis} API instance(s); Temporal Server at ${config.TEMPORAL_ADDRESS} on PostgreSQL ${config.TEMPORAL_DB_HOST}:${config.TEMPORAL_DB_PORT}; ${await mysqlInfo()}`);
  console.log(`run:      N=${n}, concurrency ${concurrency}, idle samples ${idleSamples}`);
  console.log(`load:     ${loadavg()} at start`);

  const db = await openDb(config.DATABASE_URL);
  // Through psql (PostgreSQL's client, installed with it): the platform itself has no PostgreSQL driver.
  const temporalBytes = async () => {
    const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;
    const sql = `SELECT pg_database_size(${quote(config.TEMPORAL_DB)}) + pg_database_size(${quote(config.TEMPORAL_VISIBILITY_DB)})`;
    const { stdout } = await promisify(execFile)('psql', ['-h', config.TEMPORAL_DB_HOST, '-p', String(config.TEMPORAL_DB_PORT), '-U', config.TEMPORAL_DB_USER, '-d', 'postgres', '-Atc', sql], { env: { ...process.env, PGPASSWORD: config.TEMPORAL_DB_PASSWORD } });
    return Number(stdout.trim());
  };
  const clerk = await demoToken(base, 'clerk');

  const failures: string[] = [];
  const post = async (event: ReturnType<typeof benchRegistration>) => {
    const res = await fetch(`${base}/api/ext/v1/registrations`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify(event) });
    if (res.status !== 202) failures.push(`${res.status} ${(await res.text()).slice(0, 200)}`);
    return res.status === 202;
  };
  const receiptsOf = async (codes: string[]) => {
    let total = 0;
    for (let i = 0; i < codes.length; i += 500) {
      const part = codes.slice(i, i + 500);
      const [row] = await db.select<{ n: number }>(`SELECT COUNT(*) AS n FROM tasks WHERE type = 'receipt' AND creditCode IN (${part.map(() => '?').join(',')})`, part);
      total += Number(row.n);
    }
    return total;
  };
  const events = (count: number, tag: string) => Array.from({ length: count }, (_, i) => benchRegistration(`上海枫泾生产形态基准${tag}${i}号食品有限公司`));

  // Warm-up: every process's caches and connection pools filled.
  const warm = events(20, 'w');
  await pool(warm.length, concurrency, async (i) => void (await post(warm[i])));
  await waitForCount(() => receiptsOf(warm.map((e) => e.entity.creditCode)), warm.length * TASKS_PER_REGISTRATION, 120_000, 'warm-up receipt tasks', 100);

  // Under load.
  const batch = events(n, 'b');
  const codes = batch.map((e) => e.entity.creditCode);
  const sizesBefore = { application: await applicationBytes(db), temporal: await temporalBytes() };
  const cpuBefore = cpuByKind(state);
  const postLatencies: number[] = [];
  const t0 = performance.now();
  await pool(n, concurrency, async (i) => {
    const s = performance.now();
    await post(batch[i]);
    postLatencies.push(performance.now() - s);
  });
  const acceptedAt = performance.now();
  const accepted = n - failures.length;
  await waitForCount(() => receiptsOf(codes), accepted * TASKS_PER_REGISTRATION, 900_000, 'receipt tasks', 100);
  const doneAt = performance.now();
  const cpuAfter = cpuByKind(state);
  // Writes still queued in the databases (history archival, visibility) settle before their size is read.
  await sleep(5000);
  const sizesAfter = { application: await applicationBytes(db), temporal: await temporalBytes() };

  // Workflows and their history events per registration, from a sample: the registration's dual notification and
  // the license-feedback processes its tasks belong to (still open: their receipts wait for the clerks).
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const sample = batch.filter((_, i) => i % Math.max(1, Math.floor(n / 50)) === 0);
  let workflows = 0;
  let historyEvents = 0;
  for (const e of sample) {
    const children = await db.select<{ workflowId: string }>('SELECT DISTINCT workflowId FROM tasks WHERE creditCode = ? AND workflowId IS NOT NULL', [e.entity.creditCode]);
    for (const workflowId of [dualNotificationWorkflowId(e.eventId), ...children.map((c) => c.workflowId)]) {
      const d = await connection.workflowService.describeWorkflowExecution({ namespace: config.TEMPORAL_NAMESPACE, execution: { workflowId } });
      workflows++;
      historyEvents += Number(d.workflowExecutionInfo?.historyLength ?? 0);
    }
  }
  await connection.close();

  // One at a time on the drained shape: POST until the clerk (SCJGJ) sees the receipt task.
  const idle: number[] = [];
  for (const e of events(idleSamples, 'i')) {
    const s = performance.now();
    if (await post(e)) idle.push(await receiptVisibleAfter(base, clerk, e.entity.creditCode, s));
  }

  const acceptedS = (acceptedAt - t0) / 1000;
  const doneS = (doneAt - t0) / 1000;
  const p = summary(postLatencies);
  const i = summary(idle.filter(Number.isFinite));
  console.log('');
  table([
    ['measure', 'N', 'conc.', 'elapsed s', 'per second', 'p50 ms', 'p99 ms'],
    ['registrations: POST → 202 accepted', accepted, concurrency, acceptedS.toFixed(2), (accepted / acceptedS).toFixed(1), ms(p.p50), ms(p.p99)],
    [`registrations: all accepted + all ${accepted * TASKS_PER_REGISTRATION} receipt tasks written`, accepted, concurrency, doneS.toFixed(2), (accepted / doneS).toFixed(1), '', ''],
    ['POST → receipt task visible to clerk, one at a time', i.n, 1, '', '', ms(i.p50), ms(i.p99)],
  ]);
  console.log('');
  const kinds = Object.keys(cpuAfter);
  const cpuMs = kinds.map((k) => ((cpuAfter[k] - cpuBefore[k]) / accepted) * 1000);
  table([['CPU ms per registration', ...kinds, 'all'], ['', ...cpuMs.map((v) => v.toFixed(1)), cpuMs.reduce((a, b) => a + b, 0).toFixed(1)]]);
  console.log('');
  table([
    ['per registration', 'value'],
    ['workflows started (sample of ' + sample.length + ')', (workflows / sample.length).toFixed(2)],
    ['Temporal history events so far (receipts still open)', (historyEvents / sample.length).toFixed(1)],
    ['Temporal PostgreSQL growth, bytes (temporal + visibility)', ((sizesAfter.temporal - sizesBefore.temporal) / accepted).toFixed(0)],
    ['application MySQL growth, bytes (InnoDB, after ANALYZE)', ((sizesAfter.application - sizesBefore.application) / accepted).toFixed(0)],
  ]);
  if (failures.length) console.log(`\n${failures.length} registration(s) not accepted, first: ${failures[0]}`);
  console.log(`\nload: ${loadavg()} at the end (other work on the machine skews every figure)`);
  await db.close();
}

runBench(main);
