import crypto from 'node:crypto';
import { Op, UniqueConstraintError, type Transaction } from 'sequelize';
import type { RecordKind } from '../domain/records';
import type { Db } from './index';

// Batch imports of collected records (归集, F10): the uploaded file (in parts), the import's projection, its
// validated rows and its errors. workflows/recordImport.ts owns an import's state; its activities write here.

export const IMPORT_STATUSES = ['validating', 'needsReview', 'importing', 'done', 'failed', 'cancelled'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Bytes of one stored part of a file: below MySQL's default max_allowed_packet (16 MB) with room to spare. */
const PART_BYTES = 4 * 1024 * 1024;

export interface ImportRow {
  id: number;
  importKey: string;
  kind: RecordKind;
  departmentCode: string;
  uploadedBy: string;
  fileName: string;
  format: string;
  size: number;
  sha256: string;
  status: ImportStatus;
  rowsTotal: number;
  rowsValid: number;
  rowsRejected: number;
  rowsAmbiguous: number;
  rowsDone: number;
  stored: number;
  merged: number;
  failure: { code: string; message: string; params?: Record<string, string | number> } | null;
  workflowId: string;
  importingSince: Date | null;
  finishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewImport {
  kind: RecordKind;
  departmentCode: string;
  uploadedBy: string;
  fileName: string;
  format: string;
  bytes: Buffer;
  rowsTotal: number;
  workflowIdOf: (importKey: string) => string;
}

export const sha256Of = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

export async function importById(db: Db, id: number, t?: Transaction): Promise<ImportRow | null> {
  return (await db.models.imports.findByPk(id, { transaction: t }))?.get({ plain: true }) ?? null;
}

/**
 * Stores an uploaded file as a new import, or answers the import the same file (department, kind, SHA-256)
 * already is: the unique key decides between two concurrent uploads of one file, the loser reading the winner's.
 */
export async function createImport(db: Db, n: NewImport): Promise<{ created: boolean; import: ImportRow }> {
  const sha256 = sha256Of(n.bytes);
  const same = { departmentCode: n.departmentCode, kind: n.kind, sha256 };
  const existing = await db.models.imports.findOne({ where: same });
  if (existing) return { created: false, import: existing.get({ plain: true }) };
  const importKey = crypto.randomUUID();
  try {
    const id = await db.writeTransaction(async (t) => {
      const now = new Date();
      const row = await db.models.imports.create(
        { ...same, importKey, uploadedBy: n.uploadedBy, fileName: n.fileName, format: n.format, size: n.bytes.length, status: 'validating', rowsTotal: n.rowsTotal, workflowId: n.workflowIdOf(importKey), createdAt: now, updatedAt: now },
        { transaction: t },
      );
      const importId = row.get('id') as number;
      for (let part = 0, at = 0; at < n.bytes.length; part++, at += PART_BYTES) {
        await db.models.import_file_parts.create({ importId, part, bytes: n.bytes.subarray(at, at + PART_BYTES) }, { transaction: t });
      }
      return importId;
    });
    return { created: true, import: (await importById(db, id))! };
  } catch (err) {
    if (!(err instanceof UniqueConstraintError) && (err as any)?.parent?.code !== 'ER_LOCK_DEADLOCK') throw err;
    const winner = await db.models.imports.findOne({ where: same });
    if (!winner) throw err;
    return { created: false, import: winner.get({ plain: true }) };
  }
}

export async function importFile(db: Db, importId: number): Promise<Buffer> {
  const parts = (await db.models.import_file_parts.findAll({ where: { importId }, order: [['part', 'ASC']], raw: true })) as any[];
  return Buffer.concat(parts.map((p) => Buffer.from(p.bytes)));
}

export interface ValidatedRow {
  row: number;
  status: 'ready' | 'ambiguous';
  record: Record<string, unknown>;
  candidates?: Array<{ creditCode: string; name: string }>;
}

export interface RowError {
  row: number;
  column: string;
  message: string;
  code: string;
  params?: Record<string, string | number>;
}

const BATCH = 1000;

/**
 * Seq of the first ambiguous row: ready rows are numbered 1..n in file order (so rows done is the last number
 * stored), ambiguous rows from here, after every possible ready row (MAX_IMPORT_ROWS, domain/importTemplates.ts),
 * so validation can store each batch as it is checked without knowing n.
 */
export const FIRST_AMBIGUOUS_SEQ = 1_000_001;

/** Removes what an earlier attempt of validation stored (a retried activity starts again from the top). */
export async function clearValidation(db: Db, importId: number): Promise<void> {
  await db.writeTransaction(async (t) => {
    await db.models.import_rows.destroy({ where: { importId }, transaction: t });
    await db.models.import_errors.destroy({ where: { importId }, transaction: t });
  });
}

/**
 * Stores one checked batch of validation (rows numbered by the caller, errors numbered from `firstErrorSeq`), in
 * one transaction: validation holds no more than a batch in memory, whatever the file's length.
 */
export async function appendValidation(db: Db, importId: number, rows: Array<ValidatedRow & { seq: number }>, errors: RowError[], firstErrorSeq: number): Promise<void> {
  if (rows.length === 0 && errors.length === 0) return;
  await db.writeTransaction(async (t) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      await db.models.import_rows.bulkCreate(rows.slice(i, i + BATCH).map((r) => ({ importId, seq: r.seq, row: r.row, status: r.status, record: r.record, candidates: r.candidates ?? null })), { transaction: t });
    }
    for (let i = 0; i < errors.length; i += BATCH) {
      await db.models.import_errors.bulkCreate(errors.slice(i, i + BATCH).map((e, j) => ({ importId, seq: firstErrorSeq + i + j, row: e.row, columnName: e.column, message: e.message.slice(0, 500), code: e.code, params: e.params ?? null })), { transaction: t });
    }
  });
}

/** The outcome of validation once every batch is stored: the counts, and the import's next status. */
export async function finishValidation(db: Db, importId: number, status: ImportStatus, counts: { rowsTotal: number; rowsValid: number; rowsAmbiguous: number; rowsRejected: number }): Promise<void> {
  await db.models.imports.update({ status, ...counts, rowsDone: 0, updatedAt: new Date() }, { where: { id: importId } });
}

/** The data rows validation has read so far (rowsTotal of an import still validating: its progress). */
export async function recordRowsRead(db: Db, importId: number, rowsRead: number): Promise<void> {
  await db.models.imports.update({ rowsTotal: rowsRead, updatedAt: new Date() }, { where: { id: importId, status: 'validating' } });
}

export async function setImportStatus(db: Db, importId: number, status: ImportStatus, extra: Partial<Pick<ImportRow, 'failure' | 'rowsTotal'>> = {}): Promise<void> {
  const now = new Date();
  await db.models.imports.update(
    { status, ...extra, updatedAt: now, ...(status === 'importing' ? { importingSince: now } : {}), ...(['done', 'failed', 'cancelled'].includes(status) ? { finishedAt: now } : {}) },
    // A finished import stays finished (a retried activity of an earlier phase cannot reopen it).
    { where: { id: importId, status: { [Op.notIn]: ['done', 'failed', 'cancelled'] } } },
  );
}

/** The ready rows after `afterSeq`, in order, at most `limit`. */
export async function readyRows(db: Db, importId: number, afterSeq: number, limit: number): Promise<Array<{ seq: number; row: number; record: any }>> {
  const rows = await db.models.import_rows.findAll({ where: { importId, status: 'ready', seq: { [Op.gt]: afterSeq } }, order: [['seq', 'ASC']], limit });
  return rows.map((r) => ({ seq: r.get('seq') as number, row: r.get('row') as number, record: r.get('record') }));
}

/** Progress after a chunk: rows up to `lastSeq` are stored (ready rows are numbered from 1 in order). */
export async function recordProgress(db: Db, importId: number, lastSeq: number, counts: { stored: number; merged: number }): Promise<void> {
  const row = await db.models.imports.findByPk(importId);
  if (!row || (row.get('rowsDone') as number) >= lastSeq) return;
  await db.models.imports.update(
    { rowsDone: lastSeq, stored: (row.get('stored') as number) + counts.stored, merged: (row.get('merged') as number) + counts.merged, updatedAt: new Date() },
    { where: { id: importId, rowsDone: { [Op.lt]: lastSeq } } },
  );
}

export async function ambiguousRows(db: Db, importId: number): Promise<Array<{ seq: number; row: number; record: any; candidates: Array<{ creditCode: string; name: string }> }>> {
  const rows = await db.models.import_rows.findAll({ where: { importId, status: 'ambiguous' }, order: [['seq', 'ASC']] });
  return rows.map((r) => ({ seq: r.get('seq') as number, row: r.get('row') as number, record: r.get('record'), candidates: r.get('candidates') as any }));
}

/** The registered address of each of these entities, by credit code. */
export async function entityAddresses(db: Db, creditCodes: string[]): Promise<Map<string, string>> {
  if (creditCodes.length === 0) return new Map();
  const rows = (await db.models.entities.findAll({ attributes: ['creditCode', 'address'], where: { creditCode: [...new Set(creditCodes)] }, raw: true })) as any[];
  return new Map(rows.filter((r) => r.address).map((r) => [r.creditCode, r.address]));
}

export async function importRow(db: Db, importId: number, seq: number) {
  const r = await db.models.import_rows.findOne({ where: { importId, seq } });
  return r ? { seq, row: r.get('row') as number, status: r.get('status') as string, record: r.get('record') as any, candidates: (r.get('candidates') ?? []) as Array<{ creditCode: string; name: string }> } : null;
}

export async function setRowStatus(db: Db, importId: number, seq: number, status: 'done' | 'skipped'): Promise<void> {
  await db.models.import_rows.update({ status }, { where: { importId, seq } });
}

export async function importErrors(db: Db, importId: number, offset: number, limit: number): Promise<{ errors: RowError[]; total: number }> {
  const [rows, total] = await Promise.all([
    db.models.import_errors.findAll({ where: { importId }, order: [['seq', 'ASC']], offset, limit }),
    db.models.import_errors.count({ where: { importId } }),
  ]);
  return { errors: rows.map((r) => ({ row: r.get('row') as number, column: r.get('columnName') as string, message: r.get('message') as string, code: r.get('code') as string, ...(r.get('params') ? { params: r.get('params') as any } : {}) })), total };
}

export async function importsOf(db: Db, departmentCode: string | null, offset: number, limit: number): Promise<{ rows: ImportRow[]; total: number }> {
  const where = departmentCode ? { departmentCode } : {};
  const { rows, count } = await db.models.imports.findAndCountAll({ where, order: [['createdAt', 'DESC'], ['id', 'DESC']], offset, limit });
  return { rows: rows.map((r) => r.get({ plain: true })), total: count };
}
