import { testDatabases } from '../support/databases';
import { startPlatform, type TestPlatform } from '../support/platform';

// CONTRACT.md "Running it" (health, metrics) and its opening paragraph: the published OpenAPI document
// (GET /api/openapi.json, browsable at /api/docs) agrees with the contract.

/** Every call of CONTRACT.md that exists so far, as [method, OpenAPI path]. */
const CONTRACT_CALLS: Array<[string, string]> = [
  ['post', '/api/v1/session'],
  ['get', '/api/v1/session'],
  ['delete', '/api/v1/session'],
  ['get', '/api/v1/tasks'],
  ['post', '/api/v1/tasks/{id}/claim'],
  ['post', '/api/v1/tasks/{id}/complete'],
  ['post', '/api/v1/tasks/{id}/reassign'],
  ['get', '/api/v1/departments'],
  ['post', '/api/ext/v1/registrations'],
  ['post', '/api/ext/v1/license-decisions'],
];

describe.each(testDatabases)('platform endpoints on $name', (database) => {
  let p: TestPlatform;
  let token: string;

  beforeAll(async () => {
    p = await startPlatform(database, { worker: false });
    token = await p.login('clerk');
  });
  afterAll(() => p?.stop());

  describe('health', () => {
    it('GET /healthz → 200', async () => {
      const res = await p.api.get('/healthz');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ok' });
    });

    it('GET /readyz → 200 with database and temporal ok', async () => {
      const res = await p.api.get('/readyz');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'ready', checks: { database: 'ok', temporal: 'ok' } });
    });

    it('GET /metrics → Prometheus text with http_request_duration_seconds by route', async () => {
      await p.api.get('/api/v1/departments').set('Authorization', `Bearer ${token}`);
      const res = await p.api.get('/metrics');
      expect(res.status).toBe(200);
      expect(res.type).toBe('text/plain');
      expect(res.text).toContain('# TYPE http_request_duration_seconds histogram');
      expect(res.text).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/api\/v1\/departments"[^}]*\} \d+/);
      expect(res.text).toMatch(/process_cpu_seconds_total/);
    });

    it('GET /metrics → the open tasks by department, type and escalation, from their counts', async () => {
      const open = async () => {
        const text = (await p.api.get('/metrics')).text;
        const value = (labels: string) => Number(text.match(new RegExp(`^zongjian_open_tasks\\{${labels}\\} (\\d+)$`, 'm'))?.[1] ?? 0);
        return [value('department="SCJGJ",type="receipt",escalated="false"'), value('department="SCJGJ",type="receipt",escalated="true"'), value('department="",type="licenseDecision",escalated="false"')];
      };
      const before = await open();
      const task = (id: string, departmentCode: string | null, type: string, status: string, escalationLevel: number) => ({
        taskKey: `metrics/${id}`, type, title: id, status, departmentCode, creditCode: '91310116MA1METRICS', entityName: '指标测试', dueAt: new Date(Date.now() + 86_400_000), escalationLevel,
        workflowId: `wf-metrics-${id}`, createdAt: new Date(), completedAt: status === 'completed' ? new Date() : null, outcome: status === 'completed' ? 'received' : null, allowedOutcomes: [], data: {},
      });
      await p.db.models.tasks.bulkCreate([
        task('M1', 'SCJGJ', 'receipt', 'open', 0),
        task('M2', 'SCJGJ', 'receipt', 'claimed', 0),
        task('M3', 'SCJGJ', 'receipt', 'open', 1), // escalated: past its due time
        task('M4', 'SCJGJ', 'receipt', 'completed', 0), // settled: not open
        task('M5', null, 'licenseDecision', 'open', 0), // not yet routed to a department
      ]);
      // Counted in the scrape after the write: two open and one escalated receipt, one unrouted decision.
      expect((await open()).map((n, i) => n - before[i])).toEqual([2, 1, 1]);
      const text = (await p.api.get('/metrics')).text;
      expect(text).toContain('# TYPE zongjian_open_tasks gauge');
    });

    it('GET /metrics → the batch imports in flight by phase, and each subscription’s lag behind the shared events', async () => {
      const metric = async (line: string) => Number((await p.api.get('/metrics')).text.match(new RegExp(`^${line.replace(/[{}]/g, '\\$&')} (\\d+)$`, 'm'))?.[1] ?? NaN);
      const before = await metric('zongjian_imports_in_flight{status="needsReview"}');
      const now = new Date();
      const upload = (key: string, status: string) => ({ importKey: key, kind: 'penalty', departmentCode: 'SCJGJ', uploadedBy: 'clerk', fileName: `${key}.xlsx`, format: 'xlsx', size: 1, sha256: key.padEnd(64, '0'), status, workflowId: `record-import:${key}`, createdAt: now, updatedAt: now });
      await p.db.models.imports.bulkCreate([upload('metrics-1', 'needsReview'), upload('metrics-2', 'done')]);
      // The one in review counts; the one done does not (and every phase is reported, zero included).
      expect(await metric('zongjian_imports_in_flight{status="needsReview"}')).toBe(before + 1);
      expect(await metric('zongjian_imports_in_flight{status="importing"}')).toBeGreaterThanOrEqual(0);
      // A subscription that delivered up to event 3 of 10 lags by 7.
      await p.db.models.shared_event_head.update({ lastId: 10 }, { where: { id: 1 } });
      await p.db.models.subscriptions.create({ id: 'sub-metrics', departmentCode: 'SCJGJ', system: 'metrics-test', url: 'https://receiver.example/hook', types: [], secret: 'x'.repeat(32), status: 'paused', cursor: 3, createdAt: now, updatedAt: now });
      expect(await metric('zongjian_subscription_lag_events{subscription="sub-metrics",status="paused"}')).toBe(7);
    });

    it('labels requests by route template, not by raw URL (bounded cardinality)', async () => {
      await p.api.get('/api/v1/tasks/424242').set('Authorization', `Bearer ${token}`);
      const res = await p.api.get('/metrics');
      expect(res.text).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/api\/v1\/tasks\/:id"[^}]*status="404"[^}]*\} \d+/);
      expect(res.text).not.toContain('424242');
    });
  });

  describe('OpenAPI', () => {
    let doc: any;
    beforeAll(async () => {
      const res = await p.api.get('/api/openapi.json');
      expect(res.status).toBe(200);
      expect(res.type).toBe('application/json');
      doc = res.body;
    });

    it('is OpenAPI 3.1 with a title and version', () => {
      expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
      expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    });

    it.each(CONTRACT_CALLS)('lists %s %s', (method, path) => {
      expect(Object.keys(doc.paths ?? {})).toContain(path);
      expect(doc.paths[path][method]).toBeDefined();
    });

    it('documents the inbox filters of GET /api/v1/tasks', () => {
      const names = doc.paths['/api/v1/tasks'].get.parameters.filter((x: any) => x.in === 'query').map((x: any) => x.name);
      expect(names).toEqual(expect.arrayContaining(['page', 'perPage', 'sort', 'order', 'assignee', 'status', 'department', 'type', 'overdue', 'entity', 'dueBefore', 'dueFrom', 'offered', 'escalation']));
    });

    it('documents the error answers of the contract as problem+json', () => {
      const errors = (method: string, path: string) => Object.keys(doc.paths[path][method].responses);
      expect(errors('post', '/api/ext/v1/registrations')).toEqual(expect.arrayContaining(['202', '400', '401', '403', '409', '413', '422']));
      expect(errors('post', '/api/ext/v1/license-decisions')).toEqual(expect.arrayContaining(['202', '400', '401', '403', '404', '409', '422']));
      expect(errors('post', '/api/v1/tasks/{id}/complete')).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409', '422']));
      expect(errors('post', '/api/v1/session')).toEqual(expect.arrayContaining(['200', '400', '401', '429']));
      for (const [method, path] of CONTRACT_CALLS) {
        for (const [status, response] of Object.entries<any>(doc.paths[path][method].responses)) {
          if (Number(status) >= 400) expect(Object.keys(response.content ?? {})).toEqual(['application/problem+json']);
        }
      }
    });

    it('declares how each call authenticates: a session for /api/v1 (but login), a bearer key for /api/ext', () => {
      expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['bearer', 'session']);
      for (const [method, path] of CONTRACT_CALLS) {
        const security = doc.paths[path][method].security;
        if (method === 'post' && path === '/api/v1/session') expect(security).toEqual([]);
        else if (path.startsWith('/api/ext/')) expect(security).toEqual([{ bearer: [] }]);
        else expect(security).toEqual(expect.arrayContaining([{ session: [] }, { bearer: [] }]));
      }
    });

    it('documents the event bodies with the contract’s required fields', () => {
      const schemaOf = (path: string) => {
        const s = doc.paths[path].post.requestBody.content['application/json'].schema;
        return s.$ref ? doc.components.schemas[s.$ref.split('/').pop()] : s;
      };
      const reg = schemaOf('/api/ext/v1/registrations');
      expect(reg.required).toEqual(expect.arrayContaining(['eventId', 'action', 'occurredAt', 'entity']));
      expect(reg.properties.action.enum).toEqual(['establish', 'change', 'deregister']);
      const lic = schemaOf('/api/ext/v1/license-decisions');
      expect(lic.required).toEqual(expect.arrayContaining(['eventId', 'creditCode', 'department', 'licenseItem', 'decision', 'decidedAt']));
      expect(lic.properties.decision.enum).toEqual(['issued', 'refused', 'not_applied', 'not_required']);
      expect(lic.properties.validFrom).toMatchObject({ type: 'string' });
    });

    it('every $ref resolves inside the document', () => {
      const refs = new Set<string>();
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') {
          for (const [k, x] of Object.entries(v)) {
            if (k === '$ref' && typeof x === 'string') refs.add(x);
            else walk(x);
          }
        }
      };
      walk(doc);
      expect(refs.size).toBeGreaterThan(0);
      for (const ref of refs) {
        expect(ref).toMatch(/^#\//);
        const target = ref.slice(2).split('/').reduce((o: any, k) => o?.[k], doc);
        expect({ ref, found: target !== undefined }).toEqual({ ref, found: true });
      }
    });

    it('/api/docs serves the browsable HTML page, and its assets load', async () => {
      const res = await p.api.get('/api/docs');
      expect(res.status).toBe(200);
      expect(res.type).toBe('text/html');
      expect(res.text).toMatch(/<html/i);
      expect(res.text).toContain('/api/openapi.json');
      for (const asset of [...res.text.matchAll(/(?:src|href)="(\/api\/docs\/assets\/[^"]+)"/g)].map((m) => m[1])) {
        const a = await p.api.get(asset);
        expect({ asset, status: a.status }).toEqual({ asset, status: 200 });
      }
    });
  });

  describe('every response', () => {
    it('carries X-Request-Id, also on errors; a caller’s id is echoed and named in the problem', async () => {
      const responses = await Promise.all([
        p.api.get('/healthz'),
        p.api.get('/readyz'),
        p.api.get('/metrics'),
        p.api.get('/api/openapi.json'),
        p.api.get('/api/docs'),
        p.api.get('/api/v1/tasks'),
        p.api.get('/api/v1/departments').set('Authorization', `Bearer ${token}`),
        p.api.post('/api/v1/session').set('Content-Type', 'application/json').send('{'),
        p.api.post('/api/ext/v1/registrations').send({}),
        p.api.get('/api/nope'),
        p.api.get('/no-such-page'),
      ]);
      const ids = responses.map((r) => r.headers['x-request-id']);
      for (const [i, id] of ids.entries()) expect({ i, id }).toEqual({ i, id: expect.stringMatching(/^\S{8,}$/) });
      expect(new Set(ids).size).toBe(ids.length);

      const mine = await p.api.get('/api/v1/tasks').set('X-Request-Id', 'trace-abc-123');
      expect(mine.headers['x-request-id']).toBe('trace-abc-123');
      expect(mine.body.requestId).toBe('trace-abc-123');
      // An overlong id is cut, not echoed whole.
      const long = await p.api.get('/healthz').set('X-Request-Id', 'x'.repeat(500));
      expect(long.headers['x-request-id'].length).toBeLessThanOrEqual(100);
    });

    it('an unknown /api or /public path → 404 problem+json', async () => {
      for (const res of [
        await p.api.get('/api/nope'),
        await p.api.get('/api/v1/nope').set('Authorization', `Bearer ${token}`),
        await p.api.post('/api/ext/v1/nope').send({}),
        await p.api.get('/api/v2/tasks'),
        await p.api.get('/public/v1/nope'),
        // Below an existing resource, an unknown path is still unknown.
        await p.api.get('/api/ext/v1/registrations/REG-1/nope'),
        await p.api.post('/api/ext/v1/registrations/REG-1').send({}),
        await p.api.get('/api/v1/tasks/1/nope').set('Authorization', `Bearer ${token}`),
      ]) {
        expect(res.status).toBe(404);
        expect(res.type).toBe('application/problem+json');
        expect(res.body).toMatchObject({ type: expect.any(String), title: 'Not Found', status: 404, detail: expect.any(String), instance: expect.any(String) });
      }
    });

    it('another method on an event collection → 405 problem+json with Allow', async () => {
      const res = await p.api.get('/api/ext/v1/registrations');
      expect(res.status).toBe(405);
      expect(res.type).toBe('application/problem+json');
      expect(res.headers.allow).toBe('POST');
    });
  });
});
