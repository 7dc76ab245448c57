// Collected records (归集, F10): facts other systems hold about an entity — licenses issued outside the
// dual-notification flow, any department's penalties, other departments' checks, judicial assistance
// (equity freezes and the like) and complaints (投诉举报). Pure rules; the storage is db/records.ts.

export const RECORD_KINDS = ['license', 'penalty', 'inspection', 'judicial_assistance', 'complaint'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** CONTRACT.md `POST /api/ext/v1/records`: at most this many items a call. */
export const MAX_RECORDS_PER_CALL = 1000;

/** Working days a department has to choose the entity of an imported row whose name several entities share (local choice). */
export const IMPORT_MATCH_WORKING_DAYS = 5;

/**
 * Fields of each kind that may hold a natural person's data (a complainant's name, ID number and phone; the
 * person whose equity is frozen). Stored as sent; whoever shows a record masks these unless the role needs them
 * (DESIGN.md rule 7, 个人信息保护法).
 */
export const PERSONAL_FIELDS: Record<RecordKind, readonly string[]> = {
  license: [],
  penalty: [],
  inspection: [],
  judicial_assistance: ['personName', 'personIdNo'],
  complaint: ['complainantName', 'complainantIdNo', 'complainantPhone'],
};

// Brackets as entity names are written in either width or style: （有限合伙） and (有限合伙), 〔〕, 【】, [].
const BRACKETS: Record<string, string> = { '（': '(', '）': ')', '〔': '(', '〕': ')', '【': '(', '】': ')', '[': '(', ']': ')', '［': '(', '］': ')', '｛': '(', '｝': ')', '{': '(', '}': ')' };

/**
 * An entity name as a comparison key: full-width letters and digits made half-width (NFKC), every bracket
 * style made `()`, white space (also the ideographic space) removed, Latin letters in lower case. Two names
 * with the same key are taken for the same name — never a fuzzy match (issue 10: "No guessing").
 */
export function normaliseEntityName(name: string): string {
  return [...name.normalize('NFKC').replace(/\s+/gu, '')].map((c) => BRACKETS[c] ?? c).join('').toLowerCase();
}

/**
 * Names as a register may spell the one of `name`: its normal form, with Chinese (full-width) brackets, and as
 * sent. An index lookup of these finds the candidates; each is then compared by its normal form.
 */
export function entityNameSpellings(name: string): string[] {
  const key = [...name.normalize('NFKC').replace(/\s+/gu, '')].map((c) => BRACKETS[c] ?? c).join('');
  return [...new Set([key, key.replace(/\(/g, '（').replace(/\)/g, '）'), name.trim()])];
}

/** How a record that names its entity only by name was matched: exactly one entity, several, or none. */
export type NameMatch = { status: 'matched'; creditCode: string; name: string } | { status: 'ambiguous'; candidates: Array<{ creditCode: string; name: string }> } | { status: 'unmatched' };

/** Of `candidates`, those whose name is `name` once both are normalised; one is a match, more are ambiguous. */
export function matchEntityName(name: string, candidates: Array<{ creditCode: string; name: string }>): NameMatch {
  const key = normaliseEntityName(name);
  const same = [...new Map(candidates.filter((c) => normaliseEntityName(c.name) === key).map((c) => [c.creditCode, c])).values()];
  if (same.length === 1) return { status: 'matched', ...same[0] };
  if (same.length > 1) return { status: 'ambiguous', candidates: same };
  return { status: 'unmatched' };
}
