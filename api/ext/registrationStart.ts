import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { RegistrationEvent } from '../../domain/registration';
import { dualNotification, dualNotificationWorkflowId } from '../../workflows/dualNotification';

/**
 * Starts the dual-notification process of an accepted registration event by its business key, so a repeat
 * (the sender's retry, or the reconciler after a failed start) finds the same run instead of a second one.
 * Returns true when this call started it.
 */
export async function startDualNotification(client: Client, taskQueue: string, event: RegistrationEvent): Promise<boolean> {
  try {
    await client.workflow.start(dualNotification, { workflowId: dualNotificationWorkflowId(event.eventId), taskQueue, args: [event], workflowIdReusePolicy: 'REJECT_DUPLICATE' });
    return true;
  } catch (err) {
    if (err instanceof WorkflowExecutionAlreadyStartedError) return false;
    throw err;
  }
}
