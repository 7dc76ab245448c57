import * as wf from '@temporalio/workflow';
import { steps } from './activityOptions';
import { raiseWarningsNow } from './warnings';
import type { Activities } from '../activities';
import type { RegistrationEvent } from '../domain/registration';
import { cancelSignal, licenseFeedback, licenseFeedbackWorkflowId } from './licenseFeedback';

// Dual notification (双告知, F3; 国发〔2021〕7号): one run per registration event. It records the event,
// tells the applicant which licenses the scope needs (the notice), and starts one licenseFeedback process
// per competent department or claim-pool item. A deregistration cancels every open step of the entity.

export const dualNotificationWorkflowId = (eventId: string) => `dual-notification:${eventId}`;

export interface DualNotificationResult {
  status: 'notified' | 'stale' | 'deregistered';
  notifications: string[];
}


export async function dualNotification(event: RegistrationEvent): Promise<DualNotificationResult> {
  const recorded = await steps.recordRegistration(event);

  if (event.action === 'deregister') {
    const open = await steps.openNotificationWorkflows(event.entity.creditCode);
    const reason = `市场主体已注销（${event.eventId}）`;
    for (const id of open) {
      try {
        await wf.getExternalWorkflowHandle(id).signal(cancelSignal, { reason });
      } catch (err) {
        // A process that closed meanwhile (the only way a signal to it fails) has nothing left to cancel.
        wf.log.info('notification already closed', { workflowId: id, error: String(err) });
      }
    }
    await steps.saveRegistrationOutcome({ eventId: event.eventId, status: 'deregistered', detail: { cancelled: open } });
    // F7: licenses still valid after deregistration warn their departments (added after this process first ran).
    if (wf.patched('deregistered-licenses-warning')) await raiseWarningsNow({ rules: ['deregisteredWithLicenses'], creditCode: event.entity.creditCode, scanId: `${wf.workflowInfo().workflowId}/warnings` });
    return { status: 'deregistered', notifications: open };
  }

  if (recorded.status === 'stale') {
    // The entity was deregistered by a later event that arrived first: nothing to notify.
    await steps.saveRegistrationOutcome({ eventId: event.eventId, status: 'stale' });
    return { status: 'stale', notifications: [] };
  }

  const { notice, routes } = await steps.matchBusinessScope(event);
  await steps.saveRegistrationOutcome({ eventId: event.eventId, status: 'notified', notice, detail: { routes: routes.map((r) => r.key) } });
  const pushedAt = new Date().toISOString();
  const started: string[] = [];
  for (const route of routes) {
    const workflowId = licenseFeedbackWorkflowId(event.eventId, route.key);
    await wf.startChild(licenseFeedback, {
      workflowId,
      args: [{ eventId: event.eventId, creditCode: event.entity.creditCode, entityName: event.entity.name, route, pushedAt }],
      // Each department's process lives on its own after the push; this run only fans out.
      parentClosePolicy: 'ABANDON',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
    started.push(workflowId);
  }
  return { status: 'notified', notifications: started };
}
