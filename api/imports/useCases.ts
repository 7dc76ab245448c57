import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { Db } from '../../db';
import type { SessionUser } from '../../db/credentials';
import { createImport, importById, type ImportRow } from '../../db/imports';
import { dateHeaders, mapColumns } from '../../domain/importTemplates';
import type { RecordKind } from '../../domain/records';
import { peekTable, SpreadsheetError } from '../../domain/spreadsheet';
import type { Actor } from '../../domain/tasks';
import { cancelImportUpdate, confirmImportUpdate, recordImport, recordImportWorkflowId } from '../../workflows/recordImport';
import { conflict, notFound, unprocessable } from '../errors';
import { update, type Temporal } from '../temporal';

// The story of a batch import (归集, F10) as the API tells it: the beginning of a file read at once (what cannot be
// a table of the kind is refused then, nothing stored; the rest of the file is the workflow's validation), stored once per department, kind and content, and handed to its workflow,
// which validates every row, waits for review when rows are refused, and imports. Confirming and cancelling
// are Updates to that workflow (DESIGN.md rule 1).

const actorOf = (u: SessionUser): Actor => ({ username: u.username, departmentCode: u.department.code, roles: u.roles });

/** Data rows the upload reads besides the headers: a formula among them is refused at once. */
const PEEK_ROWS = 100;

/**
 * Refuses a file that is not a table of the kind's columns, from its beginning only (the headers and the first
 * rows, streamed): a 100,000-row workbook is answered in well under a second and never held whole. Every row,
 * merged cells and the row limit are checked by the import's validation (activities/imports.ts).
 */
async function checkFile(kind: RecordKind, file: { name: string; bytes: Buffer }): Promise<{ format: string }> {
  let table;
  try {
    table = await peekTable(file.bytes, file.name, { rows: PEEK_ROWS, dateColumns: dateHeaders(kind) });
  } catch (err) {
    if (err instanceof SpreadsheetError) throw unprocessable(err.message, [{ field: 'file', message: err.message, code: err.code, params: err.params }], { code: err.code, params: { ...err.params } });
    throw err;
  }
  const { missing } = mapColumns(kind, table.headers);
  if (missing.length > 0) {
    const columns = missing.join('、');
    throw unprocessable(`the file lacks the column(s) ${columns}: start from the template of the kind`, [{ field: 'file', message: `missing columns: ${columns}`, code: 'import-columns-missing', params: { columns } }], { code: 'import-columns-missing', params: { columns } });
  }
  if (table.rows.length === 0) throw unprocessable('the file has headers but no rows', [{ field: 'file', message: 'no rows', code: 'spreadsheet-empty' }], { code: 'spreadsheet-empty' });
  return { format: table.format };
}

/** Starts the import's workflow unless it runs already (a second upload of the file, or Temporal was away). */
async function ensureStarted(temporal: Temporal, imp: ImportRow): Promise<void> {
  try {
    await temporal.client.workflow.start(recordImport, { taskQueue: temporal.taskQueue, workflowId: imp.workflowId, args: [{ importId: imp.id, departmentCode: imp.departmentCode }], workflowIdReusePolicy: 'REJECT_DUPLICATE' });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
}

/** A new import (created: true), or the one the same file already is. */
export async function startImport(db: Db, temporal: Temporal, user: SessionUser, kind: RecordKind, file: { name: string; bytes: Buffer }): Promise<{ created: boolean; import: ImportRow }> {
  const { format } = await checkFile(kind, file);
  // rowsTotal is counted by validation (it rises as the rows are read).
  const r = await createImport(db, { kind, departmentCode: user.department.code, uploadedBy: user.username, fileName: file.name.slice(0, 200), format, bytes: file.bytes, rowsTotal: 0, workflowIdOf: recordImportWorkflowId });
  if (r.import.status === 'validating') await ensureStarted(temporal, r.import);
  return r;
}

/** The import when the user's department made it (another department's is not found, DESIGN.md rule 7). */
export async function visibleImport(db: Db, user: SessionUser, id: number): Promise<ImportRow> {
  const imp = await importById(db, id);
  if (!imp || (imp.departmentCode !== user.department.code && !user.roles.includes('admin'))) throw notFound(`no import ${id}`, { code: 'import-not-found', params: { id } });
  return imp;
}

const FINISHED = ['done', 'failed', 'cancelled'];

export async function confirmImport(db: Db, temporal: Temporal, user: SessionUser, id: number): Promise<void> {
  const imp = await visibleImport(db, user, id);
  // Only once its errors are there to review (a finished import's workflow has ended: the projection answers).
  if (imp.status !== 'needsReview') throw conflict(`the import is ${imp.status}, not waiting for review`, { code: 'import-not-in-review', params: { status: imp.status } });
  await update(temporal, imp.workflowId, confirmImportUpdate, { actor: actorOf(user) });
}

export async function cancelImport(db: Db, temporal: Temporal, user: SessionUser, id: number): Promise<void> {
  const imp = await visibleImport(db, user, id);
  if (FINISHED.includes(imp.status)) throw conflict(`the import is already ${imp.status}`, { code: 'import-finished', params: { status: imp.status } });
  await update(temporal, imp.workflowId, cancelImportUpdate, { actor: actorOf(user) });
}
