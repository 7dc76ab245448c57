// Shapes shared by the API, the dual-notification workflow and its activities.

export const REGISTRATION_ACTIONS = ['establish', 'change', 'deregister'] as const;
export type RegistrationAction = (typeof REGISTRATION_ACTIONS)[number];

export interface RegisteredEntity {
  creditCode: string;
  name: string;
  entityType?: string;
  industryCode?: string;
  regionCode?: string;
  address?: string;
  legalRepresentative?: string;
  businessScope?: string;
  registrationAuthority?: string;
  establishedOn?: string;
}

export interface RegistrationEvent {
  eventId: string;
  action: RegistrationAction;
  occurredAt: string;
  entity: RegisteredEntity;
}

/** Where one license item (or one unclear scope item) of an entity is routed. */
export interface NotificationRoute {
  /** Stable within one event: the license item code, or `unclear-<n>` for an item without a department. */
  key: string;
  licenseItemCode: string | null;
  licenseItemName: string | null;
  departmentCode: string | null;
  candidateDepartmentCodes: string[];
  scopeItems: string[];
  legalBasis: string | null;
  /**
   * The license item's version (catalog_versions.id) the process was started with, and its number: a process keeps
   * it when the catalog changes meanwhile (F1). Absent in processes started before the catalogs were versioned.
   */
  licenseItemVersionId?: number | null;
  licenseItemVersion?: number | null;
  receiptDays: number;
  decisionDays: number;
}

/** The applicant's notice (告知书): which licenses, from which department, on which legal basis. */
export interface ApplicantNotice {
  eventId: string;
  creditCode: string;
  entityName: string;
  licenses: Array<{ licenseItem: string; department: { code: string; name: string }; legalBasis: string; scopeItems: string[] }>;
  pendingDepartment: Array<{ scopeItem: string; candidateDepartments: Array<{ code: string; name: string }> }>;
  unmatchedScopeItems: string[];
  generalScopeItems: string[];
  undertaking: string;
}

// RULES.md "Dual notification", local defaults (district configuration).
export const DEFAULT_RECEIPT_WORKING_DAYS = 5;
export const DEFAULT_CLAIM_WORKING_DAYS = 5;
/** 行政许可法 Art. 42: decide within 20 working days of accepting, extendable by 10 with approval. */
export const DEFAULT_DECISION_WORKING_DAYS = 20;
export const DECISION_EXTENSION_WORKING_DAYS = 10;
/** Local: the supervising department checks for unlicensed operation within 10 working days. */
export const UNLICENSED_CHECK_WORKING_DAYS = 10;
