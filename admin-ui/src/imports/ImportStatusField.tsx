import { statusChipField } from '../StatusChipField';
import type { ImportStatus } from './api';

/** An import's status in words, coloured by what it asks of the person: review (warning), failed (error). */
export const ImportStatusField = statusChipField<ImportStatus>('imports', 'import-status', {
    validating: 'info',
    needsReview: 'warning',
    importing: 'info',
    done: 'success',
    failed: 'error',
    cancelled: 'default',
});
