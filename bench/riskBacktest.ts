import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { connectDb, migrate } from '../db';
import { generateEntities, generateHistory, violationPropensity } from '../db/demo/generate';
import { mixSeed, mulberry32 } from '../db/demo/random';
import type { EntitySeed } from '../db/demo/types';
import { scoreRegister } from '../db/risk';
import { loadMasterData } from '../db/seed';
import { RISK_CLASSES } from '../domain/risk';
import { flags, machine, runBench, table } from './support/common';

// The credit-risk model's back-test (F14, issue 11), in the manner of the published evaluation of Chicago's
// food-inspection model: the demo district's generator gives each entity a hidden violation propensity that the
// model never reads (db/demo/generate.ts violationPropensity) and a history drawn from it (penalties, complaints,
// abnormal-operation listings, generateHistory). The register is scored at a date T by the model in force
// (db/risk.ts scoreRegister, as the nightly Schedule does); then --inspections checks after T are drawn at random
// from the active entities, each non-compliant with the entity's hidden propensity. Printed: the non-compliance rate
// of each class and the lift of D over A, and how many violations the first 5 % and 20 % of checks find when ordered
// by score against random order (which finds the overall rate). A model that does not beat random ordering says so.
//
//   npx tsc -p bench/tsconfig.json && node dist-bench/bench/riskBacktest.js [--entities 50000] [--inspections 20000]
//        [--seed 7] [--as-of 2026-06-30]

async function main(): Promise<void> {
  const f = flags();
  const entities = f.num('entities', 50_000);
  const inspections = f.num('inspections', 20_000);
  const seed = f.num('seed', 7);
  const asOf = f.get('as-of', '2026-06-30');
  console.log(`bench/riskBacktest.ts: ${entities.toLocaleString('en')} entities, ${inspections.toLocaleString('en')} checks after ${asOf}, seed ${seed}; ${machine()}`);
  const file = path.join(os.tmpdir(), `zj-risk-backtest-${crypto.randomBytes(4).toString('hex')}.sqlite`);
  const db = connectDb(`sqlite:${file}`);
  try {
    await migrate(db);
    await loadMasterData(db);
    let t = performance.now();
    const now = new Date();
    const register: Array<{ creditCode: string; status: string }> = [];
    let batch: EntitySeed[] = [];
    const flush = async () => {
      await db.writeTransaction(async (transaction) => {
        await db.models.entities.bulkCreate(batch.map((e) => ({ ...e, riskClass: 'B', lastEventAt: null })), { transaction });
        const facts = batch.flatMap((e) => generateHistory(e, seed, asOf).map((h, i) => ({ e, h, i })));
        await db.models.records.bulkCreate(
          facts.filter((x) => x.h.kind !== 'abnormalOperation').map(({ e, h, i }) => {
            const key = `回测${e.creditCode}-${i}`;
            return { kind: h.kind, departmentCode: 'SCJGJ', recordKey: key, keyHash: crypto.createHash('sha256').update(key).digest('hex'), creditCode: e.creditCode, entityName: e.name, occurredOn: h.on, data: {}, sourceDepartmentCode: 'SCJGJ', system: 'backtest', createdAt: now, updatedAt: now };
          }),
          { transaction },
        );
        await db.models.credit_listings.bulkCreate(
          facts.filter((x) => x.h.kind === 'abnormalOperation').map(({ e, h, i }) => ({ id: `backtest-${e.creditCode}-${i}`, creditCode: e.creditCode, entityName: e.name, listType: 'abnormalOperationList', reason: '通过登记的住所无法联系', documentNo: `回测${e.creditCode}`, authority: '金山区市场监督管理局', listedOn: h.on, status: 'active', source: 'backtest', workflowId: `backtest-${e.creditCode}`, createdAt: now, updatedAt: now })),
          { transaction },
        );
      });
      batch = [];
    };
    for (const e of generateEntities({ seed, count: entities })) {
      register.push({ creditCode: e.creditCode, status: e.status });
      batch.push(e);
      if (batch.length >= 2_000) await flush();
    }
    await flush();
    console.log(`  register and its history written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    const scored = await scoreRegister(db, asOf);
    console.log(`  scored ${scored.scored.toLocaleString('en')} entities at ${asOf} with model version ${scored.modelVersion} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const classes = new Map(((await db.select<{ creditCode: string; riskClass: string; score: number }>('SELECT creditCode, riskClass, score FROM entity_risk')) as any[]).map((r) => [r.creditCode, r]));

    // The checks after T: active entities drawn at random (without replacement), each non-compliant with its propensity.
    const rng = mulberry32(mixSeed(seed, 0xc4ec));
    const active = register.filter((e) => e.status === 'active');
    for (let i = active.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [active[i], active[j]] = [active[j], active[i]];
    }
    const checks = active.slice(0, Math.min(inspections, active.length)).map((e) => ({ ...classes.get(e.creditCode)!, failed: rng() < violationPropensity(seed, e.creditCode) }));
    const overall = checks.filter((c) => c.failed).length / checks.length;
    const rows = RISK_CLASSES.map((cls) => {
      const of = checks.filter((c) => c.riskClass === cls);
      const failed = of.filter((c) => c.failed).length;
      return { cls, share: of.length / checks.length, n: of.length, failed, rate: of.length ? failed / of.length : NaN };
    });
    const pct = (x: number) => (Number.isNaN(x) ? '—' : `${(100 * x).toFixed(1)} %`);
    table([['class', 'share of checks', 'checks', 'non-compliant', 'rate', 'against all'], ...rows.map((r) => [r.cls, pct(r.share), r.n, r.failed, pct(r.rate), Number.isNaN(r.rate) ? '—' : `${(r.rate / overall).toFixed(2)}×`]), ['all', '100 %', checks.length, checks.filter((c) => c.failed).length, pct(overall), '1.00×']]);
    const a = rows.find((r) => r.cls === 'A')!.rate;
    const d = rows.find((r) => r.cls === 'D')!.rate;
    console.log(`  lift of D over A: ${Number.isNaN(a) || Number.isNaN(d) || a === 0 ? 'not defined (a class is empty)' : `${(d / a).toFixed(2)}×`}`);
    // Ordered by score (ties at random, by the shuffle above) against random order: violations found by the first checks.
    const byScore = [...checks].sort((x, y) => y.score - x.score);
    for (const share of [0.05, 0.2]) {
      const k = Math.round(checks.length * share);
      const found = byScore.slice(0, k).filter((c) => c.failed).length;
      console.log(`  first ${share * 100} % of checks (${k}) by score: ${found} violations (${pct(found / k)}); random order finds ${pct(overall)} on average (${(found / k / overall).toFixed(2)}×)`);
    }
    const beats = !Number.isNaN(d) && !Number.isNaN(a) && d > overall && a < overall;
    console.log(`  ${beats ? 'the model beats random ordering: D above the overall rate, A below it' : 'THE MODEL DOES NOT BEAT RANDOM ORDERING on this district'}`);
  } finally {
    await db.close();
    fs.rmSync(file, { force: true });
  }
}

runBench(main);
