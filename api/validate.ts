import type { Request } from 'express';
import type { z } from 'zod';
import { badRequest, fieldErrors } from './errors';

/** Parses a request part at the edge; malformed or missing fields answer 400 naming each field. */
export function parse<S extends z.ZodTypeAny>(schema: S, value: unknown, what = 'request body'): z.infer<S> {
  if (what === 'request body' && (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value))) {
    throw badRequest('the request body must be a JSON object');
  }
  const r = schema.safeParse(value);
  if (!r.success) throw badRequest(`invalid ${what}`, fieldErrors(r.error));
  return r.data;
}

export const body = <S extends z.ZodTypeAny>(schema: S, req: Request) => parse(schema, req.body);
export const query = <S extends z.ZodTypeAny>(schema: S, req: Request) => parse(schema, req.query, 'query');
