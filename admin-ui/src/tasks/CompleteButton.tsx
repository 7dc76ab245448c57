import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useGetIdentity, useRecordContext, useTranslate } from 'react-admin';

import type { Task } from '../types';
import { CompleteDialog } from './CompleteDialog';
import { useOpenNextTask } from './useOpenNextTask';
import { canComplete, excludes } from './taskRules';

export const CompleteButton = () => {
    const task = useRecordContext<Task>();
    const [open, setOpen] = useState(false);
    const openNextTask = useOpenNextTask();
    const { identity } = useGetIdentity();
    const translate = useTranslate();
    if (!task || !canComplete(task)) return null;
    // Separation of duties: the process names who may not complete this step (its creator, the parties to a
    // case); they see why instead of a button the API would refuse (errors.<exclusion>).
    if (excludes(task, identity?.username)) {
        return (
            <Typography variant="body2" sx={{ color: 'text.secondary', alignSelf: 'center' }} data-testid="complete-excluded">
                {translate(`errors.${String(task.data.exclusion)}`)}
            </Typography>
        );
    }
    return (
        <>
            <Button
                label="resources.tasks.action.complete"
                data-testid="complete-task"
                onClick={event => {
                    event.stopPropagation();
                    setOpen(true);
                }}
            >
                <TaskAltIcon />
            </Button>
            {/* On the task's page (the only place with this button), the work goes on with the next task. */}
            {open && <CompleteDialog task={task} onClose={() => setOpen(false)} onCompleted={() => openNextTask(task.id)} />}
        </>
    );
};
