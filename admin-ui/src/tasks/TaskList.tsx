import { BooleanInput, DataTable, SearchInput, SelectArrayInput, SelectField, SelectInput } from 'react-admin';

import { RecordList } from '../RecordList';
import type { Task } from '../types';
import { taskStatusChoices, taskTypeChoices } from './choices';
import { DepartmentField } from './DepartmentField';
import { DueAtField } from './DueAtField';
import { EntityField } from './EntityField';
import { EscalationLevelField } from './EscalationLevelField';

const inboxFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectArrayInput key="status" source="status" choices={taskStatusChoices} alwaysOn />,
    <SelectInput key="type" source="type" choices={taskTypeChoices} alwaysOn />,
    <BooleanInput key="overdue" source="overdue" alwaysOn />,
];

/** 我的待办: the tasks assigned to me, still open by default, the nearest deadline first. */
export const TaskList = () => (
    <RecordList<Task>
        filter={{ assignee: 'me' }}
        filterDefaultValues={{ status: ['open', 'claimed'] }}
        filters={inboxFilters}
        sort={{ field: 'dueAt', order: 'ASC' }}
        perPage={25}
        rowTestId="task-row"
    >
        <DataTable.Col source="type" disableSort>
            <SelectField source="type" choices={taskTypeChoices} />
        </DataTable.Col>
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="entity" disableSort>
            <EntityField />
        </DataTable.Col>
        <DataTable.Col source="department" disableSort>
            <DepartmentField />
        </DataTable.Col>
        <DataTable.Col source="dueAt">
            <DueAtField />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
            <SelectField source="status" choices={taskStatusChoices} />
        </DataTable.Col>
        <DataTable.Col source="escalationLevel" sortByOrder="DESC">
            <EscalationLevelField />
        </DataTable.Col>
    </RecordList>
);
