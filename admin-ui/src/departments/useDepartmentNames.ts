import { useGetList } from 'react-admin';

import { PICKER_PAGE_SIZE } from '../dataProvider';
import type { Department } from '../types';

/**
 * Every department (one page holds them all) and a `code → name` lookup that falls back to the code
 * while the list loads or for a code it does not know.
 */
export const useDepartments = () => {
    const { data = [], isPending } = useGetList<Department>('departments', {
        pagination: { page: 1, perPage: PICKER_PAGE_SIZE },
        sort: { field: 'code', order: 'ASC' },
    });
    const names = new Map(data.map(department => [department.code, department.name]));
    const nameOf = (code: string | null | undefined) => (code ? (names.get(code) ?? code) : '');
    return { departments: data, nameOf, isPending };
};
