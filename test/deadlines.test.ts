import crypto from 'node:crypto';
import { testDatabases } from './support/databases';
import { newCreditCode } from './support/events';
import { eventually, startPlatform, type TestPlatform } from './support/platform';
import { licenseFeedback, type LicenseFeedbackInput } from '../workflows/licenseFeedback';
import { DEFAULT_CLAIM_WORKING_DAYS } from '../domain/registration';

// Deadlines on the real calendar, to the day (DESIGN.md "Tests"): the real licenseFeedback workflow and the
// real deadline activity, no compressed working days. The claim step of an item whose department is unclear
// is due DEFAULT_CLAIM_WORKING_DAYS (5) working days after the push, counted from `pushedAt`, an input the
// test chooses; the due time is the close of that working day in Asia/Shanghai (23:59:59.999 +08:00).
//
// The 2026 calendar is the State Council General Office's notice on the 2026 public holidays
// (国务院办公厅关于2026年部分节假日安排的通知, 4 Nov 2025): 春节 15–23 Feb off, Sat 14 Feb and Sat 28 Feb
// worked; 国庆节 1–7 Oct off, Sun 20 Sep and Sat 10 Oct worked.

describe.each(testDatabases)('deadlines on the official calendar ($name)', (database) => {
  let p: TestPlatform;
  const started: string[] = [];
  beforeAll(async () => {
    p = await startPlatform(database);
  });
  afterAll(async () => {
    // The claims are long overdue on today's clock; nothing else is waiting for these processes.
    for (const id of started) await p.client.workflow.getHandle(id).terminate('test over').catch(() => undefined);
    await p?.stop();
  });

  /** Starts a license-feedback process whose item has no department yet, pushed at `pushedAt`; returns its claim task's due time. */
  async function claimDueAt(pushedAt: string): Promise<string> {
    const workflowId = `license-feedback:DL-${crypto.randomBytes(6).toString('hex')}:unclear-1`;
    const input: LicenseFeedbackInput = {
      eventId: `DL-${workflowId}`,
      creditCode: newCreditCode(),
      entityName: '上海枫泾期限测试有限公司',
      pushedAt,
      route: { key: 'unclear-1', licenseItemCode: null, licenseItemName: null, departmentCode: null, candidateDepartmentCodes: ['JTW', 'NYNCW'], scopeItems: ['期限测试'], legalBasis: null, receiptDays: 5, decisionDays: 20 },
    };
    await p.client.workflow.start(licenseFeedback, { taskQueue: p.config.TASK_QUEUE, workflowId, args: [input] });
    started.push(workflowId);
    const task = await eventually(async () => p.db.models.tasks.findOne({ where: { taskKey: `${workflowId}/claim` }, raw: true }), 20_000, 'the claim task');
    return new Date((task as any).dueAt).toISOString();
  }

  it('a claim pushed at 07:30 on Wed 30 Sep 2026 (still 29 Sep in UTC) is due at the close of Tue 13 Oct, across 国庆节 and the worked Saturday', async () => {
    expect(DEFAULT_CLAIM_WORKING_DAYS).toBe(5);
    // Counted from the Shanghai date, 30 Sep: 1–7 Oct are off; Thu 8 Oct (1), Fri 9 (2), Sat 10 worked (3),
    // Mon 12 (4), Tue 13 (5). Counting from the UTC date (29 Sep) would have ended on Mon 12 Oct.
    expect(await claimDueAt('2026-09-29T23:30:00.000Z')).toBe(new Date('2026-10-13T23:59:59.999+08:00').toISOString());
  });

  it('a claim pushed on Thu 12 Feb 2026 is due at the close of Thu 26 Feb, across 春节 and the worked Saturday before it', async () => {
    // Fri 13 Feb (1), Sat 14 worked (2), 15–23 Feb off, Tue 24 (3), Wed 25 (4), Thu 26 (5).
    expect(await claimDueAt('2026-02-12T10:00:00+08:00')).toBe(new Date('2026-02-26T23:59:59.999+08:00').toISOString());
  });

  it('a district override that closes Fri 9 Oct 2026 moves the claim pushed on 30 Sep to the close of Wed 14 Oct', async () => {
    await p.db.models.calendar_overrides.create({ date: '2026-10-09', workingDay: false, note: '区政府通知：台风停工' });
    try {
      // Thu 8 Oct (1), Fri 9 closed by the district, Sat 10 worked (2), Mon 12 (3), Tue 13 (4), Wed 14 (5).
      expect(await claimDueAt('2026-09-30T10:00:00+08:00')).toBe(new Date('2026-10-14T23:59:59.999+08:00').toISOString());
    } finally {
      await p.db.models.calendar_overrides.destroy({ where: { date: '2026-10-09' } });
    }
  });
});
