import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Op } from 'sequelize';
import { testDatabases } from './support/databases';
import { newCreditCode } from './support/events';
import { eventually, startPlatform, type TestPlatform } from './support/platform';

// The batch import workflow (归集, workflows/recordImport.ts) under faults: a worker killed with SIGKILL in the
// middle of the import and started again finishes it with every row stored once; an import cancelled while it
// imports stops, keeping the rows it stored; the same file uploaded again afterwards changes nothing.
const WORKER = path.resolve(__dirname, '../dist/worker/main.js');

const HEADERS = ['统一社会信用代码', '决定书文号', '处罚事项', '处罚依据', '处罚决定日期'];

/** A CSV of `n` penalties of one entity, each its own decision number (natural key). */
const csvOf = (creditCode: string, prefix: string, n: number) => Buffer.from([HEADERS.join(','), ...Array.from({ length: n }, (_, i) => `${creditCode},${prefix}-${i},经营超过保质期的食品,食品安全法第一百二十四条,2026-11-20`)].join('\n'));

describe.each(testDatabases)('record import workflow on $name', (database) => {
  let p: TestPlatform;
  let worker: ChildProcess | null = null;
  let clerk = '';
  let company = '';
  const uid = () => crypto.randomBytes(4).toString('hex');
  const upload = (bytes: Buffer, name: string) => p.api.post('/api/v1/imports').set('Authorization', `Bearer ${clerk}`).field('kind', 'penalty').attach('file', bytes, name);
  const view = async (id: number) => (await p.api.get(`/api/v1/imports/${id}`).set('Authorization', `Bearer ${clerk}`)).body;
  const stored = (prefix: string) => p.db.models.records.count({ where: { recordKey: { [Op.like]: `${prefix}-%` } } });

  const startWorker = () => {
    if (!fs.existsSync(WORKER)) throw new Error('dist/worker/main.js is missing: `npm test` builds it (npm run build:server)');
    worker = spawn(process.execPath, [WORKER], {
      env: { ...process.env, DATABASE_URL: p.config.DATABASE_URL, TEMPORAL_ADDRESS: p.config.TEMPORAL_ADDRESS, TASK_QUEUE: p.config.TASK_QUEUE, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  };

  beforeAll(async () => {
    p = await startPlatform(database, { worker: false });
    clerk = await p.login('clerk');
    company = newCreditCode();
    await p.db.models.entities.create({ creditCode: company, name: `上海枫泾导入故障测试有限公司${uid()}`, entityType: '有限责任公司', industryCode: 'F5223', regionCode: '310116102', address: '上海市金山区枫泾镇', legalRepresentative: '张某', businessScope: '日用百货销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2020-01-01', status: 'active' });
  });
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await p?.stop();
  });

  it('survives a worker killed mid-import: resumes at the next chunk and stores every row once', async () => {
    const prefix = `KILL${uid()}`;
    const rows = 20_000;
    startWorker();
    const res = await upload(csvOf(company, prefix, rows), 'kill.csv');
    expect(res.status).toBe(202);
    // Kill once some chunks are stored and most are not.
    await eventually(async () => {
      const v = await view(res.body.importId);
      return v.status === 'importing' && v.rowsDone > 0 && v.rowsDone < rows / 2;
    }, 120_000, 'the import under way');
    worker!.kill('SIGKILL');
    await new Promise((r) => worker!.once('exit', r));
    const atKill = await view(res.body.importId);
    expect(atKill.status).toBe('importing');
    expect(atKill.rowsDone).toBeLessThan(rows);

    startWorker();
    const done = await eventually(async () => {
      const v = await view(res.body.importId);
      return v.status === 'done' ? v : null;
    }, 180_000, 'the import done after the restart');
    expect(done.rowsDone).toBe(rows);
    expect(await stored(prefix)).toBe(rows);
    // The chunk in flight at the kill was stored again by its retry: merged into its own rows, none doubled.
    expect(done.stored + done.merged).toBeGreaterThanOrEqual(rows);
    worker!.kill('SIGKILL');
    await new Promise((r) => worker!.once('exit', r));
    worker = null;
  });

  it('cancels while importing: stops, keeps the rows already stored, and the same file again is that import', async () => {
    await p.startWorker();
    const prefix = `CANCEL${uid()}`;
    const rows = 20_000;
    const bytes = csvOf(company, prefix, rows);
    const res = await upload(bytes, 'cancel.csv');
    await eventually(async () => {
      const v = await view(res.body.importId);
      return v.status === 'importing' && v.rowsDone > 0;
    }, 120_000, 'the import under way');
    const cancel = await p.api.post(`/api/v1/imports/${res.body.importId}/cancel`).set('Authorization', `Bearer ${clerk}`);
    expect(cancel.status).toBe(200);
    const cancelled = await eventually(async () => {
      const v = await view(res.body.importId);
      return v.status === 'cancelled' ? v : null;
    }, 60_000, 'the import cancelled');
    expect(cancelled.rowsDone).toBeLessThan(rows);
    expect(await stored(prefix)).toBe(cancelled.rowsDone);
    expect(cancelled.finishedAt).toEqual(expect.any(String));

    const again = await upload(bytes, 'cancel-again.csv');
    expect([again.status, again.body.importId, again.body.status]).toEqual([200, res.body.importId, 'cancelled']);
    expect(await stored(prefix)).toBe(cancelled.rowsDone);
  });
});
