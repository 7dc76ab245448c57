import { metricMeter, workflowInfo, type WorkflowInterceptorsFactory } from '@temporalio/workflow';

/**
 * `zongjian_workflows_started{workflowType}`: each process started, counted once when its first run begins (not
 * again for a run continued as new, nor when a worker replays it: the SDK drops metrics during replay). Beside the
 * SDK's own `temporal_workflow_failed{workflow_type}` it tells an operator how many of each kind start and fail.
 */
export const interceptors: WorkflowInterceptorsFactory = () => ({
  inbound: [
    {
      async execute(input, next) {
        if (!workflowInfo().continuedFromExecutionRunId) metricMeter.createCounter('zongjian_workflows_started', 'workflows', 'processes started, by workflow type').add(1);
        return next(input);
      },
    },
  ],
});
