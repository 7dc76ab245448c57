import { loadWorkingDayCalendar } from '../../db/calendar';
import { deadlineLight } from '../../domain/deadlineLight';
import { testDatabases } from '../support/databases';
import { registration } from '../support/events';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';

// CONTRACT.md: open tasks carry workingDaysLeft and light, on the official calendar, N per task type.
// The tasks come from a registration posted through the external API (a food receipt and a transport
// receipt, 5 working days each, and a claim-pool item); expectations are computed from each task's real
// dueAt with the same calendar. With receipt:5 the receipts are yellow and with claim:0 the claim is green.
const DUE_SOON = { receipt: 5, claim: 0 } as Record<string, number>;

describe.each(testDatabases)('deadline lights on $name', (database) => {
  let p: TestPlatform;
  let admin: string;
  let entity: string;
  beforeAll(async () => {
    p = await startPlatform(database, { config: { DUE_SOON_WORKING_DAYS: '2', DUE_SOON_WORKING_DAYS_BY_TYPE: 'receipt:5,claim:0' } });
    admin = await p.login('admin');
    const regKey = await p.apiKey(['registration:write'], 'registration-system');
    const event = registration();
    entity = event.entity.creditCode;
    expect((await p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${regKey}`).send(event)).status).toBe(202);
    await eventually(async () => ((await tasks()).length === 3 ? true : null), 20_000, 'three tasks of the registration');
  });
  afterAll(() => p?.stop());

  async function tasks(query: Record<string, string> = {}): Promise<any[]> {
    const res = await p.api.get('/api/v1/tasks').query({ perPage: '500', entity, ...query }).set('Authorization', `Bearer ${admin}`);
    expect(res.status).toBe(200);
    return res.body.data;
  }
  const ids = (list: any[]) => list.map((t) => t.id).sort();

  async function expected(task: any) {
    return deadlineLight(await loadWorkingDayCalendar(p.db), new Date(task.dueAt), new Date(), DUE_SOON[task.type] ?? 2);
  }

  it('gives each open task its working days left and light, and the list and the task page agree', async () => {
    const all = await tasks();
    for (const t of all) {
      expect({ workingDaysLeft: t.workingDaysLeft, light: t.light }).toEqual(await expected(t));
      const one = await p.api.get(`/api/v1/tasks/${t.id}`).set('Authorization', `Bearer ${admin}`);
      expect({ workingDaysLeft: one.body.workingDaysLeft, light: one.body.light }).toEqual(await expected(t));
    }
    expect(all.filter((t) => t.type === 'receipt').map((t) => t.light)).toEqual(['yellow', 'yellow']);
    expect(all.find((t) => t.type === 'claim').light).toBe('green');
    expect(all.every((t) => t.workingDaysLeft > 0)).toBe(true);
  });

  it('filters by light and dueSoon as the views say, red once a task is overdue', async () => {
    const all = await tasks();
    // Arrange an overdue receipt: its projected due time moves to yesterday (the process keeps its own timer).
    const late = all.find((t) => t.type === 'receipt');
    await p.db.models.tasks.update({ dueAt: new Date(Date.now() - 86_400_000) }, { where: { id: late.id } });
    const view = (await tasks()).find((t) => t.id === late.id);
    expect(view.light).toBe('red');
    expect(view.workingDaysLeft).toBeLessThan(0);
    expect(view).toMatchObject(await expected(view));

    const now = await tasks();
    for (const light of ['red', 'yellow', 'green']) {
      expect(ids(await tasks({ light }))).toEqual(ids(now.filter((t) => t.light === light)));
    }
    expect(ids(await tasks({ light: 'red' }))).toEqual([late.id]);
    expect(ids(await tasks({ dueSoon: 'true' }))).toEqual(ids(now.filter((t) => t.light === 'yellow')));
    expect(await tasks({ dueSoon: 'true' })).toHaveLength(1);
  });

  it('gives a completed task neither working days nor light, and leaves it out of every light', async () => {
    const claim = (await tasks()).find((t) => t.type === 'claim');
    // The claim pool is offered to SCJGJ: its clerk takes the item.
    const clerk = await p.login('clerk');
    const done = await p.api.post(`/api/v1/tasks/${claim.id}/complete`).set('Authorization', `Bearer ${clerk}`).send({ outcome: 'claimed' });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'completed', workingDaysLeft: null, light: null });
    for (const light of ['red', 'yellow', 'green']) expect(ids(await tasks({ light }))).not.toContain(claim.id);
  });

  it('refuses a light that does not exist', async () => {
    const res = await p.api.get('/api/v1/tasks').query({ light: 'amber' }).set('Authorization', `Bearer ${admin}`);
    expect(res.status).toBe(400);
  });
});
