import { scoreRegister } from '../../db/risk';
import { DEFAULT_RISK_MODEL } from '../../domain/risk';
import { testDatabases } from '../support/databases';
import { newCreditCode } from '../support/events';
import { eventually, startPlatform, type TestPlatform } from '../support/platform';
import { riskRescoring } from '../../workflows/riskScoring';

// The credit-risk model (F14): classes from the facts the platform holds, scored at a date, explained on the
// dossier; the district office sets new versions, which score the register at once through the risk workflow.
// The expected scores below are counted by hand from the default model (domain/risk.ts DEFAULT_RISK_MODEL:
// serious violation 60, abnormal operation 25, penalty 12, complaint 3, lapsed license 5, new entity 8, at most 3
// of a fact counted; B from 5, C from 30, D from 60; a window of 36 months), not by the implementation's queries.

const AS_OF = '2026-11-30';

describe.each(testDatabases)('credit-risk model on $name', (database) => {
  let p: TestPlatform;
  let recordsKey = '';
  const codes: Record<string, string> = {};
  const entity = async (key: string, establishedOn = '2015-03-01') => {
    const creditCode = newCreditCode();
    codes[key] = creditCode;
    await p.db.models.entities.create({ creditCode, name: `上海风险测试${key}有限公司`, entityType: '有限责任公司', industryCode: 'F5223', regionCode: '310116102', address: '上海市金山区枫泾镇', legalRepresentative: '张某', businessScope: '食品销售', registrationAuthority: '金山区市场监督管理局', establishedOn, status: 'active', riskClass: 'B' });
  };
  const listing = (key: string, listType: string, listedOn: string, endedOn: string | null = null) =>
    p.db.models.credit_listings.create({
      id: `risk-${key}-${listType}`, creditCode: codes[key], entityName: `上海风险测试${key}有限公司`, listType, reason: '测试', documentNo: `（2026）测${key}号`, authority: '金山区市场监督管理局',
      listedOn, expiresOn: null, status: endedOn ? 'ended' : 'active', endedOn, endReason: endedOn ? 'expired' : null, previousListingId: null, source: 'test', workflowId: 'test', createdAt: new Date(), updatedAt: new Date(),
    });
  const push = (kind: string, items: object[]) => p.api.post('/api/ext/v1/records').set('Authorization', `Bearer ${recordsKey}`).send({ kind, items });
  const penalty = (key: string, n: number, occurredOn: string) => ({ key: `金市监罚〔风险〕${key}-${n}`, creditCode: codes[key], department: 'SCJGJ', occurredOn, decisionNo: `金市监罚〔风险〕${key}-${n}`, penaltyItem: '未亮照经营', legalBasis: '《无证无照经营查处办法》', penaltyKinds: ['warning'] });
  const complaint = (key: string, n: number) => ({ key: `投诉-${key}-${n}`, creditCode: codes[key], department: 'SCJGJ', occurredOn: '2026-09-0' + (n + 1), channel: '12315', summary: '商品过期', complainantName: '李某' });
  const classOf = async (key: string) => ((await p.db.models.entities.findByPk(codes[key], { raw: true })) as any).riskClass;

  beforeAll(async () => {
    p = await startPlatform(database, { config: { RISK_RESCORE_SECONDS: '1' } });
    recordsKey = await p.apiKey(['records:write'], 'city-platform', 'SCJGJ');
    for (const k of ['serious', 'abnormal', 'complaints', 'clean', 'penalties', 'outside', 'lapsed']) await entity(k, k === 'lapsed' ? '2026-06-01' : undefined);
    await listing('serious', 'seriousViolationList', '2026-01-01');
    await listing('abnormal', 'abnormalOperationList', '2025-05-01');
    await listing('outside', 'abnormalOperationList', '2024-01-01', '2026-06-01');
    expect((await push('penalty', [penalty('abnormal', 1, '2026-03-01'), ...[1, 2, 3, 4].map((n) => penalty('penalties', n, '2025-0' + n + '-10')), penalty('outside', 1, '2023-11-01')])).body).toMatchObject({ stored: 6 });
    const complaints = await push('complaint', [complaint('complaints', 1), complaint('complaints', 2)]);
    expect(complaints.body).toMatchObject({ stored: 2 });
    await p.db.models.licenses.create({ creditCode: codes.lapsed, licenseItemCode: 'L001', departmentCode: 'SCJGJ', licenseNo: 'JY-RISK-1', validFrom: '2021-10-01', validTo: '2026-10-01', source: 'test', createdAt: new Date() });
    // The rescoring poll follows the pushed records and scores their four entities at today's date; the scoring at
    // AS_OF below comes after it, or a round landing between two tests would date the dossier's class today.
    const pushedTo = [codes.abnormal, codes.penalties, codes.outside, codes.complaints];
    await eventually(async () => (await p.db.models.entity_risk.count({ where: { creditCode: pushedTo } })) === pushedTo.length, 60_000, 'the rescoring of the pushed records');
  }, 120_000);
  afterAll(() => p?.stop());

  it('scores each entity from its facts within the window, counted by hand', async () => {
    const run = await scoreRegister(p.db, AS_OF);
    expect(run).toMatchObject({ scored: 7, modelVersion: 1 });
    const expected: Record<string, [string, number]> = { serious: ['D', 60], abnormal: ['C', 37], complaints: ['B', 6], clean: ['A', 0], penalties: ['C', 36], outside: ['A', 0], lapsed: ['B', 13] };
    for (const [k, [cls, score]] of Object.entries(expected)) {
      expect([k, await classOf(k)]).toEqual([k, cls]);
      expect([k, ((await p.db.models.entity_risk.findByPk(codes[k], { raw: true })) as any).score]).toEqual([k, score]);
    }
    // Scoring again changes nothing and doubles nothing.
    expect(await scoreRegister(p.db, AS_OF)).toMatchObject({ scored: 7, changed: 0 });
    expect(await p.db.models.entity_risk.count()).toBe(7);
  });

  it('explains the class on the dossier: which facts, how many, how many points', async () => {
    const token = await p.login('clerk');
    const res = await p.api.get(`/api/v1/entities/${codes.abnormal}`).set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body.risk).toEqual({ class: 'C', score: 37, modelVersion: 1, asOf: AS_OF, factors: [{ factor: 'abnormalOperation', count: 1, points: 25 }, { factor: 'penalties', count: 1, points: 12 }] });
    const four = await p.api.get(`/api/v1/entities/${codes.penalties}`).set('Authorization', `Bearer ${token}`);
    expect(four.body.risk.factors).toEqual([{ factor: 'penalties', count: 4, points: 36 }]);
  });

  it('the district office sets a new version, which scores the register at once; bad input changes nothing', async () => {
    const district = await p.login('district');
    const put = (token: string, body: object) => p.api.put('/api/v1/risk-model').set('Authorization', `Bearer ${token}`).send(body);
    const model = { ...DEFAULT_RISK_MODEL, weights: { ...DEFAULT_RISK_MODEL.weights, complaints: 10 } };
    expect((await put(district, { ...model, thresholds: { B: 30, C: 30, D: 60 } })).status).toBe(400);
    expect((await put(district, { ...model, weights: { ...model.weights, penalties: 101 } })).status).toBe(400);
    const clerk = await p.login('clerk');
    const refused = await put(clerk, model);
    expect(refused.status).toBe(403);
    expect(await p.db.models.risk_models.count()).toBe(1);
    const res = await put(district, model);
    expect([res.status, res.body.version]).toEqual([201, 2]);
    // The workflow scores with version 2: two complaints now weigh 20, class B still (below C's 30); the audit names who.
    for (let i = 0; i < 120; i++) {
      const row = (await p.db.models.entity_risk.findByPk(codes.complaints, { raw: true })) as any;
      if (row.modelVersion === 2) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const row = (await p.db.models.entity_risk.findByPk(codes.complaints, { raw: true })) as any;
    expect([row.modelVersion, row.score, row.riskClass]).toEqual([2, 20, 'B']);
    expect(await p.db.models.audit_log.count({ where: { action: 'riskModel.set', targetId: '2' } })).toBe(1);
    const leader = await p.login('leader');
    expect((await p.api.get('/api/v1/risk-model').set('Authorization', `Bearer ${leader}`)).body).toMatchObject({ version: 2, weights: { complaints: 10 } });
  }, 90_000);

  it('scores an entity again as facts about it arrive, without waiting for the night', async () => {
    // Two penalties pushed for the entity with two complaints (6 points, B under version 2's weights: 20):
    // 20 + 2 × 12 = 44 under the newest model, C, within a few of RISK_RESCORE_SECONDS (10).
    expect((await push('penalty', [penalty('complaints', 1, '2026-11-01'), penalty('complaints', 2, '2026-11-02')])).body).toMatchObject({ stored: 2 });
    let row: any;
    for (let i = 0; i < 60; i++) {
      row = (await p.db.models.entity_risk.findByPk(codes.complaints))?.get({ plain: true });
      if (row.factors.some((f: any) => f.factor === 'penalties')) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(row.factors).toContainEqual({ factor: 'penalties', count: 2, points: 24 });
    expect(await classOf('complaints')).toBe(row.riskClass);
  }, 60_000);

  it('keeps the rescoring poll’s history short: past its bound it continues as new, carrying its cursors', async () => {
    // A bound of 40 events (POLLING_HISTORY_EVENTS is 1,000) is reached after a few polls of 50 ms.
    const workflowId = `risk-rescoring-bounded-${database.name}-${Date.now()}`;
    const first = await p.client.workflow.start(riskRescoring, { workflowId, taskQueue: p.config.TASK_QUEUE, args: [{ pollSeconds: 0.05, historyEvents: 40 }] });
    try {
      const runs = await eventually(async () => {
        const latest = await p.client.workflow.getHandle(workflowId).describe();
        return latest.runId !== first.firstExecutionRunId ? latest : null;
      }, 30_000, 'a second run of the rescoring poll');
      expect(runs.status.name).toBe('RUNNING');
      // The first run ended by continuing as new within a little over its bound, not at Temporal's suggestion (~4,000).
      const history = await p.client.workflow.getHandle(workflowId, first.firstExecutionRunId).fetchHistory();
      expect(history.events!.length).toBeLessThan(80);
      // Each round is a scheduled activity (a batch holds no workflow task); the cursors' first read is a local step.
      const scheduled = history.events!.filter((e) => e.activityTaskScheduledEventAttributes).map((e) => e.activityTaskScheduledEventAttributes!.activityType!.name);
      expect(scheduled.length).toBeGreaterThan(1);
      expect(new Set(scheduled)).toEqual(new Set(['rescoreChanged']));
      expect(history.events!.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity')).toHaveLength(1);
      const next = history.events!.at(-1)!.workflowExecutionContinuedAsNewEventAttributes!;
      const input = JSON.parse(Buffer.from(next.input!.payloads![0].data!).toString('utf8'));
      expect(input).toMatchObject({ pollSeconds: 0.05, historyEvents: 40, cursors: { afterEvent: expect.any(Number), afterRecord: expect.any(Number) } });
    } finally {
      await p.client.workflow.getHandle(workflowId).terminate('test done').catch(() => undefined);
    }
  }, 60_000);

  it('two versions set at once become two versions, neither lost', async () => {
    const district = await p.login('district');
    const model = (complaints: number) => ({ ...DEFAULT_RISK_MODEL, weights: { ...DEFAULT_RISK_MODEL.weights, complaints } });
    const both = await Promise.all([1, 2].map((c) => p.api.put('/api/v1/risk-model').set('Authorization', `Bearer ${district}`).send(model(c))));
    expect(both.map((r) => r.status)).toEqual([201, 201]);
    expect(both.map((r) => r.body.version).sort()).toEqual([3, 4]);
  });
});
