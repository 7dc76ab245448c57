import type { Role } from './types';

const SUPERVISING_ROLES: readonly Role[] = ['supervisor', 'admin'];

/** Whether the user may watch the overdue board and reassign tasks. */
export const canSupervise = (roles: unknown): boolean =>
    Array.isArray(roles) && roles.some(role => SUPERVISING_ROLES.includes(role));

const TASK_ROLES: readonly Role[] = ['admin', 'supervisor', 'inspector', 'clerk'];

/** Whether the user has an inbox (the task API answers 403 to leaders and auditors). */
export const worksTasks = (roles: unknown): boolean =>
    Array.isArray(roles) && roles.some(role => TASK_ROLES.includes(role));

const SPOT_CHECK_ROLES: readonly Role[] = ['admin', 'supervisor', 'inspector', 'clerk', 'leader'];

/** Whether the user may read spot-check plans and inspections (the API answers 403 to auditors). */
export const seesSpotChecks = (roles: unknown): boolean =>
    Array.isArray(roles) && roles.some(role => SPOT_CHECK_ROLES.includes(role));

const PLANNING_ROLES: readonly Role[] = ['admin', 'supervisor', 'clerk'];

/** Whether the user may make spot-check plans (and preview them). */
export const plansSpotChecks = (roles: unknown): boolean =>
    Array.isArray(roles) && roles.some(role => PLANNING_ROLES.includes(role));
