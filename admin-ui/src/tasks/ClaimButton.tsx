import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { Button, useRecordContext } from 'react-admin';

import type { Task } from '../types';
import { canClaim } from './taskRules';
import { useTaskAction } from './useTaskAction';

export const ClaimButton = () => {
    const task = useRecordContext<Task>();
    const { run, isPending } = useTaskAction('claim');
    if (!task || !canClaim(task)) return null;
    return (
        <Button
            label="resources.tasks.action.claim"
            data-testid="claim-task"
            disabled={isPending}
            onClick={event => {
                event.stopPropagation();
                void run(api => api.claimTask(task.id));
            }}
        >
            <AssignmentIndIcon />
        </Button>
    );
};
