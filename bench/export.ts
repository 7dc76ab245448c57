import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import express from 'express';
import { connectDb, migrate, type Db } from '../db';
import type { SessionUser } from '../db/credentials';
import { loadMasterData } from '../db/seed';
import { warningExport } from '../api/warnings/exports';
import { EXPORT_BATCH_ROWS, exportList, modelBatches, Paging } from '../api/lists';
import { taskExport } from '../api/tasks/export';
import { countTasks, listTasks, taskBatches } from '../api/tasks/repository';
import { newCreditCode } from '../test/support/events';
import { flags, freshMysqlDatabase, machine, ms, runBench } from './support/common';

// The list export (&format=xlsx, issue 10: up to 100,000 rows in bounded memory): --rows tasks of one
// department and as many warnings, exported whole as the routes do (api/lists.ts exportList: the task list
// in keyset batches over a supervisor's merged inbox branches, the warnings in keyset batches of their model), over HTTP to a
// client that reads the stream as a browser would. Prints the time, the file size and the process's peak RSS
// above what it held before the export (sampled every 20 ms), which is what "bounded" is about.
//
//   npx tsc -p bench/tsconfig.json && node dist-bench/bench/export.js [--db sqlite|mysql] [--rows 100000]
//        [--database zj_export] [--keep FILE.xlsx] [--batch 1000]

const supervisor: SessionUser = { id: 0, username: 'supervisor', displayName: '市场监管科长（演示）', department: { code: 'SCJGJ', name: '金山区市场监督管理局', kind: 'bureau' }, roles: ['supervisor'] };

async function fill(db: Db, n: number): Promise<void> {
  const now = Date.now();
  const creditCodes = Array.from({ length: 1000 }, () => newCreditCode());
  for (let k = 0; k < n; k += 5000) {
    const ids = Array.from({ length: Math.min(5000, n - k) }, (_, j) => k + j);
    await db.models.tasks.bulkCreate(
      ids.map((i) => ({
        taskKey: `bench-export-${i}`, type: i % 3 ? 'receipt' : 'licenseDecision', title: `压测导出待办 ${i}：上海金山导出压测${i % 1000}有限公司的双告知接收回执`, status: 'open',
        departmentCode: 'SCJGJ', assigneeUsername: i % 4 ? null : 'clerk', creditCode: creditCodes[i % 1000], entityName: `上海金山导出压测${i % 1000}有限公司`,
        dueAt: new Date(now + ((i % 30) - 5) * 86_400_000 + i), escalationLevel: i % 7 === 0 ? 1 : 0, workflowId: `bench-export-${i}`, createdAt: new Date(now - i * 1000), allowedOutcomes: ['received'], data: {},
      })),
    );
    await db.models.warnings.bulkCreate(
      ids.map((i) => ({
        id: `bench-export-${i}`, source: i % 2 ? 'auto' : 'manual', ruleCode: i % 2 ? 'licenseExpiring' : null, level: ['red', 'orange', 'yellow', 'blue'][i % 4], creditCode: creditCodes[i % 1000],
        entityName: `上海金山导出压测${i % 1000}有限公司`, subject: `压测预警 ${i}`, reason: '许可证将于 30 日内到期，请督促办理延续。', departmentCode: 'SCJGJ', status: 'open',
        raisedBy: i % 2 ? 'rule:licenseExpiring' : 'user:clerk', raisedAt: new Date(now - i * 1000), workflowId: `bench-export-warning-${i}`,
      })),
    );
  }
}

async function measure(name: string, handler: express.RequestHandler, keep?: string): Promise<void> {
  const app = express();
  app.get('/export', async (req, res, next) => {
    try {
      await handler(req, res, next);
    } catch (err) {
      next(err);
    }
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as AddressInfo;
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const { bytes, status } = await new Promise<{ bytes: number; status: number }>((resolve, reject) => {
    http
      .get(`http://127.0.0.1:${port}/export`, (res) => {
        let bytes = 0;
        const out = keep ? fs.createWriteStream(keep) : null;
        res.on('data', (c: Buffer) => {
          bytes += c.length;
          out?.write(c);
        });
        res.on('end', () => {
          out?.end();
          resolve({ bytes, status: res.statusCode ?? 0 });
        });
        res.on('error', reject);
      })
      .on('error', reject);
  });
  const took = performance.now() - t0;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  server.close();
  const mib = (b: number) => (b / 1024 / 1024).toFixed(0);
  console.log(`${name}: HTTP ${status}, ${ms(took)} ms, ${mib(bytes)} MiB of .xlsx, RSS ${mib(before)} → peak ${mib(peak)} MiB (+${mib(peak - before)} MiB)`);
}

async function main() {
  const f = flags();
  const kind = f.get('db', 'sqlite');
  const rows = f.num('rows', 100_000);
  const keep = f.has('keep') ? f.get('keep', '') : undefined;
  const batch = f.num('batch', EXPORT_BATCH_ROWS);
  const url = kind === 'mysql' ? await freshMysqlDatabase(f.get('database', 'zj_export')) : `sqlite:${path.join(os.tmpdir(), `zj-export-${process.pid}.sqlite`)}`;
  const db = connectDb(url);
  await migrate(db);
  await loadMasterData(db);
  const t0 = performance.now();
  await fill(db, rows);
  console.log(`${machine()}\n${kind}: ${rows} open tasks and ${rows} warnings of one department, filled in ${ms(performance.now() - t0)} ms; batches of ${batch}`);
  console.log(`the supervisor sees ${(await countTasks(db, supervisor)).overdue} overdue of them`);

  await measure(
    `tasks (我的待办 as a supervisor: ${rows} rows, keyset batches over the merged branches)`,
    async (_req, res) => {
      const f = {};
      await exportList(res, taskExport, { total: async () => (await listTasks(db, supervisor, f, { page: 1, perPage: 1, sort: 'dueAt', order: 'ASC' })).total, batches: () => taskBatches(db, supervisor, f, 'dueAt', 'ASC', batch) });
    },
    keep,
  );
  await measure(`warnings (${rows} rows, keyset batches by raisedAt)`, async (_req, res) => {
    const q = Paging.parse({ sort: 'raisedAt', order: 'DESC' });
    await exportList(res, warningExport(db), modelBatches(db.models.warnings, { departmentCode: 'SCJGJ' }, q, ['raisedAt'], batch));
  });
  await db.sequelize.close();
  if (kind !== 'mysql') for (const s of ['', '-wal', '-shm']) fs.rmSync(url.slice('sqlite:'.length) + s, { force: true });
}

runBench(main);
