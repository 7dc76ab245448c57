import { Chip, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { Link, useGetIdentity, usePermissions, useTranslate } from 'react-admin';

import { useDepartments } from '../departments/useDepartmentNames';
import { taskShowPath } from '../inspectionPlans/paths';
import { formatShanghaiTime } from '../time';
import type { CreditListing, NoticeMeasure, Outcome, ProcessStep, ProcessTaskRow, TaskStatus } from '../types';

const P = 'resources.credit-listings.process';

type StepKind = 'punishmentNotice' | 'punishmentLifting';

/** One department's notice or lifting: its task when written, or only the workflow's word while it is being sent. */
interface StepRow {
    departmentCode: string;
    task: ProcessTaskRow | null;
    outcome: Outcome | null;
}

/**
 * The tasks are the record (they outlive the workflow's history); the workflow's own state adds a step
 * whose task is not written yet, or not visible to the reader (another department's), so no department
 * seems to be missing.
 */
const stepRows = (listing: CreditListing, kind: StepKind): StepRow[] => {
    const tasks = (listing.tasks ?? []).filter(task => task.type === kind);
    const steps: ProcessStep[] = (kind === 'punishmentNotice' ? listing.process?.notices : listing.process?.liftings) ?? [];
    const rows: StepRow[] = tasks.map(task => ({ departmentCode: task.departmentCode ?? '', task, outcome: task.outcome }));
    for (const step of steps) {
        if (!tasks.some(task => task.taskKey === step.taskKey)) {
            rows.push({ departmentCode: step.departmentCode, task: null, outcome: step.outcome });
        }
    }
    return rows;
};

const STATUS_COLORS: Record<TaskStatus, 'default' | 'warning' | 'info' | 'success'> = {
    open: 'warning',
    claimed: 'info',
    completed: 'success',
    cancelled: 'default',
};

const Measures = ({ measures }: { measures: NoticeMeasure[] }) => (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
        {measures.map(measure => (
            <Tooltip key={measure.code} title={measure.legalBasis}>
                <Chip size="small" label={`${measure.code} ${measure.name}`} />
            </Tooltip>
        ))}
    </Stack>
);

/**
 * The notices of a listing (per department: the measures, the feedback and what was done) or its
 * liftings. A department's own people get a link to the task itself.
 */
export const ProcessSteps = ({ listing, kind }: { listing: CreditListing; kind: StepKind }) => {
    const translate = useTranslate();
    const { nameOf } = useDepartments();
    const { data: identity } = useGetIdentity();
    const { permissions } = usePermissions();
    const myDepartment = (identity?.department as { code?: string } | undefined)?.code;
    const isAdmin = Array.isArray(permissions) && permissions.includes('admin');
    const rows = stepRows(listing, kind);
    const prefix = kind === 'punishmentNotice' ? 'notice' : 'lifting';

    if (rows.length === 0) {
        return (
            <Typography variant="body2" sx={{ color: 'text.secondary' }} data-testid={`${prefix}s-empty`}>
                {translate(kind === 'punishmentNotice' ? `${P}.no_notices` : `${P}.no_liftings`)}
            </Typography>
        );
    }
    const now = Date.now();
    return (
        <TableContainer sx={{ overflowX: 'auto' }}>
            <Table size="small" data-testid={`${prefix}s`}>
                <TableHead>
                    <TableRow>
                        <TableCell>{translate(`${P}.department`)}</TableCell>
                        <TableCell>{translate(`${P}.measures`)}</TableCell>
                        <TableCell>{translate(`${P}.status`)}</TableCell>
                        <TableCell>{translate(`${P}.outcome`)}</TableCell>
                        <TableCell>{translate(`${P}.comment`)}</TableCell>
                        <TableCell>{translate(`${P}.completedAt`)}</TableCell>
                        <TableCell>{translate(`${P}.dueAt`)}</TableCell>
                        <TableCell />
                    </TableRow>
                </TableHead>
                <TableBody>
                    {rows.map(({ departmentCode, task, outcome }) => {
                        // Another department's step shows without its task row (DESIGN.md rule 7): its state
                        // comes from the process, answered or not.
                        const status: TaskStatus = task?.status ?? (outcome ? 'completed' : 'open');
                        const active = task?.status === 'open' || task?.status === 'claimed';
                        const overdue = Boolean(task && active && new Date(task.dueAt).getTime() < now);
                        const canOpen = Boolean(task) && (isAdmin || departmentCode === myDepartment);
                        return (
                            <TableRow
                                key={task?.taskKey ?? departmentCode}
                                data-testid={`${prefix}-${departmentCode}`}
                                data-status={status}
                                data-outcome={outcome ?? ''}
                            >
                                <TableCell sx={{ whiteSpace: 'nowrap' }}>{nameOf(departmentCode)}</TableCell>
                                <TableCell>
                                    <Measures measures={task?.data?.measures ?? []} />
                                </TableCell>
                                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                                    <Chip
                                        size="small"
                                        color={STATUS_COLORS[status]}
                                        label={translate(`resources.tasks.statuses.${status}`)}
                                    />
                                </TableCell>
                                <TableCell data-field="outcome" sx={{ whiteSpace: 'nowrap' }}>
                                    {outcome ? translate(`resources.tasks.outcomes.${outcome}`, { _: outcome }) : '—'}
                                </TableCell>
                                <TableCell data-field="comment" sx={{ whiteSpace: 'pre-wrap', maxWidth: 320 }}>
                                    {task?.comment ?? ''}
                                </TableCell>
                                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatShanghaiTime(task?.completedAt)}</TableCell>
                                <TableCell
                                    sx={{ whiteSpace: 'nowrap', ...(overdue ? { color: 'error.main', fontWeight: 'medium' } : {}) }}
                                    data-overdue={overdue || undefined}
                                >
                                    {formatShanghaiTime(task?.dueAt)}
                                </TableCell>
                                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                                    {canOpen && task && (
                                        <Link to={taskShowPath(task.id)} data-testid={`open-task-${task.id}`}>
                                            {translate(`${P}.open_task`)}
                                        </Link>
                                    )}
                                </TableCell>
                            </TableRow>
                        );
                    })}
                </TableBody>
            </Table>
        </TableContainer>
    );
};
