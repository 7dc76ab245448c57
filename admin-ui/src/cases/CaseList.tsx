import { DataTable, DateInput, FunctionField, SelectField, SelectInput } from 'react-admin';

import { DepartmentInput } from '../departments/DepartmentInput';
import { DepartmentName } from '../departments/DepartmentName';
import { RecordList } from '../RecordList';
import { useSeesAll } from '../useSeesAll';
import { outcomeChoices, penaltyKindChoices } from '../tasks/choices';
import type { EnforcementCase } from '../types';
import { caseStageChoices } from './choices';
import { DeadlineField } from './DeadlineField';

/** A case's outcome: its decision's, or its filing's when closed at filing (GET /cases `outcome`). */
const caseOutcomeChoices = outcomeChoices.filter(c => ['penalty', 'no_penalty', 'not_filed', 'transferred'].includes(c.id));

/**
 * 案件: the enforcement cases of my department, the newest first, by stage (paged by the API); those who see
 * every department may pick one (a bar of 综合统计's cases chart opens this list so).
 */
export const CaseList = () => {
    const seesAll = useSeesAll();
    const caseFilters = [
        <SelectInput key="stage" source="stage" choices={caseStageChoices} alwaysOn />,
        ...(seesAll ? [<DepartmentInput key="department" source="department" alwaysOn />] : []),
        // Set by 综合统计: a month's filed cases, a penalty kind's decisions (outcome penalty, decided in the period).
        <SelectInput key="outcome" source="outcome" choices={caseOutcomeChoices} />,
        <SelectInput key="penaltyKind" source="penaltyKind" choices={penaltyKindChoices} />,
        <DateInput key="filedFrom" source="filedFrom" />,
        <DateInput key="filedTo" source="filedTo" />,
        <DateInput key="decidedFrom" source="decidedFrom" />,
        <DateInput key="decidedTo" source="decidedTo" />,
    ];
    return (
        <RecordList<EnforcementCase> filters={caseFilters} sort={{ field: 'id', order: 'DESC' }} perPage={25} rowTestId="case-row">
            <DataTable.Col source="id" />
            <DataTable.Col source="entityName" disableSort />
            <DataTable.Col source="departmentCode" disableSort>
                <FunctionField<EnforcementCase> render={record => <DepartmentName code={record.departmentCode} />} />
            </DataTable.Col>
            <DataTable.Col source="stage">
                <SelectField source="stage" choices={caseStageChoices} />
            </DataTable.Col>
            <DataTable.Col source="filingDueAt">
                <DeadlineField source="filingDueAt" />
            </DataTable.Col>
            <DataTable.Col source="decisionDueAt">
                <DeadlineField source="decisionDueAt" />
            </DataTable.Col>
            <DataTable.Col source="outcome" disableSort>
                <SelectField source="outcome" choices={outcomeChoices} emptyText="—" />
            </DataTable.Col>
        </RecordList>
    );
};
