// Shapes of the /api/v1 resources the admin UI reads, as the API contract describes them.

export const ROLES = ['admin', 'supervisor', 'inspector', 'clerk', 'leader', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const TASK_TYPES = ['receipt', 'claim', 'licenseDecision', 'unlicensedOperationCheck'] as const;
export type TaskType = (typeof TASK_TYPES)[number];

export const TASK_STATUSES = ['open', 'claimed', 'completed', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const OUTCOMES = [
    'received',
    'claimed',
    'issued',
    'refused',
    'not_applied',
    'not_required',
    'operating_without_license',
    'not_operating',
    'licensed_elsewhere',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const TIMELINE_STEPS = [
    'pushed',
    'received',
    'claimed',
    'decided',
    'escalated',
    'reassigned',
    'cancelled',
    'checked',
    'completed',
] as const;
export type TimelineStep = (typeof TIMELINE_STEPS)[number];

/** 1 = 科室督办 (escalated within the department), 2 = 区级督办 (escalated to the district). */
export const ESCALATION_LEVELS = [1, 2] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export const DEPARTMENT_KINDS = ['bureau', 'district'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export interface DepartmentRef {
    code: string;
    name: string;
}

/** `id` is not sent by the API: the dataProvider copies `code` into it. */
export interface Department extends DepartmentRef {
    id: string;
    kind: DepartmentKind;
}

export interface SessionUser {
    id: number;
    username: string;
    displayName: string;
    department: DepartmentRef & { kind: string };
    roles: Role[];
}

export interface User {
    id: number;
    username: string;
    displayName: string;
    department: DepartmentRef;
    roles: Role[];
}

export interface TaskData {
    licenseItem?: string;
    scopeItems?: string[];
    legalBasis?: string;
    eventId?: string;
    [key: string]: unknown;
}

export interface Task {
    id: number;
    /** The workflow's own key for the task, e.g. `receipt:<eventId>:<department>`. */
    taskKey?: string;
    type: TaskType;
    title: string;
    status: TaskStatus;
    department: DepartmentRef | null;
    candidateDepartments: DepartmentRef[];
    assignee: { username: string; displayName: string } | null;
    entity: { creditCode: string; name: string };
    dueAt: string;
    overdue: boolean;
    escalationLevel: number;
    workflowId: string;
    createdAt: string;
    completedAt: string | null;
    outcome: Outcome | null;
    comment: string | null;
    allowedOutcomes: Outcome[];
    data: TaskData;
}

/** `id` is not sent by the API: the dataProvider derives it from the task and the entry's position. */
export interface TimelineEntry {
    id: string;
    at: string;
    step: TimelineStep;
    actor?: string;
    detail?: string;
}

export interface Completion {
    outcome: Outcome;
    comment?: string;
    data?: { licenseNo: string; validFrom: string; validTo: string };
}

/** An `application/problem+json` body. */
export interface Problem {
    type?: string;
    title?: string;
    status?: number;
    detail?: string;
    errors?: { field: string; message: string }[];
}
