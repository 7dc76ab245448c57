import { Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useListContext, useTranslate } from 'react-admin';

import { apiFetch } from '../api';
import { WorkbookButton } from '../ExportButton';
import type { EfficiencyForecast } from '../types';
import { CountLink } from './CountLink';
import { forecastTasksFilter, type PageFilter } from './drillDown';
import { LoadingBar } from '../LoadingBar';

const E = 'resources.efficiency.forecast';
const HORIZONS = [1, 3, 5] as const;

/**
 * 超期预测: beside the table, the open tasks that will be overdue by the end of the next 1, 3 and 5 working
 * days, per department or person (the page's grouping, task type and department), each count opening them.
 */
export const ForecastPanel = () => {
    const translate = useTranslate();
    const { filterValues } = useListContext();
    const page = filterValues as PageFilter & { by?: string };
    const query = new URLSearchParams({ by: page.by ?? 'department', ...(page.taskType ? { taskType: page.taskType } : {}), ...(page.department ? { department: page.department } : {}) });
    const { data, isPending } = useQuery({
        queryKey: ['efficiency-forecast', query.toString()],
        queryFn: () => apiFetch<EfficiencyForecast>(`/efficiency/forecast?${query.toString()}`),
    });
    const byPerson = page.by === 'person';
    return (
        <Card sx={{ ml: { lg: 2 }, mt: { xs: 2, lg: 8 }, width: 300, flexShrink: 0, alignSelf: 'flex-start' }} data-testid="efficiency-forecast">
            <CardContent>
                <Stack direction="row" alignItems="center">
                    <Typography variant="subtitle1" component="h2" sx={{ flexGrow: 1 }}>
                        {translate(`${E}.title`)}
                    </Typography>
                    <WorkbookButton path={`/efficiency/forecast?${query.toString()}&format=xlsx`} disabled={!data || data.data.length === 0} testId="export-forecast" />
                </Stack>
                {isPending || !data ? (
                    <LoadingBar />
                ) : data.data.length === 0 ? (
                    <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid="forecast-empty">
                        {translate(`${E}.empty`)}
                    </Typography>
                ) : (
                    <Table size="small">
                        <TableHead>
                            <TableRow>
                                <TableCell rowSpan={2}>{translate(byPerson ? 'resources.efficiency.fields.person' : 'resources.efficiency.fields.department')}</TableCell>
                                <TableCell colSpan={HORIZONS.length} align="center">
                                    {translate(`${E}.within`)}
                                </TableCell>
                            </TableRow>
                            <TableRow>
                                {HORIZONS.map(n => (
                                    <TableCell key={n} align="right">
                                        {n}
                                    </TableCell>
                                ))}
                            </TableRow>
                        </TableHead>
                        <TableBody>
                            {data.data.map(row => (
                                <TableRow key={row.id} data-testid={`forecast-row-${row.id}`}>
                                    <TableCell>
                                        {byPerson ? (
                                            <>
                                                {row.person?.displayName ?? translate('resources.efficiency.unassigned')}
                                                <Typography component="div" variant="caption" sx={{ color: 'text.secondary' }}>
                                                    {row.department?.name}
                                                </Typography>
                                            </>
                                        ) : (
                                            (row.department?.name ?? translate('resources.efficiency.noDepartment'))
                                        )}
                                    </TableCell>
                                    {HORIZONS.map(n => (
                                        <TableCell key={n} align="right">
                                            <CountLink
                                                value={row[`within${n}`]}
                                                filter={forecastTasksFilter(row, data.now, data.horizons[n], page)}
                                                testId={`forecast-within${n}-${row.id}`}
                                                danger={n === 1}
                                            />
                                        </TableCell>
                                    ))}
                                </TableRow>
                            ))}
                        </TableBody>
                    </Table>
                )}
                <Typography variant="caption" sx={{ display: 'block', mt: 1, color: 'text.secondary' }}>
                    {translate(`${E}.help`)}
                </Typography>
            </CardContent>
        </Card>
    );
};
