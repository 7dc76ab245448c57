import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

import type { Inspection, InspectionStatus } from '../types';

const COLORS: Record<InspectionStatus, ChipProps['color']> = {
    open: 'warning',
    recorded: 'info',
    completed: 'success',
};

/** The inspection's status as a coloured chip; `source` and `label` only name the row or column. */
export const InspectionStatusField = (_props: { source?: string; label?: string }) => {
    const inspection = useRecordContext<Inspection>();
    const translate = useTranslate();
    if (!inspection) return null;
    return (
        <Chip
            size="small"
            color={COLORS[inspection.status] ?? 'default'}
            label={translate(`resources.inspections.statuses.${inspection.status}`, { _: inspection.status })}
            data-testid="inspection-status"
            data-status={inspection.status}
        />
    );
};
