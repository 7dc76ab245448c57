// Shapes of spot checks (双随机一公开, F4) and routine supervision (日常监管, F5), shared by the API, the
// workflows and their activities. Results are recorded per check item in one format for both.

export const DRAW_MODES = ['planning', 'split', 'receiving'] as const;
/**
 * Work plan 五(二)2: the planning department draws entities and inspectors (`planning`); it draws the
 * entities and the receiving department the inspectors (`split`); or the receiving department draws both.
 */
export type DrawMode = (typeof DRAW_MODES)[number];

export const RISK_CLASSES = ['A', 'B', 'C', 'D'] as const;

export const CHECK_RESULTS = ['compliant', 'non_compliant', 'not_applicable'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

export const INSPECTION_OUTCOMES = ['no_problem', 'rectified_on_spot', 'problem_found', 'suspected_violation', 'not_found_at_address', 'closed_down'] as const;
export type InspectionOutcome = (typeof INSPECTION_OUTCOMES)[number];

export interface CheckItemResult {
  checkItemCode: string;
  result: CheckResult;
  finding?: string;
}

export interface EntityFilter {
  regionCodes?: string[];
  industryPrefixes?: string[];
  entityTypes?: string[];
  licenseItemCodes?: string[];
  /** Entities on one of these credit lists (active entries): list membership as a pool filter. */
  listTypes?: string[];
  riskClasses?: string[];
}

export interface InspectorFilter {
  departmentCodes?: string[];
  regionCodes?: string[];
}

/** Results are published within 20 working days of being produced (企业信息公示暂行条例 Art. 6, 14). */
export const PUBLICATION_WORKING_DAYS = 20;
/** Local: the planning department's supervisor approves a plan within 5 working days. */
export const PLAN_APPROVAL_WORKING_DAYS = 5;
/** Local: a draw step is done within 5 working days of the approval. */
export const DRAW_WORKING_DAYS = 5;

/** Validates one recording of results against the inspection's check items; returns the problems. */
export function resultProblems(checkItemCodes: string[], results: CheckItemResult[], outcome: string): string[] {
  const problems: string[] = [];
  if (!INSPECTION_OUTCOMES.includes(outcome as InspectionOutcome)) problems.push(`outcome must be one of ${INSPECTION_OUTCOMES.join(', ')}`);
  const seen = new Set<string>();
  for (const r of results) {
    if (!checkItemCodes.includes(r.checkItemCode)) problems.push(`${r.checkItemCode} is not a check item of this inspection`);
    if (seen.has(r.checkItemCode)) problems.push(`${r.checkItemCode} is given twice`);
    seen.add(r.checkItemCode);
    if (!CHECK_RESULTS.includes(r.result)) problems.push(`${r.checkItemCode}: result must be one of ${CHECK_RESULTS.join(', ')}`);
    if (r.result === 'non_compliant' && !r.finding?.trim()) problems.push(`${r.checkItemCode}: a non-compliant item needs its finding`);
  }
  for (const c of checkItemCodes) if (!seen.has(c) && outcome !== 'not_found_at_address') problems.push(`${c} has no result`);
  if (outcome === 'no_problem' && results.some((r) => r.result === 'non_compliant')) problems.push('no_problem contradicts a non-compliant item');
  return problems;
}

// 市场监督管理行政处罚程序规定 (RULES.md "Enforcement cases").
/** Art. 18: decide on filing within 15 working days of discovering the lead, extendable by 15 with approval. */
export const FILING_WORKING_DAYS = 15;
export const FILING_EXTENSION_WORKING_DAYS = 15;
/** Decide within 90 days of filing, extendable by 30 with approval. */
export const DECISION_DAYS = 90;
export const DECISION_EXTENSION_DAYS = 30;
/** SAMR Order 45: a penalty is published within 20 working days of the decision; warnings alone are not. */
export const PENALTY_PUBLICATION_WORKING_DAYS = 20;

export const PENALTY_KINDS = ['warning', 'fine', 'confiscation', 'suspension', 'revocation'] as const;
