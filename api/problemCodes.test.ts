import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Every problem code the server can answer with (api/errors.ts ProblemCode, workflows/errors.ts refuse) has a
// translation in both UI languages, so no server English reaches a person (issue 9: "nothing English in the
// Chinese UI"). The codes are read from the sources, so a new code without its translation fails here.

const ROOT = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** A code built from a template (`task-already-${t.status}`) stands for these. */
const TEMPLATE_CODES: Record<string, string[]> = { 'task-already-': ['task-already-completed', 'task-already-cancelled'] };

function serverCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of [...sources('api'), ...sources('workflows'), ...sources('activities')]) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/\{ code: '([a-z0-9-]+)'/g)) codes.set(m[1], file);
    // refuse(REFUSAL.x, 'English' | `English`, 'code' | `code-${…}`, …)
    for (const m of text.matchAll(/refuse\(\s*REFUSAL\.\w+,\s*(?:'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`)\s*,\s*['`]([a-z0-9-]+)(\$\{)?/g)) {
      for (const code of m[2] ? TEMPLATE_CODES[m[1]] ?? [`${m[1]}?`] : [m[1]]) codes.set(code, file);
    }
  }
  return codes;
}

function catalog(file: string): { errors: Record<string, unknown> } {
  const text = readFileSync(join(ROOT, 'admin-ui/src/i18n', file), 'utf8');
  // The catalogs are TypeScript modules of the UI build; their `errors` block is plain object syntax.
  const start = text.indexOf('\n    errors: {');
  expect(start).toBeGreaterThan(0);
  let depth = 0;
  let end = start;
  for (let i = text.indexOf('{', start); i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) {
      end = i + 1;
      break;
    }
  }
  // eslint-disable-next-line no-new-func
  return { errors: new Function(`return ${text.slice(text.indexOf('{', start), end)};`)() };
}

describe('problem codes', () => {
  const codes = serverCodes();

  it('finds the codes in the sources', () => {
    expect(codes.size).toBeGreaterThan(40);
    expect(codes.get('process-ended')).toBe('api/temporal.ts');
  });

  it.each(['en.ts', 'zh.ts'])('every code the server answers with is translated in %s', (file) => {
    const { errors } = catalog(file);
    // A field's rule (zod's issue codes, the text rule's) is translated under errors.field, a problem's under errors.
    const field = errors.field as Record<string, unknown>;
    const missing = [...codes].filter(([code]) => typeof errors[code] !== 'string' && typeof field[code] !== 'string').map(([code, where]) => `${code} (${where})`);
    expect(missing).toEqual([]);
  });

  it('the Chinese catalog of problems is Chinese', () => {
    const { errors } = catalog('zh.ts');
    const flat = (o: Record<string, unknown>): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : flat(v as Record<string, unknown>)));
    // Placeholders and the names of standards (UTF-8, JSON) are not English prose.
    const english = flat(errors).filter((m) => /[A-Za-z]{3,}/.test(m.replace(/%\{\w+\}|UTF-8|JSON/g, '')));
    expect(english).toEqual([]);
  });
});
