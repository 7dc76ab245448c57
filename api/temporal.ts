import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor, WithStartWorkflowOperation, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, type UpdateDefinition, type Workflow } from '@temporalio/common';
import type { Config } from '../config';
import { REFUSAL } from '../workflows/errors';
import { AppError, conflict, forbidden, unprocessable, type ProblemCode, type ProblemParams } from './errors';

export interface Temporal {
  client: Client;
  taskQueue: string;
  close(): Promise<void>;
}

/** Tries of one call to Temporal from the API (about 0.6 s of backoff in all). */
const API_TEMPORAL_ATTEMPTS = 4;

export async function connectTemporal(config: Config): Promise<Temporal> {
  // A request waits for Temporal a moment, not through the client's default ten tries (~20 s): while it is away
  // the caller hears 503 within a second and sends again (api/errors.ts), instead of holding a connection.
  const interceptors = [makeGrpcRetryInterceptor(defaultGrpcRetryOptions({ maxAttempts: API_TEMPORAL_ATTEMPTS }))];
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS, connectTimeout: '5 seconds', interceptors });
  const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  return { client, taskQueue: config.TASK_QUEUE, close: () => connection.close() };
}

/**
 * Sends a workflow an Update and waits for its answer; a refusal by the validator or handler becomes the
 * HTTP answer a person sees at once (DESIGN.md rule 1), nothing having changed.
 */
export async function update<Ret, Arg>(temporal: Temporal, workflowId: string, def: UpdateDefinition<Ret, [Arg]>, arg: Arg, updateId?: string): Promise<Ret> {
  try {
    return await temporal.client.workflow.getHandle(workflowId).executeUpdate(def, { args: [arg], ...(updateId ? { updateId } : {}) });
  } catch (err) {
    throw toAppError(err);
  }
}

/** The same, starting the workflow with it when it does not run yet (update-with-start). */
export async function updateWithStart<Ret, Arg>(temporal: Temporal, def: UpdateDefinition<Ret, [Arg]>, arg: Arg, updateId: string, start: WithStartWorkflowOperation<Workflow>): Promise<Ret> {
  try {
    return await temporal.client.workflow.executeUpdateWithStart(def, { args: [arg], updateId, startWorkflowOperation: start });
  } catch (err) {
    throw toAppError(err);
  }
}

/** The problem code a workflow's refusal carries (workflows/errors.ts refuse), if it names one. */
function refusalCode(details: unknown[] | null | undefined): ProblemCode | undefined {
  const d = details?.[0] as { code?: unknown; params?: ProblemParams } | undefined;
  return typeof d?.code === 'string' ? { code: d.code, ...(d.params ? { params: d.params } : {}) } : undefined;
}

export function toAppError(err: unknown): unknown {
  if (err instanceof WorkflowNotFoundError) return conflict('the process has already ended', { code: 'process-ended' });
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    const message = err.cause.message;
    const problem = refusalCode(err.cause.details);
    switch (err.cause.type) {
      case REFUSAL.conflict:
        return conflict(message, problem);
      case REFUSAL.forbidden:
        return forbidden(message, problem);
      case REFUSAL.unprocessable:
        return unprocessable(message, undefined, problem);
    }
  }
  if (err instanceof AppError) return err;
  return err;
}
