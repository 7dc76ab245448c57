import ForwardIcon from '@mui/icons-material/Forward';
import { useState } from 'react';
import { Button, usePermissions, useRecordContext, useTranslate } from 'react-admin';

import { canSupervise } from '../permissions';
import type { Task } from '../types';
import { ReassignDialog } from './ReassignDialog';
import { canReassign } from './taskRules';
import { useTaskAction } from './useTaskAction';

/** 转派: supervisors and admins hand an active task to someone else in its department. */
export const ReassignButton = () => {
    const task = useRecordContext<Task>();
    const { permissions } = usePermissions();
    const [open, setOpen] = useState(false);
    const translate = useTranslate();
    const { run, isPending } = useTaskAction('reassign');
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
            {open && (
                <ReassignDialog
                    title={translate('resources.tasks.dialogs.reassign_title', { title: task.title })}
                    // A task nobody has claimed yet belongs to no department: pick among its candidates.
                    departments={task.department ? [task.department] : task.candidateDepartments}
                    currentAssignee={task.assignee?.username}
                    isPending={isPending}
                    onReassign={reassignment => run(api => api.reassignTask(task.id, reassignment))}
                    onClose={() => setOpen(false)}
                />
            )}
        </>
    );
};
