import {
    BooleanInput,
    DataTable,
    List,
    SearchInput,
    SelectArrayInput,
    SelectField,
    SelectInput,
} from 'react-admin';

import type { Task } from '../types';
import { taskStatusChoices, taskTypeChoices } from './choices';
import { DepartmentField } from './DepartmentField';
import { DueAtField } from './DueAtField';
import { EntityField } from './EntityField';
import { EscalationLevelField } from './EscalationLevelField';
import { withRowTestId } from './withRowTestId';

const inboxFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectArrayInput key="status" source="status" choices={taskStatusChoices} alwaysOn />,
    <SelectInput key="type" source="type" choices={taskTypeChoices} alwaysOn />,
    <BooleanInput key="overdue" source="overdue" alwaysOn />,
];

const InboxRows = withRowTestId('task-row');

/** 我的待办: the tasks assigned to me, still open by default, the nearest deadline first. */
export const TaskList = () => (
    <List
        filter={{ assignee: 'me' }}
        filterDefaultValues={{ status: ['open', 'claimed'] }}
        filters={inboxFilters}
        sort={{ field: 'dueAt', order: 'ASC' }}
        perPage={25}
        exporter={false}
    >
        <DataTable<Task> rowClick="show" bulkActionButtons={false} body={InboxRows}>
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
        </DataTable>
    </List>
);
