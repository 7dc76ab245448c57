import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

import type { Task } from '../types';
import { personName } from './personName';
import type { TaskFieldProps } from './TaskFieldProps';

/** Who holds the task, by name and department (never the login name). */
export const AssigneeField = (_props: TaskFieldProps) => {
    const task = useRecordContext<Task>();
    const translate = useTranslate();
    if (!task) return null;
    return task.assigneeName ? (
        <Typography component="span" variant="body2" data-testid="task-assignee">
            {personName(translate, task.assigneeName, task.assigneeDepartmentName)}
        </Typography>
    ) : (
        <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }}>
            {translate('resources.tasks.unassigned')}
        </Typography>
    );
};
