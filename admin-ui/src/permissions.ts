import type { Role } from './types';

const SUPERVISING_ROLES: readonly Role[] = ['supervisor', 'admin'];

/** Whether the user may watch the overdue board and reassign tasks. */
export const canSupervise = (roles: unknown): boolean =>
    Array.isArray(roles) && roles.some(role => SUPERVISING_ROLES.includes(role));
