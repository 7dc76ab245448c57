// The rows of GET /api/v1/operations/stuck-processes (api/operations/routes.ts, schema StuckProcess).

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
] as const;

export interface StuckProcess {
    id: string;
    workflowId: string;
    runId: string;
    process: string;
    state: (typeof STUCK_STATES)[number];
    entity: { creditCode: string; name: string | null } | null;
    since: string;
    attempts: number | null;
    step: string | null;
    errorType: string | null;
    error: string | null;
}
