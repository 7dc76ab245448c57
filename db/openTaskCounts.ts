import type { Model, Transaction } from 'sequelize';
import { OPEN_TASK_STATUSES_SQL, timeOf, type Db } from './index';
import { OPEN_TASK_STATUSES } from '../domain/tasks';
import { shanghaiDate } from '../domain/workingDays';

// The open tasks in counts, kept in step with the task rows (issue 11: the efficiency board and the dual-notification
// statistic at 1,000,000 tasks). The settled tasks are tallied by a Schedule (db/taskTallies.ts) because they never
// change again; the open ones change all day (claimed, reassigned, escalated, settled), and grouping 300,000 of them
// on every read took half a second. So every write of a task row moves its count from the group it left to the
// group it joined, in the write's transaction: `open_task_counts` holds, per month of creation (Shanghai),
// department, assignee, type and whether escalated, how many tasks are open or claimed.
//
// The writes go through Sequelize's hooks on the tasks model (one place, whoever writes: the task projection of
// activities/tasks.ts, a fixture), so a count cannot be forgotten. A write by SQL that changes a task's status,
// department, assignee, type, escalation or creation time must call recountOpenTasks after (a benchmark's fill).

/** The group a task row counts in while open, or null when it is settled. Absent department and assignee are ''. */
export interface OpenTaskKey {
  month: string;
  departmentCode: string;
  assigneeUsername: string;
  type: string;
  escalated: number;
}

type TaskValues = { status?: unknown; createdAt?: unknown; departmentCode?: unknown; assigneeUsername?: unknown; type?: unknown; escalationLevel?: unknown };

export function openTaskKey(v: TaskValues): OpenTaskKey | null {
  if (!OPEN_TASK_STATUSES.includes(String(v.status)) || !v.createdAt) return null;
  return {
    month: shanghaiDate(timeOf(v.createdAt)).slice(0, 7),
    departmentCode: v.departmentCode ? String(v.departmentCode) : '',
    assigneeUsername: v.assigneeUsername ? String(v.assigneeUsername) : '',
    type: String(v.type),
    escalated: Number(v.escalationLevel ?? 0) > 0 ? 1 : 0,
  };
}

const sameKey = (a: OpenTaskKey | null, b: OpenTaskKey | null) => JSON.stringify(a) === JSON.stringify(b);

/** The open ones among task rows, counted per key. */
function countByKey(rows: Iterable<TaskValues>): Array<[OpenTaskKey, number]> {
  const counts = new Map<string, [OpenTaskKey, number]>();
  for (const r of rows) {
    const k = openTaskKey(r);
    if (!k) continue;
    const c = counts.get(JSON.stringify(k)) ?? [k, 0];
    c[1] += 1;
    counts.set(JSON.stringify(k), c);
  }
  return [...counts.values()];
}

/** Adds `n` (negative: takes away) to each key's count, in one statement. */
async function add(db: Db, changes: Array<[OpenTaskKey, number]>, transaction?: Transaction | null): Promise<void> {
  if (changes.length === 0) return;
  // In one order of keys, so two writes moving counts between the same groups the other way round wait, not deadlock.
  const ordered = [...changes].sort(([a], [b]) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  const conflict = db.dialect === 'mysql' ? 'ON DUPLICATE KEY UPDATE n = n + VALUES(n)' : 'ON CONFLICT (month, departmentCode, assigneeUsername, type, escalated) DO UPDATE SET n = n + excluded.n';
  await db.execute(
    `INSERT INTO open_task_counts (month, departmentCode, assigneeUsername, type, escalated, n) VALUES ${ordered.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')} ${conflict}`,
    ordered.flatMap(([k, n]) => [k.month, k.departmentCode, k.assigneeUsername, k.type, k.escalated, n]),
    { transaction: transaction ?? undefined },
  );
}

/** A row written: its count moves from the group it was in (`before`: its values before the write) to the one it is in now. */
export async function moveOpenTaskCount(db: Db, before: TaskValues | null, after: TaskValues | null, transaction?: Transaction | null): Promise<void> {
  const from = before ? openTaskKey(before) : null;
  const to = after ? openTaskKey(after) : null;
  if (sameKey(from, to)) return;
  await add(db, [...(from ? [[from, -1] as [OpenTaskKey, number]] : []), ...(to ? [[to, 1] as [OpenTaskKey, number]] : [])], transaction);
}

/** Counts the open tasks again from the rows and replaces the counts (a schema step; after a fill by SQL). */
export async function recountOpenTasks(db: Db): Promise<number> {
  return db.writeTransaction(async (transaction) => {
    const rows = await db.select<TaskValues>(
      `SELECT status, createdAt, departmentCode, assigneeUsername, type, escalationLevel FROM tasks WHERE status IN (${OPEN_TASK_STATUSES_SQL})`,
      [],
      { transaction },
    );
    await db.execute('DELETE FROM open_task_counts', [], { transaction });
    const values = countByKey(rows).map(([k, n]) => ({ ...k, n }));
    for (let i = 0; i < values.length; i += 2000) await db.models.open_task_counts.bulkCreate(values.slice(i, i + 2000), { transaction });
    return rows.length;
  });
}

/** The counts kept by every write through the model: wired once per connection (db/index.ts). */
export function keepOpenTaskCounts(db: Db): void {
  const tasks = db.models.tasks;
  type Options = { transaction?: Transaction | null; ignoreDuplicates?: boolean; updateOnDuplicate?: unknown; individualHooks?: boolean };
  const previous = (row: Model): TaskValues => (row as unknown as { _previousDataValues: TaskValues })._previousDataValues;
  tasks.addHook('afterCreate', (row: Model, options: Options) => moveOpenTaskCount(db, null, row.get() as TaskValues, options.transaction));
  tasks.addHook('afterUpdate', (row: Model, options: Options) => moveOpenTaskCount(db, previous(row), row.get() as TaskValues, options.transaction));
  tasks.addHook('afterDestroy', (row: Model, options: Options) => moveOpenTaskCount(db, row.get() as TaskValues, null, options.transaction));
  tasks.addHook('beforeBulkCreate', (_rows: Model[], options: Options) => {
    // Rows skipped or merged by the database would be counted as if inserted: refused before anything is written.
    if (options.ignoreDuplicates || options.updateOnDuplicate) throw new Error('tasks: bulkCreate with ignoreDuplicates or updateOnDuplicate would leave open_task_counts wrong; write them one by one');
  });
  tasks.addHook('afterBulkCreate', (rows: Model[], options: Options) => add(db, countByKey(rows.map((row) => row.get() as TaskValues)), options.transaction));
  // An update or destroy by a where clause runs the row hooks above, row by row.
  tasks.addHook('beforeBulkUpdate', (options: Options) => void (options.individualHooks = true));
  tasks.addHook('beforeBulkDestroy', (options: Options) => void (options.individualHooks = true));
}
