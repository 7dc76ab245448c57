import ExcelJS from 'exceljs';
import { XLSX_TYPE } from '../../api/workbook';
import { fillHandlingTime } from '../../db/handlingTime';
import { refreshTaskTallies } from '../../db/taskTallies';
import { testDatabases } from '../support/databases';
import { startPlatform, type TestPlatform } from '../support/platform';

// 监管效能监督 (F8, CONTRACT.md GET /api/v1/efficiency and /efficiency/forecast) against tasks whose numbers
// were counted by hand, around a weekend (2026-03-07/08) and a district override that makes Wednesday
// 2026-03-04 a holiday; the forecast around overrides that fix the next days' calendar (day 2 a holiday).

const binary = (res: NodeJS.ReadableStream, done: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** An instant in Shanghai time. */
const sh = (local: string) => new Date(`${local}+08:00`);
const FAR = sh('2099-01-01T12:00:00');
const USERS = ['admin', 'leader', 'district', 'supervisor', 'jtw-supervisor', 'clerk', 'inspector', 'auditor'];

interface Fixture {
  key: string;
  type?: string;
  status: 'open' | 'claimed' | 'completed' | 'cancelled';
  department?: string;
  assignee: string | null;
  createdAt: Date;
  dueAt: Date;
  completedAt?: Date;
  escalationLevel?: number;
}

// Handling time = working days after the day created up to the day completed. March 2026 has no official
// holiday; the override takes out Wed 03-04.
const HISTORY: Fixture[] = [
  // Mon → Tue: 1 day; on time.
  { key: 'T1', status: 'completed', assignee: 'inspector', createdAt: sh('2026-03-02T10:00:00'), completedAt: sh('2026-03-03T09:00:00'), dueAt: sh('2026-03-09T23:59:59') },
  // Tue → Thu over the Wednesday holiday: 1 day; due Wednesday, so late.
  { key: 'T2', status: 'completed', assignee: 'inspector', createdAt: sh('2026-03-03T10:00:00'), completedAt: sh('2026-03-05T11:00:00'), dueAt: sh('2026-03-04T23:59:59') },
  // Fri → Mon over the weekend: 1 day; on time.
  { key: 'T3', status: 'completed', assignee: 'inspector', createdAt: sh('2026-03-06T10:00:00'), completedAt: sh('2026-03-09T15:00:00'), dueAt: sh('2026-03-13T23:59:59') },
  // Thu 03-05 → Fri 03-13: 03-06, 09, 10, 11, 12, 13 = 6 days; late; escalated once.
  { key: 'T4', status: 'completed', assignee: 'clerk', createdAt: sh('2026-03-05T09:00:00'), completedAt: sh('2026-03-13T17:00:00'), dueAt: sh('2026-03-10T23:59:59'), escalationLevel: 1 },
  // Done the day it came: 0 days; on time.
  { key: 'T5', status: 'completed', assignee: 'clerk', createdAt: sh('2026-03-02T08:00:00'), completedAt: sh('2026-03-02T16:00:00'), dueAt: sh('2026-03-09T23:59:59') },
  // Claimed, past due now, escalated to the district.
  { key: 'T6', status: 'claimed', assignee: 'inspector', createdAt: sh('2026-03-09T10:00:00'), dueAt: sh('2026-03-12T23:59:59'), escalationLevel: 2 },
  // Open, nobody holds it, due far ahead.
  { key: 'T7', status: 'open', assignee: null, createdAt: sh('2026-03-10T10:00:00'), dueAt: FAR },
  // Cancelled: received all the same.
  { key: 'T8', status: 'cancelled', assignee: 'clerk', createdAt: sh('2026-03-11T10:00:00'), dueAt: sh('2026-03-20T23:59:59') },
  // 03-01 00:10 in Shanghai is still 02-28 in UTC: inside the period.
  { key: 'T13', status: 'open', assignee: 'clerk', createdAt: sh('2026-03-01T00:10:00'), dueAt: FAR },
  // Another type: Mon → Wed holiday: 1 day (03-03); due Tuesday, so late.
  { key: 'T9', type: 'licenseDecision', status: 'completed', assignee: 'inspector', createdAt: sh('2026-03-02T10:00:00'), completedAt: sh('2026-03-04T10:00:00'), dueAt: sh('2026-03-03T23:59:59') },
  // Another department: Tue 03-03 → Tue 03-10: 03-05, 06, 09, 10 = 4 days (5 without the override); on time.
  { key: 'T10', department: 'JTW', status: 'completed', assignee: 'jtw-clerk', createdAt: sh('2026-03-03T10:00:00'), completedAt: sh('2026-03-10T10:00:00'), dueAt: sh('2026-03-20T23:59:59') },
  // Outside the period 2026-03-01 … 2026-03-13: before it, and 03-14 00:30 in Shanghai (03-13 in UTC).
  { key: 'T11', status: 'completed', assignee: 'clerk', createdAt: sh('2026-02-27T10:00:00'), completedAt: sh('2026-03-02T10:00:00'), dueAt: sh('2026-03-09T23:59:59') },
  { key: 'T12', status: 'open', assignee: 'inspector', createdAt: sh('2026-03-14T00:30:00'), dueAt: FAR },
];
const PERIOD = 'from=2026-03-01&to=2026-03-13';

describe.each(testDatabases)('efficiency supervision on $name', (database) => {
  let p: TestPlatform;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });
  const ids: Record<string, number> = {};
  // The forecast's calendar: today (Shanghai) and the days after it.
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const day = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

  async function insert(fixtures: Fixture[]) {
    for (const f of fixtures) {
      const row = await p.db.models.tasks.create({
        taskKey: `efficiency-test:${f.key}`,
        type: f.type ?? 'receipt',
        title: `效能测试 ${f.key}`,
        status: f.status,
        departmentCode: f.department ?? 'SCJGJ',
        assigneeUsername: f.assignee,
        creditCode: null,
        entityName: null,
        dueAt: f.dueAt,
        escalationLevel: f.escalationLevel ?? 0,
        workflowId: `efficiency-test-${f.key}`,
        createdAt: f.createdAt,
        completedAt: f.completedAt ?? null,
        outcome: f.completedAt ? 'received' : null,
        allowedOutcomes: [],
        data: {},
      });
      ids[f.key] = row.get('id') as number;
    }
  }

  beforeAll(async () => {
    p = await startPlatform(database, { worker: false });
    for (const u of USERS) tokens[u] = await p.login(u);
    await p.db.models.calendar_overrides.bulkCreate([
      { date: '2026-03-04', workingDay: false, note: '效能测试：区调休' },
      // The next days, whatever the official calendar says: 1 working, 2 a holiday, 3–8 working.
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ date: day(n), workingDay: n !== 2, note: '效能测试' })),
    ]);
    await insert(HISTORY);
  });
  afterAll(() => p?.stop());

  const get = async (path: string, user = 'leader') => {
    const res = await p.api.get(path).set(as(user));
    expect([path, res.status, res.body?.type]).toEqual([path, 200, undefined]);
    return res.body as { data: any[]; total: number };
  };
  const numbers = (r: any) => ({
    received: r.received,
    completed: r.completed,
    onTime: r.onTime,
    overdue: r.overdue,
    openOverdue: r.openOverdue,
    escalated: r.escalated,
    medianWorkingDays: r.medianWorkingDays,
    p90WorkingDays: r.p90WorkingDays,
  });
  const byId = (rows: any[]) => Object.fromEntries(rows.map((r) => [r.id, r]));

  describe('GET /efficiency', () => {
    it('counts per department and task type what was counted by hand, in working days on the calendar with its overrides', async () => {
      const { data, total } = await get(`/api/v1/efficiency?by=department&${PERIOD}`);
      expect(total).toBe(3);
      const rows = byId(data);
      expect(Object.keys(rows).sort()).toEqual(['JTW|receipt', 'SCJGJ|licenseDecision', 'SCJGJ|receipt']);
      // Handling days 1, 1, 1, 6, 0 → median 1, p90 (nearest rank: the 5th of 5) 6.
      expect(numbers(rows['SCJGJ|receipt'])).toEqual({ received: 9, completed: 5, onTime: 3, overdue: 2, openOverdue: 1, escalated: 2, medianWorkingDays: 1, p90WorkingDays: 6 });
      expect(numbers(rows['SCJGJ|licenseDecision'])).toEqual({ received: 1, completed: 1, onTime: 0, overdue: 1, openOverdue: 0, escalated: 0, medianWorkingDays: 1, p90WorkingDays: 1 });
      expect(numbers(rows['JTW|receipt'])).toEqual({ received: 1, completed: 1, onTime: 1, overdue: 0, openOverdue: 0, escalated: 0, medianWorkingDays: 4, p90WorkingDays: 4 });
      expect(rows['SCJGJ|receipt']).toMatchObject({ taskType: 'receipt', department: { code: 'SCJGJ', name: '金山区市场监督管理局' }, person: null });
    });

    it('per person: by name with their department, tasks nobody holds as one row of the department; the median of an even count between the middle two', async () => {
      const { data } = await get(`/api/v1/efficiency?by=person&taskType=receipt&department=SCJGJ&${PERIOD}`);
      const rows = byId(data);
      expect(Object.keys(rows).sort()).toEqual(['-SCJGJ|receipt', '@clerk|receipt', '@inspector|receipt']);
      expect(numbers(rows['@inspector|receipt'])).toEqual({ received: 4, completed: 3, onTime: 2, overdue: 1, openOverdue: 1, escalated: 1, medianWorkingDays: 1, p90WorkingDays: 1 });
      // Days 6 and 0: median 3, p90 6.
      expect(numbers(rows['@clerk|receipt'])).toEqual({ received: 4, completed: 2, onTime: 1, overdue: 1, openOverdue: 0, escalated: 1, medianWorkingDays: 3, p90WorkingDays: 6 });
      expect(numbers(rows['-SCJGJ|receipt'])).toEqual({ received: 1, completed: 0, onTime: 0, overdue: 0, openOverdue: 0, escalated: 0, medianWorkingDays: null, p90WorkingDays: null });
      expect(rows['@clerk|receipt'].person).toEqual({ username: 'clerk', displayName: '市场监管受理员（演示）', department: { code: 'SCJGJ', name: '金山区市场监督管理局' } });
      expect(rows['-SCJGJ|receipt']).toMatchObject({ person: null, department: { code: 'SCJGJ' } });
    });

    it('the period is on Shanghai days: the day before it and the first minutes of the day after it stay out', async () => {
      const wide = byId((await get('/api/v1/efficiency?by=department&taskType=receipt&department=SCJGJ&from=2026-02-01&to=2026-03-14')).data);
      expect(wide['SCJGJ|receipt'].received).toBe(11);
      const lastDay = byId((await get('/api/v1/efficiency?by=department&taskType=receipt&from=2026-03-14&to=2026-03-14')).data);
      expect(Object.keys(lastDay)).toEqual(['SCJGJ|receipt']);
      expect(lastDay['SCJGJ|receipt'].received).toBe(1);
    });

    it('the tasks behind each number are the task list with the drill-down filters', async () => {
      const base = 'department=SCJGJ&type=receipt&createdFrom=2026-03-01T00:00:00%2B08:00&createdBefore=2026-03-14T00:00:00%2B08:00&perPage=100';
      const keysOf = async (filter: string) => {
        const { data } = await get(`/api/v1/tasks?${base}&${filter}`);
        const byTaskId = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
        return data.map((t) => byTaskId[t.id]).sort();
      };
      expect(await keysOf('completedLate=true')).toEqual(['T2', 'T4']);
      expect(await keysOf('completedLate=false')).toEqual(['T1', 'T3', 'T5']);
      expect(await keysOf('status=completed&assignee=clerk')).toEqual(['T4', 'T5']);
      expect(await keysOf('overdue=true&status=open,claimed')).toEqual(['T6']);
      expect(await keysOf('escalated=true')).toEqual(['T4', 'T6']);
      expect(await keysOf('unassigned=true')).toEqual(['T7']);
      expect(await keysOf('status=open,claimed,completed,cancelled')).toEqual(['T1', 'T13', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8']);
    });

    it('exports the table as a workbook with Chinese headers and task types', async () => {
      const res = await p.api.get(`/api/v1/efficiency?by=person&department=SCJGJ&taskType=receipt&${PERIOD}&format=xlsx`).set(as('leader')).buffer(true).parse(binary as never);
      expect([res.status, res.headers['content-type']]).toEqual([200, XLSX_TYPE]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      expect(rows[0]).toEqual(['部门', '办理人', '任务类型', '收到', '办结', '按期办结', '超期办结', '在办超期', '督办', '办理用时中位数（工作日）', '办理用时P90（工作日）']);
      expect(rows.slice(1)).toContainEqual(['金山区市场监督管理局', '市场监管受理员（演示）', '接收回执', 4, 2, 1, 1, 0, 1, 3, 6]);
      expect(rows).toHaveLength(4);
    });
  });

  describe('GET /efficiency/trend', () => {
    const trendNumbers = (r: any) => [r.id, r.label, r.received, r.completed, r.onTime, r.overdue, r.onTimeRate, r.medianWorkingDays, r.p90WorkingDays];

    it('weekly: whole weeks Monday to Sunday, counted by hand (03-01 is a Sunday, so the first week begins 02-23)', async () => {
      const body = (await get('/api/v1/efficiency/trend?interval=week&from=2026-03-01&to=2026-03-13')) as any;
      expect([body.interval, body.from, body.to, body.total]).toEqual(['week', '2026-03-01', '2026-03-13', 3]);
      expect(body.data.map(trendNumbers)).toEqual([
        // T11 (Fri 02-27 → Mon 03-02: 2 days, since Saturday 02-28 is the Spring Festival's make-up working day; on time) and T13 (open).
        ['2026-02-23', '2月23日–3月1日', 2, 1, 1, 0, 100, 2, 2],
        // T1, T2, T3, T4, T5, T9, T10: days 1, 1, 1, 6, 0, 1, 4; late T2, T4, T9. Sorted 0 1 1 1 1 4 6: median 1, p90 the 7th.
        ['2026-03-02', '3月2日–3月8日', 7, 7, 4, 3, 57.1, 1, 6],
        // T6, T7, T8 (cancelled) and T12 (03-14 00:30 in Shanghai): nothing completed.
        ['2026-03-09', '3月9日–3月15日', 4, 0, 0, 0, null, null, null],
      ]);
    });

    it('monthly, and a supervisor gets their own department (without JTW’s T10: an even count, median between the middle two)', async () => {
      const all = (await get('/api/v1/efficiency/trend?interval=month&from=2026-02-10&to=2026-03-20')) as any;
      expect(all.data.map(trendNumbers)).toEqual([
        ['2026-02', '2026年2月', 1, 1, 1, 0, 100, 2, 2],
        ['2026-03', '2026年3月', 12, 7, 4, 3, 57.1, 1, 6],
      ]);
      const own = (await get('/api/v1/efficiency/trend?interval=week&from=2026-03-02&to=2026-03-08', 'supervisor')) as any;
      // T1, T2, T3, T4, T5, T9: days 0 1 1 1 1 6: median 1, p90 the 6th (6).
      expect(own.data.map(trendNumbers)).toEqual([['2026-03-02', '3月2日–3月8日', 6, 6, 3, 3, 50, 1, 6]]);
      const jtw = (await get('/api/v1/efficiency/trend?interval=week&from=2026-03-02&to=2026-03-08&department=JTW')) as any;
      expect(jtw.data.map(trendNumbers)).toEqual([['2026-03-02', '3月2日–3月8日', 1, 1, 1, 0, 100, 4, 4]]);
      const res = await p.api.get('/api/v1/efficiency/trend?department=JTW').set(as('supervisor'));
      expect([res.status, res.body.type]).toEqual([403, 'https://zongjian.dev/problems/efficiency-other-department']);
    });

    it('by default the 12 months up to today; more than 53 weeks answers 400 trend-too-long', async () => {
      const body = (await get('/api/v1/efficiency/trend')) as any;
      expect([body.interval, body.total, body.to]).toEqual(['month', 12, today]);
      expect(body.data[11].id).toBe(today.slice(0, 7));
      const res = await p.api.get('/api/v1/efficiency/trend?interval=week&from=2025-01-01&to=2026-03-13').set(as('leader'));
      expect([res.status, res.body.type, res.body.errors.map((e: any) => e.field)]).toEqual([400, 'https://zongjian.dev/problems/trend-too-long', ['from']]);
      const reversed = await p.api.get('/api/v1/efficiency/trend?from=2026-03-13&to=2026-03-01').set(as('leader'));
      expect([reversed.status, reversed.body.type]).toEqual([400, 'https://zongjian.dev/problems/period-reversed']);
      const unknown = await p.api.get('/api/v1/efficiency/trend?interval=day').set(as('leader'));
      expect([unknown.status, unknown.body.errors.map((e: any) => e.field)]).toEqual([400, ['interval']]);
    });

    it('exports the trend as a workbook with Chinese headers', async () => {
      const res = await p.api.get('/api/v1/efficiency/trend?interval=week&from=2026-03-01&to=2026-03-13&format=xlsx').set(as('leader')).buffer(true).parse(binary as never);
      expect([res.status, res.headers['content-type']]).toEqual([200, XLSX_TYPE]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      expect(rows[0]).toEqual(['周', '收到', '办结', '按期办结', '超期办结', '按期办结率（%）', '办理用时中位数（工作日）', '办理用时P90（工作日）']);
      expect(rows[2]).toEqual(['3月2日–3月8日', 7, 7, 4, 3, 57.1, 1, 6]);
    });

    it('handling times stamped by the schema step for tasks completed before it are the same as those stamped at completion', async () => {
      const before = (await get('/api/v1/efficiency/trend?interval=month&from=2026-02-10&to=2026-03-20')) as any;
      await p.db.execute("UPDATE tasks SET handlingWorkingDays = NULL WHERE taskKey LIKE 'efficiency-test:%'");
      const blank = (await get('/api/v1/efficiency/trend?interval=month&from=2026-02-10&to=2026-03-20')) as any;
      expect(blank.data[1].medianWorkingDays).toBeNull();
      expect(await fillHandlingTime(p.db)).toBeGreaterThanOrEqual(8);
      expect(((await get('/api/v1/efficiency/trend?interval=month&from=2026-02-10&to=2026-03-20')) as any).data).toEqual(before.data);
    });
  });

  describe('who sees what', () => {
    it('leaders, administrators and the district office see every department', async () => {
      for (const user of ['leader', 'admin', 'district']) {
        const { data } = await get(`/api/v1/efficiency?${PERIOD}`, user);
        expect([user, data.map((r) => r.id).sort()]).toEqual([user, ['JTW|receipt', 'SCJGJ|licenseDecision', 'SCJGJ|receipt']]);
      }
    });

    it('a supervisor sees their own department only, and naming another answers 403', async () => {
      expect((await get(`/api/v1/efficiency?${PERIOD}`, 'supervisor')).data.map((r) => r.id).sort()).toEqual(['SCJGJ|licenseDecision', 'SCJGJ|receipt']);
      expect((await get(`/api/v1/efficiency?${PERIOD}`, 'jtw-supervisor')).data.map((r) => r.id)).toEqual(['JTW|receipt']);
      expect((await get(`/api/v1/efficiency?department=SCJGJ&${PERIOD}`, 'supervisor')).total).toBe(2);
      for (const path of [`/api/v1/efficiency?department=JTW&${PERIOD}`, '/api/v1/efficiency/forecast?department=JTW']) {
        const res = await p.api.get(path).set(as('supervisor'));
        expect([res.status, res.body.type]).toEqual([403, 'https://zongjian.dev/problems/efficiency-other-department']);
      }
    });

    it('clerks, inspectors and auditors get 403', async () => {
      for (const user of ['clerk', 'inspector', 'auditor']) {
        for (const path of ['/api/v1/efficiency', '/api/v1/efficiency/forecast', '/api/v1/efficiency/trend']) {
          const res = await p.api.get(path).set(as(user));
          expect([user, path, res.status, res.body.type]).toEqual([user, path, 403, 'https://zongjian.dev/problems/role-required']);
        }
      }
    });
  });

  describe('bad input', () => {
    it.each([
      ['an unknown grouping', '/api/v1/efficiency?by=team', 'invalid-input', 'by'],
      ['a date that does not exist', '/api/v1/efficiency?from=2026-02-30', 'invalid-input', 'from'],
      ['a date in another form', '/api/v1/efficiency?to=13.03.2026', 'invalid-input', 'to'],
      ['an unknown task type', '/api/v1/efficiency?taskType=coffee', 'invalid-input', 'taskType'],
      ['a period that ends before it begins', '/api/v1/efficiency?from=2026-03-13&to=2026-03-01', 'period-reversed', 'to'],
      ['an unknown grouping of the forecast', '/api/v1/efficiency/forecast?by=team', 'invalid-input', 'by'],
    ])('%s answers 400 with its code and field', async (_what, path, code, field) => {
      const res = await p.api.get(path).set(as('leader'));
      expect([res.status, res.type, res.body.type]).toEqual([400, 'application/problem+json', `https://zongjian.dev/problems/${code}`]);
      expect(res.body.errors.map((e: any) => e.field)).toContain(field);
    });
  });

  describe('GET /efficiency/forecast', () => {
    // Days from today: 1 working, 2 a holiday, 3–8 working. The next 1 working day ends with day 1, the
    // next 3 with day 4 (1, 3, 4), the next 5 with day 6 (1, 3, 4, 5, 6).
    const forecastFixtures = (): Fixture[] => [
      { key: 'F1', status: 'open', assignee: 'inspector', createdAt: new Date(), dueAt: sh(`${today}T23:59:00`) },
      { key: 'F2', status: 'claimed', assignee: 'inspector', createdAt: new Date(), dueAt: sh(`${day(1)}T12:00:00`) },
      { key: 'F3', status: 'claimed', assignee: 'inspector', createdAt: new Date(), dueAt: sh(`${day(2)}T12:00:00`) },
      { key: 'F4', status: 'claimed', assignee: 'clerk', createdAt: new Date(), dueAt: sh(`${day(4)}T20:00:00`) },
      { key: 'F5', status: 'claimed', assignee: 'clerk', createdAt: new Date(), dueAt: sh(`${day(5)}T09:00:00`) },
      { key: 'F6', status: 'open', assignee: null, createdAt: new Date(), dueAt: sh(`${day(6)}T23:59:00`) },
      // Beyond the 5th working day, already overdue, and completed: none of them counts.
      { key: 'F7', status: 'open', assignee: 'clerk', createdAt: new Date(), dueAt: sh(`${day(7)}T10:00:00`) },
      { key: 'F8', status: 'open', assignee: 'clerk', createdAt: new Date(), dueAt: new Date(Date.now() - 3600_000) },
      { key: 'F9', status: 'completed', assignee: 'clerk', createdAt: new Date(), completedAt: new Date(), dueAt: sh(`${day(1)}T12:00:00`) },
      { key: 'F10', department: 'JTW', status: 'open', assignee: 'jtw-clerk', createdAt: new Date(), dueAt: sh(`${day(1)}T18:00:00`) },
    ];
    beforeAll(() => insert(forecastFixtures()));

    it('counts per department the open tasks due by the end of the next 1, 3 and 5 working days', async () => {
      const res = await p.api.get('/api/v1/efficiency/forecast?by=department').set(as('leader'));
      expect(res.status).toBe(200);
      const rows = byId(res.body.data);
      expect(Object.keys(rows).sort()).toEqual(['JTW', 'SCJGJ']);
      expect(rows.SCJGJ).toMatchObject({ within1: 2, within3: 4, within5: 6, department: { code: 'SCJGJ' } });
      expect(rows.JTW).toMatchObject({ within1: 1, within3: 1, within5: 1 });
      expect(res.body.horizons).toEqual({ 1: sh(`${day(1)}T23:59:59.999`).toISOString(), 3: sh(`${day(4)}T23:59:59.999`).toISOString(), 5: sh(`${day(6)}T23:59:59.999`).toISOString() });
    });

    it('per person, and a supervisor only their own department', async () => {
      const rows = byId((await get('/api/v1/efficiency/forecast?by=person', 'supervisor')).data);
      expect(Object.keys(rows).sort()).toEqual(['-SCJGJ', '@clerk', '@inspector']);
      expect(rows['@inspector']).toMatchObject({ within1: 2, within3: 3, within5: 3, person: { displayName: '市场监管执法员（演示）' } });
      expect(rows['@clerk']).toMatchObject({ within1: 0, within3: 1, within5: 2 });
      expect(rows['-SCJGJ']).toMatchObject({ within1: 0, within3: 0, within5: 1, person: null });
    });

    it('exports the forecast as a workbook: people by name, tasks nobody holds as 未分派', async () => {
      const res = await p.api.get('/api/v1/efficiency/forecast?by=person&department=SCJGJ&format=xlsx').set(as('leader')).buffer(true).parse(binary as never);
      expect([res.status, res.headers['content-type']]).toEqual([200, XLSX_TYPE]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body as unknown as ArrayBuffer);
      const rows: unknown[][] = [];
      book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      expect(rows[0]).toEqual(['部门', '办理人', '1个工作日内将超期', '3个工作日内将超期', '5个工作日内将超期']);
      expect(rows.slice(1)).toEqual(expect.arrayContaining([['金山区市场监督管理局', '市场监管执法员（演示）', 2, 3, 3], ['金山区市场监督管理局', '（未分派）', 0, 0, 1]]));
      expect(rows).toHaveLength(4);
    });

    it('drills down to the tasks: the task list from now to the end of the horizon', async () => {
      const { now, horizons } = (await p.api.get('/api/v1/efficiency/forecast').set(as('leader'))).body;
      const dueBefore = new Date(Date.parse(horizons[3]) + 1).toISOString();
      const { data } = await get(`/api/v1/tasks?status=open,claimed&department=SCJGJ&dueFrom=${encodeURIComponent(now)}&dueBefore=${encodeURIComponent(dueBefore)}&perPage=100`);
      expect(data.map((t) => t.id).sort()).toEqual(['F1', 'F2', 'F3', 'F4'].map((k) => ids[k]).sort());
    });
  });
  describe('with the settled tasks tallied (db/taskTallies.ts)', () => {
    // A count at 2026-03-20 (cut 5 minutes before): T1–T5, T9, T10 and T11 are tallied, February's and March's
    // whole months; T8 (cancelled, no completion time) and the open ones stay live. The numbers are those counted
    // by hand above, whichever way they are read.
    const SPRING = 'from=2026-02-01&to=2026-03-31';
    beforeAll(async () => {
      await refreshTaskTallies(p.db, sh('2026-03-20T12:00:00'));
    });

    it('tallies only the tasks settled before the cut, per month of creation in Shanghai', async () => {
      const rows = (await p.db.models.task_tallies.findAll({ where: { departmentCode: 'SCJGJ', type: 'receipt' }, raw: true })) as any[];
      const byMonth = (m: string) => rows.filter((r) => r.month === m).reduce((n, r) => n + r.received, 0);
      expect([byMonth('2026-02'), byMonth('2026-03')]).toEqual([1, 5]);
    });

    it('a partial month is read live: the same numbers as before the count', async () => {
      const rows = byId((await get(`/api/v1/efficiency?by=department&${PERIOD}`)).data);
      expect(numbers(rows['SCJGJ|receipt'])).toEqual({ received: 9, completed: 5, onTime: 3, overdue: 2, openOverdue: 1, escalated: 2, medianWorkingDays: 1, p90WorkingDays: 6 });
      const wide = byId((await get('/api/v1/efficiency?by=department&taskType=receipt&department=SCJGJ&from=2026-02-01&to=2026-03-14')).data);
      expect(wide['SCJGJ|receipt'].received).toBe(11);
    });

    it('whole months from the tallies and the rest live; a task settled after the cut is counted once', async () => {
      // February and March: T1–T8, T11, T12, T13; handling days 1, 1, 1, 6, 0 and T11's 2 → median 1, p90 6.
      const before = byId((await get(`/api/v1/efficiency?by=department&${SPRING}`)).data);
      expect(numbers(before['SCJGJ|receipt'])).toEqual({ received: 11, completed: 6, onTime: 4, overdue: 2, openOverdue: 1, escalated: 2, medianWorkingDays: 1, p90WorkingDays: 6 });
      expect(numbers(before['JTW|receipt'])).toEqual({ received: 1, completed: 1, onTime: 1, overdue: 0, openOverdue: 0, escalated: 0, medianWorkingDays: 4, p90WorkingDays: 4 });
      // T7 (created Tue 03-10) completed on Tue 03-24, after the cut: 03-11, 12, 13, 16 … 20, 23, 24 = 10 days, on time.
      const t7 = await p.db.models.tasks.findByPk(ids.T7);
      await t7!.update({ status: 'completed', assigneeUsername: 'clerk', completedAt: sh('2026-03-24T10:00:00'), outcome: 'received' });
      const after = byId((await get(`/api/v1/efficiency?by=department&${SPRING}`)).data);
      expect(numbers(after['SCJGJ|receipt'])).toEqual({ received: 11, completed: 7, onTime: 5, overdue: 2, openOverdue: 1, escalated: 2, medianWorkingDays: 1, p90WorkingDays: 10 });
      const people = byId((await get(`/api/v1/efficiency?by=person&taskType=receipt&department=SCJGJ&${SPRING}`)).data);
      // clerk: T4, T5, T8, T13, T11 and now T7.
      expect(numbers(people['@clerk|receipt'])).toEqual({ received: 6, completed: 4, onTime: 3, overdue: 1, openOverdue: 0, escalated: 1, medianWorkingDays: 4, p90WorkingDays: 10 });
      expect(people['-SCJGJ|receipt']).toBeUndefined();
    });

    it('a monthly trend of whole months from the tallies, counted by hand', async () => {
      const body = (await get('/api/v1/efficiency/trend?interval=month&from=2026-02-01&to=2026-03-31')) as any;
      expect(body.data.map((r: any) => [r.id, r.label, r.received, r.completed, r.onTime, r.overdue, r.onTimeRate, r.medianWorkingDays, r.p90WorkingDays])).toEqual([
        ['2026-02', '2026年2月', 1, 1, 1, 0, 100, 2, 2],
        // T1–T10, T12, T13; completed T1–T5, T7, T9, T10 with days 1, 1, 1, 6, 0, 10, 1, 4; late T2, T4, T9.
        ['2026-03', '2026年3月', 12, 8, 5, 3, 62.5, 1, 10],
      ]);
    });

    it('a count again takes in what settled since, with the same numbers', async () => {
      const { groups, cut } = await refreshTaskTallies(p.db, sh('2026-04-01T12:00:00'));
      expect([groups > 0, cut.toISOString()]).toEqual([true, sh('2026-04-01T11:55:00').toISOString()]);
      const rows = byId((await get(`/api/v1/efficiency?by=department&${SPRING}`)).data);
      expect(numbers(rows['SCJGJ|receipt'])).toEqual({ received: 11, completed: 7, onTime: 5, overdue: 2, openOverdue: 1, escalated: 2, medianWorkingDays: 1, p90WorkingDays: 10 });
    });

    it('a task settled in the last second before the cut is counted once (the cut keeps its milliseconds)', async () => {
      // Settled at 12:00:00.500 in Shanghai, counted by a run whose cut is 12:00:00.900.
      await insert([{ key: 'T14', status: 'completed', department: 'JTW', assignee: 'jtw-clerk', createdAt: sh('2026-04-01T09:00:00'), completedAt: sh('2026-04-01T12:00:00.500'), dueAt: sh('2026-04-10T23:59:59') }]);
      const { cut } = await refreshTaskTallies(p.db, sh('2026-04-01T12:05:00.900'));
      expect(cut.toISOString()).toBe(sh('2026-04-01T12:00:00.900').toISOString());
      const rows = byId((await get('/api/v1/efficiency?by=department&department=JTW&from=2026-04-01&to=2026-04-30')).data);
      expect(numbers(rows['JTW|receipt'])).toEqual({ received: 1, completed: 1, onTime: 1, overdue: 0, openOverdue: 0, escalated: 0, medianWorkingDays: 0, p90WorkingDays: 0 });
    });

    it('open and overdue now in the whole months: escalated ones whose deadline moved are not overdue, overdue ones not yet escalated are', async () => {
      await insert([
        // Escalated, then its deadline extended far ahead: escalated, not overdue.
        { key: 'T15', status: 'claimed', assignee: 'clerk', createdAt: sh('2026-03-16T10:00:00'), dueAt: FAR, escalationLevel: 1 },
        // Past its deadline, the escalation not yet written: overdue, not escalated.
        { key: 'T16', status: 'claimed', assignee: 'clerk', createdAt: sh('2026-03-17T10:00:00'), dueAt: sh('2026-03-18T23:59:59') },
        { key: 'T17', status: 'open', assignee: null, createdAt: sh('2026-03-17T11:00:00'), dueAt: sh('2026-03-18T23:59:59') },
      ]);
      try {
        const rows = byId((await get(`/api/v1/efficiency?by=department&${SPRING}`)).data);
        // As counted above (11 received, 2 escalated, T6 overdue), with T15, T16 and T17: overdue T6, T16 and T17
        // (the escalated open ones alone would say T6 and T15).
        expect(numbers(rows['SCJGJ|receipt'])).toEqual({ received: 14, completed: 7, onTime: 5, overdue: 2, openOverdue: 3, escalated: 3, medianWorkingDays: 1, p90WorkingDays: 10 });
        const people = byId((await get(`/api/v1/efficiency?by=person&taskType=receipt&department=SCJGJ&${SPRING}`)).data);
        // clerk: T4, T5, T8, T13, T11, T7 as before, with T15 and T16.
        expect(numbers(people['@clerk|receipt'])).toMatchObject({ received: 8, openOverdue: 1, escalated: 2 });
      } finally {
        await p.db.models.tasks.destroy({ where: { taskKey: ['efficiency-test:T15', 'efficiency-test:T16', 'efficiency-test:T17'] } });
      }
    });

    it('two counts at once (a Schedule run beside the one at the API’s start) leave the tallies one count leaves', async () => {
      const now = sh('2026-04-02T12:00:00');
      const tallied = async () => ((await p.db.models.task_tallies.findAll({ raw: true })) as any[]).map(({ id, createdAt, updatedAt, ...r }) => JSON.stringify(r)).sort();
      const one = await refreshTaskTallies(p.db, now);
      const alone = await tallied();
      const both = await Promise.all([refreshTaskTallies(p.db, now), refreshTaskTallies(p.db, now)]);
      expect(both.map((b) => b.groups)).toEqual([one.groups, one.groups]);
      expect(await tallied()).toEqual(alone);
      expect(alone.length).toBe(one.groups);
    });
  });
});
