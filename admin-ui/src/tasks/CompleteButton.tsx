import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { useState } from 'react';
import { Button, useRecordContext } from 'react-admin';

import type { Task } from '../types';
import { CompleteDialog } from './CompleteDialog';
import { useOpenNextTask } from './useOpenNextTask';
import { canComplete } from './taskRules';

export const CompleteButton = () => {
    const task = useRecordContext<Task>();
    const [open, setOpen] = useState(false);
    const openNextTask = useOpenNextTask();
    if (!task || !canComplete(task)) return null;
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
