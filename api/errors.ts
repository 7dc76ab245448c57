import type { ErrorRequestHandler, RequestHandler } from 'express';
import { z } from 'zod';
import { isDatabaseUnavailable, isTemporalUnavailable } from '../config/retry';
import { fieldIssues } from '../domain/textSchemas';
import { logger } from './logger';

/** Values a problem's message is built from, which the UI puts into its own translation. */
export type ProblemParams = Record<string, string | number>;

/**
 * What a problem is, as a stable code a caller can act on and the UI translates (errors.<code> in
 * admin-ui/src/i18n): problem+json `type` ends in it, `params` carries the values. `detail` stays the English
 * for logs and integrators. Without a code, the status's own (e.g. `forbidden`) is the type.
 */
export interface ProblemCode {
  code: string;
  params?: ProblemParams;
}

export interface FieldError {
  field: string;
  message: string;
  /** The rule the value broke (zod's issue code, or a text rule's), which the UI translates (validation.<code>). */
  code?: string;
  params?: ProblemParams;
}

/** The one error shape (nodebestpractices 2.2): thrown anywhere, rendered as RFC 9457 problem+json. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly errors?: FieldError[],
    readonly problem?: ProblemCode,
  ) {
    super(detail);
  }

  get code(): string {
    return this.problem?.code ?? this.title.toLowerCase().replace(/\s+/g, '-');
  }
}

export const badRequest = (detail: string, errors?: FieldError[], problem?: ProblemCode) => new AppError(400, 'Bad Request', detail, errors, problem);
export const unauthorized = (detail = 'valid credentials are required', problem?: ProblemCode) => new AppError(401, 'Unauthorized', detail, undefined, problem);
export const forbidden = (detail: string, problem?: ProblemCode) => new AppError(403, 'Forbidden', detail, undefined, problem);
export const notFound = (detail: string, problem?: ProblemCode) => new AppError(404, 'Not Found', detail, undefined, problem);
export const conflict = (detail: string, problem?: ProblemCode) => new AppError(409, 'Conflict', detail, undefined, problem);
export const unprocessable = (detail: string, errors?: FieldError[], problem?: ProblemCode) => new AppError(422, 'Unprocessable Content', detail, errors, problem);
export const unavailable = (detail: string, problem?: ProblemCode) => new AppError(503, 'Service Unavailable', detail, undefined, problem);

/** Seconds a caller is asked to wait after a 503: Temporal or the database back from a restart. */
const RETRY_AFTER_SECONDS = 5;

const TYPE_BASE = 'https://zongjian.dev/problems/';

/** A zod error as field errors (domain/textSchemas.ts fieldIssues: the one conversion, also of imported rows). */
export const fieldErrors = (error: z.ZodError): FieldError[] => fieldIssues(error);

export const notFoundHandler: RequestHandler = (req, _res, next) => next(notFound(`no route for ${req.method} ${req.path}`, { code: 'no-route' }));

/** The central error handler: every route and middleware forwards here (nodebestpractices 2.4). */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  let e: AppError;
  if (err instanceof AppError) e = err;
  else if (err?.type === 'entity.parse.failed') e = badRequest('the body is not valid JSON', undefined, { code: 'invalid-json' });
  else if (err?.type === 'entity.too.large') e = new AppError(413, 'Content Too Large', `the body exceeds ${err.limit} bytes`, undefined, { code: 'body-too-large', params: { limit: err.limit } });
  else if (err?.type === 'encoding.unsupported' || err?.type === 'charset.unsupported') e = new AppError(415, 'Unsupported Media Type', 'the body must be UTF-8 JSON', undefined, { code: 'not-utf8-json' });
  // An outage is not the request's fault, and nothing half-applied: the caller sends the same again later.
  else if (isTemporalUnavailable(err)) e = unavailable('the process engine (Temporal) cannot be reached; try again shortly', { code: 'temporal-unavailable' });
  else if (isDatabaseUnavailable(err)) e = unavailable('the database cannot be reached or is busy; try again shortly', { code: 'database-unavailable' });
  else {
    (req as any).log?.error({ err }, 'unhandled error') ?? logger.error({ err }, 'unhandled error');
    e = new AppError(500, 'Internal Server Error', 'an unexpected error occurred; it was logged', undefined, { code: 'internal-error' });
  }
  if (e.status === 503) {
    (req as any).log?.warn({ err: String(err) }, 'service unavailable') ?? logger.warn({ err: String(err) }, 'service unavailable');
    res.set('Retry-After', String(RETRY_AFTER_SECONDS));
  }
  res
    .status(e.status)
    .type('application/problem+json')
    .json({
      type: TYPE_BASE + e.code,
      title: e.title,
      status: e.status,
      detail: e.message,
      ...(e.problem?.params ? { params: e.problem.params } : {}),
      // A field error the code did not name the rule of is the problem's own (e.g. unknown-department on `department`).
      ...(e.errors ? { errors: e.errors.map((f) => (f.code ? f : { ...f, code: e.code })) } : {}),
      instance: req.originalUrl,
      requestId: (req as any).id,
    });
};
