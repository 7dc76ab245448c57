import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

import { AA_CHIPS, type ChipColours } from '../chipColours';
import { formatShanghaiTime } from '../time';
import type { Light, Task } from '../types';
import type { TaskFieldProps } from './TaskFieldProps';

const chipColours: Record<Light, ChipColours> = { green: AA_CHIPS.green, yellow: AA_CHIPS.amber, red: AA_CHIPS.red };

/**
 * An open task's deadline in words on the official calendar, "剩 3 个工作日" / "今天到期" /
 * "逾期 2 个工作日", as a green, yellow or red chip with the exact due time in its tooltip (and beside
 * it, `withTime`, on the task page); a closed task's deadline as the time itself.
 */
export const DueAtField = ({ withTime }: TaskFieldProps & { withTime?: boolean }) => {
    const task = useRecordContext<Task>();
    const translate = useTranslate();
    if (!task) return null;
    const dueAt = formatShanghaiTime(task.dueAt);
    if (task.light == null || task.workingDaysLeft == null) {
        return (
            <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
                {dueAt}
            </Typography>
        );
    }
    const left = task.workingDaysLeft;
    const label =
        left < 0
            ? translate('resources.tasks.due.overdue', { smart_count: -left })
            : left === 0
              ? translate('resources.tasks.due.today')
              : translate('resources.tasks.due.left', { smart_count: left });
    // describeChild: the due time describes the chip, whose own words stay its accessible name.
    const chip = (
        <Tooltip title={translate('resources.tasks.due.at', { time: dueAt })} describeChild>
            <Chip
                size="small"
                label={label}
                data-testid="due-chip"
                data-light={task.light}
                data-overdue={task.overdue || undefined}
                data-due-at={dueAt}
                sx={{ ...chipColours[task.light], fontWeight: 'medium', whiteSpace: 'nowrap' }}
            />
        </Tooltip>
    );
    if (!withTime) return chip;
    return (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            {chip}
            <Typography component="span" variant="body2">
                {dueAt}
            </Typography>
        </Stack>
    );
};
