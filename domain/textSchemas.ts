import { z } from 'zod';
import { textProblem, type TextKind } from './text';

// The one text rule (domain/text.ts, DESIGN.md rule 9) as zod schemas: every string a schema accepts, at the
// API's edge and in an imported spreadsheet's rows alike, goes through it.

const ruled = (kind: TextKind) =>
  z.string().check((ctx) => {
    const problem = textProblem(ctx.value, kind);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, params: { code: 'invalid-character' } });
  });

/** One line of text: a name, a code, a number, an address. */
export const text = () => ruled('line');
/** Free text a person writes (a reason, a comment, findings): tab and line breaks allowed. */
export const freeText = () => ruled('free');

/**
 * A calendar date `YYYY-MM-DD` that exists (2026-02-30 is refused) within 1900–2099: no record this platform
 * keeps is older or further ahead, and year 0 or 9999 is a typo or a probe, never a deadline.
 */
export const date = () =>
  z.iso.date('a date YYYY-MM-DD').check((ctx) => {
    const year = Number(ctx.value.slice(0, 4));
    if (year < 1900 || year > 2099) ctx.issues.push({ code: 'custom', message: 'a date between 1900-01-01 and 2099-12-31', input: ctx.value, params: { code: 'date-out-of-range' } });
  });

/** A field that broke a rule, with the rule's stable code (translated by the UI) and its values. */
export interface FieldIssue {
  field: string;
  message: string;
  code?: string;
  params?: Record<string, string | number>;
}

/** Zod's issue members worth a translation's placeholders (minimum, maximum, expected type, the allowed values). */
const ISSUE_PARAMS = ['minimum', 'maximum', 'expected', 'format', 'values'] as const;

/** A zod error as field issues: the path joined with dots, the rule's code, its values. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => {
    const params: Record<string, string | number> = {};
    for (const k of ISSUE_PARAMS) {
      const v = (i as unknown as Record<string, unknown>)[k];
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint') params[k] = Number.isFinite(Number(v)) && typeof v !== 'string' ? Number(v) : String(v);
      else if (Array.isArray(v)) params[k] = v.join(', ');
    }
    // A custom rule names itself (params.code: e.g. the text rule's `control-character`); zod's own use theirs.
    const code = i.code === 'custom' ? String((i as { params?: { code?: unknown } }).params?.code ?? 'custom') : i.code;
    return { field: i.path.join('.') || '(body)', message: i.message, code, ...(Object.keys(params).length ? { params } : {}) };
  });
}
