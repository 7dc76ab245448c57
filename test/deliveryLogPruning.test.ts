import crypto from 'node:crypto';
import { ScheduleOverlapPolicy } from '@temporalio/client';
import { deliveryLogPruningScheduleId } from '../workflows/deliveryLogPruning';
import { testDatabases } from './support/databases';
import { eventually, startPlatform, type TestPlatform } from './support/platform';
import { describeSchedule } from './support/schedules';

// Delivery log retention (F13): the nightly Schedule deletes delivery attempts older than
// DELIVERY_LOG_RETENTION_DAYS in batches, and keeps what a person may still need — every attempt of a paused
// subscription, and a failed attempt whose event has not been delivered since.

const DAY = 86_400_000;

describe.each(testDatabases)('delivery log pruning on $name', (database) => {
  let p: TestPlatform;

  beforeAll(async () => {
    p = await startPlatform(database, { config: { DELIVERY_LOG_RETENTION_DAYS: '30' } });
  });
  afterAll(() => p?.stop());

  const subscription = async (status: string, cursor: number) => {
    const id = crypto.randomUUID();
    const now = new Date();
    await p.db.models.subscriptions.create({ id, departmentCode: 'SCJGJ', system: 'city-sharing', url: 'http://127.0.0.1:9/hook', types: [], secret: 's'.repeat(32), status, cursor, createdAt: now, updatedAt: now });
    return id;
  };
  const attempts = (subscriptionId: string, daysAgo: number, status: string, eventIds: number[]) =>
    p.db.models.deliveries.bulkCreate(eventIds.map((eventId) => ({ subscriptionId, eventId, eventType: 'warning.raised', attempt: 1, status, statusCode: status === 'sent' ? 200 : 500, error: null, durationMs: 3, payload: '{}', at: new Date(Date.now() - daysAgo * DAY) })));
  const left = async (subscriptionId: string) => ((await p.db.models.deliveries.findAll({ where: { subscriptionId }, order: [['eventId', 'ASC']], raw: true })) as any[]).map((r) => `${r.eventId}:${r.status}`);

  /** Runs the Schedule now and waits for that run's result. */
  async function pruneNow(): Promise<{ deleted: number }> {
    const schedule = p.client.schedule.getHandle(deliveryLogPruningScheduleId(p.config.TASK_QUEUE));
    const before = (await describeSchedule(p, deliveryLogPruningScheduleId(p.config.TASK_QUEUE))).info.recentActions.length;
    await schedule.trigger(ScheduleOverlapPolicy.ALLOW_ALL);
    const run = await eventually(async () => (await schedule.describe()).info.recentActions[before], 20_000, 'the triggered pruning run');
    return p.client.workflow.getHandle(run.action.workflow.workflowId, run.action.workflow.firstExecutionRunId).result();
  }

  it('is created when the API starts, nightly, with the configured retention', async () => {
    const d = await describeSchedule(p, deliveryLogPruningScheduleId(p.config.TASK_QUEUE));
    expect(d.action.type === 'startWorkflow' && d.action.args).toEqual([{ retentionDays: 30 }]);
    expect(d.spec.timezone).toBe('Asia/Shanghai');
  });

  it('deletes old delivered attempts in batches, and keeps recent ones, a paused subscription’s and undelivered failures', async () => {
    const active = await subscription('active', 3000);
    const paused = await subscription('paused', 10);
    const deleted = await subscription('deleted', 0);
    // More old rows than one batch (1,000), so the prune takes several statements.
    await attempts(active, 40, 'sent', Array.from({ length: 2500 }, (_, i) => i + 1));
    await attempts(active, 40, 'retrying', [2999]);
    await attempts(active, 40, 'failed', [3001]);
    await attempts(active, 20, 'sent', [3000]);
    await attempts(paused, 40, 'sent', [9, 10]);
    await attempts(paused, 40, 'failed', [11]);
    await attempts(deleted, 40, 'failed', [1]);

    expect(await pruneNow()).toEqual({ deleted: 2500 + 1 + 1 });
    // The retried attempt of 2999 went (2999 was delivered after); the failed 3001 was not delivered since: kept.
    expect(await left(active)).toEqual(['3000:sent', '3001:failed']);
    expect(await left(paused)).toEqual(['9:sent', '10:sent', '11:failed']);
    expect(await left(deleted)).toEqual([]);
    // Again: nothing more to delete.
    expect(await pruneNow()).toEqual({ deleted: 0 });
  });
});
