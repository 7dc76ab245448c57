import { registerTallyScheduleId } from '../workflows/registerTallies';
import { testDatabases } from './support/databases';
import { eventually, startPlatform, type TestPlatform } from './support/platform';
import { runScheduleNow } from './support/schedules';

// The register's tallies for the dashboards (db/entityTallies.ts): a Schedule the API creates counts the register
// when the API starts and every REGISTER_TALLY_MINUTES; each run replaces the tallies with a whole new count.
describe.each(testDatabases)('register tallies on $name', (database) => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startPlatform(database, { entities: 40 });
  });
  afterAll(() => p?.stop());

  const tallied = async () => Number(((await p.db.select<{ n: number }>('SELECT COALESCE(SUM(n), 0) AS n FROM entity_tallies'))[0]).n);
  const registered = () => p.db.models.entities.count();
  const asOf = async () => ((await p.db.models.meta.findByPk('entityTallies.asOf', { raw: true })) as any)?.value as string | undefined;

  it('is created when the API starts, on the configured interval, and its start-up run counts the register', async () => {
    const d = await p.client.schedule.getHandle(registerTallyScheduleId(p.config.TASK_QUEUE)).describe();
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
});
