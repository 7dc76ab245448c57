import { Alert, Step, StepContent, StepLabel, Stepper, Typography } from '@mui/material';
import { useGetManyReference, useRecordContext, useTranslate } from 'react-admin';

import { formatShanghaiTime } from '../time';
import type { Task, TimelineEntry } from '../types';
import { personName } from './personName';
import { LoadingBar } from '../LoadingBar';

// A task's history is a handful of steps; one request holds it all.
const ALL_ENTRIES = { page: 1, perPage: 1000 };

/** What a step says beneath its label: for a reassignment who gave the task to whom and why, else its detail. */
const StepDetail = ({ entry }: { entry: TimelineEntry }) => {
    const translate = useTranslate();
    if (entry.step === 'reassigned' && entry.assigneeName) {
        const args = {
            actor: entry.actorName ?? translate('resources.tasks.timeline.process'),
            assignee: personName(translate, entry.assigneeName, entry.assigneeDepartmentName),
            reason: entry.reason ?? '',
        };
        return (
            <Typography variant="body2" data-testid="timeline-reassignment">
                {translate(entry.reason ? 'resources.tasks.timeline.reassigned_because' : 'resources.tasks.timeline.reassigned_to', args)}
            </Typography>
        );
    }
    if (entry.step === 'escalated' && entry.escalationLevel) {
        return <Typography variant="body2">{translate(`resources.tasks.escalationLevels.${entry.escalationLevel}`)}</Typography>;
    }
    // A detail is an outcome (translated) or, as the API sends them, department names.
    return entry.detail ? (
        <Typography variant="body2">{translate(`resources.tasks.outcomes.${entry.detail}`, { _: entry.detail })}</Typography>
    ) : null;
};

/** What happened to the task, oldest first: pushed, received, claimed, escalated… */
export const Timeline = () => {
    const task = useRecordContext<Task>();
    const translate = useTranslate();
    const { data, isPending, error } = useGetManyReference<TimelineEntry>(
        'timeline',
        { target: 'taskId', id: task?.id, pagination: ALL_ENTRIES, sort: { field: 'at', order: 'ASC' } },
        { enabled: Boolean(task) }
    );

    if (isPending) return <LoadingBar />;
    if (error) return <Alert severity="error">{translate(error.message, { _: error.message })}</Alert>;
    if (data.length === 0) {
        return (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {translate('resources.tasks.timeline.empty')}
            </Typography>
        );
    }
    return (
        <Stepper
            orientation="vertical"
            activeStep={data.length}
            aria-label={translate('resources.tasks.timeline.title')}
            data-testid="task-timeline"
        >
            {data.map(entry => (
                <Step key={entry.id} completed expanded data-step={entry.step}>
                    <StepLabel
                        error={entry.step === 'escalated'}
                        optional={
                            <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                                {[formatShanghaiTime(entry.at), entry.actorName && personName(translate, entry.actorName, entry.actorDepartmentName)]
                                    .filter(Boolean)
                                    .join(' · ')}
                            </Typography>
                        }
                    >
                        {translate(`resources.tasks.timeline.steps.${entry.step}`, { _: entry.step })}
                    </StepLabel>
                    <StepContent>
                        <StepDetail entry={entry} />
                    </StepContent>
                </Step>
            ))}
        </Stepper>
    );
};
