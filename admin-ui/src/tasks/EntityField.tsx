import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

import type { Task } from '../types';
import type { TaskFieldProps } from './TaskFieldProps';

/** The market entity's name, with its unified social credit code underneath. */
export const EntityField = (_props: TaskFieldProps) => {
    const task = useRecordContext<Task>();
    if (!task) return null;
    return (
        <>
            <Typography variant="body2">{task.entity.name}</Typography>
            <Typography variant="caption" sx={{ color: 'text.secondary', fontFamily: 'monospace' }}>
                {task.entity.creditCode}
            </Typography>
        </>
    );
};
