import type { TaskState } from '../../domain/tasks';

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
