import * as wf from '@temporalio/workflow';
import type { ActivityOptions, LocalActivityOptions } from '@temporalio/workflow';
import type { Activities } from '../activities';

// How every workflow calls its activities. An infrastructure failure (database or network down) retries
// for as long as it lasts, but never waits longer than `maximumInterval` between attempts, so a step resumes
// soon after the database is back. A failure caused by the data does not retry at all: the worker turns
// it into a non-retryable DataError (activities/dataErrors.ts), which fails the run visibly.

/** A step's activities: reads and writes of a few rows. */
export const STEP_ACTIVITIES: ActivityOptions = { startToCloseTimeout: '1 minute', retry: { maximumInterval: '10 seconds' } };

/** Batch activities (a draw, a warning scan): longer, and they retry less eagerly. */
export const BATCH_ACTIVITIES: ActivityOptions = { startToCloseTimeout: '10 minutes', retry: { maximumInterval: '30 seconds' } };

/** A step's first attempt, in the worker that runs the workflow: once, with the scheduled activity's timeout. */
export const LOCAL_STEP_ATTEMPT: LocalActivityOptions = { startToCloseTimeout: STEP_ACTIVITIES.startToCloseTimeout, retry: { maximumAttempts: 1 } };

/** Marks the runs that try each step locally first; runs recorded before it replay with scheduled steps only. */
export const LOCAL_STEPS_PATCH = 'local-steps';

/** The batch activities every workflow calls (a draw, a refresh of the tallies, a rescoring round): always scheduled. */
export const batches = wf.proxyActivities<Activities>(BATCH_ACTIVITIES);

const scheduledSteps = wf.proxyActivities<Activities>(STEP_ACTIVITIES);
const localSteps = wf.proxyLocalActivities<Activities>(LOCAL_STEP_ATTEMPT);
type Steps = typeof scheduledSteps;
type Step = (...args: unknown[]) => Promise<unknown>;

/**
 * A step's activities. Outside update and signal handlers each runs first as a local activity: a scheduled one
 * costs the server an activity task (scheduled, dispatched, started, completed: three events and a workflow task
 * more), which made up most of Temporal's CPU per registration (issue 12), while a local one is recorded as one
 * marker in the workflow task that asked for it. A local attempt that fails, for whatever reason, is run again
 * as the scheduled activity, which Temporal retries, lists among the run's pending activities (the stuck-process
 * list reads them) and records its failure against (a DataError fails there at its first attempt, as before).
 * Steps are idempotent (DESIGN.md rule 9), so the second run of a step whose local attempt timed out is harmless.
 */
export const steps: Steps = new Proxy({} as Steps, {
  get(_, name) {
    // Not a thenable, and no symbol is an activity.
    if (typeof name !== 'string' || name === 'then') return undefined;
    return async (...args: unknown[]) => {
      const scheduled = scheduledSteps[name as keyof Steps] as Step;
      // Only while no update or signal handler is running: a handler whose answer waits on a local step, beside the
      // run's main path issuing its own commands, replayed in another order than it ran (a timer met the update's
      // completion: the recorded inspection of test/replay.test.ts), so a handler's steps are scheduled.
      if (!wf.allHandlersFinished() || !wf.patched(LOCAL_STEPS_PATCH)) return scheduled(...args);
      try {
        return await (localSteps[name as keyof Steps] as Step)(...args);
      } catch (err) {
        // The SDK hands a local attempt's failure over as the failure itself (not an ActivityFailure around it);
        // only a cancellation of the run is not the step's own failure.
        if (wf.isCancellation(err)) throw err;
        return scheduled(...args);
      }
    };
  },
});
