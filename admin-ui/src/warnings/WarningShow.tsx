import { Alert, Grid, Stack, Typography } from '@mui/material';
import {
    FunctionField,
    Link,
    SelectField,
    Show,
    TextField,
    useGetIdentity,
    usePermissions,
    useRecordContext,
    useTranslate,
} from 'react-admin';

import { useDepartments } from '../departments/useDepartmentNames';
import { taskShowPath } from '../inspectionPlans/paths';
import { RecordTitle } from '../RecordTitle';
import { FieldsSection, Section } from '../Section';
import { outcomeChoices } from '../tasks/choices';
import { formatShanghaiTime } from '../time';
import type { ProcessTaskRow, Warning } from '../types';
import { warningSourceChoices, warningStatusChoices } from './choices';
import { WarningLevelField } from './WarningLevelField';
import { RuleName } from './WarningList';

const W = 'resources.warnings';

const mono = { fontFamily: 'monospace' };

/** The handling task: who has it, by when, and how it ended; its department's people can open it. */
const HandlingTask = ({ task }: { task: ProcessTaskRow }) => {
    const translate = useTranslate();
    const { nameOf } = useDepartments();
    const { data: identity } = useGetIdentity();
    const { permissions } = usePermissions();
    const myDepartment = (identity?.department as { code?: string } | undefined)?.code;
    const canOpen = (Array.isArray(permissions) && permissions.includes('admin')) || task.departmentCode === myDepartment;
    const active = task.status === 'open' || task.status === 'claimed';
    const overdue = active && new Date(task.dueAt).getTime() < Date.now();
    const line = (label: string, value: string | null | undefined, extra?: object) => (
        <Stack direction="row" spacing={1}>
            <Typography variant="body2" sx={{ color: 'text.secondary', minWidth: 96 }}>
                {translate(label)}
            </Typography>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', ...extra }}>
                {value || '—'}
            </Typography>
        </Stack>
    );
    return (
        <Stack spacing={0.5} data-testid="warning-task" data-status={task.status} data-task-id={task.id}>
            <Typography variant="body2" sx={{ fontWeight: 'medium' }}>
                {task.title}
            </Typography>
            {line('resources.tasks.fields.status', translate(`resources.tasks.statuses.${task.status}`))}
            {line('resources.tasks.fields.department', nameOf(task.departmentCode))}
            {line('resources.tasks.fields.assignee', task.assigneeUsername ?? translate('resources.tasks.unassigned'))}
            {line('resources.tasks.fields.dueAt', formatShanghaiTime(task.dueAt), overdue ? { color: 'error.main' } : undefined)}
            {task.outcome && line('resources.tasks.fields.outcome', translate(`resources.tasks.outcomes.${task.outcome}`))}
            {task.comment && line('resources.tasks.fields.comment', task.comment)}
            {canOpen && (
                <Link to={taskShowPath(task.id)} data-testid="open-warning-task" sx={{ pt: 1 }}>
                    {translate(`${W}.task.open`)}
                </Link>
            )}
        </Stack>
    );
};

const WarningDetails = () => {
    const warning = useRecordContext<Warning>();
    const translate = useTranslate();
    const { nameOf } = useDepartments();
    if (!warning) return null;
    const tasks = warning.tasks ?? [];
    return (
        <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 7 }}>
                <FieldsSection title={`${W}.sections.warning`}>
                    <WarningLevelField source="level" />
                    <TextField source="subject" />
                    <TextField source="entityName" />
                    <TextField source="creditCode" sx={mono} />
                    <TextField source="reason" sx={{ whiteSpace: 'pre-wrap' }} />
                    <FunctionField<Warning> source="ruleCode" render={row => <RuleName warning={row} />} />
                    <SelectField source="source" choices={warningSourceChoices} />
                    <FunctionField<Warning> source="departmentCode" render={row => nameOf(row.departmentCode)} />
                    <FunctionField<Warning> source="raisedBy" render={row => row.raisedByPerson ? `${row.raisedByPerson.displayName}（${row.raisedByPerson.department.name}）` : translate(`${W}.raised_by_scan`)} />
                    <FunctionField<Warning> source="raisedAt" render={row => formatShanghaiTime(row.raisedAt)} />
                    <SelectField source="status" choices={warningStatusChoices} data-testid="warning-status" />
                    <TextField source="id" sx={mono} />
                </FieldsSection>
            </Grid>
            <Grid size={{ xs: 12, md: 5 }}>
                <Section title={`${W}.sections.handling`}>
                    {tasks.length === 0 ? (
                        <Alert severity="info">{translate(`${W}.task.none`)}</Alert>
                    ) : (
                        <Stack spacing={2}>
                            {tasks.map(task => (
                                <HandlingTask key={task.id} task={task} />
                            ))}
                        </Stack>
                    )}
                </Section>
                {warning.status === 'closed' && (
                    <FieldsSection title={`${W}.sections.result`}>
                        <SelectField source="outcome" choices={outcomeChoices} />
                        <TextField source="handling" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
                        <FunctionField<Warning> source="closedAt" render={row => formatShanghaiTime(row.closedAt)} />
                    </FieldsSection>
                )}
            </Grid>
        </Grid>
    );
};

/** How often to look again while the handling task is being created (its workflow writes it just after). */
const AWAITING_TASK_MS = 2000;

/** A warning: what, about whom, how serious, and its handling task. */
export const WarningShow = () => (
    <Show
        title={<RecordTitle<Warning> resource="warnings" subject={warning => warning.subject} />}
        component="div"
        queryOptions={{
            refetchInterval: query => {
                const warning = query.state.data as Warning | undefined;
                return warning && warning.status === 'open' && (warning.tasks ?? []).length === 0 ? AWAITING_TASK_MS : false;
            },
        }}
    >
        <WarningDetails />
    </Show>
);
