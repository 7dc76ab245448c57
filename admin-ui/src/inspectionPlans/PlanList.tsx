import {
    CreateButton,
    DataTable,
    FunctionField,
    List,
    SearchInput,
    SelectField,
    SelectInput,
    TopToolbar,
    usePermissions,
} from 'react-admin';

import { DepartmentName } from '../departments/DepartmentName';
import { plansSpotChecks } from '../permissions';
import { withRowTestId } from '../tasks/withRowTestId';
import type { InspectionPlan } from '../types';
import { drawModeChoices, planStatusChoices } from './choices';
import { PlanStatusField } from './PlanStatusField';

const planFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={planStatusChoices} alwaysOn />,
];

const PlanRows = withRowTestId('plan-row');

const PlanListActions = () => {
    const { permissions } = usePermissions();
    return <TopToolbar>{plansSpotChecks(permissions) && <CreateButton data-testid="create-plan" />}</TopToolbar>;
};

/** 抽查计划: the plans of my department (or that it receives), the newest first; the API pages and searches titles. */
export const PlanList = () => (
    <List
        filters={planFilters}
        actions={<PlanListActions />}
        // Without plans, still the list with its create button (and no invitation page).
        empty={false}
        sort={{ field: 'createdAt', order: 'DESC' }}
        perPage={25}
        exporter={false}
    >
        <DataTable<InspectionPlan> rowClick="show" bulkActionButtons={false} body={PlanRows}>
            <DataTable.Col source="title" disableSort />
            <DataTable.Col source="id" sx={{ fontFamily: 'monospace' }} />
            <DataTable.Col source="departmentCode" disableSort>
                <FunctionField<InspectionPlan> render={plan => <DepartmentName code={plan.departmentCode} />} />
            </DataTable.Col>
            <DataTable.Col source="periodFrom" label="resources.inspection-plans.fields.period">
                <FunctionField<InspectionPlan> render={plan => `${plan.periodFrom} ~ ${plan.periodTo}`} />
            </DataTable.Col>
            <DataTable.Col source="status">
                <PlanStatusField />
            </DataTable.Col>
            <DataTable.Col source="drawMode" disableSort>
                <SelectField source="drawMode" choices={drawModeChoices} />
            </DataTable.Col>
        </DataTable>
    </List>
);
