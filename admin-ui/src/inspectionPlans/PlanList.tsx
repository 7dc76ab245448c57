import { DataTable, FunctionField, SearchInput, SelectField, SelectInput } from 'react-admin';

import { DepartmentName } from '../departments/DepartmentName';
import { plansSpotChecks } from '../permissions';
import { RecordList } from '../RecordList';
import type { InspectionPlan } from '../types';
import { drawModeChoices, planStatusChoices } from './choices';
import { PlanStatusField } from './PlanStatusField';

const planFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={planStatusChoices} alwaysOn />,
];

/** 抽查计划: the plans of my department (or that it receives), the newest first; the API pages and searches titles. */
export const PlanList = () => (
    <RecordList<InspectionPlan>
        filters={planFilters}
        create={{ allowed: plansSpotChecks, testId: 'create-plan' }}
        sort={{ field: 'createdAt', order: 'DESC' }}
        perPage={25}
        rowTestId="plan-row"
    >
        <DataTable.Col source="title" disableSort />
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
    </RecordList>
);
