import { migrate, openDb, type Db } from '../../db';
import { createTaskActivities } from '../../activities/tasks';
import type { TaskState } from '../../domain/tasks';
import type { TestDatabase } from './databases';

/**
 * A task as a workflow holds it (the input of saveTask), for suites that write task rows as the processes do: an open
 * SCJGJ receipt created on 2026-03-10 (Shanghai), due ten days later, unless `over` says otherwise.
 */
export function taskState(key: string, over: Partial<TaskState> = {}): TaskState {
  return {
    taskKey: key, type: 'receipt', title: key, status: 'open', departmentCode: 'SCJGJ', candidateDepartmentCodes: [], assigneeUsername: null,
    creditCode: null, entityName: null, dueAt: '2026-03-20T15:59:59.000Z', escalationLevel: 0, workflowId: `wf-${key}`, createdAt: '2026-03-10T02:00:00.000Z',
    completedAt: null, outcome: null, comment: null, completedBy: null, allowedOutcomes: ['received'], data: {}, ...over,
  };
}

type TaskActivities = ReturnType<typeof createTaskActivities>;

/**
 * A migrated database of its own for each test of the calling `describe`, and saveTask and saveTasks on it (the
 * writers of task rows), for suites that check what a task's writes leave behind. Read them inside the tests.
 */
export function eachTaskDatabase(database: TestDatabase): { db: Db; save: TaskActivities['saveTask']; saveMany: TaskActivities['saveTasks'] } {
  const context = {} as { db: Db; save: TaskActivities['saveTask']; saveMany: TaskActivities['saveTasks'] };
  let url = '';
  beforeEach(async () => {
    url = await database.create();
    context.db = await openDb(url);
    await migrate(context.db);
    ({ saveTask: context.save, saveTasks: context.saveMany } = createTaskActivities(context.db));
  });
  afterEach(async () => {
    await context.db.close();
    await database.drop(url);
  });
  return context;
}
