import type { Config } from '../../config';
import type { Db } from '../../db';
import { appendAudit } from '../../db/audit';
import type { SessionUser } from '../../db/credentials';
import { verifyAuditWithCheckpoints } from '../../cli/auditVerify';
import type { Temporal } from '../temporal';

// The auditor's verification: the one the operator runs (`cli audit verify`), answered in words, and itself
// recorded in the log it verified (after the verification, so the entry is not part of what was checked).

/** The problems an answer lists; a log cut in thousands of places says so in `problemCount`. */
const PROBLEMS_SHOWN = 100;

export interface AuditVerificationAnswer {
  intact: boolean;
  checked: number;
  problemCount: number;
  firstProblem: { id: number; problem: string; message: string } | null;
  problems: Array<{ id: number; problem: string; message: string }>;
  checkpoints: { compared: true; count: number; latestAt: string; latestLastId: number } | { compared: false; code: string; reason: string };
  summary: string;
}

export async function verifyAuditLog(db: Db, temporal: Temporal, config: Config, user: SessionUser): Promise<AuditVerificationAnswer> {
  const { checked, problems, anchor } = await verifyAuditWithCheckpoints(db, config, temporal.client);
  const firstProblem = problems.length ? [...problems].sort((a, b) => a.id - b.id)[0] : null;
  const checkpoints: AuditVerificationAnswer['checkpoints'] = anchor.checked
    ? { compared: true, count: anchor.checkpoints.length, latestAt: anchor.checkpoints[0].at, latestLastId: anchor.checkpoints[0].lastId }
    : { compared: false, code: anchor.code, reason: anchor.reason };
  const anchored = checkpoints.compared
    ? `its end matches ${checkpoints.count} checkpoint(s), the latest of ${checkpoints.latestAt}`
    : `its end was not compared with a checkpoint (${checkpoints.reason}): rows removed from the end would go unnoticed`;
  const summary = firstProblem
    ? `the audit log is broken: ${problems.length} problem(s) in ${checked} entries, the first at entry ${firstProblem.id} (${firstProblem.message}); ${anchored}`
    : `the audit log is intact: ${checked} entries verified; ${anchored}`;
  await appendAudit(db, {
    actorType: 'user',
    actor: user.username,
    action: 'auditLog.verified',
    targetType: 'auditLog',
    targetId: 'chain',
    detail: { checked, intact: !firstProblem, problems: problems.length, ...(firstProblem ? { firstBrokenEntry: firstProblem.id } : {}), checkpoints: checkpoints.compared ? checkpoints.count : 0 },
  });
  return { intact: !firstProblem, checked, problemCount: problems.length, firstProblem, problems: problems.slice(0, PROBLEMS_SHOWN), checkpoints, summary };
}
