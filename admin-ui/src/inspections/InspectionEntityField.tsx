import { useRecordContext } from 'react-admin';

import { NameAndCode } from '../NameAndCode';
import type { Inspection } from '../types';

/** The inspected entity's name, with its unified social credit code underneath. */
export const InspectionEntityField = (_props: { source?: string; label?: string }) => {
    const inspection = useRecordContext<Inspection>();
    if (!inspection) return null;
    return <NameAndCode name={inspection.entityName} code={inspection.creditCode} />;
};
