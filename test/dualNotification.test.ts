import { testDatabases } from './support/databases';
import { eventually, startPlatform, type TestPlatform } from './support/platform';
import { registration, newEventId } from './support/events';

describe.each(testDatabases)('dual notification (双告知) on $name', (database) => {
  let p: TestPlatform;
  let regKey: string;
  let licKey: string;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });

  beforeAll(async () => {
    p = await startPlatform(database);
    regKey = await p.apiKey(['registration:write'], 'registration-system');
    licKey = await p.apiKey(['license:write'], 'jtw-licensing');
    for (const u of ['clerk', 'supervisor', 'jtw-clerk', 'nyncw-clerk', 'district', 'admin', 'inspector']) tokens[u] = await p.login(u);
  });
  afterAll(() => p?.stop());

  async function post(body: unknown) {
    return p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${regKey}`).send(body as object);
  }
  async function tasksOf(user: string, query: Record<string, string>) {
    const res = await p.api.get('/api/v1/tasks').query(query).set(as(user));
    expect(res.status).toBe(200);
    return res.body.data as any[];
  }

  describe('establishment', () => {
    it('pushes a receipt task to each competent department and an unclear item to the claim pool', async () => {
      const event = registration();
      const res = await post(event);
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ eventId: event.eventId, workflowId: `dual-notification:${event.eventId}`, status: 'accepted' });

      const entity = event.entity.creditCode;
      const food = await eventually(async () => (await tasksOf('clerk', { entity, type: 'receipt' }))[0], 20_000, 'SCJGJ receipt task');
      expect(food).toMatchObject({ status: 'open', department: { code: 'SCJGJ' }, entity: { creditCode: entity }, escalationLevel: 0, allowedOutcomes: ['received'] });
      expect(food.data.licenseItem).toBe('食品经营许可');
      const transport = await eventually(async () => (await tasksOf('jtw-clerk', { entity, type: 'receipt' }))[0], 20_000, 'JTW receipt task');
      expect(transport.department.code).toBe('JTW');
      // The food clerk does not see the transport department's task.
      expect((await tasksOf('clerk', { entity })).map((t) => t.department?.code)).not.toContain('JTW');

      const pooled = await eventually(async () => (await tasksOf('nyncw-clerk', { entity, type: 'claim' }))[0], 20_000, 'claim pool task');
      expect(pooled.candidateDepartments.map((d: any) => d.code).sort()).toEqual(['NYNCW', 'SCJGJ']);
      expect((await tasksOf('clerk', { entity, type: 'claim' }))[0].id).toBe(pooled.id);

      const notice = await eventually(async () => {
        const r = await p.api.get(`/api/ext/v1/registrations/${event.eventId}/notice`).set('Authorization', `Bearer ${regKey}`);
        return r.status === 200 ? r.body : null;
      });
      expect(notice.licenses.map((l: any) => [l.licenseItem, l.department.code]).sort()).toEqual([
        ['道路运输经营许可', 'JTW'],
        ['食品经营许可', 'SCJGJ'],
      ]);
      expect(notice.licenses.every((l: any) => l.legalBasis.length > 0)).toBe(true);
      expect(notice.pendingDepartment[0].scopeItem).toBe('农产品收购');
      expect(notice.generalScopeItems).toEqual(['日用百货销售']);
    });

    it('when the same event is posted twice, answers the same and creates nothing more', async () => {
      const event = registration();
      const first = await post(event);
      const second = await post(event);
      expect(second.status).toBe(202);
      expect(second.body).toEqual(first.body);
      const entity = event.entity.creditCode;
      await eventually(async () => (await tasksOf('admin', { entity })).length === 3);
      await new Promise((r) => setTimeout(r, 1000));
      expect(await tasksOf('admin', { entity })).toHaveLength(3);
    });

    it('when an eventId is reused for a different event, refuses with 409', async () => {
      const event = registration();
      await post(event);
      const res = await post({ ...event, entity: { ...event.entity, name: '另一个名字有限公司' } });
      expect(res.status).toBe(409);
      expect(res.type).toBe('application/problem+json');
    });
  });

  describe('receipt and license decision', () => {
    it('a clerk confirms receipt, then the decision reported by the department system stores the license', async () => {
      const event = registration({ businessScope: '许可项目：道路货物运输（不含危险货物）。一般项目：日用百货销售。' });
      await post(event);
      const entity = event.entity.creditCode;
      const receipt = await eventually(async () => (await tasksOf('jtw-clerk', { entity, type: 'receipt' }))[0]);
      const done = await p.api.post(`/api/v1/tasks/${receipt.id}/complete`).set(as('jtw-clerk')).send({ outcome: 'received', comment: '已接收' });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ status: 'completed', outcome: 'received', assignee: { username: 'jtw-clerk' } });
      const again = await p.api.post(`/api/v1/tasks/${receipt.id}/complete`).set(as('jtw-clerk')).send({ outcome: 'received' });
      expect(again.status).toBe(409);

      const decisionTask = await eventually(async () => (await tasksOf('jtw-clerk', { entity, type: 'licenseDecision' }))[0]);
      expect(decisionTask.allowedOutcomes).toEqual(['issued', 'refused', 'not_applied', 'not_required']);
      const decision = { eventId: newEventId('LIC'), creditCode: entity, department: '金山区交通委员会', licenseItem: '道路运输经营许可', decision: 'issued', licenseNo: '沪交运管许可金字310116000001号', validFrom: '2026-12-01', validTo: '2030-11-30', decidedAt: '2026-12-01T09:00:00+08:00' };
      const r1 = await p.api.post('/api/ext/v1/license-decisions').set('Authorization', `Bearer ${licKey}`).send(decision);
      expect(r1.status).toBe(202);
      const r2 = await p.api.post('/api/ext/v1/license-decisions').set('Authorization', `Bearer ${licKey}`).send(decision);
      expect(r2.body).toEqual(r1.body);
      const license = await eventually(() => p.db.models.licenses.findOne({ where: { creditCode: entity } }));
      expect(license.get('licenseNo')).toBe(decision.licenseNo);
      expect(await p.db.models.licenses.count({ where: { creditCode: entity } })).toBe(1);
      const timeline = await p.api.get(`/api/v1/tasks/${receipt.id}/timeline`).set(as('jtw-clerk'));
      expect(timeline.body.data.map((e: any) => e.step)).toEqual(['pushed', 'received', 'decided', 'completed']);
    });
  });
});
