import AddTaskIcon from '@mui/icons-material/AddTask';
import { Stack, Typography } from '@mui/material';
import {
    Button,
    DataTable,
    FunctionField,
    Link,
    List,
    SelectInput,
    TopToolbar,
    useTranslate,
    type Identifier,
} from 'react-admin';

import { ExportButton } from '../ExportButton';
import { DueAtField } from '../tasks/DueAtField';
import { withRowTestId } from '../tasks/withRowTestId';
import type { Inspection } from '../types';
import { inspectionStatusChoices } from './choices';
import { InspectionEntityField } from './InspectionEntityField';
import { InspectionStatusField } from './InspectionStatusField';

const M = 'resources.my-inspections';

// 我的检查 is a view of inspections: a row opens the inspection itself.
const showInspection = (id: Identifier) => `/inspections/${encodeURIComponent(String(id))}/show`;

const filters = [<SelectInput key="status" source="status" choices={inspectionStatusChoices} alwaysOn />];

/** 发起日常检查: the routine-check form (RoutineInspectionCreate). */
const Actions = () => (
    <TopToolbar>
        <Button component={Link} to="/my-inspections/create" label={`${M}.action.start_routine`} data-testid="start-routine">
            <AddTaskIcon />
        </Button>
        <ExportButton />
    </TopToolbar>
);

/** The entity's registered address and its town, as a team finds the place. */
const AddressField = (_props: { label?: string }) => (
    <FunctionField<Inspection>
        render={inspection => (
            <Stack>
                <Typography variant="body2">{inspection.entityAddress}</Typography>
                {inspection.regionName && (
                    <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                        {inspection.regionName}
                    </Typography>
                )}
            </Stack>
        )}
    />
);

const PlanField = () => {
    const translate = useTranslate();
    return (
        <FunctionField<Inspection>
            render={inspection => inspection.planTitle ?? translate(`resources.inspections.kinds.${inspection.kind}`)}
        />
    );
};

/**
 * 我的检查: the inspections whose team includes me, the ones still to work first, each by its planned date
 * (the deadline of the inspection), with what a member needs to go: where, how many items, which plan, how long.
 */
const RowBody = withRowTestId('my-inspection-row');

export const MyInspectionList = () => (
    <List<Inspection>
        filter={{ member: 'me' }}
        filters={filters}
        sort={{ field: 'plannedDate', order: 'ASC' }}
        perPage={25}
        actions={<Actions />}
        empty={false}
        exporter={false}
    >
        <DataTable<Inspection> rowClick={showInspection} bulkActionButtons={false} body={RowBody}>
        <DataTable.Col source="entityName" label="resources.inspections.fields.entityName" disableSort>
            <InspectionEntityField />
        </DataTable.Col>
        <DataTable.Col source="entityAddress" label={`${M}.fields.entityAddress`} disableSort>
            <AddressField />
        </DataTable.Col>
        <DataTable.Col source="checkItemCodes" label={`${M}.fields.checkItems`} disableSort>
            <FunctionField<Inspection> render={inspection => inspection.checkItemCodes.length} />
        </DataTable.Col>
        <DataTable.Col source="planTitle" label={`${M}.fields.plan`} disableSort>
            <PlanField />
        </DataTable.Col>
        <DataTable.Col source="status" label="resources.inspections.fields.status" disableSort>
            <InspectionStatusField />
        </DataTable.Col>
        <DataTable.Col source="plannedDate" label={`${M}.fields.plannedDate`}>
            <DueAtField />
        </DataTable.Col>
        </DataTable>
    </List>
);
