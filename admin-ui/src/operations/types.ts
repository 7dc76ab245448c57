// The rows of GET /api/v1/operations/stuck-processes (api/operations/routes.ts, schema StuckProcess).

import type { components } from '../api/schema';

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
    'warningScan',
    'auditCheckpoint',
] as const;

/** One row, as the API publishes it. */
export type StuckProcess = components['schemas']['StuckProcess'];
