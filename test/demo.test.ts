import { loadWorkingDayCalendar } from '../db/calendar';
import { DEMO_PASSWORD } from '../db/seed';
import { runDemoDeadlines, runDemoRoutineCheck, runDemoSpotCheck } from '../deploy/demoTraffic';
import { SECOND_ESCALATION_WORKING_DAYS } from '../domain/tasks';
import type { WorkingDayCalendar } from '../domain/workingDays';
import { testDatabases } from './support/databases';
import { eventually, startPlatform, type TestPlatform } from './support/platform';

// The quick start's backdated history (deploy/demoTraffic.ts runDemoDeadlines, after the worked spot check
// as deploy/start.ts runs them) on a real platform and the real working-day calendar: every board has
// something to show at once, and a second start adds nothing. Not the registrations and credit-list events:
// their fixed eventIds make fixed workflow ids, which the SQLite and MySQL runs would share on the one server.

describe.each(testDatabases)('demo start on $name', (database) => {
  let p: TestPlatform;
  let calendar: WorkingDayCalendar;
  const tokens: Record<string, string> = {};
  const tasksOf = async (user: string, q: Record<string, string>) => {
    tokens[user] ??= await p.login(user);
    const res = await p.api.get('/api/v1/tasks').query({ perPage: '100', ...q }).set({ Authorization: `Bearer ${tokens[user]}` });
    expect(res.status).toBe(200);
    return res.body.data as any[];
  };
  const get = async (user: string, path: string) => {
    tokens[user] ??= await p.login(user);
    return (await p.api.get(path).set({ Authorization: `Bearer ${tokens[user]}` })).body;
  };
  const nonEmpty = <T>(rows: T[]) => (rows.length ? rows : null);
  const demo = async () => {
    await runDemoSpotCheck(p.server.url, DEMO_PASSWORD);
    const started = Date.now();
    await runDemoDeadlines(p.server.url, DEMO_PASSWORD, { calendar, dueSoonWorkingDays: p.config.DUE_SOON_WORKING_DAYS });
    await runDemoRoutineCheck(p.server.url, DEMO_PASSWORD);
    return (Date.now() - started) / 1000;
  };
  /** What a second start must leave unchanged: every process row the demo caused. */
  const counts = async () => ({
    plans: await p.db.models.inspection_plans.count(),
    inspections: await p.db.models.inspections.count(),
    cases: await p.db.models.enforcement_cases.count(),
    tasks: await p.db.models.tasks.count(),
    completedTasks: await p.db.models.tasks.count({ where: { status: 'completed' } }),
  });

  beforeAll(async () => {
    p = await startPlatform(database, { entities: 1500 });
    calendar = await loadWorkingDayCalendar(p.db);
  });
  afterAll(() => p?.stop());

  it('leaves overdue tasks at level 1 and 2, due-soon tasks, a plan in progress and a case awaiting filing; a second start changes nothing', async () => {
    const seconds = await demo();

    // 超期督办 of the market-regulation supervisor: its own department's tasks escalated to it (level 1).
    const level1 = await eventually(async () => nonEmpty((await tasksOf('supervisor', { overdue: 'true', escalation: '1' })).filter((t) => t.department?.code === 'SCJGJ')), 30_000, 'level-1 tasks');
    expect(level1.every((t) => t.light === 'red' && t.workingDaysLeft < 0)).toBe(true);
    // The district office sees the second escalation of other departments (level 2).
    // Both departments whose plans ended before the second window (escalations arrive one workflow at a time).
    const level2 = await eventually(async () => {
      const rows = (await tasksOf('district', { overdue: 'true', escalation: '2' })).filter((t) => ['JTW', 'YJGLJ'].includes(t.department?.code));
      return new Set(rows.map((t) => t.department.code)).size === 2 && rows;
    }, 30_000, 'level-2 tasks of JTW and YJGLJ');
    expect(level2.every((t) => t.light === 'red' && t.workingDaysLeft <= -(SECOND_ESCALATION_WORKING_DAYS + 1))).toBe(true);
    expect((await tasksOf('jtw-supervisor', { overdue: 'true' })).length).toBeGreaterThan(0);
    // 临期提醒 of the clerk: yellow, not yet overdue.
    const dueSoon = await tasksOf('clerk', { dueSoon: 'true' });
    expect(dueSoon.length).toBeGreaterThan(0);
    expect(dueSoon.every((t) => t.light === 'yellow' && t.escalationLevel === 0)).toBe(true);
    // A plan in progress: approved, drawn, its inspections open.
    const plans = (await get('supervisor', '/api/v1/inspection-plans?status=inProgress')).data as any[];
    expect(plans.map((x) => x.title)).toEqual(expect.arrayContaining(['企业公示信息“双随机”抽查', '餐饮服务提供者经营行为“双随机”抽查']));
    // A case awaiting its filing decision (立案审批), its task in the department's inbox.
    const filing = await eventually(async () => (await get('supervisor', '/api/v1/cases?stage=filing')).data[0], 30_000, 'case in filing');
    expect(filing.departmentCode).toBe('SCJGJ');
    await eventually(async () => (await tasksOf('supervisor', { type: 'caseFiling', status: 'open,claimed' })).find((t) => t.entity?.creditCode === filing.creditCode), 30_000, 'filing task');
    // 我的检查 of the demo inspector: a routine check of their own, not yet recorded, whatever the draws picked.
    const mine = await eventually(async () => nonEmpty(((await get('inspector', '/api/v1/inspections?member=me&sort=plannedDate')).data as any[]).filter((i) => i.planId == null && i.status === 'open')), 30_000, 'routine check');
    expect(mine).toHaveLength(1);

    // Settled first: the last confirmations' effects (publication, the case) arrive through workflows.
    let last = await counts();
    const before = await eventually(async () => {
      await new Promise((r) => setTimeout(r, 500));
      const now = await counts();
      const same = JSON.stringify(now) === JSON.stringify(last);
      last = now;
      return same && now;
    }, 30_000, 'settled rows');
    await demo();
    expect(await counts()).toEqual(before);
    console.log(`demo deadlines on ${database.name}: first run ${seconds.toFixed(1)} s`);
  });
});
