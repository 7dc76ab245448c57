import { Router } from 'express';
import type { Db } from '../../db';
import type { SessionUser } from '../../db/credentials';
import { departmentsByCode } from '../../db/departments';
import { dossierOf, type StoredDossier } from '../../db/dossier';
import { publicEntityName } from '../../domain/personalData';
import type { TaskType } from '../../domain/tasks';
import { shanghaiDate } from '../../domain/workingDays';
import { requireScope, requireUser } from '../auth/middleware';
import { notFound } from '../errors';
import { requireValidCreditCode } from '../ext/events';
import { document, systemSecurity, userSecurity, z } from '../openapi';
import { deadlineClock } from '../tasks/deadlineLights';
import { parse, query, text } from '../validate';
import { RECORD_KINDS } from '../../domain/records';
import { RISK_FACTORS, scoreRisk } from '../../domain/risk';
import { currentRiskModel, riskFacts, storedRisk } from '../../db/risk';

// The dossier (一户一档, CONTRACT.md `GET /api/v1/entities/{creditCode}` and `GET /api/ext/v1/entities/{creditCode}`):
// one answer for staff and for other systems, masked by who asks.
//
// Masking (个人信息保护法; DESIGN.md rule 7), chosen so:
// - natural persons' names (the legal representative, an individual business registered under its operator's
//   name) are shown to the administrator, district-wide departments, and the entity's own departments: those
//   with a license, notice, inspection, case, warning or task about it, or that registered it. Everyone else
//   (leaders of other departments, other departments' staff, an API key of an uninvolved department) sees 张*;
// - phone numbers: in full to whoever sees names, else 138****1234;
// - ID numbers (居民身份证号): in full to the administrator only; everyone else sees 310116********1234.
// A department's open tasks in detail only to that department (like a credit listing's detail); every
// department's counts and titles to all.

const ID_NUMBER = /(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])/g;
const PHONE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
/** Fields that are codes and numbers of record, never personal data, and must stay as stored. */
const CODE_FIELDS = new Set(['creditCode', 'documentNo', 'licenseNo', 'decisionNo', 'id', 'caseId', 'code', 'industryCode', 'regionCode']);

export interface Viewer {
  /** Full ID numbers (the administrator). */
  seesIdNumbers: boolean;
  /** District-wide: names everywhere, every department's task rows. */
  districtWide: boolean;
  /** The viewer's department, or null for an API key without one. */
  departmentCode: string | null;
  departmentName: string | null;
}

/** A natural person's name as 张* (surname kept, as notices write 张某). */
export const maskPersonName = (name: string) => {
  const chars = [...name];
  return chars.length === 0 ? name : chars[0] + '*'.repeat(Math.max(chars.length - 1, 1));
};

function involvedDepartments(d: StoredDossier): Set<string> {
  const codes = new Set<string>();
  const add = (x: { code: string } | null | undefined) => x && codes.add(x.code);
  d.licenses.forEach((l) => add(l.department));
  d.notifications.forEach((n) => (add(n.department), n.candidateDepartments.forEach(add)));
  d.inspections.forEach((i) => add(i.department));
  d.cases.forEach((c) => add(c.department));
  d.warnings.forEach((w) => add(w.department));
  d.openTasks.forEach((t) => add(t.department));
  d.records.byKind.forEach((g) => g.items.forEach((r) => add(r.department)));
  return codes;
}

function maskStrings<T>(value: T, replace: (s: string) => string, key?: string): T {
  if (typeof value === 'string') return (key && CODE_FIELDS.has(key) ? value : replace(value)) as T;
  if (Array.isArray(value)) return value.map((v) => maskStrings(v, replace)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskStrings(v, replace, k)])) as T;
  return value;
}

/** Rows of a long section in the dossier itself; the rest come page by page from its section (DOSSIER_SECTIONS). */
export const DOSSIER_PAGE = 50;
/** The sections the dossier pages: `totals` counts each, `GET …/entities/{creditCode}/sections/{section}` pages it. */
export const DOSSIER_SECTIONS = ['registrations', 'licenses', 'notifications', 'inspections', 'cases', 'penalties', 'listings', 'warnings', 'records', 'tasks', 'timeline'] as const;
export type DossierSection = (typeof DOSSIER_SECTIONS)[number];

/**
 * The dossier as this viewer may see it, with open tasks' deadlines and the risk summary. Each long section holds
 * its first DOSSIER_PAGE rows (collected records: of each kind) and `totals` how many it has: the masking and the
 * answer cost what a page costs, whatever the entity's history; who may see names and the risk summary are
 * judged on every row.
 */
export async function viewDossier(db: Db, creditCode: string, viewer: Viewer) {
  const v = await prepareDossier(db, creditCode, viewer);
  const first = <T>(rows: T[]) => rows.slice(0, DOSSIER_PAGE);
  const { stored } = v;
  const window = {
    ...stored,
    registrations: first(stored.registrations),
    licenses: first(stored.licenses),
    notifications: first(stored.notifications),
    inspections: first(stored.inspections),
    cases: first(stored.cases),
    penalties: first(stored.penalties),
    listings: first(stored.listings),
    warnings: first(stored.warnings),
    records: { ...stored.records, byKind: stored.records.byKind.map((g) => ({ ...g, items: first(g.items) })) },
    openTasks: undefined,
    timeline: first(v.timeline),
  };
  const masked = maskStrings(window, v.replace);
  return {
    ...masked,
    entity: v.entity,
    openTasks: maskStrings({ ...v.openTasks, tasks: first(v.openTasks.tasks) }, v.replace),
    risk: v.risk,
    masking: v.masking,
    totals: {
      registrations: stored.registrations.length,
      licenses: stored.licenses.length,
      notifications: stored.notifications.length,
      inspections: stored.inspections.length,
      cases: stored.cases.length,
      penalties: stored.penalties.length,
      listings: stored.listings.length,
      warnings: stored.warnings.length,
      records: stored.records.byKind.reduce((n, g) => n + g.items.length, 0),
      tasks: v.openTasks.tasks.length,
      timeline: v.timeline.length,
    },
    pageSize: DOSSIER_PAGE,
  };
}

/** One page of a dossier section, masked as the dossier is (collected records: of one kind, or all kinds newest first). */
export async function viewDossierSection(db: Db, creditCode: string, viewer: Viewer, section: DossierSection, page: number, perPage: number, kind?: string) {
  const v = await prepareDossier(db, creditCode, viewer);
  const rows: unknown[] =
    section === 'timeline' ? v.timeline
    : section === 'tasks' ? v.openTasks.tasks
    : section === 'records' ? v.stored.records.byKind.filter((g) => !kind || g.kind === kind).flatMap((g) => g.items.map((item) => ({ kind: g.kind, ...item })))
    : v.stored[section];
  const start = (page - 1) * perPage;
  return { data: maskStrings(rows.slice(start, start + perPage), v.replace), total: rows.length };
}

async function prepareDossier(db: Db, creditCode: string, viewer: Viewer) {
  const now = new Date();
  const stored = await dossierOf(db, creditCode, shanghaiDate(now));
  if (!stored) throw notFound(`no market entity has the credit code ${creditCode}`, { code: 'entity-not-found', params: { creditCode } });
  const clock = await deadlineClock(db, now);
  const involved = involvedDepartments(stored);
  const seesNames =
    viewer.seesIdNumbers || viewer.districtWide || (viewer.departmentCode !== null && involved.has(viewer.departmentCode)) || (viewer.departmentName !== null && viewer.departmentName === stored.entity.registrationAuthority);

  const { entity } = stored;
  const rep = entity.legalRepresentative;
  const shownName = seesNames ? entity.name : publicEntityName(entity.creditCode, entity.name);
  const replace = (s: string) => {
    let out = s;
    if (!seesNames) {
      if (shownName !== entity.name) out = out.split(entity.name).join(shownName);
      if (rep) out = out.split(rep).join(maskPersonName(rep));
      out = out.replace(PHONE, '$1****$2');
    }
    if (!viewer.seesIdNumbers) out = out.replace(ID_NUMBER, '$1********$2');
    return out;
  };

  const mine = (t: StoredDossier['openTasks'][number]) => viewer.districtWide || (viewer.departmentCode !== null && t.department?.code === viewer.departmentCode);
  const byDepartment = new Map<string, { department: { code: string; name: string } | null; count: number; titles: string[] }>();
  for (const t of stored.openTasks) {
    const k = t.department?.code ?? '';
    const group = byDepartment.get(k) ?? { department: t.department, count: 0, titles: [] };
    group.count += 1;
    group.titles.push(t.title);
    byDepartment.set(k, group);
  }
  const openTasks = {
    total: stored.openTasks.length,
    byDepartment: [...byDepartment.values()],
    tasks: stored.openTasks.filter(mine).map((t) => ({ ...t, dueAt: t.dueAt.toISOString(), ...clock.lightOf({ type: t.type as TaskType, status: t.status, dueAt: t.dueAt }) })),
    tasksOfDepartment: viewer.districtWide ? null : viewer.departmentCode,
  };
  const visibleTaskIds = new Set(openTasks.tasks.map((t) => String(t.id)));
  // Another department's task has no page for this viewer: its timeline item keeps its title, not its link.
  const timeline = stored.timeline.map((item) => (item.link?.resource === 'tasks' && !visibleTaskIds.has(item.link.id) ? { ...item, link: null } : item));

  // The credit-risk model's score and why (F14): as the nightly scoring stored it, or, for an entity not scored yet
  // (registered today), computed now by the same model.
  const risk = await riskOf(db, creditCode, entity.riskClass as string);

  const maskedEntity = maskStrings(stored.entity, replace);
  return {
    stored,
    timeline,
    openTasks,
    replace,
    entity: { ...maskedEntity, name: shownName, legalRepresentative: seesNames ? rep : maskPersonName(rep) },
    risk,
    masking: { names: !seesNames, phoneNumbers: !seesNames, idNumbers: !viewer.seesIdNumbers },
  };
}

async function riskOf(db: Db, creditCode: string, storedClass: string) {
  const stored = await storedRisk(db, creditCode);
  if (stored) return { class: stored.riskClass, score: stored.score, factors: stored.factors, modelVersion: stored.modelVersion, asOf: stored.asOf };
  const model = await currentRiskModel(db);
  const asOf = shanghaiDate(new Date());
  const now = scoreRisk(model, (await riskFacts(db, [creditCode], asOf, model.windowMonths)).get(creditCode)!);
  return { class: storedClass, score: now.score, factors: now.factors, modelVersion: model.version, asOf };
}

const CreditCodeParam = z.object({ creditCode: text().min(1).max(40).describe('unified social credit code (18 characters)') });
const Section = z.array(z.record(z.string(), z.unknown()));
const Dossier = z
  .object({
    entity: z.record(z.string(), z.unknown()).describe('register data (登记信息); `legalRepresentative` and a personal `name` masked by role'),
    registrations: Section.describe('register history: establish, change, deregister events, newest first'),
    licenses: Section.describe('licenses with `state`: valid, expiring (within the item’s warning window, else 60 days), expired, revoked (the entity was revoked or deregistered)'),
    notifications: Section.describe('dual-notification notices (双告知) and their stage'),
    inspections: Section.describe('spot checks and routine inspections with their results'),
    cases: Section,
    penalties: Section.describe('penalties decided in the cases'),
    listings: Section.describe('credit listings with their measures (active ones) and liftings (`endedOn`, `endReason`)'),
    warnings: Section,
    records: z.object({ available: z.boolean(), byKind: Section }).describe('collected records (归集) by kind, each with its items; `available: false` where collection is not set up'),
    openTasks: z.object({ total: z.number().int(), byDepartment: Section.describe('every department: count and titles'), tasks: Section.describe('rows of your own department (all for district-wide roles), with workingDaysLeft and light'), tasksOfDepartment: z.string().nullable() }),
    timeline: z.array(z.object({ at: z.string(), kind: z.string(), title: z.string(), department: z.object({ code: z.string(), name: z.string() }).nullable(), link: z.object({ resource: z.string(), id: z.string() }).nullable() })).describe('everything, newest first; `link` the admin UI page of the item'),
    risk: z
      .object({
        class: z.string().describe('the credit-risk class A–D the spot-check strata use'),
        score: z.number(),
        factors: z.array(z.object({ factor: z.enum(RISK_FACTORS), count: z.number().int(), points: z.number().int() })).describe('the facts that scored, most points first'),
        modelVersion: z.number().int().describe('the version of the district office\'s model that scored it'),
        asOf: z.string().describe('the date the facts were counted at (YYYY-MM-DD)'),
      })
      .openapi('EntityRisk'),
    masking: z.object({ names: z.boolean(), phoneNumbers: z.boolean(), idNumbers: z.boolean() }).describe('what was masked for you'),
    totals: z
      .object(Object.fromEntries(DOSSIER_SECTIONS.map((s) => [s, z.number().int()])) as Record<DossierSection, z.ZodNumber>)
      .describe(`rows each section has; a section holds its first ${DOSSIER_PAGE} (collected records: of each kind, \`count\` all of the kind), the rest from GET /api/v1/entities/{creditCode}/sections/{section}`),
    pageSize: z.number().int().describe(`rows of each section in the dossier (${DOSSIER_PAGE})`),
  })
  .openapi('EntityDossier');
const SectionParams = CreditCodeParam.extend({ section: z.enum(DOSSIER_SECTIONS).describe('a paged section of the dossier; `tasks` are the rows of `openTasks.tasks`') });
const SectionQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  perPage: z.coerce.number().int().min(1).max(500).default(DOSSIER_PAGE),
  kind: z.enum(RECORD_KINDS).optional().describe('records only: one kind of collected record (else every kind)'),
});
const SectionPage = z
  .object({
    data: z.array(z.record(z.string(), z.unknown())).describe('rows as in the dossier’s section, newest first, masked alike (records: each with its `kind`)'),
    total: z.number().int(),
  })
  .openapi('DossierSectionPage');
const dossierDescription =
  'The dossier (一户一档). Names of natural persons and phone numbers are shown to the administrator, district-wide departments and the entity’s own departments (license, notice, inspection, case, warning or task about it, or its registration authority), masked (张*, 138****1234) for everyone else; ID numbers in full only to the administrator.';
document({ method: 'get', path: '/api/v1/entities/{creditCode}', operationId: 'getEntityDossier', summary: 'Get an entity’s dossier', description: dossierDescription, tags: ['entities'], security: userSecurity, request: { params: CreditCodeParam }, responses: { 200: { description: 'the dossier', content: { 'application/json': { schema: Dossier } } } } }, [401, 403, 404, 422]);
document({ method: 'get', path: '/api/ext/v1/entities/{creditCode}', operationId: 'getSharedEntityDossier', summary: 'Get an entity’s dossier as shared data', description: `scope entity:read. ${dossierDescription} An API key counts as its department (none: an uninvolved one).`, tags: ['external'], security: systemSecurity, request: { params: CreditCodeParam }, responses: { 200: { description: 'the dossier', content: { 'application/json': { schema: Dossier } } } } }, [401, 403, 404, 422]);

document({ method: 'get', path: '/api/v1/entities/{creditCode}/sections/{section}', operationId: 'getEntityDossierSection', summary: 'Page through a section of an entity’s dossier', description: `The rows of a long section beyond the dossier’s first ${DOSSIER_PAGE}, masked as the dossier is.`, tags: ['entities'], security: userSecurity, request: { params: SectionParams, query: SectionQuery }, responses: { 200: { description: 'one page of the section', content: { 'application/json': { schema: SectionPage } } } } }, [400, 401, 403, 404, 422]);

document({ method: 'get', path: '/api/ext/v1/entities/{creditCode}/sections/{section}', operationId: 'getSharedEntityDossierSection', summary: 'Page through a section of an entity’s shared dossier', description: `scope entity:read. The rows of a long section beyond the dossier’s first ${DOSSIER_PAGE}, masked as the shared dossier is.`, tags: ['external'], security: systemSecurity, request: { params: SectionParams, query: SectionQuery }, responses: { 200: { description: 'one page of the section', content: { 'application/json': { schema: SectionPage } } } } }, [400, 401, 403, 404, 422]);

const codeOf = (params: unknown) => {
  const { creditCode } = parse(CreditCodeParam, params, 'path');
  requireValidCreditCode(creditCode, 'creditCode');
  return creditCode;
};

const staffViewer = (u: SessionUser): Viewer => ({
  seesIdNumbers: u.roles.includes('admin'),
  districtWide: u.roles.includes('admin') || u.department.kind === 'district',
  departmentCode: u.department.code,
  departmentName: u.department.name,
});

/** `GET /entities/{creditCode}` for staff (mounted under /api/v1). */
export function dossierRoutes(db: Db): Router {
  const r = Router();
  r.get('/entities/:creditCode', requireUser(db, 'admin', 'supervisor', 'inspector', 'clerk', 'leader'), async (req, res) => {
    res.json(await viewDossier(db, codeOf(req.params), staffViewer(req.user!)));
  });
  r.get('/entities/:creditCode/sections/:section', requireUser(db, 'admin', 'supervisor', 'inspector', 'clerk', 'leader'), async (req, res) => {
    const creditCode = codeOf({ creditCode: req.params.creditCode });
    const { section } = parse(SectionParams, req.params, 'path');
    const q = query(SectionQuery, req);
    res.json(await viewDossierSection(db, creditCode, staffViewer(req.user!), section, q.page, q.perPage, q.kind));
  });
  return r;
}

/** `GET /entities/{creditCode}` for other systems (mounted under /api/ext/v1). */
export function sharedDossierRoutes(db: Db): Router {
  const r = Router();
  const systemViewer = async (departmentCode: string | null | undefined): Promise<Viewer> => {
    const department = departmentCode ? ((await departmentsByCode(db)).get(departmentCode) ?? null) : null;
    return { seesIdNumbers: false, districtWide: department?.kind === 'district', departmentCode: department?.code ?? null, departmentName: department?.name ?? null };
  };
  r.get('/entities/:creditCode', requireScope(db, 'entity:read'), async (req, res) => {
    res.json(await viewDossier(db, codeOf(req.params), await systemViewer(req.apiClient!.departmentCode)));
  });
  r.get('/entities/:creditCode/sections/:section', requireScope(db, 'entity:read'), async (req, res) => {
    const creditCode = codeOf({ creditCode: req.params.creditCode });
    const { section } = parse(SectionParams, req.params, 'path');
    const q = query(SectionQuery, req);
    res.json(await viewDossierSection(db, creditCode, await systemViewer(req.apiClient!.departmentCode), section, q.page, q.perPage, q.kind));
  });
  return r;
}
