import ReplayIcon from '@mui/icons-material/Replay';
import { Alert, AlertTitle, Box } from '@mui/material';
import { CreateButton, usePermissions, useRecordContext, useTranslate } from 'react-admin';

import { useDepartments } from '../departments/useDepartmentNames';
import { plansSpotChecks } from '../permissions';
import type { InspectionPlan } from '../types';
import { planValuesOf } from './planForm';

const S = 'resources.inspection-plans.staffing';

/**
 * When the draw left entities without a team: how many, why in numbers (eligible inspectors against the
 * team size, departments with none), and what to change. The plan's commitments were published, so it is
 * not drawn again: whoever plans starts a new plan from this one's values, changed.
 */
export const StaffingAlert = () => {
    const plan = useRecordContext<InspectionPlan>();
    const translate = useTranslate();
    const { permissions } = usePermissions();
    const { nameOf: departmentName } = useDepartments();
    const staffing = plan?.staffing;
    if (!plan || !staffing || staffing.unstaffed === 0) return null;
    const none = staffing.staffed === 0;
    const departments = staffing.departmentCodes.map(departmentName).join('、');
    return (
        <Alert severity={none ? 'error' : 'warning'} sx={{ mb: 2 }} data-testid="plan-staffing">
            <AlertTitle>{translate(none ? `${S}.none_title` : `${S}.some_title`, { ...staffing })}</AlertTitle>
            {staffing.eligible !== null && staffing.eligible < staffing.teamSize && (
                <Box data-testid="plan-staffing-reason">{translate(`${S}.too_few`, { eligible: staffing.eligible, teamSize: staffing.teamSize, departments })}</Box>
            )}
            {staffing.missingDepartmentCodes.length > 0 && (
                <Box>{translate(`${S}.missing_department`, { departments: staffing.missingDepartmentCodes.map(departmentName).join('、') })}</Box>
            )}
            <Box sx={{ mt: 1 }}>{translate(`${S}.what_to_change`)}</Box>
            <Box component="ul" sx={{ my: 0.5, pl: 3 }}>
                <li>{translate(`${S}.lower_team_size`, { teamSize: staffing.teamSize })}</li>
                <li>{translate(`${S}.add_inspectors`, { departments })}</li>
                <li>{translate(`${S}.add_joint_department`)}</li>
            </Box>
            <Box>{translate(`${S}.no_redraw`)}</Box>
            {plansSpotChecks(permissions) && (
                <CreateButton
                    resource="inspection-plans"
                    label={`${S}.plan_again`}
                    icon={<ReplayIcon />}
                    state={{ record: planValuesOf(plan) }}
                    variant="outlined"
                    sx={{ mt: 1 }}
                    data-testid="plan-again"
                />
            )}
        </Alert>
    );
};
