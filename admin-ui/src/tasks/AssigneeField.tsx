import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

import type { Task } from '../types';
import type { TaskFieldProps } from './TaskFieldProps';

export const AssigneeField = (_props: TaskFieldProps) => {
    const task = useRecordContext<Task>();
    const translate = useTranslate();
    if (!task) return null;
    return task.assignee ? (
        <Typography component="span" variant="body2" title={task.assignee.username}>
            {task.assignee.displayName}
        </Typography>
    ) : (
        <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }}>
            {translate('resources.tasks.unassigned')}
        </Typography>
    );
};
