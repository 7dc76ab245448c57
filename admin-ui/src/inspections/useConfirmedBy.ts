import { useGetList, usePermissions } from 'react-admin';

import { worksTasks } from '../permissions';
import type { Inspection, Task } from '../types';

/**
 * Who of the team has confirmed the recorded results. The inspection row is not a reliable record of
 * it: the workflow saves the row when the results are recorded and when the inspection completes,
 * not at each confirmation, and the last confirmation may miss the final save. So: a completed
 * inspection has been confirmed by the whole team (it completes when no member's task is open, and a
 * member's task only closes by confirming); while it is `recorded`, a member whose inspection task is
 * no longer open has confirmed. A user who may not list tasks gets the row's own `confirmedBy`.
 */
export const useConfirmedBy = (inspection: Inspection | undefined) => {
    const { permissions, isPending: permissionsPending } = usePermissions();
    const recorded = inspection?.status === 'recorded';
    const asksTasks = recorded && worksTasks(permissions);
    const { data, isPending, error } = useGetList<Task>(
        'tasks',
        {
            filter: { type: 'inspection', entity: inspection?.creditCode, status: ['open', 'claimed'] },
            pagination: { page: 1, perPage: 100 },
            sort: { field: 'id', order: 'ASC' },
        },
        { enabled: asksTasks }
    );
    if (!inspection) return { confirmedBy: [] as string[], isPending: true };
    if (inspection.status === 'completed') return { confirmedBy: inspection.team, isPending: false };
    if (recorded && permissionsPending) return { confirmedBy: inspection.confirmedBy, isPending: true };
    if (!asksTasks || error || !data) {
        return { confirmedBy: inspection.confirmedBy, isPending: asksTasks && isPending && !error };
    }
    const stillOpen = new Set(
        data
            .filter(task => task.data.inspectionKey === inspection.inspectionKey)
            .map(task => task.assignee?.username)
    );
    const confirmedBy = inspection.team.filter(
        member => inspection.confirmedBy.includes(member) || !stillOpen.has(member)
    );
    return { confirmedBy, isPending: false };
};
