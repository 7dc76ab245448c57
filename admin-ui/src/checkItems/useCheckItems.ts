import { useGetList } from 'react-admin';

import type { CheckItem } from '../types';

// Every department's check items (监管事项清单) come in one answer; a few dozen rows.
const ALL_ITEMS = { page: 1, perPage: 1000 };

/** The check items, a `code → item` lookup and each item's label. */
export const useCheckItems = () => {
    const { data = [], isPending } = useGetList<CheckItem>('check-items', {
        pagination: ALL_ITEMS,
        sort: { field: 'code', order: 'ASC' },
    });
    const byCode = new Map(data.map(item => [item.code, item]));
    /** `SC001 企业公示信息的检查`, or the code alone while the items load. */
    const labelOf = (code: string) => {
        const name = byCode.get(code)?.name;
        return name ? `${code} ${name}` : code;
    };
    return { checkItems: data, byCode, labelOf, isPending };
};
