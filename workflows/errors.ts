import { ApplicationFailure } from '@temporalio/common';

// Expected business refusals from workflow updates. The `type` is what the API maps to an HTTP status.
export const REFUSAL = {
  /** The task or step is already finished (409). */
  conflict: 'Conflict',
  /** The actor may not act on this task (403). */
  forbidden: 'Forbidden',
  /** The request is well-formed but not acceptable in this state, e.g. an outcome the task does not allow (422). */
  unprocessable: 'Unprocessable',
} as const;

export type RefusalType = (typeof REFUSAL)[keyof typeof REFUSAL];

/**
 * Refuses an update. `code` (and its `params`) is the stable problem code the API answers with and the UI
 * translates (api/errors.ts ProblemCode); `message` stays the English for logs and integrators.
 */
export function refuse(type: RefusalType, message: string, code?: string, params?: Record<string, string | number>): never {
  throw ApplicationFailure.create({ type, message, nonRetryable: true, details: code ? [{ code, params }] : [] });
}
