import { OPEN_TASK_STATUSES_SQL, type Db } from '../../db';
import { startOfShanghaiDay } from '../../domain/workingDays';

// Punishment feedback (惩戒反馈, F6/F9) counted from the one task model: per department and task type, the
// notices and screening hits sent and the liftings asked, how many were fed back, on time, still open and overdue.
// The feedback board (GET /api/v1/punishment-feedback) and the credit statistic both read these numbers.

export const FEEDBACK_TASK_TYPES = ['punishmentNotice', 'screeningFeedback', 'punishmentLifting'] as const;
export type FeedbackTaskType = (typeof FEEDBACK_TASK_TYPES)[number];

export interface FeedbackCounts {
  departmentCode: string;
  type: FeedbackTaskType;
  sent: number;
  fedBack: number;
  onTime: number;
  overdue: number;
  open: number;
  /** Fed back as done: the measure applied (`applied`) or the entity restricted (`restricted`). */
  applied: number;
}

/** Tasks created from `from` to `to` (Shanghai days, both included; either open-ended), of one department or all. */
export async function feedbackCounts(db: Db, s: { from?: string; to?: string; department?: string | null; now: Date }): Promise<FeedbackCounts[]> {
  const params: unknown[] = [s.now];
  let where = '';
  if (s.from) { where += ' AND t.createdAt >= ?'; params.push(startOfShanghaiDay(s.from)); }
  if (s.to) { where += ' AND t.createdAt <= ?'; params.push(new Date(`${s.to}T23:59:59.999+08:00`)); }
  if (s.department) { where += ' AND t.departmentCode = ?'; params.push(s.department); }
  const rows = await db.select<any>(
    `SELECT t.departmentCode, t.type,
       COUNT(*) AS sent,
       SUM(CASE WHEN t.status = 'completed' THEN 1 ELSE 0 END) AS fedBack,
       SUM(CASE WHEN t.status = 'completed' AND t.completedAt <= t.dueAt THEN 1 ELSE 0 END) AS onTime,
       SUM(CASE WHEN t.status IN (${OPEN_TASK_STATUSES_SQL}) AND t.dueAt < ? THEN 1 ELSE 0 END) AS overdue,
       SUM(CASE WHEN t.status IN (${OPEN_TASK_STATUSES_SQL}) THEN 1 ELSE 0 END) AS open,
       SUM(CASE WHEN t.status = 'completed' AND t.outcome IN ('applied', 'restricted') THEN 1 ELSE 0 END) AS applied
     FROM tasks t WHERE t.type IN ('punishmentNotice', 'screeningFeedback', 'punishmentLifting')${where}
     GROUP BY t.departmentCode, t.type`,
    params,
  );
  return rows.map((x) => ({ departmentCode: x.departmentCode, type: x.type, sent: Number(x.sent), fedBack: Number(x.fedBack), onTime: Number(x.onTime), overdue: Number(x.overdue), open: Number(x.open), applied: Number(x.applied) }));
}
