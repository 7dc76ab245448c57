import type { EfficiencyRow, ForecastRow } from '../types';

// A number on the efficiency page opens the tasks behind it: the task list (GET /tasks) with the filters
// that select exactly what the API counted (api/efficiency/routes.ts describes the pairs).

/** The measures of a row and the task-list filter that selects each one's tasks. */
export const MEASURE_FILTERS = {
    received: {},
    completed: { status: ['completed'] },
    onTime: { completedLate: 'false' },
    overdue: { completedLate: 'true' },
    openOverdue: { overdue: 'true', status: ['open', 'claimed'] },
    escalated: { escalated: 'true' },
} as const;
export type Measure = keyof typeof MEASURE_FILTERS;
export const MEASURES = Object.keys(MEASURE_FILTERS) as Measure[];

/** The group of a row as task-list filters: its department, or its person (or nobody, within the department). */
const groupFilter = (row: EfficiencyRow | ForecastRow, department: string | undefined): Record<string, unknown> | null => {
    if (row.person) return { assignee: row.person.username, ...(department ? { department } : {}) };
    if (!row.department) return null;
    return row.id.startsWith('-') ? { unassigned: 'true', department: row.department.code } : { department: row.department.code };
};

export interface PageFilter {
    taskType?: string;
    department?: string;
    from?: string;
    to?: string;
}

/** The task-list filter behind one number of the efficiency table; null when no list can say it. */
export const efficiencyTasksFilter = (row: EfficiencyRow, measure: Measure, page: PageFilter): Record<string, unknown> | null => {
    const group = groupFilter(row, page.department);
    if (!group) return null;
    return {
        ...group,
        type: row.taskType,
        ...(page.from ? { createdFrom: page.from } : {}),
        ...(page.to ? { createdTo: page.to } : {}),
        ...MEASURE_FILTERS[measure],
    };
};

/** The task-list filter behind one forecast count: open, not overdue yet, due by the horizon's end. */
export const forecastTasksFilter = (row: ForecastRow, now: string, horizonEnd: string, page: PageFilter): Record<string, unknown> | null => {
    const group = groupFilter(row, page.department);
    if (!group) return null;
    return {
        ...group,
        ...(page.taskType ? { type: page.taskType } : {}),
        status: ['open', 'claimed'],
        dueFrom: now,
        // The horizon ends at its last millisecond; the list's dueBefore excludes its bound.
        dueBefore: new Date(Date.parse(horizonEnd) + 1).toISOString(),
    };
};

/** The router location of the drill-down list with a filter. */
export const tasksLocation = (filter: Record<string, unknown>) => ({
    pathname: '/efficiency-tasks',
    search: `?${new URLSearchParams({ filter: JSON.stringify(filter), sort: 'dueAt', order: 'ASC', page: '1' }).toString()}`,
});
