import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { Button, useGetIdentity, useRecordContext } from 'react-admin';

import type { Task } from '../types';
import { canClaim, excludes } from './taskRules';
import { useTaskAction } from './useTaskAction';

export const ClaimButton = () => {
    const task = useRecordContext<Task>();
    const { run, isPending } = useTaskAction('claim');
    const { identity } = useGetIdentity();
    // Not offered to whom the step names as excluded (separation of duties; the workflow refuses them too).
    if (!task || !canClaim(task) || excludes(task, identity?.username)) return null;
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
