import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { viewDossier } from '../api/entities/dossier';
import { connectDb, migrate, type Db } from '../db';
import { dossierOf } from '../db/dossier';
import { loadMasterData } from '../db/seed';
import { newCreditCode } from '../test/support/events';
import { flags, freshMysqlDatabase, machine, ms, runBench, summary } from './support/common';

// The dossier (一户一档, F11; issue 10: p99 ≤ 200 ms for an entity with 1,000 records): one entity with
// --records rows spread over its tables (licenses, notices, inspections, cases with penalties, credit
// listings, warnings, open tasks), among --others entities' rows of the same tables, so the reads must use
// their indexes. Then --samples dossiers, one at a time, as the API builds them (viewDossier: the queries,
// the masking, the deadlines; without HTTP), for a department's clerk and for the administrator.
//
//   npx tsc -p bench/tsconfig.json && node dist-bench/bench/dossier.js [--db sqlite|mysql] [--records 1000]
//        [--others 20000] [--samples 300] [--database zj_dossier]

async function fill(db: Db, creditCode: string, n: number, others: number): Promise<void> {
  const m = db.models;
  const now = Date.now();
  const at = (i: number) => new Date(now - i * 3600_000);
  const day = (i: number) => new Date(now - i * 86_400_000).toISOString().slice(0, 10);
  const entity = (code: string, i: number) => ({ creditCode: code, name: `上海金山档案压测${i}有限公司`, entityType: '有限责任公司', industryCode: 'F5223', regionCode: '310116102', address: '上海市金山区枫泾镇', legalRepresentative: '王小明', businessScope: '食品销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2020-01-01', status: 'active' });
  const codes = [creditCode, ...Array.from({ length: Math.ceil(others / 10) }, () => newCreditCode())];
  await m.entities.bulkCreate(codes.map(entity));
  // Of every ten rows: 1 license, 1 notice, 3 inspections, 1 case, 1 listing (half ended), 1 warning, 2 open tasks.
  const rows = (code: string, count: number, offset: number) => {
    const of = (share: number) => Array.from({ length: Math.round((count * share) / 10) }, (_, k) => offset + k);
    return {
      licenses: of(1).map((i) => ({ creditCode: code, licenseItemCode: 'L001', departmentCode: 'SCJGJ', licenseNo: `JY${i}`, validFrom: day(i + 400), validTo: day(i - 1400), source: 'bench', createdAt: at(i) })),
      notifications: of(1).map((i) => ({ workflowId: `bench-notice-${code}-${i}`, eventId: `bench-${i}`, creditCode: code, licenseItemCode: 'L001', scopeItems: ['食品销售'], departmentCode: 'SCJGJ', candidateDepartmentCodes: [], stage: 'done', decision: 'issued', timeline: [], pushedAt: at(i), updatedAt: at(i) })),
      inspections: of(3).map((i) => ({ inspectionKey: `bench-${code}-${i}`, kind: 'routine', creditCode: code, entityName: '压测', departmentCode: 'SCJGJ', checkItemCodes: [], team: [], confirmedBy: [], status: 'completed', outcome: 'no_problem', results: [], finding: '电话13812345678', recordedBy: 'inspector', dueAt: at(i), recordedAt: at(i), workflowId: `bench-inspection-${i}` })),
      cases: of(1).map((i) => ({ caseKey: `bench-${code}-${i}`, inspectionKey: `bench-${code}-${i}`, creditCode: code, entityName: '压测', departmentCode: 'SCJGJ', stage: 'closed', filedAt: at(i), decidedAt: at(i), outcome: 'penalty', penalty: { decisionNo: `金市监处罚〔2026〕${i}号`, fineAmount: 5000 }, workflowId: `bench-case-${i}` })),
      listings: of(1).map((i) => ({ id: `bench-${code}-${i}`, creditCode: code, entityName: '压测', listType: 'abnormalOperationList', reason: '未公示年报', documentNo: `异${i}`, authority: '金山区市场监督管理局', listedOn: day(i), status: i % 2 ? 'active' : 'repaired', endedOn: i % 2 ? null : day(i - 1), source: 'bench', workflowId: `bench-listing-${i}`, createdAt: at(i), updatedAt: at(i) })),
      warnings: of(1).map((i) => ({ id: `bench-${code}-${i}`, source: 'manual', level: 'yellow', creditCode: code, entityName: '压测', subject: `压测预警${i}`, reason: '王小明 身份证310116198001011234', departmentCode: 'SCJGJ', status: 'open', raisedBy: 'user:clerk', raisedAt: at(i), workflowId: `bench-warning-${i}` })),
      tasks: of(2).map((i) => ({ taskKey: `bench-${code}-${i}`, type: 'receipt', title: `压测待办${i}`, status: 'open', departmentCode: i % 3 ? 'SCJGJ' : 'JTW', assigneeUsername: i % 2 ? 'clerk' : null, creditCode: code, entityName: '压测', dueAt: new Date(now + i * 3600_000), workflowId: `bench-task-${i}`, createdAt: at(i), allowedOutcomes: ['received'], data: {} })),
    };
  };
  const put = async (r: ReturnType<typeof rows>) => {
    await m.licenses.bulkCreate(r.licenses);
    await m.notifications.bulkCreate(r.notifications);
    await m.inspections.bulkCreate(r.inspections);
    await m.enforcement_cases.bulkCreate(r.cases);
    await m.credit_listings.bulkCreate(r.listings);
    await m.warnings.bulkCreate(r.warnings);
    await m.tasks.bulkCreate(r.tasks);
  };
  await put(rows(creditCode, n, 0));
  // The others' rows in batches of a few hundred entities, so the fill takes seconds, not minutes.
  for (let k = 1; k < codes.length; k += 200) {
    const batch = codes.slice(k, k + 200).map((code, j) => rows(code, 10, (k + j) * 10 + n));
    const all = (key: keyof ReturnType<typeof rows>): any[] => batch.flatMap((r) => r[key] as unknown[]);
    await put({ licenses: all('licenses'), notifications: all('notifications'), inspections: all('inspections'), cases: all('cases'), listings: all('listings'), warnings: all('warnings'), tasks: all('tasks') });
  }
}

async function main() {
  const f = flags();
  const kind = f.get('db', 'sqlite');
  const records = f.num('records', 1000);
  const others = f.num('others', 20000);
  const samples = f.num('samples', 300);
  const url = kind === 'mysql' ? await freshMysqlDatabase(f.get('database', 'zj_dossier')) : `sqlite:${path.join(os.tmpdir(), `zj-dossier-${process.pid}.sqlite`)}`;
  const db = connectDb(url);
  await migrate(db);
  await loadMasterData(db);
  const creditCode = newCreditCode();
  const t0 = performance.now();
  await fill(db, creditCode, records, others);
  console.log(`${machine()}\n${kind}: one entity with ${records} records among ${others} others' rows, filled in ${ms(performance.now() - t0)} ms`);
  const viewers = {
    clerk: { seesIdNumbers: false, districtWide: false, departmentCode: 'SCJGJ', departmentName: '金山区市场监督管理局' },
    admin: { seesIdNumbers: true, districtWide: true, departmentCode: 'QZF', departmentName: '金山区人民政府办公室' },
  };
  // The reads alone (db/dossier.ts), then the whole answer as the API builds it for each viewer.
  {
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      const s = performance.now();
      await dossierOf(db, creditCode, new Date().toISOString().slice(0, 10));
      times.push(performance.now() - s);
    }
    const r = summary(times);
    console.log(`reads only (dossierOf): n=${r.n} p50=${ms(r.p50)} ms p99=${ms(r.p99)} ms max=${ms(r.max)} ms`);
  }
  for (const [who, viewer] of Object.entries(viewers)) {
    for (let i = 0; i < 10; i++) await viewDossier(db, creditCode, viewer);
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < samples; i++) {
      const s = performance.now();
      const d = await viewDossier(db, creditCode, viewer);
      times.push(performance.now() - s);
      size = JSON.stringify(d).length;
    }
    const r = summary(times);
    console.log(`dossier as ${who}: n=${r.n} p50=${ms(r.p50)} ms p99=${ms(r.p99)} ms max=${ms(r.max)} ms (${Math.round(size / 1024)} KiB of JSON)`);
  }
  await db.sequelize.close();
  if (kind !== 'mysql') for (const s of ['', '-wal', '-shm']) fs.rmSync(url.slice('sqlite:'.length) + s, { force: true });
}

runBench(main);
