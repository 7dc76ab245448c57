import type { ActivityInterceptorsFactory } from '@temporalio/worker';

/**
 * `zongjian_activity_retries{activityType}`: each attempt of an activity after its first. The SDK counts the failed
 * attempts (`temporal_activity_execution_failed`); this counts the tries that followed, so an operator sees a step
 * retrying against a database or receiver that keeps failing before the stuck-process list does.
 */
export const activityRetryInterceptors: ActivityInterceptorsFactory = (ctx) => ({
  inbound: {
    async execute(input, next) {
      if (ctx.info.attempt > 1) ctx.metricMeter.createCounter('zongjian_activity_retries', 'attempts', 'activity attempts after the first, by activity type').add(1);
      return next(input);
    },
  },
});
