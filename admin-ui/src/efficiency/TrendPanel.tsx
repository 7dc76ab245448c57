import { Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useListContext, useLocaleState, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';

import { apiFetch } from '../api';
import { WorkbookButton } from '../ExportButton';
import { LoadingBar } from '../LoadingBar';
import { StatisticsChart } from '../statistics/StatisticsChart';
import type { StatisticSection } from '../statistics/types';
import { monthLabel } from '../time';
import type { EfficiencyTrendRow } from '../types';
import { CountLink } from './CountLink';
import { tasksLocation, type PageFilter } from './drillDown';

const E = 'resources.efficiency.trend';
type Interval = 'week' | 'month';

/** The columns of the trend: the chart draws the first three counts. */
const COLUMNS = ['received', 'completed', 'overdue', 'onTime', 'onTimeRate', 'medianWorkingDays', 'p90WorkingDays'] as const;

/** The day after a period's last day: a week's Monday + 7, a month's first of the next. */
const periodEnd = (interval: Interval, id: string) => {
    if (interval === 'week') return new Date(Date.parse(`${id}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    const [y, m] = id.split('-').map(Number);
    return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/** The tasks created in one week or month, in the page's department and task type. */
const periodTasksFilter = (interval: Interval, row: EfficiencyTrendRow, page: PageFilter) => ({
    ...(page.department ? { department: page.department } : {}),
    ...(page.taskType ? { type: page.taskType } : {}),
    createdFrom: `${interval === 'week' ? row.id : `${row.id}-01`}T00:00:00+08:00`,
    createdBefore: `${periodEnd(interval, row.id)}T00:00:00+08:00`,
});

const EN_DAY = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** A period in the reader's language: the server's Chinese words, or an English date range or month. */
const periodLabel = (locale: string, interval: Interval, row: EfficiencyTrendRow) => {
    if (interval === 'month') return monthLabel(locale, row);
    if (locale !== 'en') return row.label;
    const monday = Date.parse(`${row.id}T00:00:00Z`);
    return `${EN_DAY.format(monday)} – ${EN_DAY.format(monday + 6 * 86_400_000)}`;
};

const cell = (value: number | null) => (value === null ? '—' : String(Math.round(value * 10) / 10));

/**
 * 趋势: of the tasks that came in each week or month (the page's department and task type; the last 12 weeks or
 * months up to the page's end date), how many were done, how many late, and how long they took; a point or a
 * count opens that period's tasks.
 */
export const TrendPanel = () => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    const navigate = useNavigate();
    const { filterValues } = useListContext();
    const page = filterValues as PageFilter;
    const [interval, setInterval] = useState<Interval>('month');
    const query = new URLSearchParams({ interval, ...(page.to ? { to: page.to } : {}), ...(page.taskType ? { taskType: page.taskType } : {}), ...(page.department ? { department: page.department } : {}) });
    const { data, isPending } = useQuery({
        queryKey: ['efficiency-trend', query.toString()],
        queryFn: () => apiFetch<{ data: EfficiencyTrendRow[] }>(`/efficiency/trend?${query.toString()}`),
    });
    const header = (key: string) => translate(`${E}.columns.${key}`);
    const section: StatisticSection | null = data
        ? {
              key: 'trend',
              title: translate(`${E}.title`),
              chart: 'line',
              columns: [{ key: 'label', title: header('label'), type: 'text' }, ...COLUMNS.map(key => ({ key, title: header(key), type: key === 'onTimeRate' ? ('percent' as const) : ('number' as const) }))],
              rows: data.data.map(r => ({ ...r, label: periodLabel(locale, interval, r) })),
          }
        : null;
    return (
        <Card sx={{ mt: 2 }} data-testid="efficiency-trend">
            <CardContent>
                <Stack direction="row" alignItems="center" spacing={2} sx={{ mb: 1 }}>
                    <Typography variant="subtitle1" component="h2" sx={{ flexGrow: 1 }}>
                        {translate(`${E}.title`)}
                    </Typography>
                    <ToggleButtonGroup size="small" exclusive value={interval} onChange={(_, v: Interval | null) => v && setInterval(v)} aria-label={translate(`${E}.interval`)}>
                        <ToggleButton value="week" data-testid="trend-week">{translate(`${E}.week`)}</ToggleButton>
                        <ToggleButton value="month" data-testid="trend-month">{translate(`${E}.month`)}</ToggleButton>
                    </ToggleButtonGroup>
                    <WorkbookButton path={`/efficiency/trend?${query.toString()}&format=xlsx`} disabled={!data} testId="export-trend" />
                </Stack>
                {isPending || !section || !data ? (
                    <LoadingBar />
                ) : (
                    <>
                        <StatisticsChart section={section} header={(_key, title) => title} onPick={i => navigate(tasksLocation(periodTasksFilter(interval, data.data[i], page)))} />
                        <Table size="small">
                            <TableHead>
                                <TableRow>
                                    <TableCell>{header('label')}</TableCell>
                                    {COLUMNS.map(key => (
                                        <TableCell key={key} align="right">
                                            {header(key)}
                                        </TableCell>
                                    ))}
                                </TableRow>
                            </TableHead>
                            <TableBody>
                                {data.data.map(row => (
                                    <TableRow key={row.id} data-testid={`trend-row-${row.id}`}>
                                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{periodLabel(locale, interval, row)}</TableCell>
                                        <TableCell align="right">
                                            <CountLink value={row.received} filter={periodTasksFilter(interval, row, page)} testId={`trend-${row.id}-received`} />
                                        </TableCell>
                                        <TableCell align="right">{row.completed}</TableCell>
                                        <TableCell align="right">{row.overdue}</TableCell>
                                        <TableCell align="right">{row.onTime}</TableCell>
                                        <TableCell align="right">{row.onTimeRate === null ? '—' : `${row.onTimeRate}%`}</TableCell>
                                        <TableCell align="right">{cell(row.medianWorkingDays)}</TableCell>
                                        <TableCell align="right">{cell(row.p90WorkingDays)}</TableCell>
                                    </TableRow>
                                ))}
                            </TableBody>
                        </Table>
                        <Typography variant="caption" sx={{ display: 'block', mt: 1, color: 'text.secondary' }}>
                            {translate(`${E}.help`)}
                        </Typography>
                    </>
                )}
            </CardContent>
        </Card>
    );
};
