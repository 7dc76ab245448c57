import { AutocompleteInput, DataTable, DateInput, FunctionField, ReferenceInput, SelectField, SelectInput } from 'react-admin';

import { useCheckItems } from '../checkItems/useCheckItems';
import { DepartmentInput } from '../departments/DepartmentInput';
import { DepartmentName } from '../departments/DepartmentName';
import { industryChoices } from '../entities/choices';
import { PlanLink } from '../inspectionPlans/PlanLink';
import { RecordList } from '../RecordList';
import { formatShanghaiTime } from '../time';
import type { Inspection, InspectionPlan } from '../types';
import { inspectionKindChoices, inspectionOutcomeChoices, inspectionStatusChoices } from './choices';
import { InspectionEntityField } from './InspectionEntityField';
import { InspectionStatusField } from './InspectionStatusField';
import { TeamField } from './TeamField';

const planText = (plan: InspectionPlan) => `${plan.title}（${plan.id}）`;

/** A check item by name (监管事项清单): the inspections whose results hold it non-compliant. */
const CheckItemInput = (props: { source: string }) => {
    const { checkItems } = useCheckItems();
    return <SelectInput {...props} choices={checkItems.map(c => ({ id: c.code, name: c.name }))} sx={{ minWidth: 240 }} />;
};

/** The plan and status always; kind, result, department, the due period, a non-compliant check item and the entity's industry section when set (a statistic's drill-down sets them). */
const inspectionFilters = [
    <ReferenceInput
        key="planId"
        source="planId"
        reference="inspection-plans"
        perPage={200}
        sort={{ field: 'createdAt', order: 'DESC' }}
        alwaysOn
    >
        <AutocompleteInput optionText={planText} filterToQuery={q => ({ q })} sx={{ minWidth: 280 }} />
    </ReferenceInput>,
    <SelectInput key="status" source="status" choices={inspectionStatusChoices} alwaysOn />,
    <SelectInput key="kind" source="kind" choices={inspectionKindChoices} />,
    <SelectInput key="outcome" source="outcome" choices={inspectionOutcomeChoices} />,
    <DepartmentInput key="department" source="department" />,
    <DateInput key="dueFrom" source="dueFrom" />,
    <DateInput key="dueTo" source="dueTo" />,
    <CheckItemInput key="nonCompliantItem" source="nonCompliantItem" />,
    <SelectInput key="industry" source="industry" choices={industryChoices} />,
];

/** 检查记录: the inspections of my department, the newest first, by plan and status (paged by the API). */
export const InspectionList = () => (
    <RecordList<Inspection> filters={inspectionFilters} sort={{ field: 'id', order: 'DESC' }} perPage={25} rowTestId="inspection-row">
        <DataTable.Col source="entityName" disableSort>
            <InspectionEntityField />
        </DataTable.Col>
        <DataTable.Col source="planId" disableSort>
            <FunctionField<Inspection> render={inspection => inspection.planId && <PlanLink planId={inspection.planId} />} />
        </DataTable.Col>
        <DataTable.Col source="departmentCode" disableSort>
            <FunctionField<Inspection> render={inspection => <DepartmentName code={inspection.departmentCode} />} />
        </DataTable.Col>
        <DataTable.Col source="team" disableSort>
            <TeamField />
        </DataTable.Col>
        <DataTable.Col source="status">
            <InspectionStatusField />
        </DataTable.Col>
        <DataTable.Col source="outcome" disableSort>
            <SelectField source="outcome" choices={inspectionOutcomeChoices} />
        </DataTable.Col>
        <DataTable.Col source="dueAt">
            <FunctionField<Inspection> render={inspection => formatShanghaiTime(inspection.dueAt)} />
        </DataTable.Col>
    </RecordList>
);
