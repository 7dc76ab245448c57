// The rows of GET /api/v1/operations/stuck-processes (api/operations/routes.ts, schema StuckProcess).

import type { components, operations } from '../api/schema';

export const STUCK_STATES = ['failed', 'retrying'] as const;

/** The workflow types the worker runs (workflows/index.ts), as the list names them. */
export const STUCK_PROCESSES = [
    'dualNotification',
    'licenseFeedback',
    'inspectionPlan',
    'inspection',
    'enforcementCase',
    'jointPunishment',
    'screeningFeedback',
    'warning',
    'warningBatch',
    'warningScan',
    'auditCheckpoint',
    'eligibilityFeedback',
    'subscriptionDelivery',
    'deliveryLogPruning',
    'recordImport',
    'riskScoring',
    'riskRescoring',
    'registerTallies',
    'taskTallies',
] as const satisfies ReadonlyArray<NonNullable<NonNullable<operations['listStuckProcesses']['parameters']['query']>['process']>>;

/** One row, as the API publishes it. */
export type StuckProcess = components['schemas']['StuckProcess'];
