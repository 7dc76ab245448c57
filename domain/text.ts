// The one text rule (DESIGN.md rule 9): what a text field may hold, the same for every schema at the edge.
// A C0 control character (U+0000–U+001F), DEL or a C1 control (U+0080–U+009F) is never text a person wrote:
// a NUL broke SQLite statements and activities retried on it forever. Tab, line feed and carriage return are
// text only where a field is free text (a reason, a comment); a name, a number or a code is one line.
// A lone UTF-16 surrogate is not a character at all (it cannot be stored as UTF-8), and U+FFFD is what a
// decoder leaves of invalid UTF-8, refused so that broken bytes are never stored as if they were text.

export type TextKind = 'line' | 'free';

// Without the `u` flag a regular expression sees UTF-16 code units, so an unpaired half is visible.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LINE_FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\ufffd]/u;
const FREE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/u;

/** Why `value` is not acceptable text of this kind, or null when it is. */
export function textProblem(value: string, kind: TextKind = 'line'): string | null {
  if (LONE_SURROGATE.test(value)) return 'contains a lone UTF-16 surrogate (not a character)';
  const m = (kind === 'free' ? FREE_FORBIDDEN : LINE_FORBIDDEN).exec(value);
  if (!m) return null;
  const code = m[0].codePointAt(0)!;
  if (code === 0xfffd) return 'contains U+FFFD, the mark of invalid UTF-8';
  const at = `at character ${[...value.slice(0, m.index)].length + 1}`;
  return kind === 'line' && (code === 0x09 || code === 0x0a || code === 0x0d)
    ? `must be one line: tab or line break ${at}`
    : `contains control character U+${code.toString(16).toUpperCase().padStart(4, '0')} ${at}`;
}

/** The first string (or key) in a JSON value that breaks the rule, with its path; free text for values. */
export function jsonTextProblem(value: unknown, path: Array<string | number> = [], depth = 0): { path: Array<string | number>; message: string } | null {
  // A JSON body is at most 1 MB; 64 levels is deeper than any record this platform keeps.
  if (depth > 64) return { path, message: 'nested more than 64 levels deep' };
  if (typeof value === 'string') {
    const message = textProblem(value, 'free');
    return message ? { path, message } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = jsonTextProblem(value[i], [...path, i], depth + 1);
      if (p) return p;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const keyProblem = textProblem(k, 'line');
      if (keyProblem) return { path: [...path, k], message: `key ${keyProblem}` };
      const p = jsonTextProblem(v, [...path, k], depth + 1);
      if (p) return p;
    }
  }
  return null;
}

/**
 * A long text in pieces of at most `size` UTF-16 units, never splitting a surrogate pair (a piece ending in half a
 * character would be written or hashed as U+FFFD). Hashing or storing a 50 MB JSON document piece by piece is
 * several times faster than converting it to UTF-8 whole: a draw pool of a million entities (bench/draw.ts).
 */
export function* textPieces(text: string, size: number): Generator<string> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - start > 1 && last >= 0xd800 && last <= 0xdbff) end--;
    yield text.slice(start, end);
    start = end;
  }
}
