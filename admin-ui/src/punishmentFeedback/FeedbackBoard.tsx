import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { DateInput, List, TopToolbar, useListContext, useTranslate } from 'react-admin';

import { ExportButton } from '../ExportButton';

import { FEEDBACK_COUNTS, FEEDBACK_KINDS, type FeedbackCounts, type FeedbackKind, type FeedbackRow } from '../types';
import { LoadingBar } from '../LoadingBar';

const B = 'resources.punishment-feedback';

// The period is the API's to apply: it counts the tasks created between the two days (Shanghai time).
const boardFilters = [
    <DateInput key="from" source="from" alwaysOn />,
    <DateInput key="to" source="to" alwaysOn />,
];

const ZERO: FeedbackCounts = { sent: 0, fedBack: 0, onTime: 0, overdue: 0, open: 0 };

const sum = (rows: FeedbackRow[], kind: FeedbackKind): FeedbackCounts =>
    rows.reduce<FeedbackCounts>((total, row) => {
        const counts = row[kind] ?? ZERO;
        return {
            sent: total.sent + counts.sent,
            fedBack: total.fedBack + counts.fedBack,
            onTime: total.onTime + counts.onTime,
            overdue: total.overdue + counts.overdue,
            open: total.open + counts.open,
        };
    }, ZERO);

/** One kind's five numbers; overdue in red when there is any. */
const CountCells = ({ kind, counts }: { kind: FeedbackKind; counts: FeedbackCounts | null }) => (
    <>
        {FEEDBACK_COUNTS.map((count, index) => (
            <TableCell
                key={count}
                align="right"
                data-field={`${kind}.${count}`}
                sx={{
                    ...(index === 0 ? { borderLeft: 1, borderLeftColor: 'divider' } : {}),
                    ...(count === 'overdue' && counts?.overdue ? { color: 'error.main', fontWeight: 'medium' } : {}),
                }}
            >
                {counts ? counts[count] : '—'}
            </TableCell>
        ))}
    </>
);

/** The board itself: a department per row, each kind of feedback a group of five columns. */
const BoardTable = () => {
    const translate = useTranslate();
    const { data, isPending } = useListContext<FeedbackRow>();
    if (isPending) return <LoadingBar />;
    if (!data || data.length === 0) {
        return (
            <Typography variant="body2" sx={{ p: 2, color: 'text.secondary' }} data-testid="feedback-empty">
                {translate(`${B}.empty`)}
            </Typography>
        );
    }
    return (
        <>
            {/* Sixteen columns: on a narrow screen the table scrolls, not the page. */}
            <TableContainer sx={{ overflowX: 'auto' }}>
                <Table size="small" data-testid="feedback-board">
                    <TableHead>
                        <TableRow>
                            <TableCell rowSpan={2}>{translate(`${B}.fields.departmentName`)}</TableCell>
                            {FEEDBACK_KINDS.map(kind => (
                                <TableCell
                                    key={kind}
                                    colSpan={FEEDBACK_COUNTS.length}
                                    align="center"
                                    sx={{ borderLeft: 1, borderLeftColor: 'divider' }}
                                >
                                    {translate(`${B}.kinds.${kind}`)}
                                </TableCell>
                            ))}
                        </TableRow>
                        <TableRow>
                            {FEEDBACK_KINDS.flatMap(kind =>
                                FEEDBACK_COUNTS.map((count, index) => (
                                    <TableCell
                                        key={`${kind}.${count}`}
                                        align="right"
                                        sx={index === 0 ? { borderLeft: 1, borderLeftColor: 'divider' } : undefined}
                                    >
                                        {translate(`${B}.counts.${count}`)}
                                    </TableCell>
                                ))
                            )}
                        </TableRow>
                    </TableHead>
                    <TableBody>
                        {data.map(row => (
                            <TableRow key={row.id} data-testid={`feedback-row-${row.departmentCode}`}>
                                <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.departmentName}</TableCell>
                                {FEEDBACK_KINDS.map(kind => (
                                    <CountCells key={kind} kind={kind} counts={row[kind]} />
                                ))}
                            </TableRow>
                        ))}
                        <TableRow data-testid="feedback-row-total" sx={{ '& td': { fontWeight: 'medium' } }}>
                            <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`${B}.total`)}</TableCell>
                            {FEEDBACK_KINDS.map(kind => (
                                <CountCells key={kind} kind={kind} counts={sum(data, kind)} />
                            ))}
                        </TableRow>
                    </TableBody>
                </Table>
            </TableContainer>
            <Typography variant="caption" sx={{ display: 'block', p: 2, color: 'text.secondary' }}>
                {translate(`${B}.help`)}
            </Typography>
        </>
    );
};

/**
 * 惩戒反馈统计 (F9): per department, punishment notices sent against feedback received, on time and
 * overdue, and the same for screening feedback and lifting. The API answers every department at once.
 */
export const FeedbackBoard = () => (
    <List
        filters={boardFilters}
        sort={{ field: 'departmentCode', order: 'ASC' }}
        perPage={1000}
        pagination={false}
        exporter={false}
        empty={false}
        actions={
            <TopToolbar>
                <ExportButton />
            </TopToolbar>
        }
    >
        <BoardTable />
    </List>
);
