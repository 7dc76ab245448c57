import { useCodeList } from '../reference/useCodeList';
import type { CheckItem } from '../types';

/** Every department's check items (监管事项清单), a `code → item` lookup and labels like `SC001 企业公示信息的检查`. */
export const useCheckItems = () => {
    const { rows, byCode, labelOf, isPending } = useCodeList<CheckItem>('check-items');
    return { checkItems: rows, byCode, labelOf, isPending };
};
