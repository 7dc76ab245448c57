import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';

import { errorDetail, errorStatus } from '../api';
import type { ZongjianDataProvider } from '../dataProvider';

type TaskActionName = 'claim' | 'complete' | 'reassign';

const SUCCESS_KEYS: Record<TaskActionName, string> = {
    claim: 'resources.tasks.notifications.claimed',
    complete: 'resources.tasks.notifications.completed',
    reassign: 'resources.tasks.notifications.reassigned',
};

const FAILURE_KEYS: Record<TaskActionName, string> = {
    claim: 'resources.tasks.notifications.claim_failed',
    complete: 'resources.tasks.notifications.complete_failed',
    reassign: 'resources.tasks.notifications.reassign_failed',
};

/**
 * Runs one of the task's workflow actions (claim, complete, reassign), tells the user how it
 * went, and refreshes every list and page, since the task may now belong in another one.
 * Resolves to whether the action succeeded.
 */
export const useTaskAction = (name: TaskActionName) => {
    const dataProvider = useDataProvider<ZongjianDataProvider>();
    const notify = useNotify();
    const refresh = useRefresh();
    const translate = useTranslate();
    const [isPending, setPending] = useState(false);

    const run = async (action: (api: ZongjianDataProvider) => Promise<unknown>): Promise<boolean> => {
        setPending(true);
        try {
            await action(dataProvider);
            notify(SUCCESS_KEYS[name], { type: 'success' });
            refresh();
            return true;
        } catch (error) {
            const detail = errorDetail(error);
            notify(FAILURE_KEYS[name], {
                type: 'error',
                messageArgs: { detail: translate(detail, { _: detail }) },
            });
            // 409: someone else got there first; show the task as it now is.
            if (errorStatus(error) === 409) refresh();
            return false;
        } finally {
            setPending(false);
        }
    };

    return { run, isPending };
};
