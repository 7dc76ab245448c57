// A statistic's drill-down as the dashboard follows it (admin-ui/src/statistics/StatisticsDashboard.tsx `open`):
// the list's path and query for one row, so a test reads the list a click opens and compares it with the number.

interface Drill {
  resource: string;
  filter: string;
  key?: string;
  also?: Array<{ filter: string; key: string }>;
  fixed?: Record<string, string>;
  period?: { from: string; to: string };
  column?: string;
}

/** The API behind each list the dashboard opens (the efficiency drill-down reads the task list). */
const PATHS: Record<string, string> = { 'efficiency-tasks': '/api/v1/tasks' };

/** The list request a click on `row` opens, the statistic asked for `period`; null when the row opens nothing. */
export function drillRequest(drill: Drill, row: Record<string, unknown>, period: { from: string; to: string }): string | null {
  const value = row[drill.key ?? 'id'];
  if (value === null || value === undefined || value === '') return null;
  const filter: Record<string, string> = { [drill.filter]: String(value) };
  for (const more of drill.also ?? []) if (row[more.key] !== null && row[more.key] !== undefined && row[more.key] !== '') filter[more.filter] = String(row[more.key]);
  Object.assign(filter, drill.fixed ?? {});
  if (drill.period) Object.assign(filter, { [drill.period.from]: period.from, [drill.period.to]: period.to });
  return `${PATHS[drill.resource] ?? `/api/v1/${drill.resource}`}?${new URLSearchParams({ ...filter, perPage: '100' }).toString()}`;
}
