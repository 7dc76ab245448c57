import { Grid, Typography } from '@mui/material';
import {
    FunctionField,
    SelectField,
    Show,
    TextField,
    TopToolbar,
    useRecordContext,
    useTranslate,
} from 'react-admin';

import { FieldsSection, Section } from '../Section';
import type { Task, TaskType } from '../types';
import { AssigneeField } from './AssigneeField';
import { outcomeChoices, taskStatusChoices, taskTypeChoices } from './choices';
import { ClaimButton } from './ClaimButton';
import { CompleteButton } from './CompleteButton';
import { DepartmentField } from './DepartmentField';
import { DueAtField } from './DueAtField';
import { EscalationLevelField } from './EscalationLevelField';
import { InspectionLink } from './InspectionLink';
import { OverdueForField } from './OverdueForField';
import { personName } from './personName';
import { PlanSummary } from './PlanSummary';
import { ReassignButton } from './ReassignButton';
import { ShanghaiTimeField } from './ShanghaiTimeField';
import { TaskData, hasTaskData } from './TaskData';
import { PUNISHMENT_TYPES } from './taskRules';
import type { TaskFieldProps } from './TaskFieldProps';
import { Timeline } from './Timeline';

const TaskTitle = () => {
    const task = useRecordContext<Task>();
    const translate = useTranslate();
    if (!task) return null;
    return <span>{`${translate(`resources.tasks.types.${task.type}`)} · ${task.title}`}</span>;
};

/** Who completed the task, by name and department. */
const CompletedByField = (_props: TaskFieldProps) => {
    const task = useRecordContext<Task>();
    const translate = useTranslate();
    if (!task?.completedByName) return null;
    return (
        <Typography component="span" variant="body2" data-testid="task-completed-by">
            {personName(translate, task.completedByName, task.completedByDepartmentName)}
        </Typography>
    );
};

const TaskActions = () => (
    <TopToolbar>
        <ClaimButton />
        <CompleteButton />
        <ReassignButton />
    </TopToolbar>
);

// Spot-check steps carry the plan's and the inspection's data rather than a license's.
const SPOT_CHECK_TYPES: readonly TaskType[] = ['planApproval', 'draw', 'inspection'];

/** The title of the section with the task's data: what kind of matter the data is about. */
const dataSectionTitle = (type: TaskType) => {
    if (SPOT_CHECK_TYPES.includes(type)) return 'resources.tasks.sections.spotCheck';
    if (PUNISHMENT_TYPES.includes(type)) return 'resources.tasks.sections.punishment';
    if (type === 'warningHandling') return 'resources.tasks.sections.warning';
    if (type === 'subscriptionPaused') return 'resources.tasks.sections.subscription';
    if (type === 'importMatchConfirmation') return 'resources.tasks.sections.importRow';
    return 'resources.tasks.sections.license';
};

const TaskDetails = () => {
    const task = useRecordContext<Task>();
    if (!task) return null;
    return (
        <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 7 }}>
                <FieldsSection title="resources.tasks.sections.task">
                    <TextField source="title" />
                    <SelectField source="type" choices={taskTypeChoices} />
                    <SelectField source="status" choices={taskStatusChoices} />
                    {task.escalationLevel > 0 && <EscalationLevelField source="escalationLevel" />}
                    <DepartmentField source="department" />
                    {task.department && task.candidateDepartments.length > 0 && (
                        <FunctionField<Task>
                            source="candidateDepartments"
                            render={record =>
                                record.candidateDepartments.map(department => department.name).join(' / ')
                            }
                        />
                    )}
                    <AssigneeField source="assignee" />
                    <DueAtField source="dueAt" withTime />
                    {task.overdue && <OverdueForField source="overdueFor" />}
                    {/* The workflow id is the process engine's, not a person's: it stays off the page. */}
                    <ShanghaiTimeField source="createdAt" />
                </FieldsSection>
                {task.entity ? (
                    <FieldsSection title="resources.tasks.sections.entity">
                        <TextField source="entity.name" label="resources.tasks.fields.entity" />
                        <TextField
                            source="entity.creditCode"
                            label="resources.tasks.fields.creditCode"
                            sx={{ fontFamily: 'monospace' }}
                        />
                    </FieldsSection>
                ) : (
                    // A plan step (approval, draw) is about a plan, not an entity.
                    task.data.planId && (
                        <Section title="resources.tasks.sections.plan">
                            <PlanSummary planId={task.data.planId} />
                        </Section>
                    )
                )}
                {/* A case step is about the inspection that found it, too. */}
                {(task.type === 'inspection' || task.type === 'caseFiling' || task.type === 'caseDecision') && (
                    <Section title="resources.tasks.sections.inspection">
                        <InspectionLink />
                    </Section>
                )}
                {hasTaskData(task) && (
                    <Section title={dataSectionTitle(task.type)}>
                        <TaskData />
                    </Section>
                )}
                {task.completedAt && (
                    <FieldsSection title="resources.tasks.sections.result">
                        <SelectField source="outcome" choices={outcomeChoices} />
                        <ShanghaiTimeField source="completedAt" />
                        {task.completedByName && <CompletedByField source="completedBy" />}
                        {task.comment && <TextField source="comment" sx={{ whiteSpace: 'pre-wrap' }} />}
                    </FieldsSection>
                )}
            </Grid>
            <Grid size={{ xs: 12, md: 5 }}>
                <Section title="resources.tasks.timeline.title">
                    <Timeline />
                </Section>
            </Grid>
        </Grid>
    );
};

/** The task; `readOnly` for those who read tasks but act on none (a leader's efficiency drill-down). */
export const TaskShow = ({ readOnly = false }: { readOnly?: boolean }) => (
    <Show title={<TaskTitle />} actions={readOnly ? false : <TaskActions />} component="div">
        <TaskDetails />
    </Show>
);
