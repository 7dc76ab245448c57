import { CreateButton, DataTable, FunctionField, List, TopToolbar } from 'react-admin';

import { ExportButton } from '../ExportButton';
import { formatShanghaiTime } from '../time';
import type { EligibilityCheck } from './api';

const Actions = () => (
    <TopToolbar>
        <CreateButton label="resources.eligibility-checks.action.check" data-testid="eligibility-new" />
        <ExportButton />
    </TopToolbar>
);

/** 资格核查: my department's checks (every department's for those who see all), newest first. */
export const EligibilityCheckList = () => (
    <List actions={<Actions />} sort={{ field: 'id', order: 'DESC' }} empty={false}>
        <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="policyName" />
            <DataTable.Col source="fileName" />
            <DataTable.NumberCol source="total" />
            <DataTable.NumberCol source="eligible" />
            <DataTable.NumberCol source="restricted" />
            <DataTable.Col source="checkedBy" />
            <DataTable.Col source="department" />
            <DataTable.Col source="checkedAt">
                <FunctionField<EligibilityCheck> render={record => formatShanghaiTime(record.checkedAt)} />
            </DataTable.Col>
        </DataTable>
    </List>
);
