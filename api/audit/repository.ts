import { Op, type WhereOptions } from 'sequelize';
import type { Db } from '../../db';
import { departmentsByCode } from '../../db/departments';
import { peopleOf } from '../../db/people';
import type { BatchReader } from '../lists';
import { startOfShanghaiDay, startOfShanghaiDayAfter } from '../../domain/workingDays';

// The audit trail (监管留痕) as the auditor reads it: newest first, each entry's actor by name and its target by
// what a person recognises (an entity's name, a user's name, a task's or a plan's title), the detail as stored.

export interface AuditFilter {
  /** A login, a system or workflow as recorded, or a fragment of a person's name. */
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  /** Shanghai calendar days, both included. */
  from?: string;
  to?: string;
}

export interface AuditEntryView {
  id: number;
  at: string;
  actorType: string;
  actor: { id: string; name: string; department: { code: string; name: string } | null };
  action: string;
  target: { type: string; id: string; label: string | null };
  detail: Record<string, unknown>;
  /** The names of the departments and people the detail holds by code or login, for a person to read. */
  names: Record<string, string>;
  hash: string;
  prevHash: string;
}

/** The most logins a name fragment stands for; a fragment matching more is too vague to mean one person. */
const NAME_MATCHES = 200;

/** The start of a Shanghai calendar day (UTC+8, no daylight saving) as an instant. */

/** The rows `filter` selects; a person's name is turned into their logins first (the log records logins). */
export async function auditWhere(db: Db, filter: AuditFilter): Promise<WhereOptions> {
  const and: WhereOptions[] = [];
  if (filter.actor) {
    // LIKE's own wildcards in a name are taken as themselves: dropped from the fragment, which still matches.
    const fragment = filter.actor.replace(/[%_\\]/g, '');
    const named = fragment
      ? ((await db.models.users.findAll({ where: { [Op.or]: [{ displayName: filter.actor }, { displayName: { [Op.like]: `%${fragment}%` } }] }, attributes: ['username'], limit: NAME_MATCHES, raw: true })) as any[])
      : [];
    and.push({ actor: [filter.actor, ...named.map((u) => u.username as string)] });
  }
  if (filter.action) and.push({ action: filter.action });
  if (filter.targetType) and.push({ targetType: filter.targetType });
  if (filter.targetId) and.push({ targetId: filter.targetId });
  if (filter.from) and.push({ at: { [Op.gte]: startOfShanghaiDay(filter.from) } });
  if (filter.to) and.push({ at: { [Op.lt]: startOfShanghaiDayAfter(filter.to) } });
  return { [Op.and]: and };
}

/** Names for a batch of rows: people by login, entities by credit code, tasks and plans by their titles. */
async function views(db: Db, rows: any[]): Promise<AuditEntryView[]> {
  const idsOf = (type: string) => [...new Set(rows.filter((r) => r.targetType === type).map((r) => r.targetId as string))];
  const details = rows.map((r) => (typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail) as Record<string, unknown>);
  // Codes and logins in a detail: its top-level short strings (a department, an assignee), looked up in one query each.
  const mentioned = [...new Set(details.flatMap((d) => Object.values(d ?? {}).filter((v): v is string => typeof v === 'string' && v.length > 0 && v.length <= 100)))];
  const people = await peopleOf(db, [...rows.filter((r) => r.actorType === 'user').map((r) => r.actor), ...idsOf('user'), ...mentioned]);
  const departments = mentioned.length ? [...(await departmentsByCode(db)).values()] : [];
  const nameOf = new Map<string, string>([
    ...[...people.values()].filter((p) => p.department.code).map((p) => [p.username, p.displayName] as [string, string]),
    ...departments.map((d) => [d.code, d.name] as [string, string]),
  ]);
  const labels = async (model: string, key: string, label: string, ids: string[]) =>
    new Map(ids.length ? ((await db.models[model].findAll({ where: { [key]: ids }, attributes: [key, label], raw: true })) as any[]).map((x) => [String(x[key]), x[label] as string]) : []);
  const taskIds = idsOf('task').filter((id) => /^\d{1,15}$/.test(id));
  const [entities, tasks, plans] = await Promise.all([labels('entities', 'creditCode', 'name', idsOf('entity')), labels('tasks', 'id', 'title', taskIds), labels('inspection_plans', 'id', 'title', idsOf('plan'))]);
  const labelOf = (type: string, id: string): string | null => {
    if (type === 'user') return people.get(id)?.displayName ?? null;
    return ({ entity: entities, task: tasks, plan: plans } as Record<string, Map<string, string>>)[type]?.get(id) ?? null;
  };
  return rows.map((r, i) => {
    const person = r.actorType === 'user' ? people.get(r.actor) : undefined;
    return {
      id: r.id,
      at: new Date(r.at).toISOString(),
      actorType: r.actorType,
      actor: { id: r.actor, name: person?.displayName ?? r.actor, department: person?.department.code ? person.department : null },
      action: r.action,
      target: { type: r.targetType, id: r.targetId, label: labelOf(r.targetType, r.targetId) },
      detail: details[i],
      names: Object.fromEntries(Object.values(details[i] ?? {}).flatMap((v) => (typeof v === 'string' && nameOf.has(v) ? [[v, nameOf.get(v)!]] : []))),
      hash: r.hash,
      prevHash: r.prevHash,
    };
  });
}

/** One page, newest first (the id follows the order of writing). */
export async function listAuditLog(db: Db, where: WhereOptions, paging: { page: number; perPage: number }): Promise<{ data: AuditEntryView[]; total: number }> {
  const [rows, total] = await Promise.all([
    db.models.audit_log.findAll({ where, order: [['id', 'DESC']], limit: paging.perPage, offset: (paging.page - 1) * paging.perPage, raw: true }),
    db.models.audit_log.count({ where }),
  ]);
  return { data: await views(db, rows), total };
}

/** The whole filtered log for an export, in batches that each start below the last id read (never an offset). */
export function auditLogBatches(db: Db, where: WhereOptions, batchRows: number): BatchReader<AuditEntryView> {
  return {
    total: () => db.models.audit_log.count({ where }),
    batches: async function* () {
      for (let below: number | null = null; ; ) {
        const rows = (await db.models.audit_log.findAll({ where: { [Op.and]: [where, below === null ? {} : { id: { [Op.lt]: below } }] }, order: [['id', 'DESC']], limit: batchRows, raw: true })) as any[];
        if (rows.length) yield await views(db, rows);
        if (rows.length < batchRows) return;
        below = rows[rows.length - 1].id;
      }
    },
  };
}
