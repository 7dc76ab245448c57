// Shapes of the /api/v1 resources the admin UI reads. Those the server's OpenAPI document defines are aliases of
// its generated types (api/schema.d.ts, `npm run gen:api-types`), so the UI cannot drift from the API; the rest
// are the UI's own, or not (yet) described in the document.

import type { components } from './api/schema';

type Schemas = components['schemas'];

export const ROLES = ['admin', 'supervisor', 'inspector', 'clerk', 'leader', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const TASK_TYPES = [
    'receipt',
    'claim',
    'licenseDecision',
    'unlicensedOperationCheck',
    'planApproval',
    'draw',
    'inspection',
    'caseFiling',
    'caseDecision',
    'punishmentNotice',
    'punishmentLifting',
    'screeningFeedback',
    'warningHandling',
    'subscriptionPaused',
    'importMatchConfirmation',
] as const;
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
    'approved',
    'rejected',
    'drawn',
    'confirmed',
    'filed',
    'not_filed',
    'transferred',
    'penalty',
    'no_penalty',
    // punishmentNotice: the department applied the measures, or they do not apply to anything it handles.
    'applied',
    'not_applicable',
    // punishmentLifting
    'lifted',
    // screeningFeedback: the restriction was enforced in the case at hand, or not (and why, in the comment).
    'restricted',
    'not_restricted',
    // warningHandling
    'resolved',
    'referred',
    'no_action_needed',
    // subscriptionPaused: deliveries resume from the event that failed, or the subscription stays paused.
    'resumed',
    'left_paused',
    // importMatchConfirmation: the department chose the row's entity among those of its name, or none.
    'matched',
    'skipped',
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

/** 1 = 一级督办 (escalated within the department), 2 = 二级督办 (escalated to the district). */
export const ESCALATION_LEVELS = [1, 2] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

/** An open task's deadline light (亮灯): red overdue, yellow due soon, green otherwise. */
export const LIGHTS = ['red', 'yellow', 'green'] as const;
export type Light = (typeof LIGHTS)[number];

export const DEPARTMENT_KINDS = ['bureau', 'district', 'court'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export interface DepartmentRef {
    code: string;
    name: string;
}

/** `id` is not sent by the API: the dataProvider copies `code` into it. */
export type Department = Schemas['Department'] & { id: string };

/** The document says `roles: string[]`; they are the six of ROLES. */
export type SessionUser = Omit<Schemas['SessionUser'], 'roles'> & { roles: Role[] };

export type User = Schemas['User'];
/** The administrator's new account (POST /users): without `password`, one is generated and answered once. */
export type UserInput = Schemas['UserInput'];
export type UserChange = Schemas['UserChange'];
export interface CreatedUser {
    user: User;
    password?: string;
}
/** An external system's API key as the administrator lists it: never its secret. */
export type ApiKey = Schemas['ApiKey'];

/** A member of an inspection team as the inspection task names them. */
export interface TeamMember {
    username: string;
    credentialNo: string;
    /** The member's name, added by the API for people to read (the workflow records the login). */
    displayName?: string;
}

export interface TaskData {
    licenseItem?: string;
    scopeItems?: string[];
    legalBasis?: string;
    eventId?: string;
    /** planApproval, draw and inspection tasks: the spot-check plan. */
    planId?: string;
    /** Separation of duties: who may not complete this step (a plan's creator, a case's parties), and the problem code saying why. */
    excludedActors?: string[];
    exclusion?: string;
    /** inspection tasks: `<planId>:<creditCode>`, and what the team checks. */
    inspectionKey?: string;
    checkItemCodes?: string[];
    team?: TeamMember[];
    /** punishmentNotice, punishmentLifting: the credit listing; screeningFeedback: those behind the hit. */
    listingId?: string;
    listingIds?: string[];
    listType?: ListType;
    /** What the department applies (or lifts, or was screened against), with the legal basis of each. */
    measures?: NoticeMeasure[];
    screeningId?: number;
    scenario?: Scenario;
    /** punishmentLifting: how and when the listing ended. */
    endStatus?: ListingStatus;
    endedOn?: string;
    /** warningHandling: the warning and what it is about. */
    warningId?: string;
    level?: WarningLevel;
    reason?: string;
    /** importMatchConfirmation: the import, the row of its file, the entities sharing the row's name. */
    importId?: number;
    row?: number;
    /** An import row's entities of one name; `address` tells them apart (tasks raised before it was added lack it). */
    candidates?: Array<{ creditCode: string; name: string; address?: string }>;
    [key: string]: unknown;
}

/**
 * A task as the API sends it. The document types `outcome` as a string and `data` as a record, since both depend
 * on the task's type (domain/tasks.ts); the UI reads them as the outcomes and data it knows.
 */
/** My open tasks for the menu: 我的待办, 待认领, and within what I see 超期督办 and 临期提醒. */
export type TaskCounts = Schemas['TaskCounts'];

export type Task = Omit<Schemas['Task'], 'outcome' | 'allowedOutcomes' | 'data'> & {
    outcome: Outcome | null;
    allowedOutcomes: Outcome[];
    data: TaskData;
};

/** `id` is not sent by the API: the dataProvider derives it from the task and the entry's position. */
export type TimelineEntry = Omit<Schemas['TimelineEntry'], 'step'> & {
    id: string;
    step: TimelineStep;
};

/** Who takes a reassigned task over (a username), and why. */
export interface Reassignment {
    assignee: string;
    reason: string;
}

/** One task's answer in a bulk claim or reassign. */
export type BulkResult = Schemas['BulkResults']['data'][number];

/** 警告, 罚款, 没收违法所得, 责令停产停业, 吊销许可证件 (行政处罚法 Art. 9). */
export const PENALTY_KINDS = ['warning', 'fine', 'confiscation', 'suspension', 'revocation'] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];

export interface Penalty {
    decisionNo: string;
    penaltyKind: PenaltyKind;
    /** 罚款金额（元）; required for a fine. */
    amount?: number;
    /** 处罚事项: its code when deciding; the version decided on, with its legal basis, as the case keeps it. */
    penaltyItem?: string | { code: string; versionId: number; version: number; name: string; legalBasis: string };
}

export interface Completion {
    outcome: Outcome;
    comment?: string;
    /** The issued license (outcome `issued`), the penalty decision (outcome `penalty`), or the chosen entity (outcome `matched`). */
    data?: { licenseNo: string; validFrom: string; validTo: string } | Penalty | { creditCode: string };
}

/** An `application/problem+json` body; partial, because a proxy in between may answer an error without one. */
export type Problem = Partial<Schemas['Problem']>;

// Double-random spot checks (双随机一公开).

// `understaffed` (未能组队): drawn, but too few eligible inspectors for any team; the plan ended without inspections.
export const PLAN_STATUSES = ['draft', 'pendingApproval', 'approved', 'inProgress', 'completed', 'rejected', 'understaffed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Who draws: the planning department both steps, each its own step, or the receiving department both. */
export const DRAW_MODES = ['planning', 'split', 'receiving'] as const;
export type DrawMode = (typeof DRAW_MODES)[number];

/** Credit-risk classes (国市监信发〔2022〕6号), each its own stratum of the entity pool. */
export const RISK_CLASSES = ['A', 'B', 'C', 'D'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

export const INSPECTION_STATUSES = ['open', 'recorded', 'completed'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const INSPECTION_KINDS = ['random', 'routine'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const CHECK_RESULTS = ['compliant', 'non_compliant', 'not_applicable'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

export const INSPECTION_OUTCOMES = [
    'no_problem',
    'rectified_on_spot',
    'problem_found',
    'suspected_violation',
    'not_found_at_address',
    'closed_down',
] as const;
export type InspectionOutcome = (typeof INSPECTION_OUTCOMES)[number];

/** One row of a department's list of check items (监管事项清单); `id` is copied from `code`. */
export interface CheckItem {
    id: string;
    code: string;
    departmentCode: string;
    name: string;
    legalBasis: string;
    method: string;
    kind: 'key' | 'general';
}

/** The body of `POST /inspection-plans` and of its preview. */
export type PlanInput = Schemas['InspectionPlanInput'];
export type EntityFilter = PlanInput['entityFilter'];
export type InspectorFilter = PlanInput['inspectorFilter'];

/** `all`, or one stratum per risk class (the server checks the key); a share (0–1] or a count of each. */
export type StratumSpec = PlanInput['strata'][number] & { key: 'all' | RiskClass };

export interface PlanPreview {
    strata: { key: string; poolSize: number; toDraw: number }[];
    inspectors: number;
    teams: number;
}

export interface DrawnInspection {
    creditCode: string;
    stratum: string;
    /** Credential numbers (执法证号); absent until the team seed is revealed, empty when unstaffed. */
    team?: string[];
    unstaffed?: string;
    /** zj-draw-3 and zj-draw-4: the experts' ids (专家库) added to the team, one per field its check items need. */
    experts?: string[];
    /** Why a staffed team lacks the expert of some field: `no eligible expert in field …`. */
    expertShortfall?: string;
    /** zj-draw-4: the third-party bodies' credit codes (第三方机构) assigned to the team, one per field needed. */
    thirdParties?: string[];
    /** Why a staffed team lacks the body of some field: `no eligible third-party body in field …`. */
    thirdPartyShortfall?: string;
}

/** The public part of a plan's draw: the commitments at approval, seeds and result once revealed. */
export interface PlanDraw {
    algorithm: string;
    poolHash: string;
    seedHashes: { entities: string; teams: string };
    committedAt: string;
    seeds: { entities?: string; teams?: string };
    drawnAt: string | null;
    strata: { key: string; poolSize: number; drawn: number }[] | null;
    inspections: DrawnInspection[] | null;
    resultHash: string | null;
}

export interface InspectionPlan extends Omit<PlanInput, 'receivingDepartmentCode' | 'strata'> {
    id: string;
    strata: StratumSpec[];
    departmentCode: string;
    receivingDepartmentCode: string | null;
    status: PlanStatus;
    createdBy: string;
    createdAt: string;
    workflowId: string | null;
    /** Only on `GET /inspection-plans/{id}`; null until the plan is approved. */
    draw?: PlanDraw | null;
    /** Who drew up the plan, as a person (only on `GET /inspection-plans/{id}`). */
    creator?: Person;
    /** The drawn teams' members by credential number (only on `GET /inspection-plans/{id}`). */
    members?: Record<string, Person>;
    /** The experts the draw added to the teams, by id (only on `GET /inspection-plans/{id}`). */
    experts?: Record<string, { name: string; employer: string }>;
    /** The third-party bodies the draw assigned to the teams, by credit code (only on `GET /inspection-plans/{id}`). */
    thirdParties?: Record<string, { name: string }>;
    /** Once the teams are drawn: how many entities got a team, and the numbers when some did not. */
    staffing?: PlanStaffing | null;
}

/** A person as the API names them: display name and department, never only the login. */
export interface Person {
    username: string;
    displayName: string;
    department: { code: string; name: string };
}

export interface PlanStaffing {
    drawn: number;
    staffed: number;
    unstaffed: number;
    teamSize: number;
    /** The most eligible inspectors any unstaffed entity had; null when every entity has a team. */
    eligible: number | null;
    missingDepartmentCodes: string[];
    /** The departments whose inspectors the teams are drawn from. */
    departmentCodes: string[];
}

/** The body of `POST /inspections/{id}/results`. */
export type ResultsInput = Schemas['InspectionResultInput'];
export type CheckItemResult = ResultsInput['results'][number];

export interface Inspection {
    id: number;
    inspectionKey: string;
    kind: InspectionKind;
    planId: string | null;
    creditCode: string;
    entityName: string;
    departmentCode: string;
    checkItemCodes: string[];
    /** Usernames of the team members. */
    team: string[];
    status: InspectionStatus;
    outcome: InspectionOutcome | null;
    results: CheckItemResult[];
    finding: string | null;
    recordedBy: string | null;
    confirmedBy: string[];
    dueAt: string;
    recordedAt: string | null;
    /** When and where the team was on site, as the recording member said; null before a recording (or recorded before these existed). */
    onSiteAt?: string | null;
    onSitePlace?: string | null;
    /** The entity's registered address and its town (the API reads them beside the projection). */
    entityAddress: string | null;
    regionName: string | null;
    planTitle: string | null;
    /** The team and the recording member by name and department, keyed by username. */
    people: Record<string, { displayName: string; department: DepartmentRef }>;
    /** Working days to the planned date (dueAt), as for an open task; null once completed. */
    workingDaysLeft: number | null;
    light: Light | null;
}

/** A photo or document of an inspection (its content is downloaded on its own). */
export type Evidence = Schemas['Evidence'];
export type RoutineInspectionInput = Schemas['RoutineInspectionInput'];


// Enforcement cases (案件): filing (立案) and decision (处理决定) after a suspected violation.

export const CASE_STAGES = ['filing', 'deciding', 'closed'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export interface EnforcementCase {
    id: number;
    caseKey: string;
    inspectionKey: string | null;
    creditCode: string;
    entityName: string;
    departmentCode: string;
    stage: CaseStage;
    filingDueAt: string | null;
    decisionDueAt: string | null;
    filedAt: string | null;
    decidedAt: string | null;
    outcome: Outcome | null;
    penalty: Penalty | null;
    /** Only on `GET /cases/{id}`: who found the violation (they may not decide the case). */
    parties?: Person[];
    /** Only on `GET /cases/{id}`: the open step's extension, asked for and awaiting a supervisor's approval. */
    extensionRequest?: { stage: 'filing' | 'deciding'; requestedBy: Person; reason: string; requestedAt: string } | null;
    /** Only on `GET /cases/{id}` while open: which steps were extended already. */
    extended?: { filing: boolean; deciding: boolean } | null;
}

/** A town or street of the district (NBS code); the dataProvider copies `code` into `id`. */
export type Region = Schemas['Region'] & { id: string };

/** A license item (许可事项) and its competent department; the dataProvider copies `code` into `id`. */
export type LicenseItem = Schemas['LicenseItem'] & { id: string };

// Joint punishment (联合惩戒): credit lists, the measures catalog, feedback (domain/credit.ts).

export const LIST_TYPES = ['dishonestDebtor', 'abnormalOperationList', 'seriousViolationList', 'majorTaxViolator'] as const;
export type ListType = (typeof LIST_TYPES)[number];

export const LISTING_STATUSES = ['active', 'expired', 'repaired', 'removed', 'moved'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

/** How a listing is ended early: credit repair (信用修复), or the cause ended / the authority deleted it. */
export const EXIT_TYPES = ['creditRepair', 'removed'] as const;
export type ExitType = (typeof EXIT_TYPES)[number];

/** Where a measure bites (CONTRACT.md screening scenarios). */
export const SCENARIOS = [
    'government_procurement',
    'public_bidding',
    'land_transfer',
    'subsidy',
    'bond_issuance',
    'honors',
    'legal_representative',
    'high_consumption',
    'market_access',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** A measure as a notice carries it to the implementing department. */
export interface NoticeMeasure {
    code: string;
    name: string;
    legalBasis: string;
    scenario?: Scenario;
}

/** A row of the `tasks` table as the listing and warning pages receive it (not the task API's view). */
export interface ProcessTaskRow {
    id: number;
    taskKey: string;
    type: TaskType;
    title: string;
    status: TaskStatus;
    departmentCode: string | null;
    assigneeUsername: string | null;
    dueAt: string;
    escalationLevel: number;
    createdAt: string;
    completedAt: string | null;
    outcome: Outcome | null;
    comment: string | null;
    completedBy: string | null;
    data: TaskData | null;
}

/** The listing workflow's own view: a notice or a lifting per department, with its outcome so far. */
export interface ProcessStep {
    departmentCode: string;
    taskKey: string;
    outcome: Outcome | null;
}

export const PROCESS_STATUSES = ['active', 'ending', 'ended'] as const;
export type ProcessStatus = (typeof PROCESS_STATUSES)[number];

export interface ListingProcess {
    status: ProcessStatus;
    endStatus: ListingStatus | null;
    notices: ProcessStep[];
    liftings: ProcessStep[];
}

export interface CreditListing {
    id: string;
    creditCode: string;
    entityName: string;
    listType: ListType;
    reason: string;
    documentNo: string;
    authority: string;
    listedOn: string;
    expiresOn: string | null;
    status: ListingStatus;
    endedOn: string | null;
    endReason: string | null;
    previousListingId: string | null;
    source: string;
    workflowId: string;
    createdAt: string;
    updatedAt: string;
    /** Only on `GET /credit-listings/{id}`: the notices and liftings as tasks (the reader's department's only, unless district-wide). */
    tasks?: ProcessTaskRow[];
    /** Only on `GET /credit-listings/{id}`: the department whose task rows `tasks` holds; null when every department's. */
    tasksOfDepartment?: string | null;
    /** Only on `GET /credit-listings/{id}`; null once the workflow's history is gone. */
    process?: ListingProcess | null;
}

/** The body of `POST /credit-listings`; the authority is the clerk's department. */
export type ListingInput = Schemas['CreditListingInput'];

/** What listing and delisting answer. */
export interface ListingAnswer {
    listingId: string;
    workflowId: string;
    status: 'listed' | 'alreadyListed' | 'repaired' | 'removed' | 'alreadyEnded';
    message: string;
}

/** The body of `POST /credit-listings/{id}/delist`. */
export type DelistInput = Schemas['DelistInput'];

/** A row of the measures catalog (惩戒措施目录); the API sends `id` = `code`. */
export interface PunishmentMeasure {
    id: string;
    code: string;
    name: string;
    listTypes: ListType[];
    scenario: Scenario;
    departmentCode: string;
    legalBasis: string;
    active: boolean;
    updatedAt?: string;
}

/** One kind of feedback of one department over the period asked. */
export interface FeedbackCounts {
    sent: number;
    fedBack: number;
    onTime: number;
    overdue: number;
    open: number;
}

export const FEEDBACK_KINDS = ['punishmentNotice', 'screeningFeedback', 'punishmentLifting'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_COUNTS = ['sent', 'fedBack', 'onTime', 'overdue', 'open'] as const;

/** A row of `GET /punishment-feedback`; a kind the department had nothing of is null. */
// Efficiency supervision (监管效能, GET /efficiency, /efficiency/forecast and /efficiency/trend).
export type EfficiencyRow = Schemas['EfficiencyRow'];
export type ForecastRow = Schemas['ForecastRow'];
export type EfficiencyForecast = Schemas['EfficiencyForecast'];
export type EfficiencyTrendRow = Schemas['EfficiencyTrendRow'];

export type FeedbackRow = {
    id: string;
    departmentCode: string;
    departmentName: string;
} & Record<FeedbackKind, FeedbackCounts | null>;

// Supervision warnings (监管预警, domain/warnings.ts).

/** From the highest: red (I), orange (II), yellow (III), blue (IV). */
export const WARNING_LEVELS = ['red', 'orange', 'yellow', 'blue'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];

export const WARNING_RULES = ['licenseExpiring', 'deregisteredWithLicenses', 'abnormalOperationListed', 'caseFiled', 'taskOverdue'] as const;
export type WarningRuleCode = (typeof WARNING_RULES)[number];

export const WARNING_SOURCES = ['auto', 'manual'] as const;
export type WarningSource = (typeof WARNING_SOURCES)[number];

export const WARNING_STATUSES = ['open', 'closed'] as const;
export type WarningStatus = (typeof WARNING_STATUSES)[number];

export interface Warning {
    id: string;
    ruleCode: WarningRuleCode | null;
    source: WarningSource;
    level: WarningLevel;
    creditCode: string;
    entityName: string;
    subject: string;
    reason: string;
    departmentCode: string;
    status: WarningStatus;
    raisedBy: string;
    /** Who raised it by name and department; null when a rule scan did. */
    raisedByPerson?: { displayName: string; department: { name: string } } | null;
    raisedAt: string;
    closedAt: string | null;
    outcome: Outcome | null;
    handling: string | null;
    workflowId: string;
    /** Only on `GET /warnings/{id}`: the handling task. */
    tasks?: ProcessTaskRow[];
}

/** The body of `POST /warnings` (主动预警). */
export type ManualWarningInput = Schemas['ManualWarningInput'];

/** An automatic rule's settings; the API sends `id` = `code`. */
export interface WarningRule {
    id: WarningRuleCode;
    code: WarningRuleCode;
    enabled: boolean;
    /** Days ahead (licenseExpiring); null for the rules without a threshold. */
    thresholdDays: number | null;
    level: WarningLevel;
    /** Null: the department the subject belongs to. */
    departmentCode: string | null;
    updatedAt: string;
    updatedBy: string | null;
}

/** The body of `PUT /warning-rules/{code}`. */
export type WarningRuleInput = Schemas['WarningRuleInput'];

/** A collected record (归集) as `GET /records` lists it and `POST /records` answers it (without personal data). */
export type CollectedRecord = Schemas['CollectedRecord'] & { id: number };

/** A webhook subscription (信息共享, F13) as `GET /subscriptions` lists it; never its secret. */
export type Subscription = Schemas['Subscription'];

/** The body of `POST /subscriptions` (the administrator, for a department). */
export type SubscriptionInput = Schemas['AdminSubscriptionInput'];

/** A subscription as its creation answers it: with the signing secret, which no other answer carries. */
export type CreatedSubscription = Schemas['CreatedSubscription'];

/** One delivery attempt of a subscription, with the payload as posted. */
export type Delivery = Schemas['Delivery'];

// 事项清单 (F1): the published shapes of a catalog item (the version in force) and of each of its versions.
export type CatalogVersion = Schemas['CatalogVersion'];
export type CatalogItem = Schemas['CatalogItem'] & {
    id: string;
    /** A check item's method and kind, a license item's expiry warning days (the catalog's own fields). */
    method?: string;
    kind?: 'key' | 'general';
    expiryWarningDays?: number | null;
    versions?: CatalogVersion[];
};
