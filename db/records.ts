import crypto from 'node:crypto';
import { UniqueConstraintError } from 'sequelize';
import { withRetry } from '../config/retry';
import { entityNameSpellings, RECORD_KINDS, type RecordKind } from '../domain/records';
import { revokesLicense } from '../domain/sharing';
import { appendAudit, type AuditEntry } from './audit';
import { departmentsByCode } from './departments';
import type { Db } from './index';
import { recordSharedEvents } from './sharedEvents';
import { startOfShanghaiDay } from '../domain/workingDays';

// Collected records (归集, F10): one row per natural key (kind, department, key), written by
// `POST /api/ext/v1/records` and read by the entity's dossier.

/** A record as stored and as the dossier reads it; `data` holds the kind's own fields, personal data unmasked. */
export interface CollectedRecord {
  kind: RecordKind;
  key: string;
  departmentCode: string;
  creditCode: string;
  entityName: string;
  occurredOn: string;
  data: Record<string, unknown>;
  sourceDepartmentCode: string;
  system: string;
  createdAt: Date;
  updatedAt: Date;
}

export type RecordToSave = Omit<CollectedRecord, 'createdAt' | 'updatedAt'>;

/** The departments among `refs` (codes or exact names), by the ref that named each. */
export async function departmentsNamed(db: Db, refs: string[]): Promise<Map<string, string>> {
  if (refs.length === 0) return new Map();
  const rows = [...(await departmentsByCode(db)).values()];
  return new Map(refs.flatMap((ref) => rows.filter((d) => d.code === ref || d.name === ref).map((d) => [ref, d.code as string] as const)));
}

/** The registered entities among `creditCodes`, with their names. */
export async function entitiesByCode(db: Db, creditCodes: string[]): Promise<Map<string, string>> {
  if (creditCodes.length === 0) return new Map();
  const rows = (await db.models.entities.findAll({ attributes: ['creditCode', 'name'], where: { creditCode: [...new Set(creditCodes)] }, raw: true })) as any[];
  return new Map(rows.map((r) => [r.creditCode, r.name]));
}

/** Entities whose name is spelled like one of `names` (domain/records.ts entityNameSpellings), for matching. */
export async function entitiesNamedLike(db: Db, names: string[]): Promise<Array<{ creditCode: string; name: string }>> {
  const spellings = [...new Set(names.flatMap(entityNameSpellings))];
  if (spellings.length === 0) return [];
  return (await db.models.entities.findAll({ attributes: ['creditCode', 'name'], where: { name: spellings }, raw: true })) as any[];
}

const keyHash = (key: string) => crypto.createHash('sha256').update(key).digest('hex');
const naturalKey = (r: { kind: string; departmentCode: string; keyHash: string }) => JSON.stringify([r.kind, r.departmentCode, r.keyHash]);

/** A second insert of one natural key lost the race (or MySQL chose this transaction as a deadlock's victim). */
const lostRace = (err: unknown) => err instanceof UniqueConstraintError || (err as any)?.parent?.code === 'ER_LOCK_DEADLOCK';

/**
 * Stores `records` in one transaction with the call's audit entry: a new natural key is `stored`, a known one
 * `merged` (updated in place). The unique index decides between concurrent pushes of one key: the loser's
 * transaction fails and is tried again, and then finds the row and merges into it.
 */
export async function saveRecords(db: Db, records: RecordToSave[], audit: (counts: { stored: number; merged: number }) => AuditEntry): Promise<Array<'stored' | 'merged'>> {
  return withRetry(
    () =>
      db.writeTransaction(async (t) => {
        const existing = new Map<string, any>();
        for (const kind of RECORD_KINDS) {
          const ofKind = records.filter((r) => r.kind === kind);
          if (ofKind.length === 0) continue;
          const rows = await db.models.records.findAll({ where: { kind, keyHash: [...new Set(ofKind.map((r) => keyHash(r.key)))] }, transaction: t });
          for (const row of rows) existing.set(naturalKey({ kind, departmentCode: row.get('departmentCode'), keyHash: row.get('keyHash') }), row);
        }
        const now = new Date();
        const statuses: Array<'stored' | 'merged'> = [];
        // New rows go in one statement (a thousand single inserts take seconds on MySQL); a key sent twice in
        // one call is stored once, with the later item's fields.
        const fresh = new Map<string, Record<string, unknown>>();
        for (const r of records) {
          const { key, ...fields } = r;
          const nk = naturalKey({ ...r, keyHash: keyHash(key) });
          const row = existing.get(nk);
          if (row) await row.update({ ...fields, updatedAt: now }, { transaction: t });
          statuses.push(row || fresh.has(nk) ? 'merged' : 'stored');
          if (!row) fresh.set(nk, { ...fields, recordKey: key, keyHash: keyHash(key), createdAt: now, updatedAt: now });
        }
        if (fresh.size > 0) await db.models.records.bulkCreate([...fresh.values()], { transaction: t });
        await appendAudit(db, audit({ stored: statuses.filter((s) => s === 'stored').length, merged: statuses.filter((s) => s === 'merged').length }), t);
        // A license another system reports is shared as issued (F13), once: when its record is first stored.
        const licenses = [...fresh.values()].filter((r) => r.kind === 'license');
        // A penalty that revokes a license (吊销许可证件) is shared as license.revoked, whether the record is new or a
        // merge adds the revocation; its key is the record's, so a repeated push has one effect.
        const revocations = records.filter((r) => r.kind === 'penalty' && revokesLicense(r.data.penaltyKinds));
        if (licenses.length > 0 || revocations.length > 0) {
          const names = new Map(((await db.models.departments.findAll({ attributes: ['code', 'name'], where: { code: [...new Set([...licenses, ...revocations].map((r) => r.departmentCode as string))] }, raw: true, transaction: t })) as any[]).map((d) => [d.code, d.name]));
          await recordSharedEvents(
            db,
            licenses.map((r) => {
              const data = r.data as { licenseItem: string; licenseNo: string; validFrom?: string; validTo?: string };
              return { type: 'license.issued' as const, key: `record:${r.departmentCode}:${r.keyHash}`, occurredAt: startOfShanghaiDay(r.occurredOn as string), creditCode: r.creditCode as string, data: { entityName: r.entityName, licenseItem: data.licenseItem, licenseNo: data.licenseNo, department: names.get(r.departmentCode) ?? r.departmentCode, validFrom: data.validFrom ?? null, validTo: data.validTo ?? null } };
            }),
            t,
          );
          await recordSharedEvents(
            db,
            revocations.map((r) => {
              const data = r.data as { decisionNo: string; penaltyItem: string };
              return { type: 'license.revoked' as const, key: `record:${r.departmentCode}:${keyHash(r.key)}`, occurredAt: startOfShanghaiDay(r.occurredOn), creditCode: r.creditCode, data: { entityName: r.entityName, department: names.get(r.departmentCode) ?? r.departmentCode, decisionNo: data.decisionNo, penaltyItem: data.penaltyItem, revokedOn: r.occurredOn, source: 'record' } };
            }),
            t,
          );
        }
        return statuses;
      }),
    { attempts: 20, firstDelayMs: 10, maxDelayMs: 300, retryable: lostRace },
  );
}

/** The entity's collected records by kind, newest first (the dossier masks PERSONAL_FIELDS by role). */
export async function recordsOf(db: Db, creditCode: string): Promise<Record<RecordKind, CollectedRecord[]>> {
  const rows = await db.models.records.findAll({ where: { creditCode }, order: [['occurredOn', 'DESC'], ['id', 'DESC']] });
  const byKind = Object.fromEntries(RECORD_KINDS.map((k) => [k, [] as CollectedRecord[]])) as Record<RecordKind, CollectedRecord[]>;
  for (const row of rows) {
    const kind = row.get('kind') as RecordKind;
    byKind[kind]?.push({
      kind,
      key: row.get('recordKey'),
      departmentCode: row.get('departmentCode'),
      creditCode: row.get('creditCode'),
      entityName: row.get('entityName'),
      occurredOn: row.get('occurredOn'),
      data: row.get('data'),
      sourceDepartmentCode: row.get('sourceDepartmentCode'),
      system: row.get('system'),
      createdAt: row.get('createdAt'),
      updatedAt: row.get('updatedAt'),
    });
  }
  return byKind;
}
