import { useCodeList } from '../reference/useCodeList';
import type { LicenseItem } from '../types';

/** The license items (`GET /license-items`), picker choices `L001 食品经营许可` and a label lookup. */
export const useLicenseItems = () => {
    const { rows, labelOf, isPending } = useCodeList<LicenseItem>('license-items');
    const choices = rows.map(item => ({ id: item.code, name: labelOf(item.code) }));
    return { licenseItems: rows, choices, labelOf, isPending };
};
