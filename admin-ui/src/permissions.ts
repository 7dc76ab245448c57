import type { Role } from './types';

const SUPERVISING_ROLES: readonly Role[] = ['supervisor', 'admin'];

/** Whether the user may watch the overdue board and reassign tasks. */
export const canSupervise = (roles: unknown): boolean =>
    Array.isArray(roles) && roles.some(role => SUPERVISING_ROLES.includes(role));

const TASK_ROLES: readonly Role[] = ['admin', 'supervisor', 'inspector', 'clerk'];

/** Whether the user has an inbox (the task API answers 403 to leaders and auditors). */
export const worksTasks = (roles: unknown): boolean =>
    Array.isArray(roles) && roles.some(role => TASK_ROLES.includes(role));
