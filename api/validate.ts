import type { Request } from 'express';
import { jsonTextProblem } from '../domain/text';
import { AppError, badRequest, fieldErrors } from './errors';
import { z } from './openapi';

/** Parses a request part at the edge; malformed or missing fields answer 400 naming each field. */
export function parse<S extends z.ZodTypeAny>(schema: S, value: unknown, what = 'request body'): z.infer<S> {
  if (what === 'request body' && (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value))) {
    throw badRequest('the request body must be a JSON object', undefined, { code: 'body-not-object' });
  }
  const r = schema.safeParse(value);
  if (!r.success) throw badRequest(`invalid ${what}`, fieldErrors(r.error), { code: 'invalid-input' });
  return r.data;
}

export const body = <S extends z.ZodTypeAny>(schema: S, req: Request) => parse(schema, req.body);
export const query = <S extends z.ZodTypeAny>(schema: S, req: Request) => parse(schema, req.query, 'query');

// Every string a request schema accepts goes through the one text rule (domain/text.ts, DESIGN.md rule 9).
export { text, freeText, date } from '../domain/textSchemas';

/** A JSON object whose shape a workflow checks (a task's outcome data): every string and key in it under the text rule. */
export const jsonData = () =>
  z.record(z.string(), z.unknown()).check((ctx) => {
    const problem = jsonTextProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem.message, path: problem.path, input: ctx.value, params: { code: 'invalid-character' } });
  });

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * `express.json`'s verify step: a body that is not valid UTF-8 is refused before it is decoded, since the
 * decoder would otherwise replace the broken bytes and the replacement would be stored as if it were text.
 */
export function requireUtf8(_req: unknown, _res: unknown, buf: Buffer, encoding: string): void {
  // CONTRACT.md: JSON in UTF-8. A UTF-16 body of ASCII text is also valid UTF-8 bytes, so the charset decides.
  if (encoding.toLowerCase() !== 'utf-8') throw new AppError(415, 'Unsupported Media Type', `the body must be UTF-8 JSON, not ${encoding}`, undefined, { code: 'not-utf8-json' });
  try {
    strictUtf8.decode(buf);
  } catch {
    throw badRequest('the body is not valid UTF-8', [{ field: '(body)', message: 'invalid UTF-8 byte sequence', code: 'invalid-utf8' }], { code: 'invalid-utf8' });
  }
}
