import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Alert, Stack } from '@mui/material';
import {
    Button,
    FunctionField,
    Link,
    RecordContextProvider,
    ResourceContextProvider,
    SelectField,
    SimpleShowLayout,
    TextField,
    useGetOne,
    useTranslate,
} from 'react-admin';

import { useCheckItems } from '../checkItems/useCheckItems';
import { drawModeChoices } from '../inspectionPlans/choices';
import { strataSummary } from '../inspectionPlans/format';
import { planShowPath } from '../inspectionPlans/paths';
import { PlanLink } from '../inspectionPlans/PlanLink';
import { PlanStatusField } from '../inspectionPlans/PlanStatusField';
import type { InspectionPlan } from '../types';
import { LoadingBar } from '../LoadingBar';

/**
 * The plan a plan step (approval, draw) is about: enough to decide on, and a link to the whole plan
 * with its draw's verification data.
 */
export const PlanSummary = ({ planId }: { planId: string }) => {
    const translate = useTranslate();
    const { labelOf } = useCheckItems();
    const { data: plan, isPending, error } = useGetOne<InspectionPlan>('inspection-plans', { id: planId });

    if (isPending) return <LoadingBar />;
    if (error || !plan) {
        const detail = error?.message ?? '';
        return (
            <Alert severity="warning">
                <PlanLink planId={planId} /> {translate(detail, { _: detail })}
            </Alert>
        );
    }
    return (
        // The labels are the plan's (resources.inspection-plans.fields.*), not the task's.
        <ResourceContextProvider value="inspection-plans">
            <RecordContextProvider value={plan}>
                <SimpleShowLayout sx={{ p: 0 }}>
                    <FunctionField<InspectionPlan> source="id" render={record => <PlanLink planId={String(record.id)} />} />
                    <TextField source="title" />
                    <PlanStatusField source="status" />
                    <FunctionField<InspectionPlan>
                        source="period"
                        render={record => `${record.periodFrom} ~ ${record.periodTo}`}
                    />
                    <FunctionField<InspectionPlan>
                        source="checkItemCodes"
                        render={record => record.checkItemCodes.map(labelOf).join('；')}
                    />
                    <FunctionField<InspectionPlan>
                        source="strata"
                        render={record => strataSummary(record.strata, translate)}
                    />
                    <SelectField source="drawMode" choices={drawModeChoices} />
                </SimpleShowLayout>
                <Stack direction="row" sx={{ mt: 1 }}>
                    <Button
                        component={Link}
                        to={planShowPath(plan.id)}
                        label="resources.tasks.plan.open"
                        variant="outlined"
                        data-testid="open-plan"
                    >
                        <OpenInNewIcon />
                    </Button>
                </Stack>
            </RecordContextProvider>
        </ResourceContextProvider>
    );
};
