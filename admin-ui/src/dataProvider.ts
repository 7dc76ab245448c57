import type {
    CreateResult,
    DataProvider,
    GetListParams,
    GetListResult,
    GetManyReferenceResult,
    GetOneResult,
    Identifier,
    RaRecord,
    UpdateResult,
} from 'react-admin';
import { HttpError } from 'react-admin';

import { apiFetch, postJson } from './api';
import { CATALOG_RESOURCES, catalogChangeBody } from './catalogs/catalogs';
import type { EligibilityPolicy } from './eligibility/api';
import type {
    BulkResult,
    Completion,
    DelistInput,
    EnforcementCase,
    Evidence,
    Inspection,
    ListingAnswer,
    PunishmentMeasure,
    Reassignment,
    ResultsInput,
    RoutineInspectionInput,
    Task,
    TaskCounts,
    TimelineEntry,
    WarningRule,
} from './types';

/**
 * The queue and the overdue and due-soon boards are views of /tasks: their list pages add
 * their own permanent filters, the API path is the same.
 */
const apiPaths: Record<string, string> = {
    tasks: '/tasks',
    queue: '/tasks',
    overdue: '/tasks',
    'due-soon': '/tasks',
    // 效能明细: the tasks behind a number of the efficiency page.
    'efficiency-tasks': '/tasks',
    efficiency: '/efficiency',
    departments: '/departments',
    users: '/users',
    // 监管资源 (F2).
    inspectors: '/inspectors',
    experts: '/experts',
    'third-parties': '/third-parties',
    conflicts: '/conflicts',
    'resource-distribution': '/resources/distribution',
    'check-item-expertise': '/check-item-expertise',
    'inspection-plans': '/inspection-plans',
    inspections: '/inspections',
    // 我的检查: the inspections of my teams (member=me, the list's permanent filter).
    'my-inspections': '/inspections',
    entities: '/entities',
    'check-items': '/check-items',
    cases: '/cases',
    regions: '/regions',
    'license-items': '/license-items',
    'credit-listings': '/credit-listings',
    'punishment-measures': '/punishment-measures',
    'punishment-feedback': '/punishment-feedback',
    warnings: '/warnings',
    'warning-rules': '/warning-rules',
    'stuck-processes': '/operations/stuck-processes',
    'eligibility-checks': '/eligibility-checks',
    'eligibility-policies': '/eligibility-policies',
    subscriptions: '/subscriptions',
    'api-keys': '/api-keys',
    records: '/records',
    imports: '/imports',
    'audit-log': '/audit-log',
    // 事项清单 (F1): the three catalogs, one API shape.
    'catalog-license-items': '/catalogs/license-items',
    'catalog-penalty-items': '/catalogs/penalty-items',
    'catalog-check-items': '/catalogs/check-items',
};

const CATALOG_RESOURCE_NAMES = Object.keys(CATALOG_RESOURCES);

/** Department and check item rows are keyed by `code`; react-admin needs an `id`. */
const recordIds: Record<string, (row: Record<string, unknown>) => Identifier> = {
    departments: row => row.code as string,
    entities: row => row.creditCode as string,
    'check-items': row => row.code as string,
    'check-item-expertise': row => (row.checkItem as { code: string }).code,
    regions: row => row.code as string,
    'license-items': row => row.code as string,
};

/**
 * The reference lists (check items, regions, license items) answer in full and know no filter: the
 * filters, the order and the page are applied here. Plans, inspections and cases page on the server.
 */
const wholeLists: Record<string, readonly string[]> = {
    'check-items': [],
    regions: [],
    'license-items': [],
    // The measures catalog, the warning rules and the feedback board are small and answered whole too;
    // the board's period (`from`, `to`) is the API's to apply.
    'punishment-measures': [],
    'warning-rules': [],
    'punishment-feedback': ['from', 'to'],
    // The eligibility check's policies: a handful.
    'eligibility-policies': [],
    // The check items needing outside expertise: a handful.
    'check-item-expertise': [],
};

/** The pseudo-resource of the menu's counts (useTaskCounts): `getOne` answers GET /tasks/counts. */
export const TASK_COUNTS = 'task-counts';

// Largest page the reference pickers ask for; departments and a department's users fit in it.
export const PICKER_PAGE_SIZE = 100;

export interface TaskActions {
    claimTask: (id: Identifier) => Promise<{ data: Task }>;
    completeTask: (id: Identifier, completion: Completion) => Promise<{ data: Task }>;
    reassignTask: (id: Identifier, reassignment: Reassignment) => Promise<{ data: Task }>;
    /** Claims each task as claimTask would, answering per task (POST /tasks/bulk-claim). */
    bulkClaimTasks: (ids: Identifier[]) => Promise<BulkResult[]>;
    /** Reassigns each task as reassignTask would, answering per task (POST /tasks/bulk-reassign). */
    bulkReassignTasks: (ids: Identifier[], reassignment: Reassignment) => Promise<BulkResult[]>;
    /** The menu's counts of my open tasks (GET /tasks/counts). */
    taskCounts: () => Promise<TaskCounts>;
}

export interface InspectionActions {
    /** A team member records the results of an inspection, before anyone confirms them. */
    recordResults: (id: Identifier, input: ResultsInput) => Promise<{ data: Inspection }>;
    /** The photos and documents of an inspection, oldest first (without their content). */
    inspectionEvidence: (id: Identifier) => Promise<Evidence[]>;
    /** A team member (or their supervisor) adds a photo or document, sent as itself with its type and name. */
    uploadEvidence: (id: Identifier, file: File) => Promise<{ data: Evidence }>;
    /** Starts a routine check (日常检查) for a team of the user's department. */
    startRoutineInspection: (input: RoutineInspectionInput) => Promise<{ inspectionKey: string; workflowId: string }>;
}

export interface CaseActions {
    /** Someone working the case asks for the open step's one extension (409 when asked or extended already). */
    requestCaseExtension: (id: Identifier, reason: string) => Promise<{ data: EnforcementCase }>;
    /** A supervisor other than the asker approves it (403 own-extension-approval to the asker). */
    approveCaseExtension: (id: Identifier, comment?: string) => Promise<{ data: EnforcementCase }>;
}

export interface CreditActions {
    /** A supervisor ends a listing early (403 not the authority's, 409 already ended, 422 a date too early). */
    delistListing: (id: Identifier, input: DelistInput) => Promise<{ data: ListingAnswer }>;
}

export interface WarningActions {
    /** Runs every enabled warning rule now; answers how many warnings it raised. */
    runWarningScan: () => Promise<{ data: { workflowId: string; raised: number } }>;
}

export type ZongjianDataProvider = DataProvider & TaskActions & InspectionActions & CaseActions & CreditActions & WarningActions;

const pathOf = (resource: string): string => {
    const path = apiPaths[resource];
    if (!path) throw new Error(`Unknown resource: ${resource}`);
    return path;
};

const withId = (resource: string) => {
    const idOf = recordIds[resource];
    return <T extends Record<string, unknown>>(row: T): T & RaRecord =>
        (idOf ? { ...row, id: idOf(row) } : row) as T & RaRecord;
};

/**
 * `?page=1&perPage=25&sort=field&order=ASC&<filters>`. An array filter is sent comma-separated
 * (`status=open,claimed`). A boolean filter switched off means "do not filter", so it is left
 * out: `overdue=false` would ask for the tasks that are not overdue.
 */
const listQuery = ({ pagination, sort, filter }: Partial<GetListParams>) => {
    const query = new URLSearchParams();
    if (pagination) {
        query.set('page', String(pagination.page));
        query.set('perPage', String(pagination.perPage));
    }
    if (sort?.field) {
        query.set('sort', sort.field);
        query.set('order', sort.order);
    }
    for (const [key, value] of Object.entries(filter ?? {})) {
        if (value === undefined || value === null || value === '' || value === false) continue;
        if (Array.isArray(value)) {
            if (value.length > 0) query.set(key, value.join(','));
        } else {
            query.set(key, String(value));
        }
    }
    return query.toString();
};

const isBlank = (value: unknown) =>
    value === undefined || value === null || value === '' || value === false || (Array.isArray(value) && value.length === 0);

/** `q` looks for its text in every text column; any other filter asks for equality (or one of an array). */
const matchesFilter = (row: Record<string, unknown>, key: string, wanted: unknown): boolean => {
    if (key === 'q') {
        const text = String(wanted).toLowerCase();
        return Object.values(row).some(value => typeof value === 'string' && value.toLowerCase().includes(text));
    }
    const value = row[key];
    // A row holding a list (a measure's list types) matches when the list holds what is wanted.
    if (Array.isArray(value)) return value.map(String).includes(String(wanted));
    return Array.isArray(wanted) ? wanted.map(String).includes(String(value)) : String(value) === String(wanted);
};

const compareBy = (field: string, order: string) => (a: Record<string, unknown>, b: Record<string, unknown>) => {
    const [x, y] = [a[field], b[field]];
    const sign = order === 'DESC' ? -1 : 1;
    if (x === y) return 0;
    if (x === undefined || x === null) return 1;
    if (y === undefined || y === null) return -1;
    return (x < y ? -1 : 1) * sign;
};

const getWholeList = async (
    resource: string,
    { pagination, sort, filter = {} }: Partial<GetListParams>
): Promise<GetListResult> => {
    const serverKeys = wholeLists[resource];
    const serverFilter = Object.fromEntries(Object.entries(filter).filter(([key]) => serverKeys.includes(key)));
    const { data } = await apiFetch<{ data: Record<string, unknown>[]; total: number }>(
        `${pathOf(resource)}?${listQuery({ filter: serverFilter })}`
    );
    let rows = data.map(withId(resource));
    for (const [key, wanted] of Object.entries(filter)) {
        if (serverKeys.includes(key) || isBlank(wanted)) continue;
        rows = rows.filter(row => matchesFilter(row, key, wanted));
    }
    if (sort?.field) rows = [...rows].sort(compareBy(sort.field, sort.order));
    const start = pagination ? (pagination.page - 1) * pagination.perPage : 0;
    const page = pagination ? rows.slice(start, start + pagination.perPage) : rows;
    return { data: page, total: rows.length };
};

const getList = async (resource: string, params: Partial<GetListParams>): Promise<GetListResult> => {
    if (resource in wholeLists) return getWholeList(resource, params);
    const { data, total, totalIsLowerBound } = await apiFetch<{ data: Record<string, unknown>[]; total: number; totalIsLowerBound?: boolean }>(
        `${pathOf(resource)}?${listQuery(params)}`
    );
    // Entity search and the task lists count up to a cap: the list says "more than" when there are more.
    return { data: data.map(withId(resource)), total, ...(totalIsLowerBound !== undefined ? { meta: { totalIsLowerBound } } : {}) };
};

/**
 * The server's export of a list (`&format=xlsx`): the list's filter and sort as getList sends them, no page
 * (the export holds every page). A list answered whole sends only the filters its API applies.
 */
export const listExportPath = (resource: string, { sort, filter = {} }: Pick<Partial<GetListParams>, 'sort' | 'filter'>): string => {
    const serverKeys = wholeLists[resource];
    const serverFilter = serverKeys ? Object.fromEntries(Object.entries(filter).filter(([key]) => serverKeys.includes(key))) : filter;
    const query = new URLSearchParams(listQuery({ sort: serverKeys ? undefined : sort, filter: serverFilter }));
    query.set('format', 'xlsx');
    return `${pathOf(resource)}?${query.toString()}`;
};

const taskPath = (id: Identifier, action = '') =>
    `/tasks/${encodeURIComponent(String(id))}${action ? `/${action}` : ''}`;

const creatable: readonly string[] = ['inspection-plans', 'credit-listings', 'punishment-measures', 'warnings', 'records', ...CATALOG_RESOURCE_NAMES];

/**
 * The PUT bodies: the form's record also holds what the API sends but does not take (`id`, `updatedAt`,
 * `updatedBy`), so only the fields of the API's input are sent.
 */
const updateBodies: Record<string, (data: Record<string, unknown>) => unknown> = {
    // A change is a new version made from the one the form was read at (`version`: a 409 when another came first).
    ...Object.fromEntries(CATALOG_RESOURCE_NAMES.map(resource => [resource, catalogChangeBody])),
    'eligibility-policies': data => {
        const { name, scenario, criteria, active } = data as unknown as EligibilityPolicy;
        // An emptied number means "penalties not checked" to the API.
        const months = criteria.penaltyWindowMonths;
        return { name, scenario, criteria: { ...criteria, penaltyWindowMonths: typeof months === 'number' && !Number.isNaN(months) ? months : null }, active };
    },
    'punishment-measures': data => {
        const { code, name, listTypes, scenario, departmentCode, legalBasis, active } = data as unknown as PunishmentMeasure;
        return { code, name, listTypes, scenario, departmentCode, legalBasis, active };
    },
    'warning-rules': data => {
        const { enabled, thresholdDays, level, departmentCode } = data as unknown as WarningRule;
        return {
            enabled,
            // An emptied number or picker means "none" to the API.
            thresholdDays: typeof thresholdDays === 'number' && !Number.isNaN(thresholdDays) ? thresholdDays : null,
            level,
            departmentCode: departmentCode || null,
        };
    },
};

const readOnly = (resource: string) =>
    Promise.reject(new Error(`The admin UI does not write ${resource} through the generic data provider`));

export const dataProvider: ZongjianDataProvider = {
    getList,

    getOne: async (resource, { id, meta }): Promise<GetOneResult> => {
        // The menu's counts, one record read through react-admin's cache so that a refresh re-reads them too.
        if (resource === TASK_COUNTS) return { data: { ...(await dataProvider.taskCounts()), id } };
        // The dossier page (一户一档) asks for the whole dossier; the pickers (below) for the search row.
        if (resource === 'entities' && meta?.dossier) {
            return { data: { ...(await apiFetch<Record<string, unknown>>(`/entities/${encodeURIComponent(String(id))}`)), id } };
        }
        // An entity picker's chosen value: GET /entities/{code} is the whole dossier, the search has the row.
        if (resource === 'entities') {
            const { data } = await getList(resource, { filter: { q: id }, pagination: { page: 1, perPage: 5 } });
            const row = data.find(candidate => String(candidate.id) === String(id));
            if (!row) throw new HttpError('ra.notification.item_doesnt_exist', 404);
            return { data: row };
        }
        // The whole-list resources have no `GET /<resource>/{code}`: the row is found in the list.
        if (resource in wholeLists) {
            const { data } = await getWholeList(resource, {});
            const row = data.find(candidate => String(candidate.id) === String(id));
            if (!row) throw new HttpError('ra.notification.item_doesnt_exist', 404);
            return { data: row };
        }
        const row = await apiFetch<Record<string, unknown>>(
            `${pathOf(resource)}/${encodeURIComponent(String(id))}`
        );
        return { data: withId(resource)(row) };
    },

    getMany: async (resource, { ids }) => {
        // The API has no "by ids" query; departments and reference lists are few, so one page holds them all.
        if (resource === 'departments' || resource in wholeLists) {
            const { data } = await getList(resource, {
                pagination: { page: 1, perPage: resource in wholeLists ? 1000 : PICKER_PAGE_SIZE },
                sort: { field: 'code', order: 'ASC' },
            });
            const wanted = new Set(ids.map(String));
            return { data: data.filter(department => wanted.has(String(department.id))) };
        }
        const records = await Promise.all(ids.map(id => dataProvider.getOne(resource, { id })));
        return { data: records.map(record => record.data) };
    },

    getManyReference: async (resource, { target, id, pagination, sort, filter }): Promise<GetManyReferenceResult> => {
        // A plan's inspections: the inspection list filtered by plan.
        if (resource === 'inspections' && target === 'planId') {
            return getList(resource, { pagination, sort, filter: { ...filter, planId: id } });
        }
        if (resource !== 'timeline' || target !== 'taskId') {
            throw new Error(`Unknown reference: ${resource} by ${target}`);
        }
        const { data } = await apiFetch<{ data: Omit<TimelineEntry, 'id'>[] }>(taskPath(id, 'timeline'));
        const entries: TimelineEntry[] = data.map((entry, index) => ({ ...entry, id: `${id}:${index}` }));
        return { data: entries, total: entries.length };
    },

    // Each form sends the API's own body: a plan (types.PlanInput), a listing (ListingInput), a measure,
    // a manual warning (ManualWarningInput).
    create: async (resource, { data }): Promise<CreateResult> => {
        if (!creatable.includes(resource)) return readOnly(resource);
        const answer = await postJson<Record<string, unknown>>(pathOf(resource), data);
        // A listing answers with what happened to it (listed, or already listed), named by `listingId`.
        if (resource === 'credit-listings') return { data: { ...answer, id: answer.listingId as string } };
        // A record entered online answers whether it was stored or merged, and the record as the list shows it.
        if (resource === 'records') return { data: { ...(answer.record as RaRecord), status: answer.status } };
        return { data: withId(resource)(answer) };
    },
    update: async (resource, { id, data }): Promise<UpdateResult> => {
        const body = updateBodies[resource];
        if (!body) return readOnly(resource);
        const row = await apiFetch<Record<string, unknown>>(`${pathOf(resource)}/${encodeURIComponent(String(id))}`, {
            method: 'PUT',
            body: JSON.stringify(body(data as Record<string, unknown>)),
        });
        return { data: withId(resource)(row) };
    },
    updateMany: resource => readOnly(resource),
    delete: resource => readOnly(resource),
    deleteMany: resource => readOnly(resource),

    claimTask: async id => ({ data: await postJson<Task>(taskPath(id, 'claim')) }),

    taskCounts: () => apiFetch<TaskCounts>('/tasks/counts'),

    completeTask: async (id, completion) => ({
        data: await postJson<Task>(taskPath(id, 'complete'), completion),
    }),

    reassignTask: async (id, reassignment) => ({
        data: await postJson<Task>(taskPath(id, 'reassign'), reassignment),
    }),

    bulkClaimTasks: async ids =>
        (await postJson<{ data: BulkResult[] }>('/tasks/bulk-claim', { taskIds: ids.map(Number) })).data,

    bulkReassignTasks: async (ids, reassignment) =>
        (await postJson<{ data: BulkResult[] }>('/tasks/bulk-reassign', { taskIds: ids.map(Number), ...reassignment })).data,

    recordResults: async (id, input) => ({
        data: await postJson<Inspection>(`/inspections/${encodeURIComponent(String(id))}/results`, input),
    }),

    inspectionEvidence: async id =>
        (await apiFetch<{ data: Evidence[] }>(`/inspections/${encodeURIComponent(String(id))}/evidence`)).data,

    uploadEvidence: async (id, file) => ({
        data: await apiFetch<Evidence>(
            `/inspections/${encodeURIComponent(String(id))}/evidence?${new URLSearchParams({ fileName: file.name })}`,
            { method: 'POST', body: file, headers: { 'Content-Type': file.type || 'application/octet-stream' } }
        ),
    }),

    startRoutineInspection: input => postJson('/routine-inspections', input),

    requestCaseExtension: async (id, reason) => ({
        data: await postJson<EnforcementCase>(`/cases/${encodeURIComponent(String(id))}/extension-request`, { reason }),
    }),

    approveCaseExtension: async (id, comment) => ({
        data: await postJson<EnforcementCase>(`/cases/${encodeURIComponent(String(id))}/extension`, comment ? { comment } : {}),
    }),

    delistListing: async (id, input) => ({
        data: await postJson<ListingAnswer>(`/credit-listings/${encodeURIComponent(String(id))}/delist`, input),
    }),

    // The API takes an empty body for "every enabled rule, every entity".
    runWarningScan: async () => ({ data: await postJson<{ workflowId: string; raised: number }>('/warning-scans', {}) }),
};
