import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { DateInput, List, SelectInput, TopToolbar, useListContext, useTranslate } from 'react-admin';

import { DepartmentInput } from '../departments/DepartmentInput';
import { ExportButton } from '../ExportButton';
import { taskTypeChoices } from '../tasks/choices';
import type { EfficiencyRow } from '../types';
import { useSeesAll } from '../useSeesAll';
import { CountLink } from './CountLink';
import { efficiencyTasksFilter, MEASURES, type PageFilter } from './drillDown';
import { ForecastPanel } from './ForecastPanel';
import { TrendPanel } from './TrendPanel';
import { LoadingBar } from '../LoadingBar';

const E = 'resources.efficiency';

const byChoices = [
    { id: 'department', name: `${E}.by.department` },
    { id: 'person', name: `${E}.by.person` },
];

// The period is on when a task came in (createdAt, Shanghai days). Leaders, administrators and the district
// office pick any department; a supervisor reads their own department's (the API holds them to it).
const boardFilters = (seesAll: boolean) => [
    <SelectInput key="by" source="by" choices={byChoices} alwaysOn emptyText={`${E}.by.department`} emptyValue="department" />,
    <DateInput key="from" source="from" alwaysOn />,
    <DateInput key="to" source="to" alwaysOn />,
    <SelectInput key="taskType" source="taskType" choices={taskTypeChoices} alwaysOn />,
    ...(seesAll ? [<DepartmentInput key="department" source="department" alwaysOn />] : []),
];

/** A working-days figure: one decimal at most (a median of an even count may fall between two days). */
const days = (value: number | null | undefined) => (value === null || value === undefined ? '—' : String(Math.round(value * 10) / 10));

const BoardTable = () => {
    const translate = useTranslate();
    const { data, isPending, filterValues } = useListContext<EfficiencyRow>();
    const byPerson = filterValues.by === 'person';
    const page = filterValues as PageFilter;
    if (isPending) return <LoadingBar />;
    if (!data || data.length === 0) {
        return (
            <Typography variant="body2" sx={{ p: 2, color: 'text.secondary' }} data-testid="efficiency-empty">
                {translate(`${E}.empty`)}
            </Typography>
        );
    }
    return (
        <>
            {/* No width of its own (width 0, then the whole column): the page never grows wider than the screen, the table scrolls. */}
            <TableContainer sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
                <Table size="small" data-testid="efficiency-table">
                    <TableHead>
                        <TableRow>
                            <TableCell>{translate(`${E}.fields.department`)}</TableCell>
                            {byPerson && <TableCell>{translate(`${E}.fields.person`)}</TableCell>}
                            <TableCell>{translate(`${E}.fields.taskType`)}</TableCell>
                            {MEASURES.map(m => (
                                <TableCell key={m} align="right" sx={{ whiteSpace: 'nowrap' }}>
                                    {translate(`${E}.measures.${m}`)}
                                </TableCell>
                            ))}
                            <TableCell align="right" sx={{ minWidth: 72 }}>{translate(`${E}.measures.medianWorkingDays`)}</TableCell>
                            <TableCell align="right" sx={{ minWidth: 72 }}>{translate(`${E}.measures.p90WorkingDays`)}</TableCell>
                        </TableRow>
                    </TableHead>
                    <TableBody>
                        {data.map(row => (
                            <TableRow key={row.id} data-testid={`efficiency-row-${row.id}`}>
                                <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.department?.name ?? translate(`${E}.noDepartment`)}</TableCell>
                                {byPerson && <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.person?.displayName ?? translate(`${E}.unassigned`)}</TableCell>}
                                <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`resources.tasks.types.${row.taskType}`)}</TableCell>
                                {MEASURES.map(m => (
                                    <TableCell key={m} align="right" data-field={m}>
                                        <CountLink
                                            value={row[m]}
                                            filter={efficiencyTasksFilter(row, m, page)}
                                            testId={`efficiency-${m}-${row.id}`}
                                            danger={m === 'overdue' || m === 'openOverdue'}
                                        />
                                    </TableCell>
                                ))}
                                <TableCell align="right">{days(row.medianWorkingDays)}</TableCell>
                                <TableCell align="right">{days(row.p90WorkingDays)}</TableCell>
                            </TableRow>
                        ))}
                    </TableBody>
                </Table>
            </TableContainer>
            <Typography variant="caption" sx={{ display: 'block', p: 2, color: 'text.secondary' }}>
                {translate(`${E}.help`)}
            </Typography>
        </>
    );
};

/**
 * 效能监督 (F8): per department or person and task type, how many tasks came in and how they were
 * handled, each number opening its tasks; beside it what will be overdue within 1, 3 and 5 working days.
 */
export const EfficiencyBoard = () => {
    const seesAll = useSeesAll();
    return (
        <List
            // The table scrolls within its column rather than pushing the forecast off the screen.
            sx={{ '& .RaList-main': { minWidth: 0 } }}
            filters={boardFilters(seesAll)}
            filterDefaultValues={{ by: 'department' }}
            perPage={1000}
            pagination={false}
            exporter={false}
            empty={false}
            actions={
                <TopToolbar>
                    <ExportButton />
                </TopToolbar>
            }
            aside={<ForecastPanel />}
        >
            <BoardTable />
            <TrendPanel />
        </List>
    );
};
