import { useGetOne } from 'react-admin';

import { TASK_COUNTS } from '../dataProvider';
import type { TaskCounts } from '../types';

// The menu polls; a claim or a completion refreshes at once (useTaskAction's refresh re-reads every query).
const POLL_MS = 30_000;

/** My open tasks for the menu (我的待办, 待认领, …); undefined until the first answer. */
export const useTaskCounts = (enabled = true): TaskCounts | undefined => {
    const { data } = useGetOne<TaskCounts & { id: string }>(
        TASK_COUNTS,
        { id: 'me' },
        { enabled, refetchInterval: POLL_MS, refetchOnWindowFocus: true },
    );
    return data;
};
