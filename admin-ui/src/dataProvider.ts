import type {
    DataProvider,
    GetListParams,
    GetListResult,
    GetManyReferenceResult,
    GetOneResult,
    Identifier,
    RaRecord,
} from 'react-admin';

import { apiFetch, postJson } from './api';
import type { Completion, Task, TimelineEntry } from './types';

/**
 * The queue and the overdue board are two views of /tasks: their list pages add
 * their own permanent filters, the API path is the same.
 */
const apiPaths: Record<string, string> = {
    tasks: '/tasks',
    queue: '/tasks',
    overdue: '/tasks',
    departments: '/departments',
    users: '/users',
};

/** Department rows are keyed by `code`; react-admin needs an `id`. */
const recordIds: Record<string, (row: Record<string, unknown>) => Identifier> = {
    departments: row => row.code as string,
};

// Largest page the reference pickers ask for; departments and a department's users fit in it.
export const PICKER_PAGE_SIZE = 100;

export interface TaskActions {
    claimTask: (id: Identifier) => Promise<{ data: Task }>;
    completeTask: (id: Identifier, completion: Completion) => Promise<{ data: Task }>;
    reassignTask: (id: Identifier, assignee: string) => Promise<{ data: Task }>;
}

export type ZongjianDataProvider = DataProvider & TaskActions;

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

const getList = async (resource: string, params: Partial<GetListParams>): Promise<GetListResult> => {
    const { data, total } = await apiFetch<{ data: Record<string, unknown>[]; total: number }>(
        `${pathOf(resource)}?${listQuery(params)}`
    );
    return { data: data.map(withId(resource)), total };
};

const taskPath = (id: Identifier, action = '') =>
    `/tasks/${encodeURIComponent(String(id))}${action ? `/${action}` : ''}`;

const readOnly = (resource: string) =>
    Promise.reject(new Error(`The admin UI does not write ${resource} through the generic data provider`));

export const dataProvider: ZongjianDataProvider = {
    getList,

    getOne: async (resource, { id }): Promise<GetOneResult> => {
        const row = await apiFetch<Record<string, unknown>>(
            `${pathOf(resource)}/${encodeURIComponent(String(id))}`
        );
        return { data: withId(resource)(row) };
    },

    getMany: async (resource, { ids }) => {
        // The API has no "by ids" query; departments are few, so one page holds them all.
        if (resource === 'departments') {
            const { data } = await getList(resource, {
                pagination: { page: 1, perPage: PICKER_PAGE_SIZE },
                sort: { field: 'code', order: 'ASC' },
            });
            const wanted = new Set(ids.map(String));
            return { data: data.filter(department => wanted.has(String(department.id))) };
        }
        const records = await Promise.all(ids.map(id => dataProvider.getOne(resource, { id })));
        return { data: records.map(record => record.data) };
    },

    getManyReference: async (resource, { target, id }): Promise<GetManyReferenceResult> => {
        if (resource !== 'timeline' || target !== 'taskId') {
            throw new Error(`Unknown reference: ${resource} by ${target}`);
        }
        const { data } = await apiFetch<{ data: Omit<TimelineEntry, 'id'>[] }>(taskPath(id, 'timeline'));
        const entries: TimelineEntry[] = data.map((entry, index) => ({ ...entry, id: `${id}:${index}` }));
        return { data: entries, total: entries.length };
    },

    create: resource => readOnly(resource),
    update: resource => readOnly(resource),
    updateMany: resource => readOnly(resource),
    delete: resource => readOnly(resource),
    deleteMany: resource => readOnly(resource),

    claimTask: async id => ({ data: await postJson<Task>(taskPath(id, 'claim')) }),

    completeTask: async (id, completion) => ({
        data: await postJson<Task>(taskPath(id, 'complete'), completion),
    }),

    reassignTask: async (id, assignee) => ({
        data: await postJson<Task>(taskPath(id, 'reassign'), { assignee }),
    }),
};
