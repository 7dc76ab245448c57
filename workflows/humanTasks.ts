import * as wf from '@temporalio/workflow';
import { steps } from './activityOptions';
import type { Actor, TaskState, TaskType } from '../domain/tasks';
import { DISTRICT_ESCALATION_LEVEL, OUTCOMES_BY_TYPE } from '../domain/tasks';
import type { Activities } from '../activities';
import type { Reassignment } from '../activities/tasks';
import { REFUSAL, refuse } from './errors';

// The task updates every process shares: a person claims, completes or reassigns a task through the
// workflow that owns it (DESIGN.md rule 1); the workflow validates, changes its state, then persists.

export interface ClaimInput { taskKey: string; actor: Actor }
export interface CompleteInput { taskKey: string; actor: Actor; outcome: string; comment?: string; data?: Record<string, unknown> }
/** `reason` is required of a new reassignment (the validator); updates recorded before it existed carry none. */
export interface ReassignInput { taskKey: string; actor: Actor; assignee: { username: string; departmentCode: string }; reason?: string }

export const claimTaskUpdate = wf.defineUpdate<TaskState, [ClaimInput]>('claimTask');
export const completeTaskUpdate = wf.defineUpdate<TaskState, [CompleteInput]>('completeTask');
export const reassignTaskUpdate = wf.defineUpdate<TaskState, [ReassignInput]>('reassignTask');

const { saveTask, saveTasks, computeDueAt } = steps;

/** A task's state as written: later changes in the workflow do not reach a write already queued. */
const snapshotOf = (t: TaskState): TaskState => ({ ...t, candidateDepartmentCodes: [...t.candidateDepartmentCodes], data: { ...t.data } });

export interface NewTask {
  taskKey: string;
  type: TaskType;
  title: string;
  departmentCode: string | null;
  candidateDepartmentCodes?: string[];
  creditCode: string | null;
  entityName: string | null;
  dueAt: string;
  data?: Record<string, unknown>;
  /** A task for one named person (e.g. a drawn team member) starts assigned to them. */
  assigneeUsername?: string;
}

/** Holds a workflow's tasks and writes each change through one ordered queue of activities. */
export class TaskBook {
  private readonly tasks = new Map<string, TaskState>();
  private persisting: Promise<unknown> = Promise.resolve();
  /** Extra checks a process adds before a task completes (e.g. license details for `issued`). */
  completionCheck: (task: TaskState, input: CompleteInput) => void = () => undefined;

  constructor(readonly workflowId: string) {}

  get(taskKey: string): TaskState {
    const t = this.tasks.get(taskKey);
    if (!t) refuse(REFUSAL.conflict, `task ${taskKey} does not belong to this process`, 'task-not-in-process');
    return t;
  }

  has(taskKey: string): boolean {
    return this.tasks.has(taskKey);
  }

  isOpen(taskKey: string): boolean {
    const t = this.tasks.get(taskKey);
    return !!t && (t.status === 'open' || t.status === 'claimed');
  }

  async open(n: NewTask): Promise<TaskState> {
    const task = this.added(n);
    await this.persist(task, 'created', null);
    return task;
  }

  /** Opens several tasks written together (one activity, one transaction): a batch of warnings' handling tasks. */
  async openAll(news: NewTask[]): Promise<TaskState[]> {
    const tasks = news.map((n) => this.added(n));
    const snapshots = tasks.map(snapshotOf);
    this.persisting = this.persisting.then(() => saveTasks({ tasks: snapshots, change: 'created', actor: null }));
    await this.persisting;
    return tasks;
  }

  private added(n: NewTask): TaskState {
    const task: TaskState = {
      taskKey: n.taskKey,
      type: n.type,
      title: n.title,
      status: n.assigneeUsername ? 'claimed' : 'open',
      departmentCode: n.departmentCode,
      candidateDepartmentCodes: n.candidateDepartmentCodes ?? [],
      assigneeUsername: n.assigneeUsername ?? null,
      creditCode: n.creditCode,
      entityName: n.entityName,
      dueAt: n.dueAt,
      escalationLevel: 0,
      workflowId: this.workflowId,
      createdAt: new Date().toISOString(),
      completedAt: null,
      outcome: null,
      comment: null,
      completedBy: null,
      allowedOutcomes: [...OUTCOMES_BY_TYPE[n.type]],
      data: n.data ?? {},
    };
    this.tasks.set(task.taskKey, task);
    return task;
  }

  validateClaim({ taskKey, actor }: ClaimInput): void {
    const t = this.requireOpen(taskKey);
    // Separation of duties: a step its process names someone excluded from (a plan's creator, a case's parties)
    // is not theirs to take either; the process's own completion check refuses their completion.
    const excluded = t.data.excludedActors;
    if (Array.isArray(excluded) && excluded.includes(actor.username)) refuse(REFUSAL.forbidden, 'this step is not for the one it names as excluded (separation of duties)', String(t.data.exclusion));
    if (t.type === 'claim') {
      if (!t.candidateDepartmentCodes.includes(actor.departmentCode)) refuse(REFUSAL.forbidden, 'your department is not a candidate for this item', 'not-candidate-department');
    } else if (t.assigneeUsername) {
      refuse(REFUSAL.conflict, `task is already claimed by ${t.assigneeUsername}`, 'claimed-by-other', { assignee: t.assigneeUsername });
    } else if (t.departmentCode !== actor.departmentCode) {
      refuse(REFUSAL.forbidden, 'the task is offered to another department', 'offered-to-other-department');
    }
  }

  /** Claiming a pool task settles the department; claiming any other task assigns it to the actor. */
  async claim(input: ClaimInput): Promise<TaskState> {
    this.validateClaim(input);
    const t = this.get(input.taskKey);
    if (t.type === 'claim') {
      return this.finish(t, { outcome: 'claimed', actor: input.actor.username, departmentCode: input.actor.departmentCode });
    }
    t.assigneeUsername = input.actor.username;
    t.status = 'claimed';
    await this.persist(t, 'claimed', input.actor.username);
    return t;
  }

  validateComplete(input: CompleteInput): void {
    const t = this.requireOpen(input.taskKey);
    if (t.assigneeUsername && t.assigneeUsername !== input.actor.username && !input.actor.roles.some((r) => r === 'supervisor' || r === 'admin')) {
      refuse(REFUSAL.forbidden, `task is claimed by ${t.assigneeUsername}`, 'claimed-by-other', { assignee: t.assigneeUsername });
    }
    if (t.type === 'claim' && !t.candidateDepartmentCodes.includes(input.actor.departmentCode)) {
      refuse(REFUSAL.forbidden, 'your department is not a candidate for this item', 'not-candidate-department');
    }
    if (!t.allowedOutcomes.includes(input.outcome)) {
      refuse(REFUSAL.unprocessable, `outcome must be one of: ${t.allowedOutcomes.join(', ')}`, 'outcome-not-allowed', { allowed: t.allowedOutcomes.join(', ') });
    }
    this.completionCheck(t, input);
  }

  async complete(input: CompleteInput): Promise<TaskState> {
    this.validateComplete(input);
    const t = this.get(input.taskKey);
    return this.finish(t, {
      outcome: input.outcome,
      actor: input.actor.username,
      comment: input.comment,
      data: input.data,
      departmentCode: t.type === 'claim' ? input.actor.departmentCode : undefined,
    });
  }

  /** Completes a task on the process's own account (e.g. a decision received from a department's system). */
  async finish(
    t: TaskState,
    f: { outcome: string; actor: string; comment?: string; data?: Record<string, unknown>; departmentCode?: string },
  ): Promise<TaskState> {
    t.status = 'completed';
    t.outcome = f.outcome;
    t.comment = f.comment ?? null;
    t.completedBy = f.actor;
    t.completedAt = new Date().toISOString();
    if (f.departmentCode) t.departmentCode = f.departmentCode;
    if (!t.assigneeUsername) t.assigneeUsername = f.actor;
    if (f.data) t.data = { ...t.data, ...f.data };
    await this.persist(t, 'completed', f.actor);
    return t;
  }

  // Which departments a supervisor may reassign between is the API's permission check; here: state and role.
  validateReassign({ taskKey, actor }: ReassignInput): void {
    this.requireOpen(taskKey);
    if (!actor.roles.includes('admin') && !actor.roles.includes('supervisor')) refuse(REFUSAL.forbidden, 'only a supervisor may reassign', 'reassign-supervisor-only');
  }

  /**
   * A new reassignment says why. Checked by the update's validator only, which does not run on replay: a
   * reassignment recorded before reasons were asked for still replays as it ran.
   */
  validateReassignReason({ reason }: ReassignInput): void {
    if (!reason?.trim()) refuse(REFUSAL.unprocessable, 'say why the task is reassigned (reason)', 'reassign-reason-required');
  }

  async reassign(input: ReassignInput): Promise<TaskState> {
    this.validateReassign(input);
    const t = this.get(input.taskKey);
    const from = t.assigneeUsername;
    t.assigneeUsername = input.assignee.username;
    t.departmentCode = input.assignee.departmentCode;
    t.status = 'claimed';
    await this.persist(t, 'reassigned', input.actor.username, { from, to: input.assignee.username, ...(input.reason ? { reason: input.reason } : {}) });
    return t;
  }

  /** An approved extension: the same task with a later deadline. */
  async extend(taskKey: string, dueAt: string, reason: string): Promise<void> {
    const t = this.get(taskKey);
    t.dueAt = dueAt;
    t.data = { ...t.data, extension: reason };
    await this.persist(t, 'extended', null);
  }

  async escalate(taskKey: string, level: number): Promise<void> {
    const t = this.get(taskKey);
    t.escalationLevel = level;
    await this.persist(t, 'escalated', null);
  }

  async cancelOpen(reason: string): Promise<void> {
    for (const t of this.tasks.values()) {
      if (t.status !== 'open' && t.status !== 'claimed') continue;
      t.status = 'cancelled';
      t.comment = reason;
      t.completedAt = new Date().toISOString();
      await this.persist(t, 'cancelled', null);
    }
  }

  /** Wires the shared updates of this book into the running workflow. */
  register(onChange: (change: 'claimed' | 'completed' | 'reassigned', task: TaskState) => void): void {
    wf.setHandler(claimTaskUpdate, async (i) => { const t = await this.claim(i); onChange('claimed', t); return t; }, { validator: (i) => this.validateClaim(i) });
    wf.setHandler(completeTaskUpdate, async (i) => { const t = await this.complete(i); onChange('completed', t); return t; }, { validator: (i) => this.validateComplete(i) });
    wf.setHandler(reassignTaskUpdate, async (i) => { const t = await this.reassign(i); onChange('reassigned', t); return t; }, { validator: (i) => { this.validateReassign(i); this.validateReassignReason(i); } });
  }

  /** Waits until every queued write has reached the database. */
  flushed(): Promise<unknown> {
    return this.persisting;
  }

  private requireOpen(taskKey: string): TaskState {
    const t = this.get(taskKey);
    if (t.status === 'completed' || t.status === 'cancelled') refuse(REFUSAL.conflict, `task is already ${t.status}`, `task-already-${t.status}`);
    return t;
  }

  // Writes are chained so the row always ends with the latest state, whatever order activities finish in.
  private persist(t: TaskState, change: string, actor: string | null, reassignment?: Reassignment): Promise<unknown> {
    const snapshot = snapshotOf(t);
    this.persisting = this.persisting.then(() => saveTask({ task: snapshot, change, actor, ...(reassignment ? { reassignment } : {}) }));
    return this.persisting;
  }
}

export interface EscalationOptions {
  /** When the wait is over; by default when the task is no longer open (a process may end it otherwise). */
  settled?: () => boolean;
  /** The task's current deadline; an approved extension moves it and the wait follows. */
  dueOf?: () => string;
  /** Runs after each escalation (e.g. a process's own projection). */
  onEscalate?: (level: number) => Promise<void>;
}

/**
 * Waits until a task is finished. At its deadline it escalates to the department's supervisor (level 1)
 * and, `secondWindow` working days later, to the district (level 2); the task stays the same task. Every
 * process's waits go through here, so escalation means the same everywhere.
 */
export async function awaitWithEscalation(book: TaskBook, taskKey: string, secondWindow: number, options: EscalationOptions = {}): Promise<TaskState> {
  const settled = options.settled ?? (() => !book.isOpen(taskKey));
  const dueOf = options.dueOf ?? (() => book.get(taskKey).dueAt);
  let level = 0;
  let due = dueOf();
  let escalateAt = due;
  while (!settled()) {
    const moved = () => dueOf() !== due;
    const wake = () => settled() || moved();
    if (level >= DISTRICT_ESCALATION_LEVEL) await wf.condition(wake);
    else await wf.condition(wake, Math.max(1, Date.parse(escalateAt) - Date.now()));
    if (settled()) break;
    if (moved()) {
      due = dueOf();
      escalateAt = due;
      continue;
    }
    level++;
    await book.escalate(taskKey, level);
    await options.onEscalate?.(level);
    if (level === 1) escalateAt = await computeDueAt({ from: escalateAt, workingDays: secondWindow });
  }
  return book.get(taskKey);
}

/** A completion check: these task types are completed only with a comment saying what was done, or why not. */
export function requireComment(types: string[]) {
  return (t: TaskState, i: { comment?: string }) => {
    if (types.includes(t.type) && !i.comment?.trim()) refuse(REFUSAL.unprocessable, 'say what was done (comment), or why not', 'comment-required');
  };
}
