import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { openDb } from '../db';
import { shanghaiDate } from '../domain/workingDays';
import { benchRegistration } from './support/registrations';
import { cpuByKind, demoToken, processCount, runningShape } from './support/shape';
import { flags, loadavg, machine, ms, mysqlInfo, runBench, sleep, summary, table } from './support/common';

// A province's working day, compressed, against the production shape (`npm run production:local`): the day's
// flows replayed at the peak hour's rates times 1, 2, 3, … (one stage each), open loop (requests leave on
// schedule whether or not the last ones were answered), until a stage saturates; it reports which flow gave
// way first, why, and how busy each kind of process was.
//
//   npm run production:local && bash bench/run.sh provinceDay [--stages 1,1.5,2,3,4] [--stage-seconds 60]
//        [--screenings-a-day 100000] [--keep-going]
//
// A day's volumes (README, "Sizing": a large province, 19 M entities, 12,000 registrations a working day); the
// peak hour carries twice the mean hour of an 8-hour day, so a flow's peak rate is its day × 2 / 28,800 s:
//   registrations      12,000   each a new entity whose scope needs two departments' licenses (SCJGJ, JTW)
//   receipts answered  24,000   the clerks of both departments answer each receipt task (steady state: as
//                               many answered a day as written)
//   license decisions  24,000   the licensing system reports each answered receipt's decision (issued)
//   inbox reads        96,000   a clerk reads 我的待办 about four times for each task they answer
//   screenings        100,000   GET /api/ext/v1/screening by the procurement system (an assumption: the
//                               README's screening bench measured a district's mix, not its daily volume;
//                               --screenings-a-day changes it), 7% of them about entities on a credit list
// Its registrations, tasks and licenses stay in the shape's data, as bench/productionShape.ts's do.

const DAY_SECONDS_AT_PEAK = (8 * 3600) / 2;

/** What a person or a calling system would notice, per flow: a stage whose p99 passes one has saturated. */
const P99_BOUNDS_MS = {
  // Issue 12: POST → receipt task visible ≤ 2 s with 16 in flight.
  'registration → receipt written': 2000,
  // A clerk's 办结 goes through the workflow (an update) and back.
  'receipt answered': 2000,
  'license decision accepted': 1000,
  'inbox read': 500,
  screening: 500,
} as const;
type Flow = keyof typeof P99_BOUNDS_MS;

/**
 * Requests of one flow in flight at once before the generator counts the next ones as not sent. A receipt to
 * answer or a decision to report that is not there yet (the registrations lag) is counted as not sent too.
 */
const IN_FLIGHT_CAP = 200;

interface Receipt {
  id: number;
  creditCode: string;
  departmentCode: string;
  licenseItem: string;
}

interface StageFigures {
  offered: Record<Flow, number>;
  latencies: Record<Flow, number[]>;
  errors: Record<Flow, number>;
  notSent: Record<Flow, number>;
  firstError: Partial<Record<Flow, string>>;
}

const FLOWS = Object.keys(P99_BOUNDS_MS) as Flow[];
const perFlow = <T>(make: () => T) => Object.fromEntries(FLOWS.map((f) => [f, make()])) as Record<Flow, T>;

async function main(): Promise<void> {
  const f = flags();
  const stages = f.get('stages', '1,1.5,2,3,4').split(',').map(Number);
  if (stages.some((s) => !(s > 0))) throw new Error('--stages takes positive multipliers, e.g. 1,1.5,2,3,4');
  const stageSeconds = f.num('stage-seconds', 60);
  const keepGoing = f.has('keep-going');
  const day = { registrations: 12_000, receipts: 24_000, decisions: 24_000, inbox: 96_000, screenings: f.num('screenings-a-day', 100_000) };
  const peak = Object.fromEntries(Object.entries(day).map(([k, v]) => [k, v / DAY_SECONDS_AT_PEAK])) as Record<keyof typeof day, number>;

  const { state, config, keys } = runningShape();
  const base = state.base;
  const db = await openDb(config.DATABASE_URL);
  const tokens: Record<string, string> = { SCJGJ: await demoToken(base, 'clerk'), JTW: await demoToken(base, 'jtw-clerk') };
  const clerks = Object.values(tokens);
  const cores = os.cpus().length;

  console.log(`machine:  ${machine()}`);
  console.log(`shape:    ${base}; ${processCount(state, 'worker-')} worker(s), ${processCount(state, 'api-')} API instance(s); Temporal Server on PostgreSQL; ${await mysqlInfo()}`);
  console.log(`day:      ${Object.entries(day).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')}`);
  console.log(`peak ×1:  ${Object.entries(peak).map(([k, v]) => `${k} ${v.toFixed(2)}/s`).join(', ')}`);
  console.log(`stages:   ×${stages.join(', ×')}, ${stageSeconds} s each; load ${loadavg()} at start`);

  // Whom screening asks about: active entities of the register, and those on a credit list (a restricted answer
  // for a scenario their list restricts starts the screening-feedback process).
  const register = (await db.select<{ creditCode: string }>("SELECT creditCode FROM entities WHERE status = 'active' LIMIT 20000")).map((r) => r.creditCode);
  const listed = (await db.select<{ creditCode: string }>("SELECT DISTINCT creditCode FROM credit_listings WHERE status = 'active' LIMIT 5000")).map((r) => r.creditCode);
  if (!register.length) throw new Error('the shape holds no active entities: was the demo loaded?');

  const posted = new Map<string, { at: number; stage: number }>();
  const receipts: Receipt[] = [];
  const answered: Receipt[] = [];
  const seenTasks = new Set<number>();
  let figures: StageFigures = newFigures();
  let stage = 0;
  const receiptsWritten = new Map<number, number>();

  // The receipt tasks of this run's registrations as they are written (the clerks' work arriving), by id, with a
  // look back over the last thousand ids: rows commit out of id order.
  let lastId = Number((await db.select<{ id: number | null }>('SELECT MAX(id) AS id FROM tasks'))[0].id ?? 0);
  let watching = true;
  const watch = (async () => {
    while (watching) {
      const rows = await db.select<{ id: number; creditCode: string; departmentCode: string; createdAt: Date | string; data: unknown }>(
        "SELECT id, creditCode, departmentCode, createdAt, data FROM tasks WHERE id > ? AND type = 'receipt' ORDER BY id LIMIT 5000",
        [Math.max(0, lastId - 1000)],
      );
      for (const r of rows) {
        lastId = Math.max(lastId, r.id);
        const origin = posted.get(r.creditCode);
        if (seenTasks.has(r.id) || !origin) continue;
        seenTasks.add(r.id);
        receiptsWritten.set(origin.stage, (receiptsWritten.get(origin.stage) ?? 0) + 1);
        if (origin.stage === stage) figures.latencies['registration → receipt written'].push(new Date(r.createdAt).getTime() - origin.at);
        const data = (typeof r.data === 'string' ? JSON.parse(r.data) : r.data) as { licenseItem?: string } | null;
        receipts.push({ id: r.id, creditCode: r.creditCode, departmentCode: r.departmentCode, licenseItem: data?.licenseItem ?? '' });
      }
      await sleep(250);
    }
  })();

  const inFlight = perFlow(() => 0);
  /** One request of a flow: timed, its failure counted and the first kept; none sent past the in-flight cap. */
  const send = (flow: Flow, request: () => Promise<Response | null>, after?: () => void) => {
    if (inFlight[flow] >= IN_FLIGHT_CAP) {
      figures.notSent[flow]++;
      return;
    }
    inFlight[flow]++;
    const own = figures;
    const started = performance.now();
    request()
      .then(async (res) => {
        if (res === null) return;
        if (res.ok) {
          // The registration's own latency is to its receipt tasks (the watcher), not to the 202.
          if (flow !== 'registration → receipt written') own.latencies[flow].push(performance.now() - started);
          await res.arrayBuffer();
          after?.();
        } else {
          own.errors[flow]++;
          own.firstError[flow] ??= `${res.status} ${(await res.text()).slice(0, 160)}`;
        }
      })
      .catch((err: Error) => {
        own.errors[flow]++;
        own.firstError[flow] ??= err.message;
      })
      .finally(() => inFlight[flow]--);
  };

  const json = (method: string, auth: string, body?: unknown): RequestInit => ({
    method,
    headers: { authorization: `Bearer ${auth}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let registered = 0;
  const next: Record<Flow, () => void> = {
    'registration → receipt written': () => {
      const event = benchRegistration(`上海枫泾省日模拟${stage}x${++registered}号食品有限公司`);
      posted.set(event.entity.creditCode, { at: Date.now(), stage });
      send('registration → receipt written', () => fetch(`${base}/api/ext/v1/registrations`, json('POST', keys['registration-system'], event)));
    },
    'receipt answered': () => {
      const task = receipts.shift();
      if (!task) return void figures.notSent['receipt answered']++;
      send('receipt answered', () => fetch(`${base}/api/v1/tasks/${task.id}/complete`, json('POST', tokens[task.departmentCode], { outcome: 'received' })), () => answered.push(task));
    },
    'license decision accepted': () => {
      const task = answered.shift();
      if (!task) return void figures.notSent['license decision accepted']++;
      const today = shanghaiDate(new Date());
      const decision = {
        eventId: `SIM-LIC-${task.creditCode}-${task.departmentCode}`,
        creditCode: task.creditCode,
        department: task.departmentCode,
        licenseItem: task.licenseItem,
        decision: 'issued',
        licenseNo: `SIM${task.departmentCode}${task.creditCode}`,
        validFrom: today,
        validTo: `${Number(today.slice(0, 4)) + 5}${today.slice(4)}`,
        decidedAt: new Date().toISOString(),
      };
      send('license decision accepted', () => fetch(`${base}/api/ext/v1/license-decisions`, json('POST', keys['licensing-system'], decision)));
    },
    'inbox read': () => {
      const token = clerks[figures.offered['inbox read'] % clerks.length];
      send('inbox read', () => fetch(`${base}/api/v1/tasks?assignee=me&status=open,claimed`, json('GET', token)));
    },
    screening: () => {
      const pick = (list: string[]) => list[Math.floor(Math.random() * list.length)];
      const creditCode = listed.length && Math.random() < 0.07 ? pick(listed) : pick(register);
      send('screening', () => fetch(`${base}/api/ext/v1/screening?creditCode=${creditCode}&scenario=government_procurement`, json('GET', keys['procurement-system'])));
    },
  };
  const rateOf: Record<Flow, number> = {
    'registration → receipt written': peak.registrations,
    'receipt answered': peak.receipts,
    'license decision accepted': peak.decisions,
    'inbox read': peak.inbox,
    screening: peak.screenings,
  };

  const rows: Array<Array<string | number>> = [['stage', 'flow', 'offered /s', 'answered /s', 'p50 ms', 'p99 ms', 'errors', 'not sent']];
  const cpuRows: Array<Array<string | number>> = [];
  let saturatedAt: { stage: number; reasons: string[]; busiest: string } | null = null;
  let lastSound: number | null = null;
  for (const multiplier of stages) {
    stage = multiplier;
    figures = newFigures();
    const cpuBefore = cpuByKind(state);
    const began = performance.now();
    const due = perFlow(() => 0);
    // Open loop: every 20 ms each flow sends what its rate has made due since the stage began.
    while (performance.now() - began < stageSeconds * 1000) {
      const elapsed = (performance.now() - began) / 1000;
      for (const flow of FLOWS) {
        const target = Math.floor(rateOf[flow] * multiplier * elapsed);
        while (due[flow] < target) {
          due[flow]++;
          figures.offered[flow]++;
          next[flow]();
        }
      }
      await sleep(20);
    }
    const wall = (performance.now() - began) / 1000;
    const cpuAfter = cpuByKind(state);
    // What was sent is answered (or fails) before the figures are read; the stage's receipts get 10 s more.
    const settle = performance.now();
    while (FLOWS.some((fl) => inFlight[fl] > 0) && performance.now() - settle < 60_000) await sleep(100);
    await sleep(10_000);

    const reasons: string[] = [];
    for (const flow of FLOWS) {
      const s = summary(figures.latencies[flow]);
      const offered = figures.offered[flow];
      const done = flow === 'registration → receipt written' ? (receiptsWritten.get(multiplier) ?? 0) / 2 : s.n;
      rows.push([`×${multiplier}`, flow, (offered / wall).toFixed(2), (done / wall).toFixed(2), ms(s.p50), ms(s.p99), figures.errors[flow], figures.notSent[flow]]);
      if (figures.errors[flow] > 0) reasons.push(`${flow}: ${figures.errors[flow]} errors (first: ${figures.firstError[flow]})`);
      if (s.n && s.p99 > P99_BOUNDS_MS[flow]) reasons.push(`${flow}: p99 ${ms(s.p99)} ms over ${P99_BOUNDS_MS[flow]} ms`);
      // Answers and decisions follow the receipts written: too few to answer is the registrations' lag, not theirs.
      if (flow === 'registration → receipt written' || flow === 'inbox read' || flow === 'screening') {
        if (offered && done < offered * 0.95) reasons.push(`${flow}: ${done} of ${offered} done within the stage and 10 s after`);
        if (figures.notSent[flow]) reasons.push(`${flow}: ${figures.notSent[flow]} not sent, ${IN_FLIGHT_CAP} already in flight`);
      }
    }
    const kinds = Object.keys(cpuAfter);
    const busy = kinds.map((k) => (cpuAfter[k] - cpuBefore[k]) / wall);
    const all = busy.reduce((a, b) => a + b, 0);
    cpuRows.push([`×${multiplier}`, ...busy.map((b) => b.toFixed(2)), all.toFixed(2)]);
    if (cpuRows.length === 1) cpuRows.unshift(['stage: cores busy', ...kinds, `all (of ${cores})`]);
    const busiest = kinds[busy.indexOf(Math.max(...busy))];
    if (all > cores * 0.9) reasons.push(`the machine: ${all.toFixed(2)} of ${cores} cores busy`);
    console.log(`×${multiplier}: ${reasons.length ? `saturated (${reasons.join('; ')})` : 'kept up'}; busiest ${busiest}; ${loadavg()}`);
    if (reasons.length) {
      saturatedAt ??= { stage: multiplier, reasons, busiest };
      if (!keepGoing) break;
    } else if (!saturatedAt) lastSound = multiplier;
  }
  watching = false;
  await watch;

  console.log('');
  table(rows);
  console.log('');
  table(cpuRows);
  console.log('');
  if (lastSound !== null) {
    const regs = (peak.registrations * lastSound).toFixed(2);
    console.log(`kept up to ×${lastSound} the province's peak hour (${regs} registrations/s): its day, ${day.registrations.toLocaleString('en')} registrations with the rest of its flows, in ${(DAY_SECONDS_AT_PEAK / 3600 / lastSound).toFixed(1)} h at that pace`);
  } else console.log('did not keep up with the first stage');
  if (saturatedAt) console.log(`saturated first at ×${saturatedAt.stage}: ${saturatedAt.reasons.join('; ')}; the busiest kind of process: ${saturatedAt.busiest}`);
  else console.log(`did not saturate up to ×${stages[stages.length - 1]}`);
  console.log(`load: ${loadavg()} at the end (other work on the machine skews every figure)`);
  await db.close();
}

function newFigures(): StageFigures {
  return { offered: perFlow(() => 0), latencies: perFlow(() => [] as number[]), errors: perFlow(() => 0), notSent: perFlow(() => 0), firstError: {} };
}

runBench(main);
