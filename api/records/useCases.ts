import type { Db } from '../../db';
import type { SessionUser } from '../../db/credentials';
import { departmentsNamed } from '../../db/records';
import type { RecordKind } from '../../domain/records';
import { AppError, forbidden, unprocessable } from '../errors';
import { collect } from '../ext/records';
import { recordByKey, type RecordView } from './repository';

/** What the records table names as the sending system of a record entered in the admin UI's form. */
export const ONLINE_ENTRY_SYSTEM = 'online-entry';

/**
 * 在线录入: one record entered by a person, through the very checks and storage of a pushed one
 * (api/ext/records.ts `collect`): stored, or merged when its natural key (kind, department, key) is known. A clerk
 * or supervisor enters their own department's records; the administrator any department's.
 */
export async function enterRecord(db: Db, user: SessionUser, kind: RecordKind, item: Record<string, unknown>): Promise<{ status: 'stored' | 'merged'; record: RecordView }> {
  const named = typeof item.department === 'string' ? await departmentsNamed(db, [item.department]) : new Map<string, string>();
  const departmentCode = typeof item.department === 'string' ? named.get(item.department) : undefined;
  if (departmentCode && departmentCode !== user.department.code && !user.roles.includes('admin')) {
    throw forbidden(`${user.department.name} enters its own records only`, { code: 'record-other-department', params: { department: user.department.name } });
  }
  let status: 'stored' | 'merged';
  try {
    const answer = await collect(db, kind, [item], { system: ONLINE_ENTRY_SYSTEM, departmentCode: user.department.code, user: user.username });
    status = answer.results[0].status as 'stored' | 'merged';
  } catch (err) {
    // The push's answer names the item's place (`items.0.licenseNo`); the form knows its fields by name.
    if (err instanceof AppError && err.code === 'records-rejected') {
      throw unprocessable('the record was not stored', (err.errors ?? []).map((e) => ({ ...e, field: e.field.replace(/^items\.0\./, '') })), { code: 'record-rejected' });
    }
    throw err;
  }
  const record = await recordByKey(db, kind, departmentCode!, item.key as string);
  return { status, record: record! };
}
