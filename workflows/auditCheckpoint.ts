import * as wf from '@temporalio/workflow';
import { steps } from './activityOptions';
import type { Activities } from '../activities';
import type { AuditAnchor } from '../db/audit';

// The anchor of the audit chain (监管留痕, DESIGN.md rule 6): a Schedule runs this every few minutes and its
// result, the head of the chain, stays in Temporal's history, which the application database cannot
// rewrite. `cli audit verify` compares the table with the latest results, so cutting off the last rows
// and moving `audit_head` back is found.

export const auditCheckpointScheduleId = (taskQueue: string) => `audit-checkpoint:${taskQueue}`;


export async function auditCheckpoint(): Promise<AuditAnchor> {
  return steps.readAuditHead();
}
