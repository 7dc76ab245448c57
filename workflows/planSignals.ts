import * as wf from '@temporalio/workflow';

// Signals between a spot-check plan and its inspections, apart from both so neither imports the other.

export const inspectionPlanWorkflowId = (planId: string) => `inspection-plan:${planId}`;

/** An inspection of the plan completed: the plan counts its completed inspections again. */
export const inspectionCompletedSignal = wf.defineSignal<[{ inspectionKey: string }]>('inspectionCompleted');
