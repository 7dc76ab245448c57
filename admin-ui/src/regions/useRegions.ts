import { useCodeList } from '../reference/useCodeList';
import type { Region } from '../types';

/**
 * 金山区's towns and streets (`GET /regions`, NBS codes), the regions an entity pool and an inspector's
 * grid are filtered by: picker choices and a `code → name` lookup that falls back to the code while the
 * list loads. The names are proper nouns and stay Chinese in every locale.
 */
export const useRegions = () => {
    const { rows, byCode, isPending } = useCodeList<Region>('regions');
    const nameOf = (code: string) => byCode.get(code)?.name ?? code;
    const choices = rows.map(region => ({ id: region.code, name: region.name }));
    return { regions: rows, choices, nameOf, isPending };
};
