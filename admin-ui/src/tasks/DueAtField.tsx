import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

import { formatShanghaiTime } from '../time';
import type { Task } from '../types';
import type { TaskFieldProps } from './TaskFieldProps';

/** The deadline in Shanghai time, in red once it has passed. */
export const DueAtField = (_props: TaskFieldProps) => {
    const task = useRecordContext<Task>();
    if (!task) return null;
    return (
        <Typography
            component="span"
            variant="body2"
            data-overdue={task.overdue || undefined}
            sx={task.overdue ? { color: 'error.main', fontWeight: 'medium' } : undefined}
        >
            {formatShanghaiTime(task.dueAt)}
        </Typography>
    );
};
