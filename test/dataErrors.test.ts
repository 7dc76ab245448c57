import { ActivityFailure, ApplicationFailure, WorkflowFailedError } from '@temporalio/client';
import { testDatabases } from './support/databases';
import { registration } from './support/events';
import { eventually, startPlatform, type TestPlatform } from './support/platform';
import { dualNotification } from '../workflows';

// DESIGN.md rule 9: a step that fails because of its data fails at once and visibly (a DataError ends the run;
// the operators' list and the metric show it); a step that fails for another reason retries, and once it has
// failed for longer than STUCK_PROCESS_MINUTES it shows on the same list. The bad inputs reach the workflow
// straight through the Temporal client, as data that got past the API edge would.

const LIST = '/api/v1/operations/stuck-processes';

describe.each(testDatabases)('steps that fail on their data ($name)', (database) => {
  let p: TestPlatform;
  let admin: string;
  const started: string[] = [];
  beforeAll(async () => {
    // A step counts as stuck after 3 seconds of failing, so the test need not wait half an hour.
    p = await startPlatform(database, { config: { STUCK_PROCESS_MINUTES: '0.05' } });
    admin = await p.login('admin');
  });
  afterAll(async () => {
    for (const id of started) await p.client.workflow.getHandle(id).terminate('test over').catch(() => undefined);
    await p?.stop();
  });

  async function startNotification(event: ReturnType<typeof registration>) {
    const workflowId = `dual-notification:${event.eventId}`;
    started.push(workflowId);
    return p.client.workflow.start(dualNotification, { taskQueue: p.config.TASK_QUEUE, workflowId, args: [event as any] });
  }
  const stuckList = async () => (await p.api.get(LIST).set('Authorization', `Bearer ${admin}`).expect(200)).body;
  const metric = async (labels: string) => {
    const text = (await p.api.get('/metrics').expect(200)).text;
    return Number(new RegExp(`^zongjian_stuck_processes\\{${labels}\\} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
  };

  it('an entity without a name fails the registration process at once with a DataError, not retrying', async () => {
    const event = registration();
    (event.entity as any).name = null;
    const handle = await startNotification(event);

    const failure = await handle.result().then(
      () => null,
      (err) => err,
    );
    expect(failure).toBeInstanceOf(WorkflowFailedError);
    const activity = failure.cause as ActivityFailure;
    expect(activity).toBeInstanceOf(ActivityFailure);
    expect(activity.activityType).toBe('recordRegistration');
    const data = activity.cause as ApplicationFailure;
    expect({ type: data.type, nonRetryable: data.nonRetryable }).toEqual({ type: 'DataError', nonRetryable: true });
    expect(data.message).toMatch(/name cannot be null/);
    // The original error travels with it, for whoever opens the run in Temporal's UI.
    expect(data.cause?.message).toMatch(/name cannot be null/);

    // Tried first in the worker (a local activity), then once as a scheduled activity, where it failed for good.
    const events = (await handle.fetchHistory()).events ?? [];
    const local = events.findIndex((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity');
    const scheduled = events.filter((e) => e.activityTaskScheduledEventAttributes);
    expect(local).toBeGreaterThan(0);
    expect(scheduled.map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name)).toEqual(['recordRegistration']);
    expect(Number(scheduled[0].eventId)).toBeGreaterThan(local + 1);

    const body = await eventually(async () => {
      const b = await stuckList();
      return b.data.some((r: any) => r.workflowId === handle.workflowId) && b;
    }, 30_000, 'the failed run on the list');
    expect(body.data.find((r: any) => r.workflowId === handle.workflowId)).toMatchObject({
      process: 'dualNotification',
      state: 'failed',
      entity: { creditCode: event.entity.creditCode, name: null },
      attempts: 1,
      step: 'recordRegistration',
      errorType: 'DataError',
      error: expect.stringMatching(/name cannot be null/),
    });
    expect(await metric('process="dualNotification",state="failed"')).toBe(1);
    // Every process is reported, with zero when none is stuck.
    expect(await metric('process="licenseFeedback",state="failed"')).toBe(0);
  });

  it('a step failing for another reason (a table the deployment lacks) keeps retrying and, past the threshold, is listed as retrying', async () => {
    // Not the data's fault: migrating fixes it, so the step waits for that instead of failing the run.
    await p.db.sequelize.query('ALTER TABLE scope_catalog RENAME TO scope_catalog_away');
    try {
      const event = registration({ name: '上海枫泾卡住测试有限公司' });
      const handle = await startNotification(event);
      const row = await eventually(async () => (await stuckList()).data.find((r: any) => r.workflowId === handle.workflowId), 60_000, 'the retrying step on the list');
      expect(row).toMatchObject({
        process: 'dualNotification',
        state: 'retrying',
        entity: { creditCode: event.entity.creditCode, name: '上海枫泾卡住测试有限公司' },
        step: 'matchBusinessScope',
        error: expect.stringMatching(/scope_catalog/),
      });
      expect(row.attempts).toBeGreaterThanOrEqual(2);
      expect(Date.parse(row.since)).toBeLessThan(Date.now());
      expect((await handle.describe()).status.name).toBe('RUNNING');
      expect(await metric('process="dualNotification",state="retrying"')).toBe(1);
    } finally {
      await p.db.sequelize.query('ALTER TABLE scope_catalog_away RENAME TO scope_catalog');
    }
  });

  it('is an operators\' list: other roles are refused', async () => {
    const clerk = await p.login('clerk');
    await p.api.get(LIST).set('Authorization', `Bearer ${clerk}`).expect(403);
    await p.api.get(LIST).expect(401);
  });
});
