import { Create, useGetIdentity } from 'react-admin';

import type { PunishmentMeasure } from '../types';
import { MeasureForm } from './MeasureForm';
import { useSaveMeasure } from './useSaveMeasure';

/** 新增惩戒措施: by default one of my department's, which is what a supervisor may add. */
export const MeasureCreate = () => {
    const { data: identity, isPending } = useGetIdentity();
    const save = useSaveMeasure('create');
    if (isPending) return null;
    const departmentCode = (identity?.department as { code?: string } | undefined)?.code ?? '';
    const initialValues: Partial<PunishmentMeasure> = { code: '', listTypes: [], departmentCode, active: true };
    return (
        <Create>
            <MeasureForm record={initialValues} onSubmit={save} />
        </Create>
    );
};
