import type { Db } from '../../db';
import { departmentsByCode } from '../../db/departments';
import { importErrors, importsOf, type ImportRow, type RowError } from '../../db/imports';
import { peopleOf } from '../../db/people';

// Imports as the admin UI and the CLI read them: who uploaded by name, the progress with the time left, and the
// first errors (the whole list is its own endpoint, also as a workbook).

/** Errors carried in an import's own view; more are read page by page (GET /imports/{id}/errors). */
export const ERRORS_IN_VIEW = 1000;

export interface ImportView {
  id: number;
  kind: string;
  fileName: string;
  format: string;
  size: number;
  status: ImportRow['status'];
  rowsTotal: number;
  rowsValid: number;
  rowsRejected: number;
  rowsAmbiguous: number;
  rowsDone: number;
  stored: number;
  merged: number;
  secondsLeft: number | null;
  errors: RowError[];
  errorsTotal: number;
  failure: ImportRow['failure'];
  department: { code: string; name: string };
  uploadedBy: { username: string; displayName: string };
  workflowId: string;
  createdAt: string;
  importingSince: string | null;
  finishedAt: string | null;
}

/** Seconds left at the pace so far (rows stored per second since importing began); null until there is a pace. */
export function secondsLeft(imp: ImportRow, now = Date.now()): number | null {
  if (imp.status !== 'importing' || !imp.importingSince || imp.rowsDone === 0) return null;
  const elapsed = (now - new Date(imp.importingSince).getTime()) / 1000;
  if (elapsed <= 0) return null;
  return Math.max(0, Math.ceil(((imp.rowsValid - imp.rowsDone) * elapsed) / imp.rowsDone));
}

async function views(db: Db, rows: ImportRow[], withErrors: boolean): Promise<ImportView[]> {
  const people = await peopleOf(db, rows.map((r) => r.uploadedBy));
  // A list counts each import's errors in one grouped query; the one import's view reads its first errors.
  const counted = withErrors || rows.length === 0 ? [] : ((await db.models.import_errors.findAll({ attributes: ['importId', [db.sequelize.fn('COUNT', db.sequelize.col('seq')), 'n']], where: { importId: rows.map((r) => r.id) }, group: ['importId'], raw: true })) as any[]);
  const errorCount = new Map(counted.map((c) => [Number(c.importId), Number(c.n)]));
  return Promise.all(
    rows.map(async (r) => {
      const person = people.get(r.uploadedBy)!;
      const e = withErrors ? await importErrors(db, r.id, 0, ERRORS_IN_VIEW) : { errors: [], total: errorCount.get(r.id) ?? 0 };
      const departments = person.department.code === r.departmentCode ? person.department : (await departmentsByCode(db)).get(r.departmentCode);
      return {
        id: r.id,
        kind: r.kind,
        fileName: r.fileName,
        format: r.format,
        size: r.size,
        status: r.status,
        rowsTotal: r.rowsTotal,
        rowsValid: r.rowsValid,
        rowsRejected: r.rowsRejected,
        rowsAmbiguous: r.rowsAmbiguous,
        rowsDone: r.rowsDone,
        stored: r.stored,
        merged: r.merged,
        secondsLeft: secondsLeft(r),
        errors: e.errors,
        errorsTotal: e.total,
        failure: r.failure,
        department: { code: r.departmentCode, name: departments?.name ?? r.departmentCode },
        uploadedBy: { username: person.username, displayName: person.displayName },
        workflowId: r.workflowId,
        createdAt: new Date(r.createdAt).toISOString(),
        importingSince: r.importingSince ? new Date(r.importingSince).toISOString() : null,
        finishedAt: r.finishedAt ? new Date(r.finishedAt).toISOString() : null,
      };
    }),
  );
}

export async function importView(db: Db, imp: ImportRow): Promise<ImportView> {
  return (await views(db, [imp], true))[0];
}

export async function listImports(db: Db, departmentCode: string | null, page: number, perPage: number): Promise<{ data: ImportView[]; total: number }> {
  const { rows, total } = await importsOf(db, departmentCode, (page - 1) * perPage, perPage);
  return { data: await views(db, rows, false), total };
}
