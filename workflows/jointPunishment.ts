import * as wf from '@temporalio/workflow';
import { steps } from './activityOptions';
import type { Activities } from '../activities';
import type { DepartmentNotice, ListingInput } from '../activities/credit';
import { LIFTING_WORKING_DAYS, LIST_RULES, LIST_TYPE_NAMES, PUNISHMENT_FEEDBACK_WORKING_DAYS, addYears, defaultExpiresOn, type ExitType } from '../domain/credit';
import type { Actor } from '../domain/tasks';
import { REFUSAL, refuse } from './errors';
import { awaitWithEscalation, requireComment, TaskBook } from './humanTasks';
import { raiseWarningsNow } from './warnings';
import { SECOND_ESCALATION_WORKING_DAYS } from '../domain/tasks';

// Joint punishment of one credit-list entry (联合惩戒, F6; 国发〔2016〕33号): every department that
// implements a measure of the list is notified and feeds back; the entry ends by its own expiry (a
// durable timer, years long), by credit repair or by delisting, and then every department that applied a
// measure is told to lift it and confirms. An abnormal-operation entry still listed after 3 years moves
// to the serious violation list (RULES.md), which starts its own process.

export const jointPunishmentWorkflowId = (listingId: string) => `joint-punishment:${listingId}`;

export interface EndListingInput {
  exitType: ExitType;
  reason: string;
  endedOn: string;
  actor: Actor | { system: string };
}

export interface ListingProcessState {
  status: 'active' | 'ending' | 'ended';
  endStatus: string | null;
  notices: Array<{ departmentCode: string; taskKey: string; outcome: string | null }>;
  liftings: Array<{ departmentCode: string; taskKey: string; outcome: string | null }>;
}

export const endListingUpdate = wf.defineUpdate<{ status: string }, [EndListingInput]>('endListing');
/** Sent with the start (update-with-start): answers once the entry is recorded, so screening sees it. */
export const listingRecordedUpdate = wf.defineUpdate<{ listingId: string }, [{ listingId: string }]>('listingRecorded');
export const listingStateQuery = wf.defineQuery<ListingProcessState>('listingState');


/** Feedback says what was done, or why not (国发〔2016〕33号: responding departments feed back). */
export async function jointPunishment(listing: ListingInput): Promise<{ status: string; lifted: number }> {
  const workflowId = wf.workflowInfo().workflowId;
  const book = new TaskBook(workflowId);
  book.completionCheck = requireComment(['punishmentNotice']);
  book.register(() => undefined);
  const key = (step: string) => `${workflowId}/${step}`;
  const listName = LIST_TYPE_NAMES[listing.listType];
  let end: { status: 'expired' | 'repaired' | 'removed' | 'moved'; endedOn: string; reason: string; actor: string } | null = null;
  const state: ListingProcessState = { status: 'active', endStatus: null, notices: [], liftings: [] };
  wf.setHandler(listingStateQuery, () => ({
    ...state,
    notices: state.notices.map((n) => ({ ...n, outcome: book.has(n.taskKey) ? book.get(n.taskKey).outcome : null })),
    liftings: state.liftings.map((n) => ({ ...n, outcome: book.has(n.taskKey) ? book.get(n.taskKey).outcome : null })),
  }));

  let recorded = false;
  wf.setHandler(listingRecordedUpdate, async () => {
    await wf.condition(() => recorded);
    return { listingId: listing.listingId };
  });

  // The row changes before the update answers, so a screening right after a delisting is already free.
  wf.setHandler(
    endListingUpdate,
    async (i) => {
      const actor = 'system' in i.actor ? i.actor.system : i.actor.username;
      end = { status: i.exitType === 'creditRepair' ? 'repaired' : 'removed', endedOn: i.endedOn, reason: i.reason, actor };
      state.status = 'ending';
      await steps.endListing({ listingId: listing.listingId, status: end.status, endedOn: i.endedOn, endReason: i.reason, actor });
      return { status: end.status };
    },
    { validator: (_i: EndListingInput) => { if (end) refuse(REFUSAL.conflict, `the listing has already ended (${end.status})`, 'listing-already-ended'); } },
  );

  /** One department's task about this listing's measures: the notice to apply them, or to lift them. */
  const openDepartmentTask = async (step: 'notice' | 'lift', n: DepartmentNotice, dueAt: string, extra: Record<string, unknown> = {}) => {
    const taskKey = key(`${step}/${n.departmentCode}`);
    (step === 'notice' ? state.notices : state.liftings).push({ departmentCode: n.departmentCode, taskKey, outcome: null });
    await book.open({
      taskKey,
      type: step === 'notice' ? 'punishmentNotice' : 'punishmentLifting',
      title: `${step === 'notice' ? '联合惩戒通知' : '解除惩戒措施'}：${listing.entityName}（${listName}）`,
      departmentCode: n.departmentCode,
      creditCode: listing.creditCode,
      entityName: listing.entityName,
      dueAt,
      data: { listingId: listing.listingId, listType: listing.listType, measures: n.measures, ...extra },
    });
  };

  await steps.recordListing({ ...listing, workflowId });
  recorded = true;

  // Notices: one task per implementing department, with the measures it applies.
  const notices: DepartmentNotice[] = await steps.punishmentNotices({ listType: listing.listType });
  const noticeDue = await steps.computeDueAt({ from: new Date().toISOString(), workingDays: PUNISHMENT_FEEDBACK_WORKING_DAYS });
  for (const n of notices) await openDepartmentTask('notice', n, noticeDue);
  const noticesDone = Promise.all(state.notices.map((n) => awaitWithEscalation(book, n.taskKey, SECOND_ESCALATION_WORKING_DAYS)));
  if (listing.listType === 'abnormalOperationList') await raiseWarningsNow({ rules: ['abnormalOperationListed'], creditCode: listing.creditCode, scanId: `${workflowId}/warnings` });

  // The entry's own end: expiry, or for an abnormal-operation entry the move after 3 years.
  const rule = LIST_RULES[listing.listType];
  const endsOn = listing.expiresOn ?? (rule.moveAfterYears ? addYears(listing.listedOn, rule.moveAfterYears, -1) : null);
  const endAt = endsOn ? await steps.endOfDate({ date: endsOn }) : null;
  const ended = () => end !== null;
  if (endAt) await wf.condition(ended, Math.max(1, Date.parse(endAt) - Date.now()));
  else await wf.condition(ended);
  if (!end) {
    const endedOn = endsOn!;
    if (listing.expiresOn === null && rule.moveTo) {
      const movedOn = addYears(endedOn, 0, 1);
      const moved: ListingInput = {
        ...listing,
        listingId: `${listing.listingId}-m`,
        listType: rule.moveTo,
        listedOn: movedOn,
        expiresOn: defaultExpiresOn(rule.moveTo, movedOn),
        reason: `经营异常名录届满3年仍未移出（原列入文书 ${listing.documentNo}）`,
        source: 'move',
        previousListingId: listing.listingId,
      };
      end = { status: 'moved', endedOn, reason: `移入严重违法失信名单 ${moved.listingId}`, actor: workflowId };
      await steps.endListing({ listingId: listing.listingId, status: 'moved', endedOn, endReason: end.reason, actor: workflowId });
      await wf.startChild(jointPunishment, { workflowId: jointPunishmentWorkflowId(moved.listingId), args: [moved], parentClosePolicy: wf.ParentClosePolicy.ABANDON });
    } else {
      end = { status: 'expired', endedOn, reason: '期满自动移出', actor: workflowId };
      await steps.endListing({ listingId: listing.listingId, status: 'expired', endedOn, endReason: end.reason, actor: workflowId });
    }
  }
  state.status = 'ending';
  state.endStatus = end!.status;

  // Lifting: every department that said it applied a measure. A notice still unanswered is cancelled with
  // the reason, which tells its department not to apply the measures, or to lift what it did apply.
  await book.cancelOpen(`名单已移出（${end!.status}），无需执行；如已执行请解除`);
  await noticesDone;
  const liftDue = await steps.computeDueAt({ from: new Date().toISOString(), workingDays: LIFTING_WORKING_DAYS });
  for (const n of notices.filter((x) => book.get(key(`notice/${x.departmentCode}`)).outcome === 'applied')) {
    await openDepartmentTask('lift', n, liftDue, { endStatus: end!.status, endedOn: end!.endedOn });
  }
  await Promise.all(state.liftings.map((l) => awaitWithEscalation(book, l.taskKey, SECOND_ESCALATION_WORKING_DAYS)));
  state.status = 'ended';
  await book.flushed();
  return { status: end!.status, lifted: state.liftings.length };
}
