import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

import type { Task } from '../types';
import type { TaskFieldProps } from './TaskFieldProps';

/** 科室督办 (level 1) or 区级督办 (level 2 and above); nothing for a task not escalated. */
export const EscalationLevelField = (_props: TaskFieldProps) => {
    const task = useRecordContext<Task>();
    const translate = useTranslate();
    if (!task || task.escalationLevel < 1) return null;
    const level = Math.min(task.escalationLevel, 2);
    return (
        <Chip
            size="small"
            color={level === 1 ? 'warning' : 'error'}
            label={translate(`resources.tasks.escalationLevels.${level}`)}
        />
    );
};
