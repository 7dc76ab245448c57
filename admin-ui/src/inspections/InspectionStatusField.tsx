import { statusChipField } from '../StatusChipField';
import type { InspectionStatus } from '../types';

/** The inspection's status as a coloured chip. */
export const InspectionStatusField = statusChipField<InspectionStatus>('inspections', 'inspection-status', {
    open: 'warning',
    recorded: 'info',
    completed: 'success',
});
