import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { runCheck } from '../api/eligibility/useCases';
import type { Temporal } from '../api/temporal';
import { connectDb, migrate, type Db } from '../db';
import type { SessionUser } from '../db/credentials';
import { checkById } from '../db/eligibility';
import { loadMasterData } from '../db/seed';
import { windowStart } from '../domain/eligibility';
import { shanghaiDate } from '../domain/workingDays';
import { newCreditCode } from '../test/support/events';
import { flags, freshMysqlDatabase, loadavg, machine, ms, runBench, summary } from './support/common';

// The support-eligibility check (F12; issue 10: 10,000 rows answered in ≤ 10 s): --entities registered entities,
// one in ten with a fact a policy looks at (a credit listing, a penalty record, a decided or open case); then
// --runs checks of a --rows workbook (80 % by credit code, 15 % by name alone, 5 % unknown) for the subsidy and the
// honours policy, each as the API runs it (runCheck: read the file, find the entities, read their facts in IN-list
// chunks, judge, store the check and its rows with the audit entry; Temporal stood in for) and then read back
// whole (checkById, what GET /eligibility-checks/{id} answers). Without HTTP.
//
//   npx tsc -p bench/tsconfig.json && node dist-bench/bench/eligibility.js [--db sqlite|mysql] [--entities 100000]
//        [--rows 10000] [--runs 5] [--database zj_eligibility]

async function fill(db: Db, n: number): Promise<Array<{ creditCode: string; name: string }>> {
  const m = db.models;
  const today = shanghaiDate(new Date());
  const now = new Date();
  const all: Array<{ creditCode: string; name: string }> = [];
  for (let k = 0; k < n; k += 1000) {
    const batch = Array.from({ length: Math.min(1000, n - k) }, (_, j) => ({ creditCode: newCreditCode(), name: `上海金山资格压测${k + j}有限公司` }));
    all.push(...batch);
    await m.entities.bulkCreate(batch.map((e, j) => ({ ...e, entityType: '有限责任公司', industryCode: 'F5223', regionCode: '310116102', address: '上海市金山区枫泾镇', legalRepresentative: '王小明', businessScope: '食品销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2020-01-01', status: (k + j) % 50 === 7 ? 'deregistered' : 'active' })));
    const marked = batch.filter((_, j) => (k + j) % 10 === 3);
    await m.credit_listings.bulkCreate(marked.filter((_, i) => i % 3 === 0).map((e, i) => ({ id: `bench-el-${k}-${i}`, creditCode: e.creditCode, entityName: e.name, listType: i % 2 ? 'dishonestDebtor' : 'abnormalOperationList', reason: '压测', documentNo: `压测${k}-${i}`, authority: '金山区市场监督管理局', listedOn: windowStart(today, 5), status: 'active', source: 'bench', workflowId: `bench-el-${k}-${i}`, createdAt: now, updatedAt: now })));
    await m.records.bulkCreate(marked.filter((_, i) => i % 3 === 1).map((e, i) => ({ kind: 'penalty', departmentCode: 'SCJGJ', recordKey: `压测处罚${k}-${i}`, keyHash: crypto.createHash('sha256').update(`压测处罚${k}-${i}`).digest('hex'), creditCode: e.creditCode, entityName: e.name, occurredOn: windowStart(today, 1 + (i % 30)), data: { decisionNo: `压测处罚${k}-${i}`, penaltyKinds: i % 4 ? ['fine'] : ['warning'] }, sourceDepartmentCode: 'SCJGJ', system: 'bench', createdAt: now, updatedAt: now })));
    await m.enforcement_cases.bulkCreate(marked.filter((_, i) => i % 3 === 2).map((e, i) => ({ caseKey: `bench-el-${k}-${i}`, inspectionKey: `bench-el-${k}-${i}`, creditCode: e.creditCode, entityName: e.name, departmentCode: 'SCJGJ', stage: i % 2 ? 'deciding' : 'closed', filedAt: now, decidedAt: i % 2 ? null : now, outcome: i % 2 ? null : 'penalty', penalty: i % 2 ? null : { decisionNo: `压测案${k}-${i}`, penaltyKind: 'fine' }, workflowId: `bench-el-${k}-${i}` })));
  }
  return all;
}

async function listWorkbook(entities: Array<{ creditCode: string; name: string }>, rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('名单');
  sheet.addRow(['序号', '统一社会信用代码', '企业名称']);
  for (let i = 0; i < rows; i++) {
    const e = entities[(i * 7919) % entities.length];
    if (i % 20 === 0) sheet.addRow([i + 1, newCreditCode(), `不存在的压测公司${i}`]);
    else if (i % 20 < 4) sheet.addRow([i + 1, null, e.name]);
    else sheet.addRow([i + 1, e.creditCode, e.name]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function main() {
  const f = flags();
  const kind = f.get('db', 'sqlite');
  const entities = f.num('entities', 100_000);
  const rows = f.num('rows', 10_000);
  const runs = f.num('runs', 5);
  const url = kind === 'mysql' ? await freshMysqlDatabase(f.get('database', 'zj_eligibility')) : `sqlite:${path.join(os.tmpdir(), `zj-eligibility-${process.pid}.sqlite`)}`;
  const db = connectDb(url);
  await migrate(db);
  await loadMasterData(db);
  const t0 = performance.now();
  const registered = await fill(db, entities);
  const file = await listWorkbook(registered, rows);
  console.log(`${machine()}\n${kind}: ${entities} entities (one in ten with a listing, a penalty or a case), a ${rows}-row list of ${(file.length / 1024).toFixed(0)} KiB, filled in ${ms(performance.now() - t0)} ms`);

  let started = 0;
  const temporal = { taskQueue: 'bench', client: { workflow: { start: async () => void started++ } } } as unknown as Temporal;
  const user = { id: 1, username: 'clerk', displayName: '压测', department: { code: 'SCJGJ', name: '金山区市场监督管理局', kind: 'bureau' }, roles: ['clerk'] } as SessionUser;
  for (const policy of ['subsidy', 'honors']) {
    const checks: number[] = [];
    const reads: number[] = [];
    let last: Awaited<ReturnType<typeof runCheck>> | null = null;
    for (let r = 0; r < runs; r++) {
      const a = performance.now();
      last = await runCheck(db, temporal, user, { policy, fileName: 'list.xlsx', bytes: file });
      const b = performance.now();
      await checkById(db, last.id);
      reads.push(performance.now() - b);
      checks.push(b - a);
    }
    const c = summary(checks);
    const g = summary(reads);
    const rowsOf = last!.rows;
    console.log(
      `${policy}: check of ${rows} rows p50 ${ms(c.p50)} ms, max ${ms(c.max)} ms (${runs} runs); read back p50 ${ms(g.p50)} ms; ` +
        `found ${rowsOf.filter((x) => x.found).length}, eligible ${rowsOf.filter((x) => x.eligible).length}, restricted ${rowsOf.filter((x) => x.screening).length}; ${loadavg()}`,
    );
  }
  console.log(`(feedback workflows the API would have started: ${started})`);
  await db.close();
}

runBench(main);
