import EditNoteIcon from '@mui/icons-material/EditNote';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { Alert, Stack, Typography } from '@mui/material';
import { Button, Link, RecordContextProvider, SelectField, useGetList, useRecordContext, useTranslate } from 'react-admin';

import { inspectionOutcomeChoices } from '../inspections/choices';
import { InspectionStatusField } from '../inspections/InspectionStatusField';
import { inspectionShowPath } from '../inspectionPlans/paths';
import type { Inspection, Task } from '../types';
import { LoadingBar } from '../LoadingBar';

/**
 * An inspection task's inspection: the member records the results there, then comes back and
 * completes this task to confirm them. Found by plan and entity; the inspection key settles a tie.
 */
export const InspectionLink = () => {
    const task = useRecordContext<Task>();
    const translate = useTranslate();
    const planId = task?.data.planId;
    const creditCode = task?.entity?.creditCode;
    const { data = [], isPending, error } = useGetList<Inspection>(
        'inspections',
        {
            filter: { ...(planId ? { planId } : {}), entity: creditCode },
            pagination: { page: 1, perPage: 25 },
            sort: { field: 'id', order: 'DESC' },
        },
        { enabled: Boolean(creditCode) }
    );
    if (!task || !creditCode) return null;
    if (isPending) return <LoadingBar />;
    const inspection = data.find(row => row.inspectionKey === task.data.inspectionKey) ?? data[0];
    if (error || !inspection) {
        return <Alert severity="info" role="status">{translate('resources.tasks.inspection.missing')}</Alert>;
    }
    const toRecord = inspection.status === 'open' && task.status !== 'completed' && task.status !== 'cancelled';
    const active = task.status === 'open' || task.status === 'claimed';
    return (
        <RecordContextProvider value={inspection}>
            <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <InspectionStatusField />
                    {inspection.outcome && (
                        <Typography component="span" variant="body2">
                            <SelectField source="outcome" choices={inspectionOutcomeChoices} />
                        </Typography>
                    )}
                </Stack>
                {active && (
                    <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                        {translate(
                            inspection.status === 'open'
                                ? 'resources.tasks.inspection.record_hint'
                                : 'resources.tasks.inspection.recorded_hint'
                        )}
                    </Typography>
                )}
                <Button
                    component={Link}
                    to={inspectionShowPath(inspection.id)}
                    label={toRecord ? 'resources.tasks.inspection.record' : 'resources.tasks.inspection.view'}
                    variant={toRecord ? 'contained' : 'outlined'}
                    data-testid="open-inspection"
                >
                    {toRecord ? <EditNoteIcon /> : <VisibilityIcon />}
                </Button>
            </Stack>
        </RecordContextProvider>
    );
};
