import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

import type { InspectionPlan, PlanStatus } from '../types';

const COLORS: Record<PlanStatus, ChipProps['color']> = {
    draft: 'default',
    pendingApproval: 'warning',
    approved: 'info',
    inProgress: 'primary',
    completed: 'success',
    rejected: 'error',
};

/** The plan's status as a coloured chip; `source` and `label` only name the row or column. */
export const PlanStatusField = (_props: { source?: string; label?: string }) => {
    const plan = useRecordContext<InspectionPlan>();
    const translate = useTranslate();
    if (!plan) return null;
    return (
        <Chip
            size="small"
            color={COLORS[plan.status] ?? 'default'}
            label={translate(`resources.inspection-plans.statuses.${plan.status}`, { _: plan.status })}
            data-testid="plan-status"
            data-status={plan.status}
        />
    );
};
