import * as wf from '@temporalio/workflow';
import type { Activities } from '../activities';
import type { Actor } from '../domain/tasks';
import { IMPORT_MATCH_WORKING_DAYS } from '../domain/records';
import { steps } from './activityOptions';
import { REFUSAL, refuse } from './errors';
import { TaskBook } from './humanTasks';

// A batch import of collected records (归集, F10, issue 10): every row of the uploaded file validated before
// anything is stored; when rows are refused the department reviews them and imports the valid rows or cancels
// (and uploads a fixed file); then the rows are stored in chunks, each chunk one activity that heartbeats and
// records progress, so a worker that dies mid-import resumes at the next chunk. A row naming its entity by a
// name several entities share waits for the department to choose (an importMatchConfirmation task); no guessing.

/** By the import's random key: databases sharing a Temporal namespace would collide on row ids. */
export const recordImportWorkflowId = (importKey: string) => `record-import:${importKey}`;

export interface RecordImportInput {
  importId: number;
  departmentCode: string;
}

export type ImportPhase = 'validating' | 'needsReview' | 'importing' | 'done' | 'failed' | 'cancelled';

export interface ImportState {
  status: ImportPhase;
  /** Rows waiting for the department to choose their entity (import continues in the background). */
  pendingMatches: number;
  cancelRequested: boolean;
}

export const confirmImportUpdate = wf.defineUpdate<ImportState, [{ actor: Actor }]>('confirmImport');
export const cancelImportUpdate = wf.defineUpdate<ImportState, [{ actor: Actor }]>('cancelImport');
export const importStateQuery = wf.defineQuery<ImportState>('importState');

/** Rows stored per activity call: a chunk commits in well under a second on either database. */
export const IMPORT_CHUNK_ROWS = 500;
/** Rows whose entity is asked about by a task, at most; beyond it they are refused as ambiguous. */
export const MAX_MATCH_TASKS = 1000;

// Validation reads the whole file (up to 100,000 rows, streamed, heartbeating every 1,000): seconds to a minute,
// minutes at worst, alive as long as it heartbeats.
const validation = wf.proxyActivities<Activities>({ startToCloseTimeout: '30 minutes', heartbeatTimeout: '1 minute', retry: { maximumInterval: '30 seconds' } });
// A chunk takes about a second; a worker that died holding one is noticed within the heartbeat timeout.
const chunks = wf.proxyActivities<Activities>({ startToCloseTimeout: '5 minutes', heartbeatTimeout: '20 seconds', retry: { maximumInterval: '10 seconds' } });

const FINISHED: ImportPhase[] = ['done', 'failed', 'cancelled'];

export async function recordImport(input: RecordImportInput): Promise<ImportState> {
  const workflowId = wf.workflowInfo().workflowId;
  const state: ImportState = { status: 'validating', pendingMatches: 0, cancelRequested: false };
  let confirmed = false;

  wf.setHandler(importStateQuery, () => state);
  wf.setHandler(
    confirmImportUpdate,
    async () => {
      confirmed = true;
      await wf.condition(() => state.status !== 'needsReview' && state.status !== 'validating');
      return state;
    },
    { validator: ({ actor }) => {
      if (actor.departmentCode !== input.departmentCode && !actor.roles.includes('admin')) refuse(REFUSAL.forbidden, 'another department’s import', 'import-other-department');
      // The projection says needsReview as soon as validation has stored its errors, a moment before this workflow
      // hears that validation ended: a confirmation then is taken, and applies once the workflow gets there.
      if (state.status !== 'needsReview' && state.status !== 'validating') refuse(REFUSAL.conflict, `the import is ${state.status}, not waiting for review`, 'import-not-in-review', { status: state.status });
    } },
  );
  wf.setHandler(
    cancelImportUpdate,
    async () => {
      state.cancelRequested = true;
      // Answered once the import has stopped, or after a while when a long step must end first (then it says
      // `cancelRequested` and stops at the next chunk).
      await wf.condition(() => FINISHED.includes(state.status), '20 seconds');
      return state;
    },
    { validator: ({ actor }) => {
      if (actor.departmentCode !== input.departmentCode && !actor.roles.includes('admin')) refuse(REFUSAL.forbidden, 'another department’s import', 'import-other-department');
      if (FINISHED.includes(state.status)) refuse(REFUSAL.conflict, `the import is already ${state.status}`, 'import-finished', { status: state.status });
    } },
  );

  const finish = async (status: ImportPhase) => {
    await steps.setImportPhase({ importId: input.importId, status });
    state.status = status;
    return state;
  };

  const v = await validation.validateImport({ importId: input.importId, maxMatchRows: MAX_MATCH_TASKS });
  if (v.status === 'failed') return finish('failed');
  if (state.cancelRequested) return finish('cancelled');
  if (v.status === 'needsReview') {
    state.status = 'needsReview';
    await wf.condition(() => confirmed || state.cancelRequested);
    if (state.cancelRequested) return finish('cancelled');
  }

  await steps.setImportPhase({ importId: input.importId, status: 'importing' });
  state.status = 'importing';
  for (let afterSeq = 0; ; ) {
    if (state.cancelRequested) return finish('cancelled');
    const chunk = await chunks.importChunk({ importId: input.importId, afterSeq, limit: IMPORT_CHUNK_ROWS });
    if (chunk.count === 0) break;
    afterSeq = chunk.lastSeq;
  }

  const ambiguous = await steps.ambiguousImportRows({ importId: input.importId });
  await finish('done');
  if (ambiguous.length === 0) return state;

  // The import is done; the rows whose entity its department must choose follow as tasks of this process.
  const book = new TaskBook(workflowId);
  book.completionCheck = (task, i) => {
    const choices = (task.data.candidates as Array<{ creditCode: string }>).map((c) => c.creditCode);
    if (i.outcome === 'matched' && !choices.includes(String(i.data?.creditCode ?? ''))) refuse(REFUSAL.unprocessable, `choose one of the candidates: ${choices.join(', ')}`, 'import-match-not-candidate');
  };
  const writes: Array<Promise<unknown>> = [];
  book.register((change, task) => {
    if (change !== 'completed') return;
    state.pendingMatches--;
    const seq = task.data.seq as number;
    writes.push(task.outcome === 'matched' ? steps.importMatchedRow({ importId: input.importId, seq, creditCode: String(task.data.creditCode) }) : steps.skipImportRow({ importId: input.importId, seq }));
  });
  const dueAt = await steps.computeDueAt({ from: new Date().toISOString(), workingDays: IMPORT_MATCH_WORKING_DAYS });
  state.pendingMatches = ambiguous.length;
  for (const r of ambiguous) {
    await book.open({
      taskKey: `${workflowId}/match/${r.seq}`,
      type: 'importMatchConfirmation',
      title: `归集导入主体确认：${r.entityName}（第${r.row}行）`,
      departmentCode: input.departmentCode,
      creditCode: null,
      entityName: r.entityName,
      dueAt,
      data: { importId: input.importId, seq: r.seq, row: r.row, candidates: r.candidates },
    });
  }
  await wf.condition(() => state.pendingMatches === 0 && wf.allHandlersFinished());
  await Promise.all(writes);
  await book.flushed();
  return state;
}
