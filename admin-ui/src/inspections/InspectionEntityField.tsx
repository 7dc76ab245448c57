import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

import type { Inspection } from '../types';

/** The inspected entity's name, with its unified social credit code underneath. */
export const InspectionEntityField = (_props: { source?: string; label?: string }) => {
    const inspection = useRecordContext<Inspection>();
    if (!inspection) return null;
    return (
        <>
            <Typography variant="body2">{inspection.entityName}</Typography>
            <Typography variant="caption" sx={{ color: 'text.secondary', fontFamily: 'monospace' }}>
                {inspection.creditCode}
            </Typography>
        </>
    );
};
