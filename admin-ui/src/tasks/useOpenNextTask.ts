import { useDataProvider, useNotify, useRedirect, type Identifier } from 'react-admin';

import type { Task } from '../types';

/**
 * After completing a task on its page: opens the next open task assigned to me, the nearest deadline
 * first, or goes back to 我的待办 with a word that nothing is left.
 */
export const useOpenNextTask = () => {
    const dataProvider = useDataProvider();
    const redirect = useRedirect();
    const notify = useNotify();
    return async (done: Identifier) => {
        const { data } = await dataProvider.getList<Task>('tasks', {
            pagination: { page: 1, perPage: 2 },
            sort: { field: 'dueAt', order: 'ASC' },
            filter: { assignee: 'me', status: ['open', 'claimed'] },
        });
        const next = data.find(task => String(task.id) !== String(done));
        if (next) {
            notify('resources.tasks.notifications.next', { type: 'info' });
            redirect('show', 'tasks', next.id);
        } else {
            notify('resources.tasks.notifications.none_left', { type: 'info' });
            redirect('list', 'tasks');
        }
    };
};
