import { Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

import { AA_CHIPS } from '../chipColours';
import type { Task } from '../types';
import type { TaskFieldProps } from './TaskFieldProps';

/** 一级督办 (level 1) or 二级督办 (level 2 and above); a dash for a task not escalated. */
export const EscalationLevelField = (_props: TaskFieldProps) => {
    const task = useRecordContext<Task>();
    const translate = useTranslate();
    if (!task) return null;
    if (task.escalationLevel < 1) {
        return (
            <Typography component="span" variant="body2" data-escalation="0" sx={{ color: 'text.secondary' }}>
                —
            </Typography>
        );
    }
    const level = Math.min(task.escalationLevel, 2);
    return (
        <Chip
            size="small"
            data-escalation={level}
            sx={{ whiteSpace: 'nowrap', ...(level === 1 ? AA_CHIPS.orange : AA_CHIPS.red) }}
            label={translate(`resources.tasks.escalationLevels.${level}`)}
        />
    );
};
