import type { Task } from '../types';

// The UI only offers what the API would accept; the API still has the last word.

const isActive = (task: Task) => task.status === 'open' || task.status === 'claimed';

/** An open task nobody holds yet may be claimed (by someone of a candidate department). */
export const canClaim = (task: Task) => task.status === 'open' && !task.assignee;

export const canComplete = (task: Task) => isActive(task) && task.allowedOutcomes.length > 0;

/** Supervisors move tasks that are still being worked on; the role check is the caller's. */
export const canReassign = (task: Task) => isActive(task);
