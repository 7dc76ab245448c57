import { useGetList } from 'react-admin';

// A small reference list (check items, license items, regions) keyed by `code`, loaded whole in one answer.
const WHOLE_LIST = { page: 1, perPage: 1000 };

/** The rows of `resource`, a `code → row` lookup, and `code name` labels that fall back to the code while loading. */
export const useCodeList = <T extends { code: string; name: string }>(resource: string) => {
    const { data = [], isPending } = useGetList<T & { id: string }>(resource, {
        pagination: WHOLE_LIST,
        sort: { field: 'code', order: 'ASC' },
    });
    const byCode = new Map(data.map(row => [row.code, row as T]));
    const labelOf = (code: string) => {
        const name = byCode.get(code)?.name;
        return name ? `${code} ${name}` : code;
    };
    return { rows: data as T[], byCode, labelOf, isPending };
};
