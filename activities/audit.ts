import type { Db } from '../db';
import { readAuditHead } from '../db/audit';

// The audit checkpoint's one step: the head it returns goes into the workflow's history, outside the database.
export function createAuditActivities(db: Db) {
  return {
    readAuditHead: () => readAuditHead(db),
  };
}
