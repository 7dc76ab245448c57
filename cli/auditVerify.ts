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
  anchor: { checked: true; checkpoints: AuditAnchor[] } | { checked: false; reason: string; code: 'no-checkpoint-yet' | 'no-checkpoint-schedule' | 'temporal-unreachable' };
}

/** Where the checkpoints are read: the API's own Temporal client, or (the CLI) a connection opened for the call. */
export type CheckpointSource = { client: Client; taskQueue: string } | Config;

/** How long a verification waits for Temporal's checkpoints in all. */
export const CHECKPOINT_READ_MS = 15_000;

/** The results of the checkpoint Schedule's recent runs (Temporal keeps the last ten), newest first. */
export async function readAuditCheckpoints(source: CheckpointSource): Promise<AuditAnchor[]> {
  if (!('client' in source)) {
    const connection = await Connection.connect({ address: source.TEMPORAL_ADDRESS, connectTimeout: '5 seconds' });
    try {
      return await readAuditCheckpoints({ client: new Client({ connection, namespace: source.TEMPORAL_NAMESPACE }), taskQueue: source.TASK_QUEUE });
    } finally {
      await connection.close();
    }
  }
  const { client, taskQueue } = source;
  // Every call within one deadline: a Schedule's description asks the Schedule's own workflow, which a loaded server
  // may not answer for long (a CI rehearsal's auditor waited past 20 s); past it the chain is still verified and the
  // answer says its end was not compared.
  return client.connection.withDeadline(Date.now() + CHECKPOINT_READ_MS, async () => {
    const schedule = await client.schedule.getHandle(auditCheckpointScheduleId(taskQueue)).describe();
    const checkpoints: AuditAnchor[] = [];
    for (const run of [...schedule.info.recentActions].reverse()) {
      const handle = client.workflow.getHandle(run.action.workflow.workflowId, run.action.workflow.firstExecutionRunId);
      if ((await handle.describe()).status.name === 'COMPLETED') checkpoints.push(await handle.result());
    }
    return checkpoints;
  });
}

/** The one verification: `cli audit verify` and the auditor's `POST /api/v1/audit-log/verify` both run it. */
export async function verifyAuditWithCheckpoints(db: Db, config: Config, client?: Client): Promise<AuditVerification> {
  let anchor: AuditVerification['anchor'];
  try {
    const checkpoints = await readAuditCheckpoints(client ? { client, taskQueue: config.TASK_QUEUE } : config);
    anchor = checkpoints.length ? { checked: true, checkpoints } : { checked: false, reason: 'no audit checkpoint has completed yet', code: 'no-checkpoint-yet' };
  } catch (err) {
    anchor =
      err instanceof ScheduleNotFoundError
        ? { checked: false, reason: 'the audit checkpoint Schedule does not exist (has the API started?)', code: 'no-checkpoint-schedule' }
        : { checked: false, reason: `Temporal at ${config.TEMPORAL_ADDRESS} could not be reached: ${(err as Error).message}`, code: 'temporal-unreachable' };
  }
  const { checked, problems } = await verifyAudit(db, { anchors: anchor.checked ? anchor.checkpoints : [] });
  return { checked, problems, anchor };
}
