import { DataTable, List, SearchInput, SelectField, SelectInput, type Identifier } from 'react-admin';

import { ClaimButton } from '../tasks/ClaimButton';
import { taskTypeChoices } from '../tasks/choices';
import { DepartmentField } from '../tasks/DepartmentField';
import { DueAtField } from '../tasks/DueAtField';
import { EntityField } from '../tasks/EntityField';
import { ShanghaiTimeField } from '../tasks/ShanghaiTimeField';
import { withRowTestId } from '../tasks/withRowTestId';
import type { Task } from '../types';

const queueFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="type" source="type" choices={taskTypeChoices} alwaysOn />,
];

const QueueRows = withRowTestId('queue-row');

// The queue is a view of tasks: a row opens the task itself.
const showTask = (id: Identifier) => `/tasks/${encodeURIComponent(String(id))}/show`;

/**
 * 部门待认领: open tasks nobody holds yet. The API limits `unassigned=true` to the tasks
 * my department may claim (it owns them, or is one of their candidate departments).
 */
export const QueueList = () => (
    <List
        filter={{ status: 'open', unassigned: true }}
        filters={queueFilters}
        sort={{ field: 'dueAt', order: 'ASC' }}
        perPage={25}
        exporter={false}
    >
        <DataTable<Task> rowClick={showTask} bulkActionButtons={false} body={QueueRows}>
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
            <DataTable.Col source="createdAt">
                <ShanghaiTimeField source="createdAt" />
            </DataTable.Col>
            <DataTable.Col source="dueAt">
                <DueAtField />
            </DataTable.Col>
            <DataTable.Col label={false} disableSort>
                <ClaimButton />
            </DataTable.Col>
        </DataTable>
    </List>
);
