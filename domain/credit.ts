// Credit lists and joint punishment (联合惩戒, F6), shared by the API, the workflows and their activities.
// The durations and exits are RULES.md "Credit lists and joint punishment".

export const LIST_TYPES = ['dishonestDebtor', 'abnormalOperationList', 'seriousViolationList', 'majorTaxViolator'] as const;
export type ListType = (typeof LIST_TYPES)[number];

export const LIST_TYPE_NAMES: Record<ListType, string> = {
  dishonestDebtor: '失信被执行人',
  abnormalOperationList: '经营异常名录',
  seriousViolationList: '严重违法失信名单',
  majorTaxViolator: '重大税收违法失信主体',
};

export interface ListRule {
  /** Years until the entry ends by itself; null when it has no fixed end. */
  years: number | null;
  /** Years after listing before credit repair may end it early; null when repair has no waiting time. */
  repairAfterYears: number | null;
  /** Where the entry moves when still listed after `moveAfterYears`. */
  moveTo?: ListType;
  moveAfterYears?: number;
}

export const LIST_RULES: Record<ListType, ListRule> = {
  // 2 years for most grounds, extendable by 1–3 (RULES.md); deleted once paid, settled or terminated.
  dishonestDebtor: { years: 2, repairAfterYears: null },
  // Removed when the cause ends; after 3 years still listed, moved to the serious violation list (RULES.md).
  abnormalOperationList: { years: null, repairAfterYears: null, moveTo: 'seriousViolationList', moveAfterYears: 3 },
  // SAMR Order 44 (2021): 3 years; credit repair after at least 1 year.
  seriousViolationList: { years: 3, repairAfterYears: 1 },
  // 税务总局令第54号: published 3 years.
  majorTaxViolator: { years: 3, repairAfterYears: null },
};

// Who enters each list (RULES.md "Credit lists", column "entered by"). Codes are the platform's department codes.
/** 上海市金山区人民法院: 失信被执行人 come from the courts (最高人民法院关于公布失信被执行人名单信息的若干规定). */
export const COURT_CODE = 'FY';
/** 金山区市场监督管理局: 经营异常名录 is kept by market regulation (企业经营异常名录管理暂行办法). */
export const MARKET_REGULATOR_CODE = 'SCJGJ';
/** 国家税务总局上海市金山区税务局: 重大税收违法失信主体 (税务总局令第54号). */
export const TAX_AUTHORITY_CODE = 'SWJ';

/** The department that enters a list, or `penalizing`: whichever department imposed the penalty (SAMR Order 44). */
export const LIST_ENTERED_BY: Record<ListType, string> = {
  dishonestDebtor: COURT_CODE,
  abnormalOperationList: MARKET_REGULATOR_CODE,
  seriousViolationList: 'penalizing',
  majorTaxViolator: TAX_AUTHORITY_CODE,
};

/**
 * May a department's people or system enter (and end) entries of this list? District-wide roles and the
 * district's credit platform (a system answering for no one department) may enter every list; the caller
 * passes `null` for them.
 */
export function mayEnterList(listType: ListType, departmentCode: string | null): boolean {
  if (departmentCode === null) return true;
  const by = LIST_ENTERED_BY[listType];
  return by === 'penalizing' || by === departmentCode;
}

/** One listing decision: the entity, the list and the decision's document number (列入决定书文号). */
export const listingDecisionKey = (d: { creditCode: string; listType: string; documentNo: string }) => `${d.creditCode}|${d.listType}|${d.documentNo}`;

/** How a listing ended early: credit repair (信用修复) or the cause ending / the authority deleting it. */
export const EXIT_TYPES = ['creditRepair', 'removed'] as const;
export type ExitType = (typeof EXIT_TYPES)[number];

export const LISTING_STATUSES = ['active', 'expired', 'repaired', 'removed', 'moved'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

/** CONTRACT.md `GET /api/ext/v1/screening`: where a measure bites. */
export const SCENARIOS = ['government_procurement', 'public_bidding', 'land_transfer', 'subsidy', 'bond_issuance', 'honors', 'legal_representative', 'high_consumption', 'market_access'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const SCENARIO_NAMES: Record<Scenario, string> = {
  government_procurement: '政府采购',
  public_bidding: '招标投标',
  land_transfer: '国有土地出让',
  subsidy: '财政补贴与扶持资金',
  bond_issuance: '发行债券',
  honors: '评先评优与荣誉',
  legal_representative: '担任法定代表人及董监高',
  high_consumption: '高消费',
  market_access: '市场准入与行政许可',
};

/** Local (RULES.md "Credit lists"): feedback within 10 working days of a notice or a screening hit. */
export const PUNISHMENT_FEEDBACK_WORKING_DAYS = 10;
/** Local: lifting a measure is confirmed in the same period as applying it. */
export const LIFTING_WORKING_DAYS = PUNISHMENT_FEEDBACK_WORKING_DAYS;

/** The day a listing ends by itself, from its list's rule, unless the deciding authority gave one. */
export function defaultExpiresOn(listType: ListType, listedOn: string): string | null {
  const years = LIST_RULES[listType].years;
  return years === null ? null : addYears(listedOn, years, -1);
}

/** The earliest day credit repair may end a listing (SAMR Order 44: serious violations after 1 year). */
export function earliestRepairOn(listType: ListType, listedOn: string): string | null {
  const years = LIST_RULES[listType].repairAfterYears;
  return years === null ? null : addYears(listedOn, years, 0);
}

/** `YYYY-MM-DD` plus whole years, plus `days`; 29 February falls back to 28 February in common years. */
export function addYears(date: string, years: number, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const lastOfMonth = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  const t = Date.UTC(y + years, m - 1, Math.min(d, lastOfMonth)) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * The screening rule (CONTRACT.md `GET /api/ext/v1/screening`, also the eligibility check's restriction): of a
 * scenario's active measures, those naming the list type of one of the entity's active listings restrict it,
 * and the listings behind them are those of the types they name.
 */
export function screen<L extends { listType: string }, M extends { listTypes: string[] }>(listings: L[], scenarioMeasures: M[]): { restricted: boolean; measures: M[]; behind: L[] } {
  const types = new Set(listings.map((l) => l.listType));
  const measures = scenarioMeasures.filter((m) => m.listTypes.some((t) => types.has(t)));
  const behind = listings.filter((l) => measures.some((m) => m.listTypes.includes(l.listType)));
  return { restricted: measures.length > 0, measures, behind };
}
