import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

import { overdueFor } from '../time';
import type { Task } from '../types';
import type { TaskFieldProps } from './TaskFieldProps';

/** How long the task has been overdue, e.g. "超期 3 天 4 小时". */
export const OverdueForField = (_props: TaskFieldProps) => {
    const task = useRecordContext<Task>();
    const translate = useTranslate();
    if (!task?.overdue) return null;
    const { days, hours } = overdueFor(task.dueAt);
    const key = days > 0 ? 'days' : hours > 0 ? 'hours' : 'moments';
    return (
        <Typography component="span" variant="body2" sx={{ color: 'error.main' }}>
            {translate(`resources.tasks.overdueFor.${key}`, { days, hours })}
        </Typography>
    );
};
