import { BooleanInput, DataTable, ReferenceInput, SearchInput, SelectInput, type Identifier } from 'react-admin';

import { PICKER_PAGE_SIZE } from '../dataProvider';
import { RecordList } from '../RecordList';
import { AssigneeField } from '../tasks/AssigneeField';
import { DepartmentField } from '../tasks/DepartmentField';
import { DueAtField } from '../tasks/DueAtField';
import { EntityField } from '../tasks/EntityField';
import { EscalationLevelField } from '../tasks/EscalationLevelField';
import { OverdueForField } from '../tasks/OverdueForField';
import { ReassignButton } from '../tasks/ReassignButton';
import type { Task } from '../types';

const overdueFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <ReferenceInput
        key="department"
        source="department"
        reference="departments"
        perPage={PICKER_PAGE_SIZE}
        sort={{ field: 'code', order: 'ASC' }}
        alwaysOn
    >
        <SelectInput optionText="name" />
    </ReferenceInput>,
    <BooleanInput key="escalated" source="escalated" alwaysOn />,
];

// The board is a view of tasks: a row opens the task itself.
const showTask = (id: Identifier) => `/tasks/${encodeURIComponent(String(id))}/show`;

/**
 * 超期督办: every active task past its deadline, the most escalated first. A list sorts on one
 * field, so ordering within a level (longest overdue first) is the API's tiebreak to apply.
 */
export const OverdueList = () => (
    <RecordList<Task>
        filter={{ overdue: true, status: ['open', 'claimed'] }}
        filters={overdueFilters}
        sort={{ field: 'escalationLevel', order: 'DESC' }}
        perPage={25}
        rowTestId="overdue-row"
        rowClick={showTask}
    >
        <DataTable.Col source="escalationLevel" sortByOrder="DESC">
            <EscalationLevelField />
        </DataTable.Col>
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="entity" disableSort>
            <EntityField />
        </DataTable.Col>
        <DataTable.Col source="dueAt">
            <DueAtField />
        </DataTable.Col>
        <DataTable.Col source="overdueFor" disableSort>
            <OverdueForField />
        </DataTable.Col>
        <DataTable.Col source="department" disableSort>
            <DepartmentField />
        </DataTable.Col>
        <DataTable.Col source="assignee" disableSort>
            <AssigneeField />
        </DataTable.Col>
        <DataTable.Col label={false} disableSort>
            <ReassignButton />
        </DataTable.Col>
    </RecordList>
);
