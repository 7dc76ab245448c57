import type { Role } from './types';

const SUPERVISING_ROLES: readonly Role[] = ['supervisor', 'admin'];

/** Whether the user may watch the overdue board and reassign tasks. */
export const canSupervise = (roles: unknown): boolean =>
    Array.isArray(roles) && roles.some(role => SUPERVISING_ROLES.includes(role));

/** Whether the user runs the platform: the stuck-process list (the API answers 403 to anyone else). */
export const administers = (roles: unknown): boolean => Array.isArray(roles) && roles.includes('admin');

const TASK_ROLES: readonly Role[] = ['admin', 'supervisor', 'inspector', 'clerk'];

/** Whether the user has an inbox (the task API answers 403 to leaders and auditors). */
export const worksTasks = (roles: unknown): boolean =>
    Array.isArray(roles) && roles.some(role => TASK_ROLES.includes(role));

/** Whether the user is on inspection teams (我的检查, routine checks): an inspector; their landing page. */
export const worksInspections = (roles: unknown): boolean => Array.isArray(roles) && roles.includes('inspector');

const SPOT_CHECK_ROLES: readonly Role[] = ['admin', 'supervisor', 'inspector', 'clerk', 'leader'];

/** Whether the user may read spot-check plans and inspections (the API answers 403 to auditors). */
export const seesSpotChecks = (roles: unknown): boolean =>
    Array.isArray(roles) && roles.some(role => SPOT_CHECK_ROLES.includes(role));

const PLANNING_ROLES: readonly Role[] = ['admin', 'supervisor', 'clerk'];

/** Whether the user may make spot-check plans (and preview them). */
export const plansSpotChecks = (roles: unknown): boolean =>
    Array.isArray(roles) && roles.some(role => PLANNING_ROLES.includes(role));

const LISTING_ROLES: readonly Role[] = ['admin', 'supervisor', 'clerk'];

/** Whether the user may enter a credit listing (列入) for their department. */
export const entersListings = (roles: unknown): boolean =>
    Array.isArray(roles) && roles.some(role => LISTING_ROLES.includes(role));

const RECORD_ENTRY_ROLES: readonly Role[] = ['admin', 'supervisor', 'clerk'];

/** Whether the user may enter collected records (在线录入) and import them (导入) for their department. */
export const entersRecords = (roles: unknown): boolean =>
    Array.isArray(roles) && roles.some(role => RECORD_ENTRY_ROLES.includes(role));

/**
 * Whether the user may raise a manual warning (主动预警): whoever works tasks. Ending a listing, editing
 * the measures catalog and running a warning scan are for those who `canSupervise`.
 */
export const raisesWarnings = worksTasks;

/**
 * Whether the user may change the warning rules: they serve every department, so the administrator or
 * a supervisor of the district office sets them (the API answers 403 to anyone else).
 */
export const setsWarningRules = (roles: unknown, departmentKind: string | undefined): boolean =>
    Array.isArray(roles) && (roles.includes('admin') || (roles.includes('supervisor') && departmentKind === 'district'));

const SUBSCRIPTION_ROLES: readonly Role[] = ['admin', 'supervisor', 'clerk'];

/** Whether the user sees webhook subscriptions (信息共享订阅): their department's, or every one for the administrator. */
export const seesSubscriptions = (roles: unknown): boolean =>
    Array.isArray(roles) && roles.some(role => SUBSCRIPTION_ROLES.includes(role));

const EFFICIENCY_ROLES: readonly Role[] = ['admin', 'leader', 'supervisor'];

/** Whether the user reads efficiency supervision (效能监督; a supervisor their own department's, the API answers 403 to anyone else). */
export const seesEfficiency = (roles: unknown): boolean =>
    Array.isArray(roles) && roles.some(role => EFFICIENCY_ROLES.includes(role));

const ELIGIBILITY_ROLES: readonly Role[] = ['admin', 'supervisor', 'clerk', 'leader'];

/** Whether the user runs and reads support-eligibility checks (资格核查; the API answers 403 to anyone else). */
export const checksEligibility = (roles: unknown): boolean =>
    Array.isArray(roles) && roles.some(role => ELIGIBILITY_ROLES.includes(role));

/** Whether the user reads and verifies the audit log (审计日志): the auditor only, not the administrator whose actions it records. */
const STATISTICS_ROLES: readonly Role[] = ['admin', 'leader', 'supervisor'];
/** 综合统计 (GET /api/v1/statistics): leaders (their home page), administrators, and supervisors for their department. */
export const seesStatistics = (roles: unknown): boolean =>
    Array.isArray(roles) && roles.some(r => (STATISTICS_ROLES as readonly string[]).includes(r));
/** Leaders land on 综合统计. */
export const leads = (roles: unknown): boolean => Array.isArray(roles) && roles.includes('leader');

export const readsAuditLog = (roles: unknown): boolean => Array.isArray(roles) && roles.includes('auditor');
