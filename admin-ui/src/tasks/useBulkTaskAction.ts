import { useState } from 'react';
import { useDataProvider, useListContext, useNotify, useRefresh, useTranslate, type TranslateFunction } from 'react-admin';

import type { ZongjianDataProvider } from '../dataProvider';
import type { BulkResult } from '../types';

type BulkActionName = 'claim' | 'reassign';

/**
 * What a bulk action did, in one line: "12 认领成功，1 已被他人认领". Refusals are grouped by their problem
 * code; a code without its own bulk wording says what the one-task refusal says.
 */
export const bulkSummary = (translate: TranslateFunction, name: BulkActionName, results: BulkResult[]): string => {
    const done = results.filter(r => r.status !== 'refused').length;
    const refused = new Map<string, number>();
    for (const r of results) if (r.status === 'refused') refused.set(r.code ?? 'unknown', (refused.get(r.code ?? 'unknown') ?? 0) + 1);
    const parts = done > 0 || refused.size === 0 ? [translate(`resources.tasks.bulk.done_${name}`, { smart_count: done })] : [];
    for (const [code, count] of refused) {
        const reason = translate(`errors.${code}`, { _: translate('resources.tasks.bulk.refused_unknown') });
        parts.push(translate(`resources.tasks.bulk.refused.${code}`, { smart_count: count, _: translate('resources.tasks.bulk.refused_other', { smart_count: count, reason }) }));
    }
    return parts.join(translate('resources.tasks.bulk.separator'));
};

/**
 * Runs a bulk action over the selected tasks and says in one notification how many went through and why
 * the others did not; then the selection is cleared and every list refreshed (the tasks moved between views).
 */
export const useBulkTaskAction = (name: BulkActionName) => {
    const dataProvider = useDataProvider<ZongjianDataProvider>();
    const { selectedIds, onUnselectItems } = useListContext();
    const notify = useNotify();
    const refresh = useRefresh();
    const translate = useTranslate();
    const [isPending, setPending] = useState(false);

    const run = async (action: (api: ZongjianDataProvider) => Promise<BulkResult[]>): Promise<boolean> => {
        setPending(true);
        try {
            const results = await action(dataProvider);
            const allDone = results.every(r => r.status !== 'refused');
            notify(bulkSummary(translate, name, results), { type: allDone ? 'success' : 'warning', autoHideDuration: 8000 });
            onUnselectItems();
            refresh();
            return true;
        } catch (error) {
            const detail = error instanceof Error ? error.message : 'ra.notification.http_error';
            notify(`resources.tasks.notifications.${name}_failed`, { type: 'error', messageArgs: { detail: translate(detail, { _: detail }) } });
            return false;
        } finally {
            setPending(false);
        }
    };

    return { run, isPending, selectedIds };
};
