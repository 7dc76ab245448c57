import { useGetList } from 'react-admin';

import type { Region } from '../types';

// The district's towns and streets come in one answer; a dozen rows.
const ALL_REGIONS = { page: 1, perPage: 1000 };

/**
 * 金山区's towns and streets (`GET /regions`, NBS codes), the regions an entity pool and an inspector's
 * grid are filtered by: picker choices and a `code → name` lookup that falls back to the code while the
 * list loads. The names are proper nouns and stay Chinese in every locale.
 */
export const useRegions = () => {
    const { data = [], isPending } = useGetList<Region>('regions', {
        pagination: ALL_REGIONS,
        sort: { field: 'code', order: 'ASC' },
    });
    const names = new Map(data.map(region => [region.code, region.name]));
    const nameOf = (code: string) => names.get(code) ?? code;
    const choices = data.map(region => ({ id: region.code, name: region.name }));
    return { regions: data, choices, nameOf, isPending };
};
