import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { migrate, openDb, type Db } from '../db';
import { loadMasterData } from '../db/seed';
import { auditWhere, listAuditLog, type AuditFilter } from '../api/audit/repository';
import { AUDIT_ACTION_WORDS } from '../api/audit/words';
import { flags, freshMysqlDatabase, machine, ms, runBench, summary, table } from './support/common';

// The auditor's audit-log search (GET /api/v1/audit-log) at a million entries: fills `audit_log` with entries
// shaped like the platform's (the demo district's people and processes as actors, its actions, a year of
// time in id order), then runs each filter through the route's own code (auditWhere + listAuditLog: the
// page of 25 and its total) and prints p50/p99/max. The fill's hashes are random: the chain is not verified.
//
//   node dist-bench/bench/auditLog.js [--db sqlite|mysql] [--rows 1000000] [--runs 20]

const f = flags();
const dbKind = f.get('db', 'sqlite');
const ROWS = f.num('rows', 1_000_000);
const RUNS = f.num('runs', 20);
const BATCH = 2000;
const YEAR = 365 * 86_400_000;
const START = Date.parse('2025-12-01T00:00:00+08:00');

function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

async function fill(db: Db, logins: string[]): Promise<void> {
  const actions = Object.keys(AUDIT_ACTION_WORDS);
  const random = rng(20261130);
  const hex = crypto.randomBytes(32).toString('hex');
  const started = performance.now();
  for (let from = 1; from <= ROWS; from += BATCH) {
    const rows = [];
    for (let id = from; id < Math.min(from + BATCH, ROWS + 1); id++) {
      // Skewed: a few people and processes write most entries (a clerk's receipts, a workflow's task rows).
      const person = random() < 0.6;
      const actor = person ? logins[Math.floor(logins.length * random() ** 2)] : `dual-notification:REG-${Math.floor(random() * 200_000)}`;
      const action = actions[Math.floor(actions.length * random() ** 3)];
      rows.push({
        id,
        at: new Date(START + Math.floor((YEAR * (id - 1)) / ROWS)),
        actorType: person ? 'user' : 'workflow',
        actor,
        action,
        targetType: action.split('.')[0] === 'task' ? 'task' : 'entity',
        targetId: String(Math.floor(random() * 300_000)),
        detail: '{}',
        prevHash: hex,
        hash: hex,
      });
    }
    await db.models.audit_log.bulkCreate(rows, { logging: false });
  }
  await db.models.audit_head.update({ lastId: ROWS }, { where: { id: 1 } });
  console.log(`filled ${ROWS} entries in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

async function main() {
  let url: string;
  if (dbKind === 'mysql') url = await freshMysqlDatabase('zj_audit_bench');
  else url = `sqlite:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zj-audit-bench-')), 'bench.sqlite')}`;
  const db = await openDb(url);
  await migrate(db);
  await loadMasterData(db);
  const logins = ((await db.models.users.findAll({ attributes: ['username'], order: [['username', 'ASC']], raw: true })) as any[]).map((u) => u.username as string);
  await fill(db, logins);
  const day = (d: number) => new Date(START + d * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
  const cases: Array<[string, AuditFilter, number]> = [
    ['newest first, no filter', {}, 1],
    ['no filter, page 100', {}, 100],
    ['a busy login (clerk)', { actor: logins[0] }, 1],
    ['a quiet login', { actor: logins[logins.length - 1] }, 1],
    ['a name fragment (受理员)', { actor: '受理员' }, 1],
    ['a common action (task.created)', { action: 'task.created' }, 1],
    ['a rare action (auditLog.verified)', { action: 'auditLog.verified' }, 1],
    ['one day', { from: day(200), to: day(200) }, 1],
    ['a login in one month', { actor: logins[0], from: day(180), to: day(210) }, 1],
    ['a target (entity 12345)', { targetType: 'entity', targetId: '12345' }, 1],
  ];
  const out: Array<Array<string | number>> = [['query', 'total', 'p50 ms', 'p99 ms', 'max ms']];
  for (const [name, filter, pageNo] of cases) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      total = (await listAuditLog(db, await auditWhere(db, filter), { page: pageNo, perPage: 25 })).total;
      times.push(performance.now() - t0);
    }
    const s = summary(times);
    out.push([name, total, ms(s.p50), ms(s.p99), ms(s.max)]);
  }
  console.log(`audit-log search at ${ROWS} entries on ${dbKind} (${RUNS} runs each; the page of 25 and its total), ${machine()}`);
  table(out);
  await db.close();
}

runBench(main);
