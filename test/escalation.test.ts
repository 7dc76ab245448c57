import { testDatabases } from './support/databases';
import { registration } from './support/events';
import { eventually, startPlatform, type TestPlatform } from './support/platform';

// Deadlines injected through the deadline activity: one working day lasts one second here.
describe.each(testDatabases)('dual notification deadlines on $name', (database) => {
  let p: TestPlatform;
  let regKey: string;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });

  beforeAll(async () => {
    p = await startPlatform(database, { secondsPerWorkingDay: 1 });
    regKey = await p.apiKey(['registration:write']);
    for (const u of ['clerk', 'supervisor', 'district', 'jtw-clerk']) tokens[u] = await p.login(u);
  });
  afterAll(() => p?.stop());

  const tasksOf = async (user: string, query: Record<string, string>) => (await p.api.get('/api/v1/tasks').query(query).set(as(user))).body.data as any[];

  it('when the department does not confirm receipt within 5 working days, escalates to its supervisor, then to the district, keeping the task', async () => {
    const event = registration({ businessScope: '许可项目：食品销售。' });
    await p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${regKey}`).send(event);
    const entity = event.entity.creditCode;
    const receipt = await eventually(async () => (await tasksOf('clerk', { entity, type: 'receipt' }))[0]);
    // RULES.md: receipt within 5 working days of the push.
    expect(Date.parse(receipt.dueAt) - Date.parse(receipt.createdAt)).toBeGreaterThanOrEqual(4_500);
    expect(await tasksOf('district', { entity })).toHaveLength(0);

    const level1 = await eventually(async () => (await tasksOf('supervisor', { entity, overdue: 'true' })).find((t) => t.escalationLevel === 1), 15_000, 'first escalation');
    expect(level1).toMatchObject({ id: receipt.id, status: 'open', overdue: true });
    expect(await tasksOf('district', { entity })).toHaveLength(0);

    const level2 = await eventually(async () => (await tasksOf('district', { entity, escalated: 'true' }))[0], 15_000, 'second escalation');
    expect(level2).toMatchObject({ id: receipt.id, escalationLevel: 2, status: 'open' });

    // The original task still works: the clerk confirms late and the process moves on.
    const done = await p.api.post(`/api/v1/tasks/${receipt.id}/complete`).set(as('clerk')).send({ outcome: 'received' });
    expect(done.status).toBe(200);
    expect(done.body.escalationLevel).toBe(2);
    const timeline = (await p.api.get(`/api/v1/tasks/${receipt.id}/timeline`).set(as('clerk'))).body.data.map((e: any) => e.step);
    expect(timeline).toEqual(['pushed', 'escalated', 'escalated', 'received']);
  });

  it('a per-row catalog period applies: 道路危险货物运输 is due in 3 working days, not 5', async () => {
    const event = registration({ businessScope: '许可项目：道路危险货物运输。' });
    await p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${regKey}`).send(event);
    const receipt = await eventually(async () => (await tasksOf('jtw-clerk', { entity: event.entity.creditCode, type: 'receipt' }))[0]);
    const days = (Date.parse(receipt.dueAt) - Date.parse(receipt.createdAt)) / 1000;
    expect(days).toBeGreaterThan(2.5);
    expect(days).toBeLessThan(3.5);
  });

  it('a missed license decision escalates to the supervisor', async () => {
    const event = registration({ businessScope: '许可项目：食品销售。' });
    await p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${regKey}`).send(event);
    const entity = event.entity.creditCode;
    const receipt = await eventually(async () => (await tasksOf('clerk', { entity, type: 'receipt' }))[0]);
    await p.api.post(`/api/v1/tasks/${receipt.id}/complete`).set(as('clerk')).send({ outcome: 'received' });
    // The food rows carry a 10-working-day decision period (食品经营许可和备案管理办法).
    const decision = await eventually(async () => (await tasksOf('clerk', { entity, type: 'licenseDecision' }))[0]);
    expect(Math.round((Date.parse(decision.dueAt) - Date.parse(decision.createdAt)) / 1000)).toBe(10);
    const escalated = await eventually(async () => (await tasksOf('supervisor', { entity, type: 'licenseDecision', escalated: 'true' }))[0], 20_000, 'decision escalation');
    expect(escalated.escalationLevel).toBe(1);
  });
});
