import { Alert, LinearProgress, Step, StepContent, StepLabel, Stepper, Typography } from '@mui/material';
import { useGetManyReference, useRecordContext, useTranslate } from 'react-admin';

import { formatShanghaiTime } from '../time';
import type { Task, TimelineEntry } from '../types';

// A task's history is a handful of steps; one request holds it all.
const ALL_ENTRIES = { page: 1, perPage: 1000 };

/** What happened to the task, oldest first: pushed, received, claimed, escalated… */
export const Timeline = () => {
    const task = useRecordContext<Task>();
    const translate = useTranslate();
    const { data, isPending, error } = useGetManyReference<TimelineEntry>(
        'timeline',
        { target: 'taskId', id: task?.id, pagination: ALL_ENTRIES, sort: { field: 'at', order: 'ASC' } },
        { enabled: Boolean(task) }
    );

    if (isPending) return <LinearProgress />;
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
                                {[formatShanghaiTime(entry.at), entry.actor].filter(Boolean).join(' · ')}
                            </Typography>
                        }
                    >
                        {translate(`resources.tasks.timeline.steps.${entry.step}`, { _: entry.step })}
                    </StepLabel>
                    <StepContent>
                        {entry.detail && <Typography variant="body2">{entry.detail}</Typography>}
                    </StepContent>
                </Step>
            ))}
        </Stepper>
    );
};
