import { Client, Connection, ScheduleNotFoundError } from '@temporalio/client';
import type { Config } from '../config';
import type { Db } from '../db';
import { verifyAudit, type AuditAnchor, type AuditProblem } from '../db/audit';
import { auditCheckpointScheduleId } from '../workflows/auditCheckpoint';

// `cli audit verify`: the chain in the database, compared with the checkpoints Temporal holds. Without
// Temporal the chain is still verified, and the answer says the end of the log was not checked.

export interface AuditVerification {
  checked: number;
  problems: AuditProblem[];
  /** The checkpoints compared with, or why there were none (then rows cut off the end go unnoticed). */
  anchor: { checked: true; checkpoints: AuditAnchor[] } | { checked: false; reason: string };
}

/** The results of the checkpoint Schedule's recent runs (Temporal keeps the last ten), newest first. */
export async function readAuditCheckpoints(config: Config): Promise<AuditAnchor[]> {
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS, connectTimeout: '5 seconds' });
  try {
    const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
    const schedule = await client.schedule.getHandle(auditCheckpointScheduleId(config.TASK_QUEUE)).describe();
    const checkpoints: AuditAnchor[] = [];
    for (const run of [...schedule.info.recentActions].reverse()) {
      const handle = client.workflow.getHandle(run.action.workflow.workflowId, run.action.workflow.firstExecutionRunId);
      if ((await handle.describe()).status.name === 'COMPLETED') checkpoints.push(await handle.result());
    }
    return checkpoints;
  } finally {
    await connection.close();
  }
}

export async function verifyAuditWithCheckpoints(db: Db, config: Config): Promise<AuditVerification> {
  let anchor: AuditVerification['anchor'];
  try {
    const checkpoints = await readAuditCheckpoints(config);
    anchor = checkpoints.length ? { checked: true, checkpoints } : { checked: false, reason: 'no audit checkpoint has completed yet' };
  } catch (err) {
    const reason = err instanceof ScheduleNotFoundError ? 'the audit checkpoint Schedule does not exist (has the API started?)' : `Temporal at ${config.TEMPORAL_ADDRESS} could not be reached: ${(err as Error).message}`;
    anchor = { checked: false, reason };
  }
  const { checked, problems } = await verifyAudit(db, { anchors: anchor.checked ? anchor.checkpoints : [] });
  return { checked, problems, anchor };
}
