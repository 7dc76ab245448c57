// The one human-task model (DESIGN.md rule 4): every step that waits for a person is a task of one of
// these types, finished with one of its type's outcomes.

import { WARNING_OUTCOMES } from './warnings';

export const TASK_TYPES = ['claim', 'receipt', 'licenseDecision', 'unlicensedOperationCheck', 'planApproval', 'draw', 'inspection', 'caseFiling', 'caseDecision', 'punishmentNotice', 'punishmentLifting', 'screeningFeedback', 'warningHandling', 'subscriptionPaused', 'importMatchConfirmation'] as const;
export type TaskType = (typeof TASK_TYPES)[number];

export const TASK_STATUSES = ['open', 'claimed', 'completed', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
/** The statuses of a task still to be done: waiting for a taker, or taken. */
export const OPEN_TASK_STATUSES: string[] = ['open', 'claimed'];

/** The top escalation level (workflows/humanTasks.ts awaitWithEscalation): 0 none, 1 the department's supervisor, 2 the district. */
export const DISTRICT_ESCALATION_LEVEL = 2;


export const LICENSE_DECISIONS = ['issued', 'refused', 'not_applied', 'not_required'] as const;
export type LicenseDecision = (typeof LICENSE_DECISIONS)[number];

export const OUTCOMES_BY_TYPE: Record<TaskType, readonly string[]> = {
  claim: ['claimed'],
  receipt: ['received'],
  licenseDecision: LICENSE_DECISIONS,
  unlicensedOperationCheck: ['not_operating', 'licensed_elsewhere', 'operating_without_license'],
  planApproval: ['approved', 'rejected'],
  draw: ['drawn'],
  // Each team member confirms the result one of them recorded (RULES.md: at least two inspectors).
  inspection: ['confirmed'],
  caseFiling: ['filed', 'not_filed', 'transferred'],
  caseDecision: ['penalty', 'no_penalty', 'transferred'],
  // 国发〔2016〕33号: the responding department applies the measures and feeds back what it did, or why not.
  punishmentNotice: ['applied', 'not_applicable'],
  punishmentLifting: ['lifted'],
  screeningFeedback: ['restricted', 'not_restricted'],
  warningHandling: WARNING_OUTCOMES,
  // A webhook subscription paused after failed deliveries (F13): resumed once its receiver is mended, or left paused.
  subscriptionPaused: ['resumed', 'left_paused'],
  // A row of a batch import (归集) naming its entity by a name several entities share: its department chooses one
  // of them (data.creditCode), or none and the row is not stored (issue 10: no guessing).
  importMatchConfirmation: ['matched', 'skipped'],
};

export const ROLES = ['admin', 'supervisor', 'inspector', 'clerk', 'leader', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** Who acts on a task: checked against department scope by the API, recorded by the workflow. */
export interface Actor {
  username: string;
  departmentCode: string;
  roles: Role[];
}

/** The task as a workflow holds it; the `tasks` row is its projection. */
export interface TaskState {
  taskKey: string;
  type: TaskType;
  title: string;
  status: TaskStatus;
  departmentCode: string | null;
  candidateDepartmentCodes: string[];
  assigneeUsername: string | null;
  /** Null for a step about a plan rather than one entity. */
  creditCode: string | null;
  entityName: string | null;
  dueAt: string;
  escalationLevel: number;
  workflowId: string;
  createdAt: string;
  completedAt: string | null;
  outcome: string | null;
  comment: string | null;
  completedBy: string | null;
  allowedOutcomes: string[];
  data: Record<string, unknown>;
}

/** A missed step of any process escalates once more after this many further working days (RULES.md, local). */
export const SECOND_ESCALATION_WORKING_DAYS = 5;
