import { TASK_TOTAL_CAP } from '../../api/tasks/repository';
import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { EXPORT_MAX_ROWS, modelBatches, page, Paging } from '../../api/lists';
import { XLSX_TYPE } from '../../api/workbook';
import { testDatabases } from '../support/databases';
import { newCreditCode } from '../support/events';
import { startPlatform, type TestPlatform } from '../support/platform';

// Every list of the admin UI + `&format=xlsx` (CONTRACT.md): the whole filtered list as a workbook a person
// reads — Chinese headers, names not keys — with the JSON list's filters and authority, every page of it.

const binary = (res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe.each(testDatabases)('list export (&format=xlsx) on $name', (database) => {
  let p: TestPlatform;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });
  const run = crypto.randomBytes(3).toString('hex');
  const hostile = `=HYPERLINK("http://evil.example","${run}")`;

  /** The workbook's rows as arrays of cell values (header first), and its cells' types. */
  async function workbook(path: string, user: string) {
    const res = await p.api.get(`${path}${path.includes('?') ? '&' : '?'}format=xlsx`).set(as(user)).buffer(true).parse(binary as never);
    expect([path, res.status, res.headers['content-type']]).toEqual([path, 200, XLSX_TYPE]);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[^"]+\.xlsx"; filename\*=UTF-8''%[0-9A-F]{2}/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { header: rows[0] as string[], rows: rows.slice(1), sheet };
  }
  const json = async (path: string, user: string) => {
    const res = await p.api.get(path).set(as(user));
    expect([path, res.status]).toEqual([path, 200]);
    return res.body as { data: any[]; total: number };
  };
  const column = (w: { header: string[]; rows: unknown[][] }, header: string) => {
    const i = w.header.indexOf(header);
    expect([header, i >= 0]).toEqual([header, true]);
    return w.rows.map((r) => r[i]);
  };
  const chineseHeaders = (header: string[]) => expect(header.filter((h) => !/[\u4e00-\u9fff]/.test(h))).toEqual([]);

  const scjgj = newCreditCode();
  const jtw = newCreditCode();

  beforeAll(async () => {
    p = await startPlatform(database, { worker: false });
    for (const u of ['admin', 'supervisor', 'jtw-supervisor', 'leader', 'inspector']) tokens[u] = await p.login(u);
    const m = p.db.models;
    const now = Date.now();
    // 1,203 open receipts of market regulation (more than one batch of 1,000), 3 of transport, one hostile name.
    const task = (i: number, departmentCode: string, creditCode: string, entityName: string) => ({
      taskKey: `export-${run}-${departmentCode}-${i}`, type: i % 2 ? 'receipt' : 'claim', title: `导出测试任务 ${i}`, status: 'open', departmentCode, assigneeUsername: null, creditCode, entityName,
      dueAt: new Date(now + ((i % 40) - 10) * 86_400_000), escalationLevel: 0, workflowId: `export-${run}-${i}`, createdAt: new Date(now - i * 1000), allowedOutcomes: ['received'], data: {},
    });
    await m.tasks.bulkCreate([
      ...Array.from({ length: 1202 }, (_, i) => task(i, 'SCJGJ', scjgj, `上海导出测试食品有限公司${run}`)),
      task(1202, 'SCJGJ', scjgj, hostile),
      ...Array.from({ length: 3 }, (_, i) => task(i, 'JTW', jtw, `上海导出测试运输有限公司${run}`)),
    ]);
    const warning = (i: number, departmentCode: string, creditCode: string, subject: string) => ({
      id: `export-${run}-${departmentCode}-${i}`, ruleCode: null, source: 'manual', level: i % 3 ? 'yellow' : 'red', creditCode, entityName: `上海导出测试食品有限公司${run}`, subject, reason: '测试', departmentCode,
      status: 'open', dedupeKey: null, raisedBy: 'user:supervisor', raisedAt: new Date(now - i * 60_000), workflowId: `export-warning-${run}-${departmentCode}-${i}`,
    });
    await m.warnings.bulkCreate([...Array.from({ length: 30 }, (_, i) => warning(i, 'SCJGJ', scjgj, `预警${i}`)), warning(30, 'SCJGJ', scjgj, hostile), warning(0, 'JTW', jtw, '交通预警')]);
    const listing = (i: number, listType: string) => ({
      id: `export-${run}-${i}`, creditCode: scjgj, entityName: i === 0 ? hostile : `上海导出测试食品有限公司${run}`, listType, reason: '+1 测试', documentNo: `测〔2026〕${run}${i}号`, authority: '金山区市场监督管理局',
      listedOn: '2026-11-02', expiresOn: '2029-11-01', status: 'active', source: 'test', workflowId: `export-listing-${run}-${i}`, createdAt: new Date(), updatedAt: new Date(),
    });
    await m.credit_listings.bulkCreate([...Array.from({ length: 5 }, (_, i) => listing(i, 'abnormalOperationList')), listing(5, 'seriousViolationList')]);
    const theCase = (i: number, departmentCode: string) => ({
      caseKey: `export-${run}-${departmentCode}-${i}`, inspectionKey: `export-${run}-${i}`, creditCode: departmentCode === 'SCJGJ' ? scjgj : jtw, entityName: i === 0 ? hostile : `导出测试案件主体${run}`, departmentCode,
      stage: i % 2 ? 'filing' : 'closed', filingDueAt: new Date(now + 86_400_000), workflowId: `export-case-${run}-${departmentCode}-${i}`, outcome: i % 2 ? null : 'penalty', penalty: i % 2 ? null : { decisionNo: `金市监罚〔2026〕${i}号`, penaltyKind: 'fine', amount: 5000 },
    });
    await m.enforcement_cases.bulkCreate([...Array.from({ length: 7 }, (_, i) => theCase(i, 'SCJGJ')), theCase(0, 'JTW')]);
    const plan = (i: number, departmentCode: string) => ({
      id: `EXP-${run}-${departmentCode}-${i}`, title: i === 0 ? hostile : `导出测试抽查计划${run}-${i}`, departmentCode, jointDepartmentCodes: departmentCode === 'SCJGJ' ? ['JTW'] : [], drawMode: 'planning', checkItemCodes: [],
      periodFrom: '2026-12-01', periodTo: '2026-12-31', entityFilter: {}, strata: [{ key: 'all', ratio: 0.05 }], inspectorFilter: {}, teamSize: 2, status: 'pendingApproval', createdBy: 'supervisor', createdAt: new Date(now - i * 1000),
    });
    await m.inspection_plans.bulkCreate([...Array.from({ length: 4 }, (_, i) => plan(i, 'SCJGJ')), plan(0, 'JTW')]);
    const inspection = (i: number, departmentCode: string) => ({
      inspectionKey: `export-${run}-${departmentCode}-${i}`, kind: 'routine', planId: null, creditCode: departmentCode === 'SCJGJ' ? scjgj : jtw, entityName: i === 0 ? hostile : `导出测试检查主体${run}`, departmentCode,
      checkItemCodes: [], team: departmentCode === 'SCJGJ' ? ['inspector'] : ['jtw-inspector-1'], status: 'open', results: [], confirmedBy: [], dueAt: new Date(now + 3 * 86_400_000), workflowId: `export-inspection-${run}-${departmentCode}-${i}`,
    });
    await m.inspections.bulkCreate([...Array.from({ length: 6 }, (_, i) => inspection(i, 'SCJGJ')), inspection(0, 'JTW')]);
  });
  afterAll(() => p?.stop());

  it('tasks: every page of the filtered list (more than one batch), past the JSON total’s cap, names and words not keys', async () => {
    const path = `/api/v1/tasks?entity=${scjgj}&status=open`;
    const w = await workbook(path, 'supervisor');
    chineseHeaders(w.header);
    expect(w.header.slice(0, 5)).toEqual(['任务类型', '标题', '状态', '市场主体', '统一社会信用代码']);
    // The page counts up to its cap and says there are more; the export counts, and writes, every row.
    expect(await json(path, 'supervisor')).toMatchObject({ total: TASK_TOTAL_CAP, totalIsLowerBound: true });
    expect(w.rows.length).toBe(1203);
    expect(new Set(column(w, '标题')).size).toBe(1203);
    expect(new Set(column(w, '任务类型'))).toEqual(new Set(['接收回执', '认领']));
    expect(new Set(column(w, '状态'))).toEqual(new Set(['待办']));
    expect(new Set(column(w, '承办部门'))).toEqual(new Set(['金山区市场监督管理局']));
    expect(column(w, '剩余工作日').every((n) => typeof n === 'number')).toBe(true);
    expect(column(w, '办理时限').every((d) => d instanceof Date)).toBe(true);
    // In the list's order (办理时限 ascending by default), as the JSON pages have it.
    const due = column(w, '办理时限') as Date[];
    expect(due.every((d, i) => i === 0 || due[i - 1].getTime() <= d.getTime())).toBe(true);
  });

  it('tasks: a filter narrows the export as it narrows the list, under a supervisor\'s and the merged inbox branches', async () => {
    const receipts = await workbook(`/api/v1/tasks?entity=${scjgj}&type=receipt`, 'supervisor');
    expect(receipts.rows.length).toBe((await json(`/api/v1/tasks?entity=${scjgj}&type=receipt`, 'supervisor')).total);
    expect(new Set(column(receipts, '任务类型'))).toEqual(new Set(['接收回执']));
    const sorted = await workbook(`/api/v1/tasks?entity=${scjgj}&sort=createdAt&order=DESC`, 'supervisor');
    const created = column(sorted, '创建时间') as Date[];
    expect(created.every((d, i) => i === 0 || created[i - 1].getTime() >= d.getTime())).toBe(true);
    expect(sorted.rows.length).toBe(1203);
  });

  it('tasks: another department\'s rows are absent, as from its JSON list', async () => {
    const w = await workbook(`/api/v1/tasks?q=${run}`, 'jtw-supervisor');
    expect(w.rows.length).toBe(3);
    expect(new Set(column(w, '统一社会信用代码'))).toEqual(new Set([jtw]));
    const mine = await workbook(`/api/v1/tasks?entity=${jtw}`, 'supervisor');
    expect(mine.rows).toEqual([]);
    expect((await json(`/api/v1/tasks?entity=${jtw}`, 'supervisor')).total).toBe(0);
  });

  it('writes formula-like text as text: a name beginning with = stays the text it was', async () => {
    for (const [path, header] of [
      [`/api/v1/tasks?entity=${scjgj}`, '市场主体'],
      [`/api/v1/warnings?entity=${scjgj}`, '预警事项'],
      [`/api/v1/credit-listings?entity=${scjgj}`, '市场主体'],
      [`/api/v1/cases?entity=${scjgj}`, '市场主体'],
      [`/api/v1/inspection-plans?q=${encodeURIComponent(run)}`, '计划名称'],
      [`/api/v1/inspections?entity=${scjgj}`, '市场主体'],
    ] as const) {
      const w = await workbook(path, 'supervisor');
      const i = w.header.indexOf(header);
      let found = 0;
      w.sheet.eachRow((row) => {
        const cell = row.getCell(i + 1);
        if (cell.value === hostile) {
          found++;
          expect([path, cell.type, cell.formula]).toEqual([path, ExcelJS.ValueType.String, undefined]);
        }
      });
      expect([path, found]).toEqual([path, 1]);
    }
  });

  it('warnings: the department\'s own, filtered by level, who raised them by name', async () => {
    const w = await workbook(`/api/v1/warnings?entity=${scjgj}`, 'supervisor');
    chineseHeaders(w.header);
    expect(w.rows.length).toBe(31);
    expect(w.rows.length).toBe((await json(`/api/v1/warnings?entity=${scjgj}`, 'supervisor')).total);
    expect(new Set(column(w, '发起人'))).toEqual(new Set(['市场监管科长（演示）']));
    expect(new Set(column(w, '责任部门'))).toEqual(new Set(['金山区市场监督管理局']));
    const red = await workbook(`/api/v1/warnings?entity=${scjgj}&level=red`, 'supervisor');
    expect(new Set(column(red, '预警等级'))).toEqual(new Set(['红色']));
    expect(red.rows.length).toBe((await json(`/api/v1/warnings?entity=${scjgj}&level=red`, 'supervisor')).total);
    expect((await workbook(`/api/v1/warnings?entity=${jtw}`, 'supervisor')).rows).toEqual([]);
    expect((await workbook(`/api/v1/warnings?entity=${jtw}`, 'admin')).rows.length).toBe(1);
  });

  it('credit listings, cases, plans and inspections: Chinese headers, the JSON total, the filter, and the other department absent', async () => {
    const listings = await workbook(`/api/v1/credit-listings?entity=${scjgj}&listType=abnormalOperationList`, 'supervisor');
    chineseHeaders(listings.header);
    expect(listings.rows.length).toBe(5);
    expect(new Set(column(listings, '名单'))).toEqual(new Set(['经营异常名录']));
    expect(new Set(column(listings, '状态'))).toEqual(new Set(['在列']));
    expect((column(listings, '列入日期')[0] as Date).toISOString()).toBe('2026-11-02T00:00:00.000Z');
    expect(column(listings, '列入事由')[0]).toBe('+1 测试');

    const cases = await workbook(`/api/v1/cases?entity=${scjgj}&stage=closed`, 'supervisor');
    chineseHeaders(cases.header);
    expect(cases.rows.length).toBe((await json(`/api/v1/cases?entity=${scjgj}&stage=closed`, 'supervisor')).total);
    expect(cases.rows.length).toBe(4);
    expect(new Set(column(cases, '阶段'))).toEqual(new Set(['已结案']));
    expect(new Set(column(cases, '处罚种类'))).toEqual(new Set(['罚款']));
    expect(new Set(column(cases, '罚款金额（元）'))).toEqual(new Set([5000]));
    expect((await workbook(`/api/v1/cases?entity=${jtw}`, 'supervisor')).rows).toEqual([]);

    const plans = await workbook(`/api/v1/inspection-plans?q=${encodeURIComponent(run)}`, 'supervisor');
    chineseHeaders(plans.header);
    expect(plans.rows.length).toBe(4);
    expect(plans.rows.length).toBe((await json(`/api/v1/inspection-plans?q=${encodeURIComponent(run)}`, 'supervisor')).total);
    expect(new Set(column(plans, '计划部门'))).toEqual(new Set(['金山区市场监督管理局']));
    expect(new Set(column(plans, '联合抽查部门'))).toEqual(new Set(['金山区交通委员会']));
    expect(new Set(column(plans, '创建人'))).toEqual(new Set(['市场监管科长（演示）']));
    expect(new Set(column(plans, '状态'))).toEqual(new Set(['待审批']));
    expect((await workbook(`/api/v1/inspection-plans?q=${encodeURIComponent(run)}`, 'leader')).rows.length).toBe(5);

    const inspections = await workbook(`/api/v1/inspections?entity=${scjgj}`, 'supervisor');
    chineseHeaders(inspections.header);
    expect(inspections.rows.length).toBe(6);
    expect(new Set(column(inspections, '检查组'))).toEqual(new Set(['市场监管执法员（演示）']));
    expect(new Set(column(inspections, '检查类型'))).toEqual(new Set(['日常检查']));
    expect((await workbook(`/api/v1/inspections?entity=${jtw}`, 'supervisor')).rows).toEqual([]);
  });

  it('collected records: the department\'s own, the kind in words, names not codes', async () => {
    const key = await p.apiKey(['records:write'], 'export-test', 'SCJGJ');
    await p.db.models.entities.create({ creditCode: scjgj, name: `上海导出测试食品有限公司${run}`, entityType: '有限责任公司', industryCode: 'F5223', regionCode: '310116102', address: '上海市金山区枫泾镇', legalRepresentative: '张某', businessScope: '日用百货销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2020-01-01', status: 'active' });
    const item = (k: string) => ({ key: k, creditCode: scjgj, department: 'SCJGJ', occurredOn: '2026-11-20', decisionNo: k, penaltyItem: hostile, legalBasis: '《中华人民共和国食品安全法》第一百二十四条', penaltyKinds: ['fine'], fineAmount: 5000 });
    const pushed = await p.api.post('/api/ext/v1/records').set('Authorization', `Bearer ${key}`).send({ kind: 'penalty', items: [item(`EXP-${run}-1`), item(`EXP-${run}-2`)] });
    expect([pushed.status, pushed.body.results]).toEqual([200, [expect.objectContaining({ status: 'stored' }), expect.objectContaining({ status: 'stored' })]]);
    const w = await workbook(`/api/v1/records?entity=${scjgj}&kind=penalty`, 'supervisor');
    chineseHeaders(w.header);
    expect(w.rows.length).toBe((await json(`/api/v1/records?entity=${scjgj}&kind=penalty`, 'supervisor')).total);
    expect(w.rows.length).toBe(2);
    expect(new Set(column(w, '类别'))).toEqual(new Set(['行政处罚']));
    expect(new Set(column(w, '所属部门'))).toEqual(new Set(['金山区市场监督管理局']));
    expect(column(w, '内容')[0]).toBe(hostile);
    expect((await workbook(`/api/v1/records?entity=${scjgj}`, 'jtw-supervisor')).rows).toEqual([]);
  });

  it('webhook subscriptions: the department\'s own, the events and status in words', async () => {
    // The row as a subscription's creation leaves it (this suite runs no worker to deliver to it).
    const url = `http://127.0.0.1:9/hook-${run}`;
    await p.db.models.subscriptions.create({ id: `sub-export-${run}`, departmentCode: 'SCJGJ', system: 'export-test', url, types: ['warning.raised', 'case.decided'], secret: 'x'.repeat(64), status: 'paused', cursor: 0, pausedReason: null, pausedAt: new Date(), lastDeliveryAt: null, lastDeliveryStatus: null, createdAt: new Date(), updatedAt: new Date() });
    const w = await workbook('/api/v1/subscriptions', 'supervisor');
    chineseHeaders(w.header);
    expect(w.rows.length).toBe((await json('/api/v1/subscriptions', 'supervisor')).total);
    const i = column(w, '接收地址').indexOf(url);
    expect(i).toBeGreaterThanOrEqual(0);
    expect([column(w, '订阅事件')[i], column(w, '状态')[i], column(w, '部门')[i]]).toEqual(['监管预警、案件决定', '已暂停', '金山区市场监督管理局']);
    expect(column(await workbook('/api/v1/subscriptions', 'jtw-supervisor'), '接收地址')).not.toContain(url);
  });

  it('keyset batches read every row once, in the order of the list\'s pages, ties broken by the key', async () => {
    const where = { creditCode: scjgj };
    for (const [sort, order] of [['level', 'ASC'], ['raisedAt', 'DESC'], ['level', 'DESC']] as const) {
      const q = Paging.parse({ sort, order, perPage: 100 });
      const pages = (await page(p.db.models.warnings, where, q, ['raisedAt', 'level'])).data.map((w: any) => w.id);
      const batched: string[] = [];
      const reader = modelBatches(p.db.models.warnings, where, q, ['raisedAt', 'level'], 4);
      expect(await reader.total()).toBe(31);
      for await (const batch of reader.batches()) batched.push(...batch.map((w: any) => w.id));
      expect([sort, order, batched]).toEqual([sort, order, pages]);
    }
  });

  it('the lists answered whole (departments, measures, warning rules, the feedback board) export whole', async () => {
    for (const [path, first] of [
      ['/api/v1/departments', '部门代码'],
      ['/api/v1/punishment-measures', '措施代码'],
      ['/api/v1/warning-rules', '预警规则'],
      ['/api/v1/punishment-feedback', '部门'],
    ] as const) {
      const w = await workbook(path, 'admin');
      chineseHeaders(w.header);
      expect([path, w.header[0], w.rows.length]).toEqual([path, first, (await json(path, 'admin')).total]);
    }
    const departments = await workbook('/api/v1/departments', 'admin');
    expect(departments.rows).toContainEqual(['SCJGJ', '金山区市场监督管理局', '委办局']);
  });

  it('a list of more than 100,000 rows is refused with export-too-large (narrow the filter), nothing sent', async () => {
    // 100,001 warnings of one department of their own, written by one statement.
    const dept = `BIG${run}`.slice(0, 32);
    const n = EXPORT_MAX_ROWS + 1;
    const q = (id: string) => p.db.sequelize.getQueryInterface().quoteIdentifier(id);
    // 0–999,999 from six tables of digits (SQL that SQLite and MariaDB both run; MariaDB would not take the recursive CTE here).
    const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((d) => `SELECT ${d} AS d`).join(' UNION ALL ');
    const digits = ['d0', 'd1', 'd2', 'd3', 'd4', 'd5'];
    const concat = database.name === 'mysql' ? (a: string, b: string) => `CONCAT(${a}, ${b})` : (a: string, b: string) => `${a} || ${b}`;
    await p.db.sequelize.query(
      `INSERT INTO ${q('warnings')} (${['id', 'source', 'level', 'creditCode', 'entityName', 'subject', 'reason', 'departmentCode', 'status', 'raisedBy', 'raisedAt', 'workflowId'].map(q).join(', ')})
       SELECT ${concat(`'${dept}-'`, 'i')}, 'manual', 'blue', '${scjgj}', '导出上限测试', ${concat("'上限'", 'i')}, '测试', '${dept}', 'open', 'user:admin', ?, ${concat(`'wf-${dept}-'`, 'i')}
       FROM (SELECT ${digits.map((d) => `${d}.d`).map((d, k) => `${d} * ${10 ** k}`).join(' + ')} + 1 AS i FROM ${digits.map((d) => `(${DIGITS}) AS ${d}`).join(' CROSS JOIN ')}) AS seq WHERE i <= ${n}`,
      { replacements: [new Date()] },
    );
    const res = await p.api.get(`/api/v1/warnings?departmentCode=${dept}&format=xlsx`).set(as('admin'));
    expect(res.status).toBe(422);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.type).toMatch(/\/export-too-large$/);
    expect(res.body.params).toEqual({ total: n, limit: EXPORT_MAX_ROWS });
    // The JSON list still pages through it.
    expect((await json(`/api/v1/warnings?departmentCode=${dept}&perPage=1`, 'admin')).total).toBe(n);
  });

  it('refuses an unknown format as bad input', async () => {
    const res = await p.api.get('/api/v1/tasks?format=csv').set(as('supervisor'));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('format');
  });
});
