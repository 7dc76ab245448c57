import { useGetList } from 'react-admin';

import type { CheckItem } from '../types';

// Every department's check items (监管事项清单) come in one answer; a few dozen rows.
const ALL_ITEMS = { page: 1, perPage: 1000 };

/** The check items and a `code → item` lookup. */
export const useCheckItems = () => {
    const { data = [], isPending } = useGetList<CheckItem>('check-items', {
        pagination: ALL_ITEMS,
        sort: { field: 'code', order: 'ASC' },
    });
    const byCode = new Map(data.map(item => [item.code, item]));
    const nameOf = (code: string) => byCode.get(code)?.name ?? code;
    return { checkItems: data, byCode, nameOf, isPending };
};
