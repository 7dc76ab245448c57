// Support-eligibility check (扶持鼓励数据核查, F12): may each entity of a department's list receive what a policy
// gives (a subsidy, an honour, a procurement contract)? Pure rules: which facts count under which policy, and
// the reasons a row gives. The facts are read in bulk by db/eligibility.ts; restriction by joint-punishment
// measures is the screening's own rule (domain/credit.ts screen).

import { LIST_TYPE_NAMES, type ListType, type Scenario } from './credit';

/** Issue 10: a list holds up to 10,000 entities. */
export const MAX_ELIGIBILITY_ROWS = 10_000;

/** What a policy checks; each switch is configurable by an administrator. */
export interface PolicyCriteria {
  /** A deregistered (注销) entity is not eligible. */
  requireActive: boolean;
  /** Joint-punishment measures of the policy's scenario restrict the entity (the screening's answer). */
  restricted: boolean;
  /** Listed on the serious violation list (严重违法失信名单) at all, whether or not a measure names the scenario. */
  seriousViolation: boolean;
  /** Listed on the abnormal operation list (经营异常名录). */
  abnormalOperation: boolean;
  /** Administrative penalties decided within this many months before the check; null: penalties not checked. */
  penaltyWindowMonths: number | null;
  /** Whether a penalty that is a warning (警告) alone counts. */
  warningOnlyCounts: boolean;
  /** A filed case not yet decided (在办案件). */
  openCases: boolean;
}

export interface Policy {
  code: string;
  name: string;
  /** The screening scenario whose measures apply (CONTRACT.md `GET /api/ext/v1/screening`). */
  scenario: Scenario;
  criteria: PolicyCriteria;
  active: boolean;
}

export const POLICY_CODE = /^[a-z][a-z0-9_]{1,31}$/;

/**
 * The policies a fresh database starts with (schema step 010). Windows: 政府采购法 Art. 22 (no serious violation
 * record in the 3 years before taking part) and 招标投标法实施条例 Art. 34 likewise for bidding; honours and
 * subsidies follow the district's usual notice wording (local: 3 years for honours, 1 year for subsidies).
 */
export const DEFAULT_POLICIES: Policy[] = [
  {
    code: 'subsidy',
    name: '财政补贴与扶持资金',
    scenario: 'subsidy',
    criteria: { requireActive: true, restricted: true, seriousViolation: true, abnormalOperation: true, penaltyWindowMonths: 12, warningOnlyCounts: false, openCases: false },
    active: true,
  },
  {
    code: 'honors',
    name: '评先评优与荣誉',
    scenario: 'honors',
    criteria: { requireActive: true, restricted: true, seriousViolation: true, abnormalOperation: true, penaltyWindowMonths: 36, warningOnlyCounts: true, openCases: true },
    active: true,
  },
  {
    code: 'government_procurement',
    name: '政府采购',
    scenario: 'government_procurement',
    criteria: { requireActive: true, restricted: true, seriousViolation: true, abnormalOperation: false, penaltyWindowMonths: 36, warningOnlyCounts: false, openCases: false },
    active: true,
  },
  {
    code: 'public_bidding',
    name: '招标投标',
    scenario: 'public_bidding',
    criteria: { requireActive: true, restricted: true, seriousViolation: true, abnormalOperation: false, penaltyWindowMonths: 36, warningOnlyCounts: false, openCases: false },
    active: true,
  },
];

export const REASON_KINDS = ['notFound', 'ambiguousName', 'invalidCreditCode', 'deregistered', 'restricted', 'seriousViolation', 'abnormalOperation', 'penalty', 'openCase'] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

export interface Reason {
  kind: ReasonKind;
  /** The facts behind it in the register's words: document numbers, authorities, dates, names; empty when the kind says all. */
  detail: string;
}

/** An active listing as the check reads it. */
export interface ListingFact {
  id: string;
  listType: string;
  documentNo: string;
  authority: string;
  listedOn: string;
}

export interface PenaltyFact {
  decisionNo: string;
  /** The day of the decision, `YYYY-MM-DD`. */
  decidedOn: string;
  departmentName: string;
  /** Empty when the sender did not say. */
  penaltyKinds: string[];
}

export interface OpenCaseFact {
  departmentName: string;
  filedOn: string;
}

export interface RestrictionFact {
  measures: Array<{ code: string; name: string; legalBasis: string }>;
  /** Listings behind the measures. */
  listings: ListingFact[];
}

/** What the database says about one found entity. */
export interface EntityFacts {
  status: string;
  listings: ListingFact[];
  restriction: RestrictionFact;
  penalties: PenaltyFact[];
  openCases: OpenCaseFact[];
}

/** The first day of a policy's window: `months` calendar months before `today` (a 31st falls back to the month's end). */
export function windowStart(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const monthIndex = y * 12 + (m - 1) - months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10);
}

/** A warning (警告) and nothing heavier. */
export const isWarningOnly = (p: PenaltyFact) => p.penaltyKinds.length > 0 && p.penaltyKinds.every((k) => k === 'warning');

const listingDetail = (l: ListingFact) => `${LIST_TYPE_NAMES[l.listType as ListType] ?? l.listType}（${l.documentNo}，${l.authority}，${l.listedOn}列入）`;

/** The reasons a found entity is not eligible under `criteria` on `today`; none: eligible. */
export function reasonsAgainst(criteria: PolicyCriteria, facts: EntityFacts, today: string): Reason[] {
  const reasons: Reason[] = [];
  if (criteria.requireActive && facts.status === 'deregistered') reasons.push({ kind: 'deregistered', detail: '' });
  if (criteria.restricted && facts.restriction.measures.length > 0) {
    reasons.push({ kind: 'restricted', detail: `${facts.restriction.measures.map((m) => m.name).join('；')}；依据：${facts.restriction.listings.map(listingDetail).join('；')}` });
  }
  if (criteria.seriousViolation) for (const l of facts.listings.filter((x) => x.listType === 'seriousViolationList')) reasons.push({ kind: 'seriousViolation', detail: listingDetail(l) });
  if (criteria.abnormalOperation) for (const l of facts.listings.filter((x) => x.listType === 'abnormalOperationList')) reasons.push({ kind: 'abnormalOperation', detail: listingDetail(l) });
  if (criteria.penaltyWindowMonths !== null) {
    const from = windowStart(today, criteria.penaltyWindowMonths);
    for (const p of facts.penalties) {
      if (p.decidedOn < from || p.decidedOn > today) continue;
      if (!criteria.warningOnlyCounts && isWarningOnly(p)) continue;
      reasons.push({ kind: 'penalty', detail: `${p.decisionNo}（${p.departmentName}，${p.decidedOn}）` });
    }
  }
  if (criteria.openCases) for (const c of facts.openCases) reasons.push({ kind: 'openCase', detail: `${c.departmentName}，${c.filedOn}立案` });
  return reasons;
}

/** Headers a list's credit-code column goes by (compared without spaces, Latin letters in any case). */
export const CREDIT_CODE_HEADERS = ['统一社会信用代码', '社会信用代码', '信用代码', 'creditcode', 'uscc'];
/** Headers a list's entity-name column goes by. */
export const NAME_HEADERS = ['企业名称', '主体名称', '市场主体名称', '单位名称', '名称', 'name', 'entityname'];

const headerKey = (h: string) => h.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();

/** The credit-code and name columns among `headers`; null when the list has neither. */
export function listColumns(headers: string[]): { creditCode: string | null; name: string | null } | null {
  const pick = (wanted: string[]) => {
    for (const w of wanted) {
      const h = headers.find((x) => headerKey(x) === w);
      if (h !== undefined) return h;
    }
    return null;
  };
  const creditCode = pick(CREDIT_CODE_HEADERS);
  const name = pick(NAME_HEADERS);
  return creditCode === null && name === null ? null : { creditCode, name };
}

/** One entity of an uploaded list: its row in the file, and a credit code, a name or both. */
export interface ListedEntity {
  row: number;
  creditCode: string | null;
  name: string | null;
}

const cellText = (v: unknown) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v)).trim();

/** The entities of a read table; rows with neither a code nor a name (blank lines) are left out. */
export function listedEntities(columns: { creditCode: string | null; name: string | null }, rows: Array<{ row: number; values: Record<string, unknown> }>): ListedEntity[] {
  return rows
    .map((r) => {
      const code = columns.creditCode ? cellText(r.values[columns.creditCode]).normalize('NFKC').replace(/\s+/gu, '').toUpperCase() : '';
      const name = columns.name ? cellText(r.values[columns.name]) : '';
      return { row: r.row, creditCode: code || null, name: name || null };
    })
    .filter((e) => e.creditCode !== null || e.name !== null);
}

/** How a listed entity was found: by its code or its unique name, not at all, or its name fits several. */
export type Resolution =
  | { status: 'found'; creditCode: string; name: string; facts: EntityFacts }
  | { status: 'ambiguous'; candidates: Array<{ creditCode: string; name: string }> }
  | { status: 'notFound'; creditCodeMalformed: boolean };

/** One row of a check's answer (CONTRACT.md), with what its screening feedback needs when restricted. */
export interface RowResult {
  row: number;
  creditCode: string | null;
  name: string | null;
  found: boolean;
  status: string | null;
  eligible: boolean;
  reasons: Reason[];
  /** Set when the policy's scenario measures restrict the entity: the row counts as a screening (F9). */
  screening: { measures: Array<{ code: string; name: string; legalBasis: string }>; listingIds: string[] } | null;
}

/** The answer for one listed entity under `criteria` on `today`. */
export function judge(entity: ListedEntity, resolution: Resolution, criteria: PolicyCriteria, today: string): RowResult {
  if (resolution.status === 'ambiguous') {
    const detail = `名称对应多个主体：${resolution.candidates.map((c) => `${c.name}（${c.creditCode}）`).join('；')}`;
    return { ...entity, found: false, status: null, eligible: false, reasons: [{ kind: 'ambiguousName', detail }], screening: null };
  }
  if (resolution.status === 'notFound') {
    const reason: Reason = resolution.creditCodeMalformed ? { kind: 'invalidCreditCode', detail: entity.creditCode ?? '' } : { kind: 'notFound', detail: entity.creditCode ?? entity.name ?? '' };
    return { ...entity, found: false, status: null, eligible: false, reasons: [reason], screening: null };
  }
  const { facts } = resolution;
  const reasons = reasonsAgainst(criteria, facts, today);
  const restricted = criteria.restricted && facts.restriction.measures.length > 0;
  return {
    row: entity.row,
    creditCode: resolution.creditCode,
    name: resolution.name,
    found: true,
    status: facts.status,
    eligible: reasons.length === 0,
    reasons,
    screening: restricted ? { measures: facts.restriction.measures, listingIds: facts.restriction.listings.map((l) => l.id) } : null,
  };
}

/** What a person reads for each reason kind (the workbook; the admin UI has its own zh/en catalogs). */
export const REASON_NAMES: Record<ReasonKind, string> = {
  notFound: '未找到该主体',
  ambiguousName: '名称对应多个主体',
  invalidCreditCode: '统一社会信用代码有误',
  deregistered: '已注销',
  restricted: '联合惩戒措施限制',
  seriousViolation: '列入严重违法失信名单',
  abnormalOperation: '列入经营异常名录',
  penalty: '期限内受过行政处罚',
  openCase: '有在办案件',
};

export const ENTITY_STATUS_NAMES: Record<string, string> = { active: '存续', deregistered: '注销' };
