import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { useState } from 'react';
import { Button, useRecordContext } from 'react-admin';

import type { Task } from '../types';
import { CompleteDialog } from './CompleteDialog';
import { canComplete } from './taskRules';

export const CompleteButton = () => {
    const task = useRecordContext<Task>();
    const [open, setOpen] = useState(false);
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
            {open && <CompleteDialog task={task} onClose={() => setOpen(false)} />}
        </>
    );
};
