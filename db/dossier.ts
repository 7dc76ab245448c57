import { OPEN_TASK_STATUSES } from '../domain/tasks';
import { measuresOf } from './credit';
import { departmentNames } from './departments';
import { timeOf, type Db } from './index';
import { peopleOf } from './people';
import { recordsOf } from './records';

// The dossier of one market entity (一户一档, F11): every table's rows about it, read in a fixed number of
// queries whatever the entity's history (one per table, run together, then the people and measures they
// name), so a busy entity costs no more round trips than a quiet one. Masking by role is the API's job
// (api/entities/dossier.ts): this layer answers what is stored.

/** Open task states (CONTRACT.md: open and claimed tasks are someone's work). */

/** A license is "expiring" this many days before its end when its item names no warning window of its own. */
export const DEFAULT_EXPIRY_WARNING_DAYS = 60;

export type LicenseState = 'valid' | 'expiring' | 'expired' | 'revoked';

/** Where the admin UI shows an item: a resource and its id (null when the item has no page of its own). */
export interface LinkTarget {
  resource: 'tasks' | 'inspections' | 'cases' | 'credit-listings' | 'warnings' | 'entities';
  id: string;
}

export interface TimelineItem {
  at: string;
  kind: 'registration' | 'license' | 'notification' | 'inspection' | 'case' | 'penalty' | 'listing' | 'delisting' | 'warning' | 'record' | 'task';
  title: string;
  department: { code: string; name: string } | null;
  link: LinkTarget | null;
}

const iso = (v: unknown): string | null => (v == null ? null : timeOf(v).toISOString());
/** A JSON column of a raw row (db/json.ts stores JSON as TEXT on every database). */
const json = <T>(v: unknown, fallback: T): T => (v == null ? fallback : typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
const dateOnly = (v: unknown): string | null => (v == null ? null : String(v).slice(0, 10));

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The license's state on `today` (Shanghai date). Revoked: the entity itself was revoked or deregistered
 * (吊销/注销) while the license ran on; a revocation of the license alone is not stored yet.
 */
export function licenseState(validTo: string | null, today: string, warningDays: number, entityStatus: string): LicenseState {
  if (validTo && validTo < today) return 'expired';
  if (entityStatus === 'revoked' || entityStatus === 'deregistered') return 'revoked';
  if (validTo && validTo <= addDays(today, warningDays)) return 'expiring';
  return 'valid';
}

/** The whole stored dossier of one entity, or null when no entity has this code. */
export async function dossierOf(db: Db, creditCode: string, today: string) {
  const m = db.models;
  const byCode = { where: { creditCode }, raw: true } as const;
  const [entity, registrations, licenses, items, notifications, inspections, cases, listings, warnings, tasks, deptNames, collected] = await Promise.all([
    m.entities.findByPk(creditCode, { raw: true }) as Promise<any>,
    m.registration_events.findAll({ ...byCode, attributes: ['eventId', 'action', 'occurredAt', 'status', 'receivedAt', 'workflowId'], order: [['occurredAt', 'DESC']] }) as Promise<any[]>,
    m.licenses.findAll({ ...byCode, order: [['validTo', 'DESC']] }) as Promise<any[]>,
    m.license_items.findAll({ attributes: ['code', 'name', 'expiryWarningDays'], raw: true }) as Promise<any[]>,
    // Raw rows (a model instance per row costs more than the query): the JSON columns are parsed below.
    m.notifications.findAll({ ...byCode, order: [['pushedAt', 'DESC']] }) as Promise<any[]>,
    m.inspections.findAll({ ...byCode, attributes: ['id', 'kind', 'planId', 'departmentCode', 'status', 'outcome', 'results', 'finding', 'recordedBy', 'dueAt', 'recordedAt', 'onSiteAt'], order: [['dueAt', 'DESC']] }) as Promise<any[]>,
    m.enforcement_cases.findAll({ ...byCode, order: [['id', 'DESC']] }) as Promise<any[]>,
    m.credit_listings.findAll({ ...byCode, order: [['listedOn', 'DESC']] }) as Promise<any[]>,
    m.warnings.findAll({ ...byCode, attributes: ['id', 'level', 'subject', 'reason', 'departmentCode', 'status', 'raisedAt', 'closedAt', 'outcome', 'ruleCode', 'source'], order: [['raisedAt', 'DESC']] }) as Promise<any[]>,
    m.tasks.findAll({ where: { creditCode, status: OPEN_TASK_STATUSES }, attributes: ['id', 'type', 'title', 'status', 'departmentCode', 'assigneeUsername', 'dueAt', 'createdAt'], order: [['dueAt', 'ASC']], raw: true }) as Promise<any[]>,
    departmentNames(db),
    // Collected records (归集) once their table exists (db/records.ts): one query, every kind.
    m.records ? recordsOf(db, creditCode) : Promise.resolve(null),
  ]);
  if (!entity) return null;

  const dept = (code: string | null | undefined) => (code ? { code, name: deptNames.get(code) ?? code } : null);
  const itemOf = new Map<string, any>(items.map((i) => [i.code, i]));
  const activeTypes = [...new Set(listings.filter((l) => l.status === 'active').map((l) => l.listType as string))];
  const [people, measures] = await Promise.all([
    peopleOf(db, [...inspections.map((i) => i.recordedBy), ...tasks.map((t) => t.assigneeUsername)]),
    activeTypes.length ? measuresOf(db, activeTypes) : Promise.resolve([]),
  ]);
  const person = (u: string | null | undefined) => (u ? { displayName: people.get(u)?.displayName ?? u, department: people.get(u)?.department ?? null } : null);

  const licenseRows = licenses.map((l) => {
    const item = itemOf.get(l.licenseItemCode);
    return {
      id: l.id,
      licenseItem: { code: l.licenseItemCode, name: item?.name ?? l.licenseItemCode },
      department: dept(l.departmentCode),
      licenseNo: l.licenseNo,
      validFrom: dateOnly(l.validFrom),
      validTo: dateOnly(l.validTo),
      source: l.source,
      state: licenseState(dateOnly(l.validTo), today, item?.expiryWarningDays ?? DEFAULT_EXPIRY_WARNING_DAYS, entity.status),
      createdAt: iso(l.createdAt)!,
    };
  });
  // A notice's own page is its department's task (receipt, then license feedback): the newest of them.
  const notificationRows = notifications.map((n) => ({
    licenseItem: n.licenseItemCode ? { code: n.licenseItemCode, name: itemOf.get(n.licenseItemCode)?.name ?? n.licenseItemCode } : null,
    scopeItems: json<string[]>(n.scopeItems, []),
    department: dept(n.departmentCode),
    candidateDepartments: json<string[]>(n.candidateDepartmentCodes, []).map((c) => dept(c)!),
    stage: n.stage as string,
    decision: n.decision as string | null,
    pushedAt: iso(n.pushedAt)!,
    updatedAt: iso(n.updatedAt)!,
    steps: json<Array<{ at: string; step: string }>>(n.timeline, []).map((s) => ({ at: s.at, step: s.step })),
  }));
  const inspectionRows = inspections.map((i) => ({
    id: i.id as number,
    kind: i.kind as string,
    department: dept(i.departmentCode),
    status: i.status as string,
    outcome: i.outcome as string | null,
    results: json<unknown[]>(i.results, []),
    finding: i.finding as string | null,
    recordedBy: person(i.recordedBy),
    dueAt: iso(i.dueAt)!,
    recordedAt: iso(i.recordedAt),
    onSiteAt: iso(i.onSiteAt),
  }));
  const caseRows = cases.map((c) => ({
    id: c.id as number,
    department: dept(c.departmentCode),
    stage: c.stage as string,
    filedAt: iso(c.filedAt),
    decidedAt: iso(c.decidedAt),
    outcome: c.outcome as string | null,
    filingDueAt: iso(c.filingDueAt),
    decisionDueAt: iso(c.decisionDueAt),
  }));
  const penaltyRows = cases
    .filter((c) => c.penalty)
    .map((c) => ({ caseId: c.id as number, department: dept(c.departmentCode), decidedAt: iso(c.decidedAt), ...json<Record<string, unknown>>(c.penalty, {}) }));
  const listingRows = listings.map((l) => ({
    id: l.id as string,
    listType: l.listType as string,
    reason: l.reason as string,
    documentNo: l.documentNo as string,
    authority: l.authority as string,
    listedOn: dateOnly(l.listedOn)!,
    expiresOn: dateOnly(l.expiresOn),
    status: l.status as string,
    endedOn: dateOnly(l.endedOn),
    endReason: l.endReason as string | null,
    measures: l.status === 'active' ? measures.filter((x) => x.listTypes.includes(l.listType)).map((x) => ({ code: x.code, name: x.name, scenario: x.scenario, legalBasis: x.legalBasis, department: dept(x.departmentCode) })) : [],
  }));
  const warningRows = warnings.map((w) => ({
    id: w.id as string,
    level: w.level as string,
    subject: w.subject as string,
    reason: w.reason as string,
    department: dept(w.departmentCode),
    status: w.status as string,
    raisedAt: iso(w.raisedAt)!,
    closedAt: iso(w.closedAt),
    outcome: w.outcome as string | null,
  }));
  const taskRows = tasks.map((t) => ({
    id: t.id as number,
    type: t.type as string,
    title: t.title as string,
    status: t.status as string,
    department: dept(t.departmentCode),
    assignee: person(t.assigneeUsername),
    dueAt: new Date(t.dueAt),
    createdAt: iso(t.createdAt)!,
  }));
  const recordGroups = collected
    ? Object.entries(collected).map(([kind, rows]) => ({
        kind,
        count: rows.length,
        items: rows.map((r) => ({ key: r.key, department: dept(r.departmentCode), occurredOn: dateOnly(r.occurredOn), system: r.system, data: r.data })),
      }))
    : [];
  const registrationRows = registrations.map((r) => ({ action: r.action as string, occurredAt: iso(r.occurredAt)!, status: r.status as string, receivedAt: iso(r.receivedAt)! }));

  const timeline: TimelineItem[] = [
    ...registrationRows.map((r) => ({ at: r.occurredAt, kind: 'registration' as const, title: r.action, department: null, link: { resource: 'entities' as const, id: creditCode } })),
    ...licenseRows.map((l) => ({ at: l.validFrom ? `${l.validFrom}T00:00:00.000+08:00` : l.createdAt, kind: 'license' as const, title: `${l.licenseItem.name} ${l.licenseNo}`, department: l.department, link: null })),
    ...notificationRows.map((n) => ({ at: n.pushedAt, kind: 'notification' as const, title: n.licenseItem?.name ?? n.scopeItems.join('、'), department: n.department, link: null })),
    ...inspectionRows.map((i) => ({ at: i.recordedAt ?? i.dueAt, kind: 'inspection' as const, title: i.kind, department: i.department, link: { resource: 'inspections' as const, id: String(i.id) } })),
    ...caseRows.map((c) => ({ at: c.decidedAt ?? c.filedAt ?? c.filingDueAt ?? c.decisionDueAt ?? new Date(0).toISOString(), kind: (c.outcome === 'penalty' ? 'penalty' : 'case') as 'penalty' | 'case', title: c.stage, department: c.department, link: { resource: 'cases' as const, id: String(c.id) } })),
    ...listingRows.flatMap((l) => [
      { at: `${l.listedOn}T00:00:00.000+08:00`, kind: 'listing' as const, title: l.listType, department: null, link: { resource: 'credit-listings' as const, id: l.id } },
      ...(l.endedOn ? [{ at: `${l.endedOn}T00:00:00.000+08:00`, kind: 'delisting' as const, title: l.listType, department: null, link: { resource: 'credit-listings' as const, id: l.id } }] : []),
    ]),
    ...warningRows.map((w) => ({ at: w.raisedAt, kind: 'warning' as const, title: w.subject, department: w.department, link: { resource: 'warnings' as const, id: w.id } })),
    ...recordGroups.flatMap((g) => g.items.map((r) => ({ at: `${r.occurredOn}T00:00:00.000+08:00`, kind: 'record' as const, title: g.kind, department: r.department, link: null }))),
    ...taskRows.map((t) => ({ at: t.createdAt, kind: 'task' as const, title: t.title, department: t.department, link: { resource: 'tasks' as const, id: String(t.id) } })),
  ];
  const times = new Map(timeline.map((t) => [t, Date.parse(t.at)]));
  timeline.sort((a, b) => times.get(b)! - times.get(a)!);

  return {
    entity: {
      creditCode: entity.creditCode as string,
      name: entity.name as string,
      entityType: entity.entityType as string,
      industryCode: entity.industryCode as string,
      regionCode: entity.regionCode as string,
      address: entity.address as string,
      legalRepresentative: entity.legalRepresentative as string,
      businessScope: entity.businessScope as string,
      registrationAuthority: entity.registrationAuthority as string,
      establishedOn: dateOnly(entity.establishedOn),
      status: entity.status as string,
      riskClass: entity.riskClass as string,
    },
    registrations: registrationRows,
    licenses: licenseRows,
    notifications: notificationRows,
    inspections: inspectionRows,
    cases: caseRows,
    penalties: penaltyRows,
    listings: listingRows,
    warnings: warningRows,
    openTasks: taskRows,
    records: { available: collected !== null, byKind: recordGroups },
    timeline,
  };
}

export type StoredDossier = NonNullable<Awaited<ReturnType<typeof dossierOf>>>;
