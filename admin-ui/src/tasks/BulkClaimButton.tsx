import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { Button } from 'react-admin';

import { useBulkTaskAction } from './useBulkTaskAction';

/** 批量认领: claims every selected task of 部门待认领, each as its own claim would. */
export const BulkClaimButton = () => {
    const { run, isPending, selectedIds } = useBulkTaskAction('claim');
    return (
        <Button
            label="resources.tasks.action.bulk_claim"
            data-testid="bulk-claim"
            disabled={isPending}
            onClick={() => void run(api => api.bulkClaimTasks(selectedIds))}
        >
            <AssignmentIndIcon />
        </Button>
    );
};
