import ForwardIcon from '@mui/icons-material/Forward';
import { useState } from 'react';
import { Button, usePermissions, useRecordContext } from 'react-admin';

import { canSupervise } from '../permissions';
import type { Task } from '../types';
import { ReassignDialog } from './ReassignDialog';
import { canReassign } from './taskRules';

/** 转派: supervisors and admins hand an active task to someone else in its department. */
export const ReassignButton = () => {
    const task = useRecordContext<Task>();
    const { permissions } = usePermissions();
    const [open, setOpen] = useState(false);
    if (!task || !canSupervise(permissions) || !canReassign(task)) return null;
    return (
        <>
            <Button
                label="resources.tasks.action.reassign"
                data-testid="reassign-task"
                onClick={event => {
                    event.stopPropagation();
                    setOpen(true);
                }}
            >
                <ForwardIcon />
            </Button>
            {open && <ReassignDialog task={task} onClose={() => setOpen(false)} />}
        </>
    );
};
