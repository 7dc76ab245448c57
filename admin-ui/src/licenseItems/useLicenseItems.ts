import { useGetList } from 'react-admin';

import type { LicenseItem } from '../types';

// Every license item comes in one answer; a few dozen rows.
const ALL_ITEMS = { page: 1, perPage: 1000 };

/** The license items (`GET /license-items`), picker choices `L001 食品经营许可` and a label lookup. */
export const useLicenseItems = () => {
    const { data = [], isPending } = useGetList<LicenseItem>('license-items', {
        pagination: ALL_ITEMS,
        sort: { field: 'code', order: 'ASC' },
    });
    const byCode = new Map(data.map(item => [item.code, item]));
    const labelOf = (code: string) => {
        const name = byCode.get(code)?.name;
        return name ? `${code} ${name}` : code;
    };
    const choices = data.map(item => ({ id: item.code, name: `${item.code} ${item.name}` }));
    return { licenseItems: data, choices, labelOf, isPending };
};
