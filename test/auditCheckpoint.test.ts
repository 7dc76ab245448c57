import { appendAudit } from '../db/audit';
import { verifyAuditWithCheckpoints } from '../cli/auditVerify';
import { auditCheckpointScheduleId } from '../workflows/auditCheckpoint';
import { testDatabases } from './support/databases';
import { startPlatform, type TestPlatform } from './support/platform';
import { describeSchedule, runScheduleNow } from './support/schedules';

// The anchor of the audit chain: a checkpoint Schedule records the head in Temporal's history, and
// `cli audit verify` (the function it calls) finds rows cut off the end with the head moved back.
describe('audit checkpoint', () => {
  let p: TestPlatform;
  beforeAll(async () => {
    p = await startPlatform(testDatabases[0]);
  });
  afterAll(() => p?.stop());

  const append = (n: number) => Promise.all(Array.from({ length: n }, (_, i) => appendAudit(p.db, { actorType: 'system', actor: 'test', action: 'checkpoint.test', targetType: 't', targetId: String(i) })));
  const head = async () => (await p.db.models.audit_head.findByPk(1, { raw: true })) as any;

  /** Runs the Schedule now and waits for that run's result. */
  const checkpointNow = () => runScheduleNow<{ lastId: number }>(p, auditCheckpointScheduleId(p.config.TASK_QUEUE));

  it('is created when the API starts, on the configured interval', async () => {
    const d = await describeSchedule(p, auditCheckpointScheduleId(p.config.TASK_QUEUE));
    expect(d.spec.intervals?.map((i) => i.every)).toEqual([10 * 60_000]);
  });

  it('records the head; verify then finds the last rows removed with the head moved back', async () => {
    await append(6);
    const checkpoint = await checkpointNow();
    expect(checkpoint).toEqual(expect.objectContaining({ lastId: (await head()).lastId }));
    expect(await verifyAuditWithCheckpoints(p.db, p.config)).toEqual(expect.objectContaining({ problems: [], anchor: expect.objectContaining({ checked: true }) }));

    const keep = checkpoint.lastId - 2;
    const last = (await p.db.models.audit_log.findByPk(keep, { raw: true })) as any;
    await p.db.models.audit_log.destroy({ where: { id: [keep + 1, keep + 2] } });
    await p.db.models.audit_head.update({ lastId: keep, lastHash: last.hash }, { where: { id: 1 } });

    const r = await verifyAuditWithCheckpoints(p.db, p.config);
    // The checkpoint taken at the API's start may have seen some of the removed rows too: it says so as well.
    expect(r.problems).toEqual(expect.arrayContaining([expect.objectContaining({ id: checkpoint.lastId, problem: 'truncated' })]));
    expect(r.problems.map((x) => x.problem)).toEqual(r.problems.map(() => 'truncated'));
  });

  it('without Temporal still verifies the chain and says the end was not checked', async () => {
    const away = { ...p.config, TEMPORAL_ADDRESS: '127.0.0.1:1' };
    await p.db.models.audit_log.update({ actor: 'someone-else' }, { where: { id: 1 } });
    const r = await verifyAuditWithCheckpoints(p.db, away);
    expect(r.anchor).toEqual({ checked: false, code: 'temporal-unreachable', reason: expect.stringContaining('could not be reached') });
    expect(r.problems).toEqual(expect.arrayContaining([expect.objectContaining({ id: 1, problem: 'hashMismatch' })]));
  });
});
