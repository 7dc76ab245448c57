import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

import { formatShanghaiTime } from '../time';
import type { Task } from '../types';
import type { TaskFieldProps } from './TaskFieldProps';

type TimeSource = 'createdAt' | 'completedAt';

export const ShanghaiTimeField = ({ source }: TaskFieldProps & { source: TimeSource }) => {
    const task = useRecordContext<Task>();
    if (!task) return null;
    return (
        <Typography component="span" variant="body2">
            {formatShanghaiTime(task[source])}
        </Typography>
    );
};
