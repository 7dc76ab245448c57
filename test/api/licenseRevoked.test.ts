import crypto from 'node:crypto';
import { createInspectionActivities } from '../../activities/inspections';
import { testDatabases } from '../support/databases';
import { newCreditCode } from '../support/events';
import { startPlatform, type TestPlatform } from '../support/platform';

// license.revoked (F13, CONTRACT.md "Shared event types"): a license ends as revoked when a penalty revokes it
// (吊销许可证件) — a case decided with that penalty, or a collected penalty record another department pushes. Each
// is shared once in the feed, however often or concurrently its input comes again.

describe.each(testDatabases)('license.revoked on $name', (database) => {
  let p: TestPlatform;
  let recordsKey = '';
  let feedKey = '';
  const uid = () => crypto.randomBytes(4).toString('hex');
  const push = (body: unknown) => p.api.post('/api/ext/v1/records').set('Authorization', `Bearer ${recordsKey}`).send(body as object);
  const revokedIn = async (creditCode: string) => {
    const res = await p.api.get('/api/ext/v1/feed').query({ after: 0, types: 'license.revoked', limit: 1000 }).set('Authorization', `Bearer ${feedKey}`);
    expect(res.status).toBe(200);
    return (res.body.events as any[]).filter((e) => e.creditCode === creditCode);
  };
  const entity = async (name: string) => {
    const creditCode = newCreditCode();
    await p.db.models.entities.create({ creditCode, name, entityType: '有限责任公司', industryCode: 'F5223', regionCode: '310116102', address: '上海市金山区枫泾镇', legalRepresentative: '张某', businessScope: '食品销售', registrationAuthority: '金山区市场监督管理局', establishedOn: '2020-01-01', status: 'active' });
    return creditCode;
  };
  const penalty = (k: string, creditCode: string, penaltyKinds: string[]) => ({ key: k, creditCode, department: 'SCJGJ', occurredOn: '2026-11-20', decisionNo: k, penaltyItem: '经营超过保质期的食品', legalBasis: '《中华人民共和国食品安全法》第一百二十四条', penaltyKinds });

  beforeAll(async () => {
    p = await startPlatform(database, { worker: false });
    recordsKey = await p.apiKey(['records:write'], 'city-platform', 'SCJGJ');
    feedKey = await p.apiKey(['feed:read'], 'city-sharing', 'SCJGJ');
  });
  afterAll(() => p?.stop());

  it('a collected penalty that revokes a license is shared once, however often and concurrently it is pushed', async () => {
    const company = await entity('上海枫泾吊销测试食品有限公司');
    const k = `JSSJ-REV-${uid()}`;
    const results = await Promise.all(Array.from({ length: 6 }, () => push({ kind: 'penalty', items: [penalty(k, company, ['fine', 'revocation'])] })));
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(200));
    expect((await push({ kind: 'penalty', items: [penalty(k, company, ['fine', 'revocation'])] })).status).toBe(200);
    const shared = await revokedIn(company);
    expect(shared).toHaveLength(1);
    expect(shared[0]).toMatchObject({ type: 'license.revoked', occurredAt: '2026-11-19T16:00:00.000Z', data: { entityName: '上海枫泾吊销测试食品有限公司', department: '金山区市场监督管理局', decisionNo: k, revokedOn: '2026-11-20', source: 'record' } });
  });

  it('a penalty without revocation shares none; a merge that adds the revocation shares it', async () => {
    const company = await entity('上海枫泾罚款测试食品有限公司');
    const k = `JSSJ-FINE-${uid()}`;
    expect((await push({ kind: 'penalty', items: [penalty(k, company, ['warning', 'fine'])] })).status).toBe(200);
    expect(await revokedIn(company)).toHaveLength(0);
    expect((await push({ kind: 'penalty', items: [penalty(k, company, ['fine', 'revocation'])] })).status).toBe(200);
    expect(await revokedIn(company)).toHaveLength(1);
  });

  it('a case decided with a revocation is shared once, however often its activity runs; another penalty shares none', async () => {
    const acts = createInspectionActivities(p.db);
    const company = await entity('上海枫泾立案测试食品有限公司');
    const decided = (caseKey: string, penaltyKind: string) => ({
      caseKey, inspectionKey: `insp-${caseKey}`, creditCode: company, entityName: '上海枫泾立案测试食品有限公司', departmentCode: 'SCJGJ', stage: 'decided',
      filingDueAt: null, decisionDueAt: null, filedAt: '2026-10-01T02:00:00.000Z', decidedAt: '2026-11-24T17:00:00.000Z', outcome: 'penalty',
      penalty: { decisionNo: `金市监罚〔2026〕${caseKey}号`, penaltyKind, amount: null }, workflowId: `enforcement-case:${caseKey}`,
    });
    const revoking = `rev-${uid()}`;
    await Promise.all(Array.from({ length: 4 }, () => acts.saveCase(decided(revoking, 'revocation')).catch(() => undefined)));
    await acts.saveCase(decided(revoking, 'revocation'));
    await acts.saveCase(decided(`fine-${uid()}`, 'fine'));
    const shared = await revokedIn(company);
    expect(shared).toHaveLength(1);
    // Decided at 01:00 on 25 November in Shanghai: the day of revocation is the Shanghai date.
    expect(shared[0].data).toMatchObject({ entityName: '上海枫泾立案测试食品有限公司', department: '金山区市场监督管理局', decisionNo: `金市监罚〔2026〕${revoking}号`, revokedOn: '2026-11-25', source: 'case' });
  });
});
