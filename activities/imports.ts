import { Context } from '@temporalio/activity';
import type { Db } from '../db';
import { ambiguousRows, appendValidation, clearValidation, entityAddresses, FIRST_AMBIGUOUS_SEQ, finishValidation, importById, importFile, importRow, readyRows, recordProgress, recordRowsRead, setImportStatus, setRowStatus, type ImportStatus, type RowError, type ValidatedRow } from '../db/imports';
import { resolveRecordItems } from '../db/recordItems';
import { entitiesByCode, saveRecords } from '../db/records';
import { dateHeaders, headerOfField, mapColumns, MAX_IMPORT_ROWS, rowToItem } from '../domain/importTemplates';
import { checkRecordItem, type RecordItem } from '../domain/recordItems';
import type { RecordKind } from '../domain/records';
import { openTable, SpreadsheetError, type TableRow } from '../domain/spreadsheet';
import type { FieldIssue } from '../domain/textSchemas';

// The steps of a batch import (workflows/recordImport.ts). Each is idempotent: validation replaces an earlier
// attempt's rows, a chunk stores by natural key (a retried chunk merges into what it stored), progress only rises.

/** What the records table names as the sending system of imported records. */
export const IMPORT_SYSTEM = 'import';

/** Rows resolved against the register per round of queries. */
const RESOLVE_BATCH = 1000;

const heartbeat = (details: unknown) => {
  try {
    Context.current().heartbeat(details);
  } catch {
    // Called outside an activity (a test of the step itself): nothing to report to.
  }
};

export function createImportActivities(db: Db) {
  return {
    /**
     * Reads the stored file and validates every row: its fields (domain/recordItems.ts, as the push API does),
     * its department (the importing one unless an administrator imports), its entity by credit code or by an
     * unambiguous name. Stores the outcome and answers the next phase: needsReview when rows were refused,
     * importing when none were, failed when no row can be imported.
     */
    async validateImport(input: { importId: number; maxMatchRows: number }): Promise<{ status: ImportStatus; rowsValid: number; rowsRejected: number; rowsAmbiguous: number }> {
      const imp = await importById(db, input.importId);
      if (!imp) throw new Error(`import ${input.importId} not found`);
      if (imp.status !== 'validating') return { status: imp.status, rowsValid: imp.rowsValid, rowsRejected: imp.rowsRejected, rowsAmbiguous: imp.rowsAmbiguous };
      const kind = imp.kind as RecordKind;
      const fail = async (err: SpreadsheetError) => {
        await setImportStatus(db, imp.id, 'failed', { failure: { code: err.code, message: err.message, params: err.params } });
        return { status: 'failed' as const, rowsValid: 0, rowsRejected: 0, rowsAmbiguous: 0 };
      };
      const uploader = await db.models.users.findOne({ where: { username: imp.uploadedBy } });
      const mayImportForOthers = ((uploader?.get('roles') as string[] | undefined) ?? []).includes('admin');
      // Counts only: each checked batch is stored before the next is read (appendValidation), so the worker holds
      // one batch of rows whatever the file's length (100,000 rows held at once took it to 680 MiB and more).
      let matchRows = 0;
      let rowsTotal = 0;
      let rowsValid = 0;
      let rowsAmbiguous = 0;
      let rowsRejected = 0;
      let errorsStored = 0;
      await clearValidation(db, imp.id);
      // The upload read only the beginning of the file: every row is read here, streamed (openTable), a batch of
      // rows checked and resolved while the next is parsed; a file refused now (a formula or merged cells further
      // down, too many rows) fails the import visibly, nothing of it stored.
      try {
        const table = await openTable(await importFile(db, imp.id), imp.fileName, { maxRows: MAX_IMPORT_ROWS, dateColumns: dateHeaders(kind) });
        const map = mapColumns(kind, table.headers);
        const issueAt = (row: number, e: FieldIssue): RowError => ({ row, column: headerOfField(kind, map, e.field), message: e.message, code: e.code ?? 'invalid', ...(e.params ? { params: e.params } : {}) });
        const validate = async (batch: TableRow[]) => {
          const errors: RowError[] = [];
          const validated: Array<ValidatedRow & { seq: number }> = [];
          const checked: Array<{ row: number; item: RecordItem }> = [];
          for (const r of batch) {
            const c = checkRecordItem(kind, rowToItem(kind, map, r, imp.departmentCode));
            if (c.item && c.errors.length === 0) checked.push({ row: r.row, item: c.item });
            else errors.push(...c.errors.map((e) => issueAt(r.row, e)));
          }
          const resolved = await resolveRecordItems(db, kind, checked.map((c) => ({ item: c.item, errors: [] })));
          resolved.forEach((res, j) => {
            const row = checked[j].row;
            if (res.status === 'rejected') errors.push(...res.errors.map((e) => issueAt(row, e)));
            else if (res.record.departmentCode !== imp.departmentCode && !mayImportForOthers) {
              errors.push(issueAt(row, { field: 'department', message: 'a department imports its own records', code: 'import-row-other-department', params: { department: checked[j].item.department } }));
            } else if (res.status === 'ambiguous') {
              if (++matchRows > input.maxMatchRows) errors.push(issueAt(row, { field: 'entityName', message: `${res.candidates.length} registered entities have this name; give the credit code`, code: 'entity-ambiguous', params: { count: res.candidates.length } }));
              else validated.push({ seq: FIRST_AMBIGUOUS_SEQ + rowsAmbiguous++, row, status: 'ambiguous', record: { ...res.record, entityName: checked[j].item.entityName }, candidates: res.candidates });
            } else validated.push({ seq: ++rowsValid, row, status: 'ready', record: res.record });
          });
          await appendValidation(db, imp.id, validated, errors, errorsStored + 1);
          errorsStored += errors.length;
          // A row is checked within one batch: its errors are all in this one.
          rowsRejected += new Set(errors.map((e) => e.row)).size;
          rowsTotal += batch.length;
          await recordRowsRead(db, imp.id, rowsTotal);
          heartbeat({ validated: rowsTotal });
        };
        let batch: TableRow[] = [];
        for await (const r of table.rows) {
          batch.push(r);
          if (batch.length === RESOLVE_BATCH) {
            await validate(batch);
            batch = [];
          }
        }
        if (batch.length > 0) await validate(batch);
      } catch (err) {
        if (!(err instanceof SpreadsheetError)) throw err;
        await clearValidation(db, imp.id);
        return fail(err);
      }
      const status: ImportStatus = rowsValid + rowsAmbiguous === 0 ? 'failed' : rowsRejected > 0 ? 'needsReview' : 'importing';
      await finishValidation(db, imp.id, status === 'needsReview' ? 'needsReview' : 'validating', { rowsTotal, rowsValid, rowsAmbiguous, rowsRejected });
      if (status === 'failed') await setImportStatus(db, imp.id, 'failed', { failure: { code: 'import-nothing-valid', message: 'no row can be imported: fix the errors and upload the file again' } });
      return { status, rowsValid, rowsRejected, rowsAmbiguous };
    },

    async setImportPhase(input: { importId: number; status: ImportStatus }): Promise<void> {
      await setImportStatus(db, input.importId, input.status);
    },

    /** Stores the next ready rows after `afterSeq` (one transaction with its audit entry) and records progress. */
    async importChunk(input: { importId: number; afterSeq: number; limit: number }): Promise<{ count: number; lastSeq: number }> {
      const imp = await importById(db, input.importId);
      if (!imp) throw new Error(`import ${input.importId} not found`);
      const rows = await readyRows(db, input.importId, input.afterSeq, input.limit);
      if (rows.length === 0) return { count: 0, lastSeq: input.afterSeq };
      heartbeat({ afterSeq: input.afterSeq });
      const statuses = await saveRecords(
        db,
        rows.map((r) => ({ ...r.record, sourceDepartmentCode: imp.departmentCode, system: IMPORT_SYSTEM })),
        (counts) => ({ actorType: 'user', actor: imp.uploadedBy, action: 'records.imported', targetType: 'import', targetId: String(imp.id), detail: { kind: imp.kind, fileName: imp.fileName, rows: `${rows[0].row}–${rows[rows.length - 1].row}`, ...counts } }),
      );
      const lastSeq = rows[rows.length - 1].seq;
      await recordProgress(db, input.importId, lastSeq, { stored: statuses.filter((s) => s === 'stored').length, merged: statuses.filter((s) => s === 'merged').length });
      return { count: rows.length, lastSeq };
    },

    /**
     * The rows waiting for their department to choose among entities of one name, each candidate with its address:
     * the names alike, the address is what a clerk tells them apart by.
     */
    async ambiguousImportRows(input: { importId: number }): Promise<Array<{ seq: number; row: number; entityName: string; candidates: Array<{ creditCode: string; name: string; address?: string }> }>> {
      const rows = await ambiguousRows(db, input.importId);
      const addresses = await entityAddresses(db, rows.flatMap((r) => r.candidates.map((c) => c.creditCode)));
      return rows.map((r) => ({ seq: r.seq, row: r.row, entityName: String(r.record.entityName ?? ''), candidates: r.candidates.map((c) => ({ ...c, ...(addresses.has(c.creditCode) ? { address: addresses.get(c.creditCode) } : {}) })) }));
    },

    /** Stores a row whose entity its department chose (one of the candidates, checked by the workflow). */
    async importMatchedRow(input: { importId: number; seq: number; creditCode: string }): Promise<'stored' | 'merged' | 'skipped'> {
      const imp = await importById(db, input.importId);
      const r = await importRow(db, input.importId, input.seq);
      if (!imp || !r) throw new Error(`import row ${input.importId}/${input.seq} not found`);
      const name = (await entitiesByCode(db, [input.creditCode])).get(input.creditCode);
      if (name === undefined) return 'skipped';
      const { entityName: _asWritten, ...record } = r.record;
      const [status] = await saveRecords(db, [{ ...record, creditCode: input.creditCode, entityName: name, sourceDepartmentCode: imp.departmentCode, system: IMPORT_SYSTEM }], (counts) => ({
        actorType: 'user',
        actor: imp.uploadedBy,
        action: 'records.imported',
        targetType: 'import',
        targetId: String(imp.id),
        detail: { kind: imp.kind, fileName: imp.fileName, rows: String(r.row), chosenEntity: input.creditCode, ...counts },
      }));
      await setRowStatus(db, input.importId, input.seq, 'done');
      return status;
    },

    async skipImportRow(input: { importId: number; seq: number }): Promise<void> {
      await setRowStatus(db, input.importId, input.seq, 'skipped');
    },
  };
}
