import { WorkflowNotFoundError } from '@temporalio/client';
import type { Response } from 'supertest';
import { testDatabases } from '../support/databases';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';
import { newCreditCode, newEventId, registration } from '../support/events';
import { CREDIT_CODE_ALPHABET } from '../../domain/creditCode';
import { apiKeyParts } from '../../db/credentials';

// CONTRACT.md "Conventions": bad input is rejected whole with the documented status, as problem+json with
// `errors[].field` naming each bad field, and nothing is stored — no row, no audit entry, no workflow.

const TABLES = ['registration_events', 'license_decision_events', 'licenses', 'tasks', 'task_candidates', 'notifications', 'entities', 'audit_log'] as const;
const TRANSPORT_ONLY = '许可项目：道路货物运输（不含危险货物）。一般项目：日用百货销售。';
const FOOD_ONLY = '许可项目：食品销售。一般项目：日用百货销售。';

/** The same code with a different (so wrong) check character. */
function wrongCheckCharacter(code: string): string {
  const last = code[17];
  const other = CREDIT_CODE_ALPHABET[(CREDIT_CODE_ALPHABET.indexOf(last) + 1) % CREDIT_CODE_ALPHABET.length];
  return code.slice(0, 17) + other;
}

function expectProblem(res: Response, status: number, fields?: string[]): void {
  expect({ status: res.status, body: res.body }).toMatchObject({ status });
  expect(res.type).toBe('application/problem+json');
  // `type` ends in a stable code the UI translates; each field error names the rule it broke (api/errors.ts).
  expect(res.body).toMatchObject({ type: expect.stringMatching(/^https:\/\/zongjian\.dev\/problems\/[a-z0-9-]+$/), title: expect.any(String), status, detail: expect.any(String) });
  if (fields) {
    expect(Array.isArray(res.body.errors)).toBe(true);
    for (const e of res.body.errors) expect(e).toMatchObject({ field: expect.any(String), message: expect.any(String), code: expect.stringMatching(/^[a-z_-]+$/) });
    expect(res.body.errors.map((e: any) => e.field)).toEqual(expect.arrayContaining(fields));
  }
}

describe.each(testDatabases)('bad input on $name', (database) => {
  let p: TestPlatform;
  let regKey: string;
  let licKey: string;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({ Authorization: `Bearer ${tokens[user]}` });

  async function snapshot(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const t of TABLES) counts[t] = await p.db.models[t].count();
    return counts;
  }

  /** Runs `act` and asserts that nothing was stored and no dual-notification workflow was started. */
  async function storesNothing(act: () => Promise<void>, eventIds: string[] = []): Promise<void> {
    const before = await snapshot();
    await act();
    // Give anything wrongly started a moment to write.
    await new Promise((r) => setTimeout(r, 250));
    expect(await snapshot()).toEqual(before);
    for (const eventId of eventIds) {
      await expect(p.client.workflow.getHandle(`dual-notification:${eventId}`).describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);
    }
  }

  const postRegistration = (body: unknown, key = regKey) => p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${key}`).send(body as object);
  const postRaw = (path: string, raw: string, type = 'application/json', key = regKey) =>
    p.api.post(path).set('Authorization', `Bearer ${key}`).set('Content-Type', type).send(raw);
  const postDecision = (body: unknown, key = licKey) => p.api.post('/api/ext/v1/license-decisions').set('Authorization', `Bearer ${key}`).send(body as object);

  async function tasksOf(query: Record<string, string>): Promise<any[]> {
    const res = await p.api.get('/api/v1/tasks').query(query).set(as('admin'));
    expect(res.status).toBe(200);
    return res.body.data;
  }

  /** Registers an entity and waits until its only receipt task exists (the process then waits for people). */
  async function notified(businessScope: string): Promise<{ entity: string; task: any; eventId: string }> {
    const event = registration({ businessScope });
    expect((await postRegistration(event)).status).toBe(202);
    const entity = event.entity.creditCode;
    const task = await eventually(async () => (await tasksOf({ entity, type: 'receipt' }))[0], 20_000, 'receipt task');
    return { entity, task, eventId: event.eventId };
  }

  let transport: { entity: string; task: any; eventId: string };
  beforeAll(async () => {
    p = await startPlatform(database);
    regKey = await p.apiKey(['registration:write'], 'registration-system');
    licKey = await p.apiKey(['license:write'], 'jtw-licensing');
    for (const u of ['admin', 'clerk', 'jtw-clerk', 'supervisor']) tokens[u] = await p.login(u);
    transport = await notified(TRANSPORT_ONLY);
  });
  afterAll(() => p?.stop());

  describe('POST /api/ext/v1/registrations', () => {
    it('malformed JSON → 400', async () => {
      const eventId = newEventId();
      await storesNothing(async () => {
        expectProblem(await postRaw('/api/ext/v1/registrations', `{"eventId": "${eventId}", "action": "establish", `), 400);
        expectProblem(await postRaw('/api/ext/v1/registrations', `{'eventId': '${eventId}'}`), 400);
      }, [eventId]);
    });

    it.each([
      ['an array', '[]'],
      ['an array of one event', JSON.stringify([registration()])],
      ['a string', '"establish"'],
      ['a number', '42'],
      ['null', 'null'],
      ['an empty body', ''],
    ])('a body that is not an object (%s) → 400', async (_what, raw) => {
      await storesNothing(async () => {
        expectProblem(await postRaw('/api/ext/v1/registrations', raw), 400);
      });
    });

    it('a body that is not JSON (text/plain, form) → 400', async () => {
      const event = registration();
      await storesNothing(async () => {
        expectProblem(await postRaw('/api/ext/v1/registrations', JSON.stringify(event), 'text/plain'), 400);
        expectProblem(await postRaw('/api/ext/v1/registrations', `eventId=${event.eventId}&action=establish`, 'application/x-www-form-urlencoded'), 400);
      }, [event.eventId]);
    });

    it('missing fields → 400 naming each one', async () => {
      const event = registration();
      const { name: _n, businessScope: _b, ...entity } = event.entity;
      const { occurredAt: _o, ...rest } = event;
      await storesNothing(async () => {
        expectProblem(await postRegistration({ ...rest, entity }), 400, ['occurredAt', 'entity.name', 'entity.businessScope']);
        expectProblem(await postRegistration({ eventId: event.eventId }), 400, ['action', 'occurredAt', 'entity']);
        expectProblem(await postRegistration({}), 400, ['eventId', 'action', 'occurredAt', 'entity']);
        // Each field an establishment needs is named when it alone is missing.
        for (const field of ['creditCode', 'name', 'entityType', 'industryCode', 'regionCode', 'address', 'legalRepresentative', 'businessScope', 'registrationAuthority'] as const) {
          const { [field]: _gone, ...partial } = event.entity;
          expectProblem(await postRegistration({ ...event, entity: partial }), 400, [`entity.${field}`]);
        }
      }, [event.eventId]);
    });

    it('malformed fields → 400 naming each one', async () => {
      const event = registration();
      await storesNothing(async () => {
        expectProblem(await postRegistration({ ...event, eventId: '含 空格 的编号' }), 400, ['eventId']);
        expectProblem(await postRegistration({ ...event, entity: { ...event.entity, name: 42, industryCode: 'food', regionCode: '31' } }), 400, ['entity.name', 'entity.industryCode', 'entity.regionCode']);
        expectProblem(await postRegistration({ ...event, entity: { ...event.entity, businessScope: '' } }), 400, ['entity.businessScope']);
        expectProblem(await postRegistration({ ...event, entity: { ...event.entity, creditCode: '9131011612345' } }), 400, ['entity.creditCode']);
        expectProblem(await postRegistration({ ...event, entity: 'not an object' }), 400, ['entity']);
        // A date that does not exist is not a date.
        for (const establishedOn of ['2026-02-30', '2026-13-01', '26-11-26']) {
          expectProblem(await postRegistration({ ...event, entity: { ...event.entity, establishedOn } }), 400, ['entity.establishedOn']);
        }
      }, [event.eventId]);
    });

    it('an invalid credit code → 422 with field entity.creditCode', async () => {
      const good = newCreditCode();
      const events = [
        registration({ creditCode: wrongCheckCharacter(good) }), // wrong check character
        registration({ creditCode: `${good.slice(0, 8)}IOZSV${good.slice(13)}` }), // letters GB 32100 does not use
      ];
      await storesNothing(async () => {
        for (const event of events) {
          const res = await postRegistration(event);
          expectProblem(res, 422, ['entity.creditCode']);
        }
      }, events.map((e) => e.eventId));
      expect(await p.db.models.entities.count({ where: { creditCode: events[0].entity.creditCode } })).toBe(0);
    });

    it.each([
      ['a word', 'yesterday'],
      ['no offset', '2026-11-26T10:15:00'],
      ['a date only', '2026-11-26'],
      ['a day that does not exist', '2026-02-30T10:15:00+08:00'],
      ['a number', 1764123300000],
      ['empty', ''],
    ])('a bad occurredAt (%s) → 400 with field occurredAt', async (_what, occurredAt) => {
      const event = { ...registration(), occurredAt };
      await storesNothing(async () => {
        expectProblem(await postRegistration(event), 400, ['occurredAt']);
      }, [event.eventId]);
    });

    it('an unknown action → 400 with field action', async () => {
      const events = ['merge', 'ESTABLISH', ''].map((action) => ({ ...registration(), action }));
      await storesNothing(async () => {
        for (const e of events) expectProblem(await postRegistration(e), 400, ['action']);
      }, events.map((e) => e.eventId));
    });

    it('an oversized body (> 1mb) → 413', async () => {
      const event = registration({ businessScope: '食品销售；'.repeat(120_000) });
      await storesNothing(async () => {
        const res = await postRegistration(event);
        expectProblem(res, 413);
        expect(res.body.title).toBe('Content Too Large');
      }, [event.eventId]);
    });

    it('no, a wrong, a malformed or a revoked API key → 401', async () => {
      const event = registration();
      const revoked = await p.apiKey(['registration:write'], 'revoked-system');
      await p.db.models.api_keys.update({ revokedAt: new Date() }, { where: { prefix: apiKeyParts(revoked)!.prefix } });
      // Well-formed but unknown: a real prefix with another secret, and an unknown prefix.
      const forged = `${regKey.slice(0, regKey.lastIndexOf('_') + 1)}${'A'.repeat(43)}`;
      const unknown = `zjk_000000000000_${'B'.repeat(43)}`;
      await storesNothing(async () => {
        expectProblem(await p.api.post('/api/ext/v1/registrations').send(event), 401);
        for (const key of [forged, unknown, 'not-a-key', revoked, tokens.admin]) expectProblem(await postRegistration(event, key), 401);
        expectProblem(await p.api.post('/api/ext/v1/registrations').set('Authorization', `Basic ${Buffer.from('a:b').toString('base64')}`).send(event), 401);
      }, [event.eventId]);
    });

    it('a key without the scope registration:write → 403', async () => {
      const event = registration();
      const other = await p.apiKey(['license:write', 'entity:read'], 'jtw-licensing');
      await storesNothing(async () => {
        expectProblem(await postRegistration(event, other), 403);
        expectProblem(await postRegistration(event, await p.apiKey([], 'no-scopes')), 403);
      }, [event.eventId]);
    });

    it('a reused eventId with a different body → 409, and the first event stays as it was', async () => {
      const event = registration({ businessScope: FOOD_ONLY });
      expect((await postRegistration(event)).status).toBe(202);
      const entity = event.entity.creditCode;
      await eventually(async () => (await tasksOf({ entity })).length === 1, 20_000, 'the first event’s task');
      const stored = (await p.db.models.registration_events.findByPk(event.eventId))!.get({ plain: true });
      await storesNothing(async () => {
        for (const body of [
          { ...event, entity: { ...event.entity, name: '另一个名字有限公司' } },
          { ...event, action: 'change' },
          { ...event, entity: { ...event.entity, creditCode: newCreditCode() } },
        ]) {
          const res = await postRegistration(body);
          expectProblem(res, 409);
          expect(res.headers['idempotent-replayed']).toBeUndefined();
        }
      });
      expect((await p.db.models.registration_events.findByPk(event.eventId))!.get({ plain: true })).toEqual(stored);
      const entityRow = await p.db.models.entities.findByPk(entity);
      expect(entityRow!.get('name')).toBe(event.entity.name);
      // The same body again is still the same answer.
      expect((await postRegistration(event)).status).toBe(202);
    });
  });

  describe('POST /api/ext/v1/license-decisions', () => {
    const decision = (over: Record<string, unknown> = {}) => ({
      eventId: newEventId('LIC'),
      creditCode: transport.entity,
      department: 'JTW',
      licenseItem: '道路运输经营许可',
      decision: 'issued',
      licenseNo: '沪交运管许可金字310116000099号',
      validFrom: '2026-12-01',
      validTo: '2030-11-30',
      decidedAt: '2026-12-01T09:00:00+08:00',
      ...over,
    });

    /** The notified entity's process is untouched: its receipt still open, no decision, no license. */
    async function untouched(): Promise<void> {
      const row = await p.db.models.tasks.findByPk(transport.task.id);
      expect(row!.get('status')).toBe('open');
      expect(await p.db.models.licenses.count({ where: { creditCode: transport.entity } })).toBe(0);
      expect(await tasksOf({ entity: transport.entity })).toHaveLength(1);
    }

    it('an unknown department → 422 with field department', async () => {
      await storesNothing(async () => {
        // The code or the exact name: not a near miss, whatever the database's collation.
        for (const department of ['XYZ', '金山区交通局', 'jtw', 'JTW ', '金山区交通委员会 ']) expectProblem(await postDecision(decision({ department })), 422, ['department']);
      });
      await untouched();
    });

    it('an unknown license item → 422 with field licenseItem', async () => {
      await storesNothing(async () => {
        for (const licenseItem of ['道路运输许可', 'L999', 'l003', '道路运输经营许可 ']) expectProblem(await postDecision(decision({ licenseItem })), 422, ['licenseItem']);
      });
      await untouched();
    });

    it('issued without the license number and validity → 400 naming licenseNo, validFrom, validTo', async () => {
      await storesNothing(async () => {
        const { licenseNo: _l, validFrom: _f, validTo: _t, ...rest } = decision();
        expectProblem(await postDecision(rest), 400, ['licenseNo', 'validFrom', 'validTo']);
        expectProblem(await postDecision(decision({ licenseNo: '' })), 400, ['licenseNo']);
        expectProblem(await postDecision(decision({ validFrom: '2031-01-01', validTo: '2030-11-30' })), 400, ['validTo']);
        // …also when other fields are missing at the same time: every one is named.
        const { decidedAt: _d, ...noTime } = rest;
        expectProblem(await postDecision(noTime), 400, ['decidedAt', 'licenseNo', 'validFrom', 'validTo']);
      });
      await untouched();
    });

    it('malformed fields → 400 naming each one', async () => {
      await storesNothing(async () => {
        expectProblem(await postDecision(decision({ decision: 'approved' })), 400, ['decision']);
        expectProblem(await postDecision(decision({ decidedAt: '2026-12-01' })), 400, ['decidedAt']);
        expectProblem(await postDecision(decision({ validFrom: '2026-02-30' })), 400, ['validFrom']);
        expectProblem(await postDecision(decision({ validTo: '2030-13-01' })), 400, ['validTo']);
        expectProblem(await postDecision({}), 400, ['eventId', 'creditCode', 'department', 'licenseItem', 'decision', 'decidedAt']);
        expectProblem(await postRaw('/api/ext/v1/license-decisions', '{"eventId":', 'application/json', licKey), 400);
        expectProblem(await postRaw('/api/ext/v1/license-decisions', '[]', 'application/json', licKey), 400);
      });
      await untouched();
    });

    it('an entity never notified → 404; a department not notified of the item → 404', async () => {
      await storesNothing(async () => {
        expectProblem(await postDecision(decision({ creditCode: newCreditCode() })), 404);
        expectProblem(await postDecision(decision({ department: 'SCJGJ' })), 404);
        expectProblem(await postDecision(decision({ licenseItem: '食品经营许可', department: 'SCJGJ' })), 404);
      });
      await untouched();
    });

    it('an invalid credit code → 422 with field creditCode', async () => {
      await storesNothing(async () => {
        expectProblem(await postDecision(decision({ creditCode: wrongCheckCharacter(transport.entity) })), 422, ['creditCode']);
      });
      await untouched();
    });

    it('a wrong key → 401; a key without license:write → 403', async () => {
      await storesNothing(async () => {
        expectProblem(await postDecision(decision(), 'zjk_nope'), 401);
        expectProblem(await postDecision(decision(), regKey), 403);
      });
      await untouched();
    });

    it('a reused eventId with a different body → 409; a contrary decision after the process closed → 409', async () => {
      const other = await notified(TRANSPORT_ONLY);
      const first = decision({ creditCode: other.entity });
      const accepted = await postDecision(first);
      expect(accepted.status).toBe(202);
      // Let the process finish: the license is stored and the workflow completes.
      await p.client.workflow.getHandle(accepted.body.workflowId).result();
      expect(await p.db.models.licenses.count({ where: { creditCode: other.entity } })).toBe(1);
      await storesNothing(async () => {
        expectProblem(await postDecision({ ...first, licenseNo: '沪交运管许可金字310116000100号' }), 409);
        expectProblem(await postDecision({ ...first, decision: 'refused' }), 409);
        expectProblem(await postDecision(decision({ creditCode: other.entity, decision: 'refused' })), 409);
      });
      // The repeated event still gets its first answer.
      const again = await postDecision(first);
      expect(again.status).toBe(202);
      expect(again.body).toEqual(accepted.body);
    });
  });

  describe('task endpoints', () => {
    let food: { entity: string; task: any };
    beforeAll(async () => {
      food = await notified(FOOD_ONLY);
    });

    it('completing with an outcome the task does not allow → 422, and the task stays open', async () => {
      await storesNothing(async () => {
        for (const outcome of ['issued', 'claimed', 'RECEIVED', 'done']) {
          const res = await p.api.post(`/api/v1/tasks/${food.task.id}/complete`).set(as('clerk')).send({ outcome });
          expectProblem(res, 422, ['outcome']);
        }
      });
      const t = await p.api.get(`/api/v1/tasks/${food.task.id}`).set(as('clerk'));
      expect(t.body).toMatchObject({ status: 'open', outcome: null, assignee: null, allowedOutcomes: ['received'] });
    });

    it('a malformed completion → 400 naming each field', async () => {
      const url = `/api/v1/tasks/${food.task.id}/complete`;
      await storesNothing(async () => {
        expectProblem(await p.api.post(url).set(as('clerk')).send({}), 400, ['outcome']);
        expectProblem(await p.api.post(url).set(as('clerk')).send({ outcome: 1, comment: 'x'.repeat(2001), data: [1] }), 400, ['outcome', 'comment', 'data']);
        expectProblem(await p.api.post(url).set(as('clerk')).set('Content-Type', 'application/json').send('"received"'), 400);
        expectProblem(await p.api.post(url).set(as('clerk')).set('Content-Type', 'application/json').send('{"outcome":'), 400);
      });
      expect((await p.db.models.tasks.findByPk(food.task.id))!.get('status')).toBe('open');
    });

    it('a non-numeric task id → 400 with field id; an unknown task id → 404', async () => {
      await storesNothing(async () => {
        for (const id of ['abc', '1.5', '-3', '0', '1e3x']) {
          expectProblem(await p.api.get(`/api/v1/tasks/${id}`).set(as('admin')), 400, ['id']);
          expectProblem(await p.api.post(`/api/v1/tasks/${id}/claim`).set(as('admin')), 400, ['id']);
          expectProblem(await p.api.post(`/api/v1/tasks/${id}/complete`).set(as('admin')).send({ outcome: 'received' }), 400, ['id']);
          expectProblem(await p.api.post(`/api/v1/tasks/${id}/reassign`).set(as('admin')).send({ assignee: 'inspector', reason: '人手调整' }), 400, ['id']);
        }
        for (const id of ['987654321', '2147483647']) {
          expectProblem(await p.api.get(`/api/v1/tasks/${id}`).set(as('admin')), 404);
          expectProblem(await p.api.get(`/api/v1/tasks/${id}/timeline`).set(as('admin')), 404);
          expectProblem(await p.api.post(`/api/v1/tasks/${id}/claim`).set(as('admin')), 404);
          expectProblem(await p.api.post(`/api/v1/tasks/${id}/complete`).set(as('admin')).send({ outcome: 'received' }), 404);
          expectProblem(await p.api.post(`/api/v1/tasks/${id}/reassign`).set(as('admin')).send({ assignee: 'inspector', reason: '人手调整' }), 404);
        }
      });
    });

    it('reassigning without an assignee or a reason → 400; to an unknown user → 422 with field assignee', async () => {
      const url = `/api/v1/tasks/${food.task.id}/reassign`;
      await storesNothing(async () => {
        expectProblem(await p.api.post(url).set(as('supervisor')).send({}), 400, ['assignee', 'reason']);
        expectProblem(await p.api.post(url).set(as('supervisor')).send({ assignee: 'inspector' }), 400, ['reason']);
        expectProblem(await p.api.post(url).set(as('supervisor')).send({ assignee: 'nobody-at-all', reason: '人手调整' }), 422, ['assignee']);
      });
      expect((await p.db.models.tasks.findByPk(food.task.id))!.get('assigneeUsername')).toBeNull();
    });

    it('bad list queries → 400 naming the parameter', async () => {
      await storesNothing(async () => {
        for (const [param, value] of [['status', 'done'], ['perPage', '0'], ['perPage', '501'], ['page', 'x'], ['sort', 'name'], ['order', 'sideways'], ['type', 'nap'], ['overdue', 'yes'], ['dueBefore', 'tomorrow']]) {
          const res = await p.api.get('/api/v1/tasks').query({ [param]: value }).set(as('clerk'));
          expectProblem(res, 400);
          // The parameter is named (an element of a list parameter by its index, e.g. status.0).
          expect(res.body.errors.map((e: any) => e.field)).toContainEqual(expect.stringMatching(new RegExp(`^${param}(\\.\\d+)?$`)));
        }
      });
    });

    it('completing twice → 409, and the second attempt changes nothing', async () => {
      const url = `/api/v1/tasks/${food.task.id}/complete`;
      const done = await p.api.post(url).set(as('clerk')).send({ outcome: 'received', comment: '已接收' });
      expect(done.status).toBe(200);
      // The process moves on to the license decision; wait for it so the counts are still.
      await eventually(async () => (await tasksOf({ entity: food.entity, type: 'licenseDecision' }))[0], 20_000, 'decision task');
      const before = (await p.db.models.tasks.findByPk(food.task.id))!.get({ plain: true });
      await storesNothing(async () => {
        expectProblem(await p.api.post(url).set(as('clerk')).send({ outcome: 'received', comment: '再次接收' }), 409);
        expectProblem(await p.api.post(url).set(as('supervisor')).send({ outcome: 'received' }), 409);
        expectProblem(await p.api.post(`/api/v1/tasks/${food.task.id}/claim`).set(as('clerk')), 409);
        expectProblem(await p.api.post(`/api/v1/tasks/${food.task.id}/reassign`).set(as('supervisor')).send({ assignee: 'inspector', reason: '人手调整' }), 409);
      });
      expect((await p.db.models.tasks.findByPk(food.task.id))!.get({ plain: true })).toEqual(before);
    });
  });

  describe('POST /api/v1/session', () => {
    it('missing or malformed credentials → 400 naming each field', async () => {
      await storesNothing(async () => {
        expectProblem(await p.api.post('/api/v1/session').send({}), 400, ['username', 'password']);
        expectProblem(await p.api.post('/api/v1/session').send({ username: 'clerk', password: 123 }), 400, ['password']);
        expectProblem(await p.api.post('/api/v1/session').set('Content-Type', 'application/json').send('[]'), 400);
        expectProblem(await p.api.post('/api/v1/session').set('Content-Type', 'application/json').send('{"username":'), 400);
      });
    });
  });
});
