import type { Db } from '../../db';
import { departmentNames } from '../../db/departments';
import { peopleOf } from '../../db/people';
import { isLicenseFeedbackWorkflowId, timelineQuery, type TimelineEntry } from '../../workflows/licenseFeedback';
import { z } from '../openapi';
import type { Temporal } from '../temporal';
import type { TaskView } from './repository';

export const TimelineEntrySchema = z
  .object({
    at: z.string(),
    step: z.string(),
    actor: z.string().optional().describe('login of who acted; absent for the process itself'),
    actorName: z.string().optional().describe("who acted, by display name"),
    actorDepartmentName: z.string().optional(),
    assignee: z.string().optional().describe('reassigned: login of who the task went to'),
    assigneeName: z.string().optional().describe('reassigned: who the task went to, by display name'),
    assigneeDepartmentName: z.string().optional(),
    reason: z.string().optional().describe('reassigned: why (absent on reassignments recorded before a reason was asked for)'),
    escalationLevel: z.number().int().optional().describe('escalated: to whom, 1 the department supervisor, 2 the district'),
    detail: z.string().optional(),
  })
  .openapi('TimelineEntry');
export type TimelineView = z.infer<typeof TimelineEntrySchema>;

/** A step of the trail, with the reassignment it records. */
type TrailEntry = TimelineEntry & { assignee?: string; reason?: string; escalationLevel?: number };

const TRAIL_STEPS: Record<string, TimelineEntry['step']> = {
  'task.created': 'pushed',
  'task.claimed': 'claimed',
  'task.completed': 'completed',
  'task.escalated': 'escalated',
  'task.reassigned': 'reassigned',
  'task.cancelled': 'cancelled',
};

/** The steps of one task from the audit trail, for processes whose workflow keeps no timeline of its own. */
async function taskTrail(db: Db, taskId: number): Promise<TrailEntry[]> {
  const rows = (await db.models.audit_log.findAll({ where: { targetType: 'task', targetId: String(taskId) }, order: [['id', 'ASC']], raw: true })) as any[];
  return rows
    .filter((r) => TRAIL_STEPS[r.action])
    .map((r) => {
      const d = typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail;
      const step = TRAIL_STEPS[r.action];
      // Before reasons were recorded a reassignment's trail held only the new assignee.
      const reassigned = step === 'reassigned' ? { assignee: d.reassignment?.to ?? d.assignee, ...(d.reassignment?.reason ? { reason: d.reassignment.reason } : {}) } : {};
      const escalated = step === 'escalated' ? { escalationLevel: d.escalationLevel } : {};
      const detail = d.outcome && step === 'completed' ? { detail: d.outcome } : {};
      return { at: new Date(r.at).toISOString(), step, ...(r.actorType === 'user' ? { actor: r.actor } : {}), ...detail, ...reassigned, ...escalated };
    });
}

/** Steps the trail tells better than a license-feedback workflow's own timeline: who reassigned to whom and why, the level escalated to (its timeline has English words for it). */
const FROM_TRAIL: ReadonlyArray<TimelineEntry['step']> = ['reassigned', 'escalated'];

/**
 * A task's timeline, oldest first, with people by name and department. A license-feedback process keeps its
 * own timeline; its reassignments and escalations come from the trail, and so does a person's claim of the
 * task (its timeline notes only a department's claim from the pool, which the trail records as a completion).
 */
export async function taskTimeline(db: Db, temporal: Temporal, task: TaskView): Promise<TimelineView[]> {
  const trail = await taskTrail(db, task.id);
  let entries: TrailEntry[] = trail;
  if (isLicenseFeedbackWorkflowId(task.workflowId)) {
    let kept: TimelineEntry[];
    try {
      kept = await temporal.client.workflow.getHandle(task.workflowId).query(timelineQuery);
    } catch {
      // The history may be past retention: the projection keeps the same timeline.
      const n = await db.models.notifications.findByPk(task.workflowId);
      kept = n?.get('timeline') ?? [];
    }
    const fromTrail = trail.filter((e) => FROM_TRAIL.includes(e.step) || e.step === 'claimed');
    entries = [...kept.filter((e) => !FROM_TRAIL.includes(e.step)), ...fromTrail].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  }
  const people = await peopleOf(db, entries.flatMap((e) => [e.actor, e.assignee]));
  // Workflows record department codes (a step's detail); people read names.
  const departments = await departmentNames(db);
  const person = (login: string | undefined, as: 'actor' | 'assignee') => {
    if (!login) return {};
    const p = people.get(login)!;
    return { [as]: login, [`${as}Name`]: p.displayName, ...(p.department.name ? { [`${as}DepartmentName`]: p.department.name } : {}) };
  };
  return entries.map((e) => ({
    at: e.at,
    step: e.step,
    ...person(e.actor, 'actor'),
    ...person(e.assignee, 'assignee'),
    ...(e.reason ? { reason: e.reason } : {}),
    ...(e.escalationLevel ? { escalationLevel: e.escalationLevel } : {}),
    ...(e.detail ? { detail: e.detail.split(',').map((c) => departments.get(c) ?? c).join('、') } : {}),
  }));
}
