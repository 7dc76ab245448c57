import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import ExcelJS from 'exceljs';
import { start } from '../api/server';
import { migrate, openDb } from '../db';
import { DEMO_PASSWORD, loadMasterData } from '../db/seed';
import { newCreditCode } from '../test/support/events';
import { forkWorker, mib } from './support/workerProcess';
import { benchConfig, flags, freshMysqlDatabase, loadavg, lockBenchDatabase, machine, ms, mysqlInfo, runBench, startTemporal } from './support/common';

// A batch import (归集, F10; issue 10: "an import of 100,000 rows is a Temporal workflow") end to end: a --rows
// .xlsx of penalties (nine in ten rows naming their entity by credit code, one in ten by name alone, one in a
// hundred refused for a bad date) uploaded as the clerk through the API, validated by the workflow, confirmed,
// and imported in chunks of 500 by the worker; the phases timed from the import's own view, as the UI polls it.
// The worker runs in a child process (bench/support/workerProcess.ts), so the API's and the worker's peak RSS
// (process.resourceUsage().maxRSS) are each their own; the workbook is written with exceljs's streaming writer
// (shared strings after the sheet, as Excel stores them) so writing it does not count against the API.
//
//   npx tsc -p bench/tsconfig.json && node dist-bench/bench/import.js [--db sqlite|mysql] [--rows 100000] [--entities 2000]

const DATABASE = 'zj_bench_import';
const HEADERS = ['统一社会信用代码', '主体名称', '决定书文号', '处罚事项', '处罚依据', '处罚种类', '罚款金额（元）', '处罚决定日期', '违法事实'];

async function workbook(entities: Array<{ creditCode: string; name: string }>, rows: number, file: string): Promise<Buffer> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const sheet = book.addWorksheet('数据');
  sheet.addRow(HEADERS).commit();
  for (let i = 0; i < rows; i++) {
    const e = entities[(i * 7919) % entities.length];
    const date = i % 100 === 99 ? '2026-02-30' : `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    sheet.addRow([i % 10 === 0 ? null : e.creditCode, e.name, `金市监罚〔2026〕压测${i}号`, '经营超过保质期的食品', '《中华人民共和国食品安全法》第一百二十四条', '警告、罚款', 1000 + (i % 50) * 100, date, '货架上有过期食品。']).commit();
  }
  sheet.commit();
  await book.commit();
  return fs.readFileSync(file);
}

async function main() {
  const f = flags();
  const rows = f.num('rows', 100_000);
  const entityCount = f.num('entities', 2000);
  const dbKind = f.get('db', 'sqlite');
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zj-bench-import-'));
  const lock = dbKind === 'mysql' ? await lockBenchDatabase(DATABASE) : null;
  const url = dbKind === 'mysql' ? await freshMysqlDatabase(DATABASE) : `sqlite:${path.join(dir, 'bench.sqlite')}`;
  const temporal = await startTemporal(path.join(dir, 'temporal.log'));
  const db = await openDb(url);
  await migrate(db);
  await loadMasterData(db);
  const entities = Array.from({ length: entityCount }, (_, i) => ({ creditCode: newCreditCode(), name: `上海金山导入压测${i}有限公司` }));
  for (let i = 0; i < entities.length; i += 1000) {
    await db.models.entities.bulkCreate(entities.slice(i, i + 1000).map((e) => ({ ...e, entityType: '有限责任公司', industryCode: 'F5223', regionCode: '310116102', address: '上海市金山区枫泾镇', legalRepresentative: '王小明', businessScope: '食品销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2020-01-01', status: 'active' })));
  }
  const t0 = performance.now();
  const file = await workbook(entities, rows, path.join(dir, 'penalties.xlsx'));
  console.log(`${machine()}\n${dbKind === 'mysql' ? await mysqlInfo() : 'SQLite'}: ${entityCount} entities; a ${rows}-row workbook of ${(file.length / 1024 / 1024).toFixed(1)} MiB written in ${ms(performance.now() - t0)} ms`);

  const config = benchConfig(url, temporal.address);
  const worker = await forkWorker(url, temporal.address, { TASK_QUEUE: config.TASK_QUEUE });
  const server = await start(config);
  const rssBefore = process.memoryUsage().rss;
  let rss = 0;
  let uploadRss = 0;
  let uploading = true;
  const sampler = setInterval(() => {
    rss = Math.max(rss, process.memoryUsage().rss);
    if (uploading) uploadRss = Math.max(uploadRss, process.memoryUsage().rss);
  }, 50);

  const login = await fetch(`${server.url}/api/v1/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'clerk', password: DEMO_PASSWORD }) });
  const auth = { Authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
  const form = new FormData();
  form.set('kind', 'penalty');
  form.set('file', new Blob([file]), 'penalties.xlsx');
  const u0 = performance.now();
  const started = (await (await fetch(`${server.url}/api/v1/imports`, { method: 'POST', headers: auth, body: form })).json()) as { importId: number };
  const uploaded = performance.now();
  uploading = false;
  // A poll whose kept-alive connection was closed meanwhile is asked again.
  const view = async (): Promise<any> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await (await fetch(`${server.url}/api/v1/imports/${started.importId}`, { headers: auth })).json();
      } catch (err) {
        if (attempt >= 5) throw err;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  };
  let v = await view();
  while (v.status === 'validating') {
    await new Promise((r) => setTimeout(r, 200));
    v = await view();
  }
  const validated = performance.now();
  const { peak: validationRss, live: validationLive } = await worker.mark();
  console.log(`upload answered in ${ms(uploaded - u0)} ms (the headers and first rows read, the file stored, the workflow started; API RSS ${mib(rssBefore)} before, ${mib(uploadRss)} at most meanwhile); validation of ${v.rowsTotal} rows in ${ms(validated - uploaded)} ms: ${v.rowsValid} valid, ${v.rowsRejected} refused, ${v.rowsAmbiguous} ambiguous (status ${v.status}); worker RSS at most ${mib(validationRss)} until then, its live heap then ${mib(validationLive)}`);
  if (v.status === 'needsReview') {
    const confirmed = await fetch(`${server.url}/api/v1/imports/${started.importId}/confirm`, { method: 'POST', headers: auth });
    if (!confirmed.ok) throw new Error(`confirm: ${confirmed.status} ${await confirmed.text()}`);
  }
  const i0 = performance.now();
  let lastLine = 0;
  while (v.status !== 'done' && v.status !== 'failed' && v.status !== 'cancelled') {
    await new Promise((r) => setTimeout(r, 500));
    v = await view();
    if (performance.now() - lastLine > 10_000 && v.status === 'importing') {
      lastLine = performance.now();
      console.log(`  importing: ${v.rowsDone} of ${v.rowsValid}, ${v.secondsLeft ?? '–'} s left (estimate)`);
    }
  }
  const imported = performance.now();
  clearInterval(sampler);
  const { maxRss: workerRss, peak: workerPeak, live: workerLive } = await worker.stop();
  const workerReady = worker.ready.readyRss;
  const seconds = (imported - i0) / 1000;
  const total = (imported - u0) / 1000;
  console.log(`import: ${v.status}, ${v.rowsDone} rows stored in ${seconds.toFixed(1)} s = ${(v.rowsDone / seconds).toFixed(0)} rows/s; upload to done ${total.toFixed(1)} s = ${(v.rowsDone / total).toFixed(0)} rows/s overall; records ${await db.models.records.count()}; peak RSS: API process ${mib(rss)} sampled, maxRSS ${mib(process.resourceUsage().maxRSS * 1024)} (with the bench's own setup); worker process maxRSS ${mib(workerRss)} (with its start-up), ${mib(workerReady)} once ready, ${mib(workerPeak)} at most while importing, its live heap at the end ${mib(workerLive)}; ${loadavg()}`);

  await server.stop();
  await db.close();
  await temporal.stop();
  await lock?.release();
  fs.rmSync(dir, { recursive: true, force: true });
}

runBench(main);
