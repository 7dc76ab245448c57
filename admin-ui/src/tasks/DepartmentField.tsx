import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

import type { Task } from '../types';
import type { TaskFieldProps } from './TaskFieldProps';

/** The owning department; before anyone claims the task, the departments that may claim it. */
export const DepartmentField = (_props: TaskFieldProps) => {
    const task = useRecordContext<Task>();
    if (!task) return null;
    if (task.department) {
        return (
            <Typography component="span" variant="body2">
                {task.department.name}
            </Typography>
        );
    }
    return (
        <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }}>
            {task.candidateDepartments.map(department => department.name).join(' / ')}
        </Typography>
    );
};
