import fs from 'node:fs';
import path from 'node:path';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { testDatabases } from './support/databases';
import { registration, newEventId } from './support/events';
import { eventually, startPlatform, type TestPlatform } from './support/platform';

// DESIGN.md rule 8: replaying recorded histories with the current code catches a non-deterministic change
// before it reaches running workflows. `RECORD_HISTORIES=1 npx jest test/replay` records new fixtures.
const FIXTURES = path.join(__dirname, 'fixtures', 'histories');
const History = temporal.api.history.v1.History;
const bundle = () => ({ code: fs.readFileSync(process.env.TEST_WORKFLOW_BUNDLE!, 'utf8') });

/**
 * Every fixture and the workflow type its history must hold: a fixture removed, renamed or left out of the index
 * fails the replay test, and a newly recorded one is added here.
 */
const FIXTURE_TYPES: Record<string, string> = {
  dualNotification: 'dualNotification',
  licenseFeedbackDecided: 'licenseFeedback',
  licenseFeedbackReported: 'licenseFeedback',
  licenseFeedbackClaimedThenCancelled: 'licenseFeedback',
  dualNotificationLocalSteps: 'dualNotification',
  licenseFeedbackDecidedLocalSteps: 'licenseFeedback',
  licenseFeedbackReportedLocalSteps: 'licenseFeedback',
  licenseFeedbackClaimedThenCancelledLocalSteps: 'licenseFeedback',
  inspectionPlan: 'inspectionPlan',
  inspectionPlanBatched: 'inspectionPlan',
  inspection: 'inspection',
  inspectionTellsPlan: 'inspection',
  enforcementCase: 'enforcementCase',
  enforcementCaseWarns: 'enforcementCase',
  jointPunishment: 'jointPunishment',
  screeningFeedback: 'screeningFeedback',
  warning: 'warning',
  warningBatch: 'warningBatch',
};

describe('workflow replay', () => {
  // The workflow id matters: task keys derive from it, and recorded updates name them.
  const index: Record<string, string> = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'index.json'), 'utf8'));
  const load = (name: string) => History.decode(fs.readFileSync(path.join(FIXTURES, `${name}.binpb`)));

  it('has exactly the expected fixtures, each indexed with its workflow id and holding its workflow type', () => {
    const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.binpb')).map((f) => f.slice(0, -'.binpb'.length));
    expect(files.sort()).toEqual(Object.keys(FIXTURE_TYPES).sort());
    expect(Object.keys(index).sort()).toEqual(Object.keys(FIXTURE_TYPES).sort());
    for (const name of files) {
      const events = load(name).events;
      expect({ name, type: events[0].workflowExecutionStartedEventAttributes?.workflowType?.name }).toEqual({ name, type: FIXTURE_TYPES[name] });
    }
  });

  it('replays every recorded history with the current workflow code, without a determinism error', async () => {
    const names = Object.keys(FIXTURE_TYPES);
    const results: Array<{ workflowId: string; error?: string }> = [];
    for await (const r of Worker.runReplayHistories({ workflowBundle: bundle() }, names.map((name) => ({ workflowId: index[name], history: load(name) })))) {
      results.push({ workflowId: r.workflowId, ...(r.error ? { error: String(r.error) } : {}) });
    }
    // One result per fixture, in order, none with an error (the error text is in the diff when one fails).
    expect(results).toEqual(names.map((name) => ({ workflowId: index[name] })));
  });

  describe('a fresh run', () => {
    let p: TestPlatform;
    beforeAll(async () => {
      p = await startPlatform(testDatabases[0], { entities: 50 });
    });
    afterAll(() => p?.stop());

    it('replays the parent, a decided notification, a claimed pool item and a cancelled one', async () => {
      const regKey = await p.apiKey(['registration:write']);
      const licKey = await p.apiKey(['license:write']);
      const clerk = await p.login('clerk');
      const nyncw = await p.login('nyncw-clerk');
      const est = registration();
      await p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${regKey}`).send(est);
      const entity = est.entity.creditCode;
      const list = async (token: string, q: Record<string, string>) => (await p.api.get('/api/v1/tasks').query({ entity, ...q }).set('Authorization', `Bearer ${token}`)).body.data as any[];
      const receipt = await eventually(async () => (await list(clerk, { type: 'receipt' }))[0]);
      await p.api.post(`/api/v1/tasks/${receipt.id}/complete`).set('Authorization', `Bearer ${clerk}`).send({ outcome: 'received' });
      const decision = await eventually(async () => (await list(clerk, { type: 'licenseDecision' }))[0]);
      await p.api.post(`/api/v1/tasks/${decision.id}/complete`).set('Authorization', `Bearer ${clerk}`).send({ outcome: 'not_required' });
      const pooled = await eventually(async () => (await list(nyncw, { type: 'claim' }))[0]);
      await p.api.post(`/api/v1/tasks/${pooled.id}/claim`).set('Authorization', `Bearer ${nyncw}`);
      const transport = `license-feedback:${est.eventId}:L003`;
      await p.api.post('/api/ext/v1/license-decisions').set('Authorization', `Bearer ${licKey}`).send({ eventId: newEventId('LIC'), creditCode: entity, department: 'JTW', licenseItem: '道路运输经营许可', decision: 'issued', licenseNo: 'T-1', validFrom: '2026-12-01', validTo: '2030-11-30', decidedAt: '2026-12-01T09:00:00+08:00' });
      await eventually(async () => (await list(nyncw, { type: 'receipt' }))[0]);
      await p.api.post('/api/ext/v1/registrations').set('Authorization', `Bearer ${regKey}`).send(registration({ action: 'deregister', creditCode: entity }));
      const unclear = `license-feedback:${est.eventId}:unclear-1`;
      await eventually(async () => (await p.client.workflow.getHandle(unclear).describe()).status.name === 'COMPLETED');

      // Recorded again under new names when steps became local activities first (the `local-steps` patch); the
      // fixtures recorded before keep the scheduled-steps path covered.
      await record(
        {
          dualNotificationLocalSteps: `dual-notification:${est.eventId}`,
          licenseFeedbackDecidedLocalSteps: `license-feedback:${est.eventId}:L001`,
          licenseFeedbackReportedLocalSteps: transport,
          licenseFeedbackClaimedThenCancelledLocalSteps: unclear,
        },
        ['licenseFeedbackReportedLocalSteps'],
      );
    });

    it('replays a spot-check plan, an inspection that found a suspected violation, and its case', async () => {
      const tokens: Record<string, string> = {};
      for (const u of ['clerk', 'supervisor']) tokens[u] = await p.login(u);
      const call = (u: string) => ({ Authorization: `Bearer ${tokens[u]}` });
      const plan = (await p.api.post('/api/v1/inspection-plans').set(call('clerk')).send({ title: '回放', checkItemCodes: ['SC002'], periodFrom: '2026-12-01', periodTo: '2026-12-31', strata: [{ key: 'all', count: 1 }], teamSize: 2 })).body;
      const task = (u: string, type: string) => eventually(async () => ((await p.api.get('/api/v1/tasks').query({ type, status: 'open,claimed' }).set(call(u))).body.data as any[]).find((t) => t.data.planId === plan.id || t.type.startsWith('case')));
      await p.api.post(`/api/v1/tasks/${(await task('supervisor', 'planApproval')).id}/complete`).set(call('supervisor')).send({ outcome: 'approved' });
      await p.api.post(`/api/v1/tasks/${(await task('clerk', 'draw')).id}/complete`).set(call('clerk')).send({ outcome: 'drawn' });
      const inspection = await eventually(async () => ((await p.api.get('/api/v1/inspections').query({ planId: plan.id }).set(call('supervisor'))).body.data as any[])[0]);
      for (const m of inspection.team) tokens[m] = await p.login(m);
      await p.api.post(`/api/v1/inspections/${inspection.id}/results`).set(call(inspection.team[0])).send({ results: [{ checkItemCode: 'SC002', result: 'non_compliant', finding: '过期食品' }], outcome: 'suspected_violation' });
      for (const m of inspection.team) {
        const mine = await eventually(async () => ((await p.api.get('/api/v1/tasks').query({ type: 'inspection', assignee: 'me', status: 'claimed' }).set(call(m))).body.data as any[])[0]);
        await p.api.post(`/api/v1/tasks/${mine.id}/complete`).set(call(m)).send({ outcome: 'confirmed' });
      }
      await p.api.post(`/api/v1/tasks/${(await task('clerk', 'caseFiling')).id}/complete`).set(call('clerk')).send({ outcome: 'filed' });
      await p.api.post(`/api/v1/tasks/${(await task('clerk', 'caseDecision')).id}/complete`).set(call('clerk')).send({ outcome: 'penalty', data: { decisionNo: '金市监案处〔2026〕1号', penaltyKind: 'warning', penaltyItem: 'CF-SC002' } });
      // Recorded again under new names when the processes changed (batched launch, the plan told, the case
      // warning); the fixtures recorded before stay and keep the older paths covered.
      await record({
        inspectionPlanBatched: `inspection-plan:${plan.id}`,
        inspectionTellsPlan: `inspection:${plan.id}:${inspection.creditCode}`,
        enforcementCaseWarns: `enforcement-case:${plan.id}:${inspection.creditCode}`,
      });
    });

    it('replays a joint-punishment listing ended by credit repair, a screening feedback and a warning', async () => {
      const tokens: Record<string, string> = {};
      for (const u of ['czj-clerk', 'inspector', 'clerk']) tokens[u] = await p.login(u);
      const call = (u: string) => ({ Authorization: `Bearer ${tokens[u]}` });
      const creditKey = await p.apiKey(['credit:write']);
      const screenKey = await p.apiKey(['screening:read'], 'procurement', 'CZJ');
      const creditCode = ((await p.db.models.entities.findOne({ where: { status: 'active' }, raw: true })) as any).creditCode;
      const listing = { eventId: newEventId('CL'), action: 'list', listType: 'seriousViolationList', creditCode, reason: '回放', documentNo: '回放〔2025〕1号', authority: '金山区市场监督管理局', listedOn: '2025-06-02' };
      const listed = (await p.api.post('/api/ext/v1/credit-listings').set('Authorization', `Bearer ${creditKey}`).send(listing)).body;
      const task = (u: string, type: string) => eventually(async () => ((await p.api.get('/api/v1/tasks').query({ type, status: 'open,claimed', entity: creditCode }).set(call(u))).body.data as any[])[0]);
      await p.api.post(`/api/v1/tasks/${(await task('czj-clerk', 'punishmentNotice')).id}/complete`).set(call('czj-clerk')).send({ outcome: 'applied', comment: '已限制' });
      const screened = (await p.api.get('/api/ext/v1/screening').query({ creditCode, scenario: 'government_procurement' }).set('Authorization', `Bearer ${screenKey}`)).body;
      await p.api.post(`/api/v1/tasks/${(await task('czj-clerk', 'screeningFeedback')).id}/complete`).set(call('czj-clerk')).send({ outcome: 'restricted', comment: '取消投标资格' });
      await p.api.post('/api/ext/v1/credit-listings').set('Authorization', `Bearer ${creditKey}`).send({ eventId: newEventId('CL'), action: 'delist', listType: 'seriousViolationList', creditCode, documentNo: listing.documentNo, exitType: 'creditRepair', reason: '修复', delistedOn: '2026-11-20' });
      await p.api.post(`/api/v1/tasks/${(await task('czj-clerk', 'punishmentLifting')).id}/complete`).set(call('czj-clerk')).send({ outcome: 'lifted' });
      const w = (await p.api.post('/api/v1/warnings').set(call('inspector')).send({ creditCode, level: 'red', subject: '回放', reason: '回放' })).body;
      await p.api.post(`/api/v1/tasks/${(await task('clerk', 'warningHandling')).id}/complete`).set(call('clerk')).send({ outcome: 'no_action_needed', comment: '核实无异常' });
      await record({ jointPunishment: listed.workflowId, screeningFeedback: screened.feedbackWorkflowId, warning: w.workflowId });
    });

    it('replays a scan’s batch of warnings, one handled at once and one reassigned first', async () => {
      const tokens: Record<string, string> = {};
      for (const u of ['admin', 'jtw-clerk', 'jtw-supervisor']) tokens[u] = await p.login(u);
      const call = (u: string) => ({ Authorization: `Bearer ${tokens[u]}` });
      const creditCode = ((await p.db.models.entities.findOne({ where: { status: 'active' }, order: [['creditCode', 'DESC']], raw: true })) as any).creditCode;
      for (const n of [1, 2]) await p.db.models.licenses.create({ creditCode, licenseItemCode: 'L003', departmentCode: 'JTW', licenseNo: `JT-REPLAY-${n}`, validFrom: '2021-12-20', validTo: new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10), source: 'test', createdAt: new Date() });
      expect((await p.api.post('/api/v1/warning-scans').set(call('admin')).send({ rules: ['licenseExpiring'], creditCode })).body.raised).toBe(2);
      const tasks = await eventually(async () => {
        const rows = ((await p.api.get('/api/v1/tasks').query({ type: 'warningHandling', entity: creditCode }).set(call('jtw-clerk'))).body.data as any[]);
        return rows.length === 2 && rows;
      });
      await p.api.post(`/api/v1/tasks/${tasks[0].id}/complete`).set(call('jtw-clerk')).send({ outcome: 'resolved', comment: '已提醒' });
      await p.api.post(`/api/v1/tasks/${tasks[1].id}/reassign`).set(call('jtw-supervisor')).send({ assignee: 'jtw-clerk', reason: '回放' });
      await p.api.post(`/api/v1/tasks/${tasks[1].id}/complete`).set(call('jtw-clerk')).send({ outcome: 'no_action_needed', comment: '已续期' });
      await record({ warningBatch: tasks[0].workflowId });
    });

    /** Replays each closed workflow's history, and with RECORD_HISTORIES=1 keeps it as a fixture. */
    async function record(ids: Record<string, string>, stillRunning: string[] = []): Promise<void> {
      const indexFile = path.join(FIXTURES, 'index.json');
      for (const [name, id] of Object.entries(ids)) {
        await eventually(async () => stillRunning.includes(name) || (await p.client.workflow.getHandle(id).describe()).status.name !== 'RUNNING', 30_000, `${id} to close`);
        const history = await p.client.workflow.getHandle(id).fetchHistory();
        await Worker.runReplayHistory({ workflowBundle: bundle() }, history, id);
        if (process.env.RECORD_HISTORIES) {
          // Binary protobuf, as the server sends it.
          fs.writeFileSync(path.join(FIXTURES, `${name}.binpb`), History.encode(history).finish());
          const index = fs.existsSync(indexFile) ? JSON.parse(fs.readFileSync(indexFile, 'utf8')) : {};
          fs.writeFileSync(indexFile, JSON.stringify({ ...index, [name]: id }, null, 2) + '\n');
        }
      }
    }
  });
});
