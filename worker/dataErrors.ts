import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { classifyActivityError } from '../activities/dataErrors';

/**
 * Every activity's failure passes here once: a failure caused by its data ends the step at once as a
 * non-retryable DataError (and so fails the workflow run, which the stuck-process list shows), instead of
 * retrying forever; anything else is rethrown unchanged and retried.
 */
export const dataErrorInterceptors: ActivityInterceptorsFactory = () => ({
  inbound: {
    async execute(input, next) {
      try {
        return await next(input);
      } catch (err) {
        throw classifyActivityError(err);
      }
    },
  },
});
