// Supervision warnings (监管预警, F7): automatic rules over the collected data and manual warnings, each
// handled as a task by the responsible department and closed with an outcome.

/** 预警级别, from the highest: red (I), orange (II), yellow (III), blue (IV). */
export const WARNING_LEVELS = ['red', 'orange', 'yellow', 'blue'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];

/** Local: working days to handle a warning, by level. */
export const WARNING_HANDLING_WORKING_DAYS: Record<WarningLevel, number> = { red: 2, orange: 5, yellow: 10, blue: 15 };

/**
 * A warning's handling task, whichever workflow holds it (its own `warning:<id>`, or a scan's batch): the
 * warning's page and statistics find the task by this key (api/statistics/warnings.ts spells it in SQL).
 */
export const warningTaskKey = (warningId: string) => `warning:${warningId}/handle`;

export const WARNING_RULES = ['licenseExpiring', 'deregisteredWithLicenses', 'abnormalOperationListed', 'caseFiled', 'taskOverdue'] as const;
export type WarningRuleCode = (typeof WARNING_RULES)[number];

export const WARNING_RULE_NAMES: Record<WarningRuleCode, string> = {
  licenseExpiring: '许可证即将到期',
  deregisteredWithLicenses: '注销或吊销后仍持有效许可证',
  abnormalOperationListed: '列入经营异常名录',
  caseFiled: '案件立案',
  taskOverdue: '接收或反馈超期',
};

export const WARNING_SOURCES = ['auto', 'manual'] as const;
export type WarningSource = (typeof WARNING_SOURCES)[number];

export const WARNING_STATUSES = ['open', 'closed'] as const;

/** The task types whose lateness the `taskOverdue` rule watches: receipts and feedback. */
export const WATCHED_OVERDUE_TASK_TYPES = ['receipt', 'licenseDecision', 'punishmentNotice', 'punishmentLifting', 'screeningFeedback'] as const;

export const WARNING_OUTCOMES = ['resolved', 'referred', 'no_action_needed'] as const;

export interface WarningRuleConfig {
  code: WarningRuleCode;
  enabled: boolean;
  /** Days ahead (licenseExpiring) or none. */
  thresholdDays: number | null;
  level: WarningLevel;
  /** Null: the department the subject belongs to. */
  departmentCode: string | null;
}

export const DEFAULT_WARNING_RULES: WarningRuleConfig[] = [
  // 行政许可法 Art. 50: renewal is applied for 30 days before the license expires; warn before that.
  { code: 'licenseExpiring', enabled: true, thresholdDays: 30, level: 'blue', departmentCode: null },
  { code: 'deregisteredWithLicenses', enabled: true, thresholdDays: null, level: 'orange', departmentCode: null },
  { code: 'abnormalOperationListed', enabled: true, thresholdDays: null, level: 'yellow', departmentCode: null },
  { code: 'caseFiled', enabled: true, thresholdDays: null, level: 'orange', departmentCode: null },
  { code: 'taskOverdue', enabled: true, thresholdDays: null, level: 'yellow', departmentCode: null },
];
