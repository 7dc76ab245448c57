import type { ErrorRequestHandler, RequestHandler } from 'express';
import { z } from 'zod';
import { isDatabaseUnavailable, isTemporalUnavailable } from '../config/retry';
import { logger } from './logger';

export interface FieldError {
  field: string;
  message: string;
}

/** The one error shape (nodebestpractices 2.2): thrown anywhere, rendered as RFC 9457 problem+json. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) => new AppError(400, 'Bad Request', detail, errors);
export const unauthorized = (detail = 'valid credentials are required') => new AppError(401, 'Unauthorized', detail);
export const forbidden = (detail: string) => new AppError(403, 'Forbidden', detail);
export const notFound = (detail: string) => new AppError(404, 'Not Found', detail);
export const conflict = (detail: string) => new AppError(409, 'Conflict', detail);
export const unprocessable = (detail: string, errors?: FieldError[]) => new AppError(422, 'Unprocessable Content', detail, errors);
export const unavailable = (detail: string) => new AppError(503, 'Service Unavailable', detail);

/** Seconds a caller is asked to wait after a 503: Temporal or the database back from a restart. */
const RETRY_AFTER_SECONDS = 5;

const TYPE_BASE = 'https://zongjian.dev/problems/';

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
}

export const notFoundHandler: RequestHandler = (req, _res, next) => next(notFound(`no route for ${req.method} ${req.path}`));

/** The central error handler: every route and middleware forwards here (nodebestpractices 2.4). */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  let e: AppError;
  if (err instanceof AppError) e = err;
  else if (err?.type === 'entity.parse.failed') e = badRequest('the body is not valid JSON');
  else if (err?.type === 'entity.too.large') e = new AppError(413, 'Content Too Large', `the body exceeds ${err.limit} bytes`);
  else if (err?.type === 'encoding.unsupported' || err?.type === 'charset.unsupported') e = new AppError(415, 'Unsupported Media Type', 'the body must be UTF-8 JSON');
  // An outage is not the request's fault, and nothing half-applied: the caller sends the same again later.
  else if (isTemporalUnavailable(err)) e = unavailable('the process engine (Temporal) cannot be reached; try again shortly');
  else if (isDatabaseUnavailable(err)) e = unavailable('the database cannot be reached or is busy; try again shortly');
  else {
    (req as any).log?.error({ err }, 'unhandled error') ?? logger.error({ err }, 'unhandled error');
    e = new AppError(500, 'Internal Server Error', 'an unexpected error occurred; it was logged');
  }
  if (e.status === 503) {
    (req as any).log?.warn({ err: String(err) }, 'service unavailable') ?? logger.warn({ err: String(err) }, 'service unavailable');
    res.set('Retry-After', String(RETRY_AFTER_SECONDS));
  }
  res
    .status(e.status)
    .type('application/problem+json')
    .json({
      type: TYPE_BASE + e.title.toLowerCase().replace(/\s+/g, '-'),
      title: e.title,
      status: e.status,
      detail: e.message,
      ...(e.errors ? { errors: e.errors } : {}),
      instance: req.originalUrl,
      requestId: (req as any).id,
    });
};
