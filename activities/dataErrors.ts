import { ApplicationFailure, TemporalFailure } from '@temporalio/common';
import { ConnectionError, DatabaseError, TimeoutError, UniqueConstraintError, ValidationError } from 'sequelize';
import { isTransient } from '../config/retry';

// DESIGN.md rule 9: an activity that fails because of its data fails non-retryably and visibly; an
// infrastructure failure retries (the workflows bound the interval). One classification for every activity:
// the worker applies it to whatever an activity throws (worker/dataErrors.ts).

/** The failure type of a step that cannot succeed with the data it was given; operators see it on the stuck-process list. */
export const DATA_ERROR = 'DataError';

// Driver codes of a statement or value the database refuses whatever the moment: retrying cannot help.
const DATA_SQL_CODES = new Set([
  // SQLite: SQLITE_ERROR is a statement the parser refuses (a NUL in a literal: "unrecognized token"),
  // schema errors aside (see SCHEMA_NOT_READY).
  'SQLITE_ERROR',
  'SQLITE_MISMATCH',
  'SQLITE_TOOBIG',
  'SQLITE_RANGE',
  // MySQL / MariaDB (mysql2 names)
  'ER_PARSE_ERROR',
  'ER_TRUNCATED_WRONG_VALUE',
  'ER_TRUNCATED_WRONG_VALUE_FOR_FIELD', // "Incorrect string value": invalid UTF-8 for the column
  'ER_INVALID_CHARACTER_STRING',
  'ER_CANNOT_CONVERT_STRING',
  'ER_DATA_TOO_LONG',
  'ER_WARN_DATA_OUT_OF_RANGE',
  'ER_BAD_NULL_ERROR',
  'ER_NO_DEFAULT_FOR_FIELD',
  'ER_WRONG_VALUE',
  'ER_WRONG_VALUE_FOR_TYPE',
  'ER_INVALID_JSON_TEXT',
  'ER_INVALID_JSON_TEXT_IN_PARAM',
  'ER_CHECK_CONSTRAINT_VIOLATED',
  'ER_DIVISION_BY_ZERO',
]);

// A table or column the code expects but the database lacks: a deployment not yet migrated, fixed by
// migrating, not by other data; it retries (and shows on the stuck-process list while it lasts).
const SCHEMA_NOT_READY = /no such table|no such column|has no column named/i;

// SQLite reports NOT NULL and CHECK failures as SQLITE_CONSTRAINT, which Sequelize turns into a
// UniqueConstraintError without fields.
const SQLITE_VALUE_CONSTRAINT = /NOT NULL constraint failed|CHECK constraint failed/;

const driverError = (err: DatabaseError | UniqueConstraintError): { code?: string; message?: string } => ((err as DatabaseError).parent ?? (err as DatabaseError).original ?? {}) as { code?: string; message?: string };

/** Whether `err` says the data cannot be stored or processed, whenever it is retried. */
export function isDataError(err: unknown): boolean {
  if (!(err instanceof Error) || err instanceof TemporalFailure) return false;
  // Lost connections, SQLITE_BUSY (Sequelize's TimeoutError) and timeouts are the moment, not the data.
  if (err instanceof ConnectionError || err instanceof TimeoutError) return false;
  if (err instanceof UniqueConstraintError) {
    // Every insert of an activity is keyed by its natural key and written as "update or insert": a unique
    // violation means a concurrent attempt wrote the row first, and the retry finds it.
    return SQLITE_VALUE_CONSTRAINT.test(driverError(err).message ?? err.message);
  }
  if (err instanceof ValidationError) return true;
  if (err instanceof DatabaseError) {
    const { code, message = err.message } = driverError(err);
    return code !== undefined && DATA_SQL_CODES.has(code) && !SCHEMA_NOT_READY.test(message);
  }
  if (err.name === 'ZodError') return true;
  // A network failure may surface as a TypeError (fetch) whose cause carries the socket code.
  if (err instanceof TypeError || err instanceof RangeError || err instanceof SyntaxError) return !isTransient(err);
  return false;
}

/** What an activity's failure becomes: a non-retryable DataError keeping the original as its cause, or itself. */
export function classifyActivityError(err: unknown): unknown {
  if (!isDataError(err)) return err;
  const e = err as Error;
  return ApplicationFailure.create({ type: DATA_ERROR, message: `${e.name}: ${e.message}`, nonRetryable: true, cause: e });
}
