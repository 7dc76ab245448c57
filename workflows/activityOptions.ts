import type { ActivityOptions } from '@temporalio/workflow';

// How every workflow calls its activities. An infrastructure failure (database or network down) retries
// for as long as it lasts, but never waits longer than `maximumInterval` between attempts, so a step resumes
// soon after the database is back. A failure caused by the data does not retry at all: the worker turns
// it into a non-retryable DataError (activities/dataErrors.ts), which fails the run visibly.

/** A step's activities: reads and writes of a few rows. */
export const STEP_ACTIVITIES: ActivityOptions = { startToCloseTimeout: '1 minute', retry: { maximumInterval: '10 seconds' } };

/** Batch activities (a draw, a warning scan): longer, and they retry less eagerly. */
export const BATCH_ACTIVITIES: ActivityOptions = { startToCloseTimeout: '10 minutes', retry: { maximumInterval: '30 seconds' } };
