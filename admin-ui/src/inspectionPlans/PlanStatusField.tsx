import { statusChipField } from '../StatusChipField';
import type { PlanStatus } from '../types';

/** The plan's status as a coloured chip. */
export const PlanStatusField = statusChipField<PlanStatus>('inspection-plans', 'plan-status', {
    draft: 'default',
    pendingApproval: 'warning',
    approved: 'info',
    inProgress: 'primary',
    completed: 'success',
    rejected: 'error',
    understaffed: 'error',
});
