import { registerTallyScheduleId } from '../workflows/registerTallies';
import { taskTallyScheduleId } from '../workflows/taskTallies';
import { testDatabases } from './support/databases';
import { eventually, startPlatform, type TestPlatform } from './support/platform';
import { describeSchedule, runScheduleNow } from './support/schedules';

// The dashboards' tallies: Schedules the API creates count the register (db/entityTallies.ts) and the settled tasks
// (db/taskTallies.ts) when the API starts and every REGISTER_TALLY_MINUTES and TASK_TALLY_MINUTES; each run
// replaces its tallies with a whole new count.
describe.each(testDatabases)('the tally Schedules on $name', (database) => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startPlatform(database, { entities: 40 });
  });
  afterAll(() => p?.stop());

  const tallied = async () => Number(((await p.db.select<{ n: number }>('SELECT COALESCE(SUM(n), 0) AS n FROM entity_tallies'))[0]).n);
  const registered = () => p.db.models.entities.count();
  const asOf = async () => ((await p.db.models.meta.findByPk('entityTallies.asOf', { raw: true })) as any)?.value as string | undefined;

  it('is created when the API starts, on the configured interval, and its start-up run counts the register', async () => {
    const d = await describeSchedule(p, registerTallyScheduleId(p.config.TASK_QUEUE));
    expect(d.spec.intervals?.map((i) => i.every)).toEqual([10 * 60_000]);
    await eventually(async () => (await asOf()) !== undefined, 20_000, 'the start-up count');
    expect(await tallied()).toBe(await registered());
  });

  it('a run takes in an entity registered since the last one, with its type, industry, town, status and class', async () => {
    const first = await asOf();
    await p.db.models.entities.create({
      creditCode: '91310116TALLY0001X', name: '上海计数测试有限公司', entityType: '计数测试类型', industryCode: 'T9900', regionCode: '310116199', address: '上海市金山区', legalRepresentative: '张某',
      businessScope: '日用百货销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2026-11-30', status: 'active', riskClass: 'D', lastEventAt: new Date(),
    });
    const run = await runScheduleNow<{ groups: number; asOf: string }>(p, registerTallyScheduleId(p.config.TASK_QUEUE));
    expect(await tallied()).toBe(await registered());
    expect(run.groups).toBe(await p.db.models.entity_tallies.count());
    expect(await p.db.models.entity_tallies.findAll({ where: { entityType: '计数测试类型' }, raw: true })).toEqual([
      expect.objectContaining({ industrySection: 'T', regionCode: '310116199', status: 'active', riskClass: 'D', n: 1 }),
    ]);
    expect([await asOf(), run.asOf > first!]).toEqual([run.asOf, true]);
  });

  it('the task tallies: created when the API starts; a run counts the tasks settled before its cut, and leaves open ones out', async () => {
    const d = await describeSchedule(p, taskTallyScheduleId(p.config.TASK_QUEUE));
    expect(d.spec.intervals?.map((i) => i.every)).toEqual([10 * 60_000]);
    const task = (key: string, status: string, completedAt: Date | null) => ({
      taskKey: `tally-test:${key}`, type: 'receipt', title: `计数测试 ${key}`, status, departmentCode: 'SCJGJ', assigneeUsername: 'clerk', dueAt: new Date('2026-06-30T15:59:59Z'),
      escalationLevel: 0, workflowId: `tally-test-${key}`, createdAt: new Date('2026-06-01T02:00:00Z'), completedAt, allowedOutcomes: [], data: {},
    });
    await p.db.models.tasks.bulkCreate([task('done', 'completed', new Date('2026-06-02T02:00:00Z')), task('dropped', 'cancelled', new Date('2026-06-03T02:00:00Z')), task('open', 'open', null)]);
    const run = await runScheduleNow<{ groups: number; cut: string }>(p, taskTallyScheduleId(p.config.TASK_QUEUE));
    expect(run.groups).toBe(await p.db.models.task_tallies.count());
    const june = (await p.db.models.task_tallies.findAll({ where: { month: '2026-06', departmentCode: 'SCJGJ', type: 'receipt' }, raw: true })) as any[];
    const sum = (k: string) => june.reduce((n, r) => n + r[k], 0);
    expect([sum('received'), sum('completed'), sum('onTime'), [...new Set(june.map((r) => new Date(r.cut).toISOString()))]]).toEqual([2, 1, 1, [run.cut]]);
  });
});
