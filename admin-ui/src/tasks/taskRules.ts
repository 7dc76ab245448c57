import type { Task } from '../types';

// The UI only offers what the API would accept; the API still has the last word.

const isActive = (task: Task) => task.status === 'open' || task.status === 'claimed';

/** An open task nobody holds yet may be claimed (by someone of a candidate department). */
export const canClaim = (task: Task) => task.status === 'open' && !task.assignee;

export const canComplete = (task: Task) => isActive(task) && task.allowedOutcomes.length > 0;

/**
 * Separation of duties: the process names who may not take or complete this step (a plan's creator, a
 * case's parties, in `data.excludedActors`); the workflow refuses them with `data.exclusion`.
 */
export const excludes = (task: Task, username: string | undefined) =>
    !!username && Array.isArray(task.data?.excludedActors) && task.data.excludedActors.includes(username);

/** Supervisors move tasks that are still being worked on; the role check is the caller's. */
export const canReassign = (task: Task) => isActive(task);

/**
 * Feedback on a punishment notice or a screening hit says what was done, or why not (国发〔2016〕33号), and
 * handling a warning says how it was handled: the workflows refuse these completions without a comment.
 */
const COMMENT_REQUIRED: readonly Task['type'][] = ['punishmentNotice', 'screeningFeedback', 'warningHandling'];

export const requiresComment = (task: Task) => COMMENT_REQUIRED.includes(task.type);

/** Joint-punishment steps carry the measures the department applies, lifts or was screened against. */
export const PUNISHMENT_TYPES: readonly Task['type'][] = ['punishmentNotice', 'punishmentLifting', 'screeningFeedback'];
