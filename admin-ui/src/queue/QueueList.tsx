import { DataTable, SearchInput, SelectField, SelectInput, type Identifier } from 'react-admin';

import { RecordList } from '../RecordList';
import { BulkClaimButton } from '../tasks/BulkClaimButton';
import { BulkReassignButton } from '../tasks/BulkReassignButton';
import { ClaimButton } from '../tasks/ClaimButton';
import { taskTypeChoices } from '../tasks/choices';
import { DepartmentField } from '../tasks/DepartmentField';
import { DueAtField } from '../tasks/DueAtField';
import { EntityField } from '../tasks/EntityField';
import { SavedViews } from '../tasks/SavedViews';
import { ShanghaiTimeField } from '../tasks/ShanghaiTimeField';
import { departmentFilter, entityAndDueFilters } from '../tasks/taskFilters';
import type { Task } from '../types';

const queueFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="type" source="type" choices={taskTypeChoices} alwaysOn />,
    ...entityAndDueFilters,
    departmentFilter(),
];

// Select rows to claim them at once; a supervisor may hand them to someone instead.
const queueBulkActions = (
    <>
        <BulkClaimButton />
        <BulkReassignButton />
    </>
);

// The queue is a view of tasks: a row opens the task itself.
const showTask = (id: Identifier) => `/tasks/${encodeURIComponent(String(id))}/show`;

/**
 * 部门待认领: open tasks nobody holds yet that my department may claim (`offered=mine`: it owns
 * them, or is one of their candidate departments). 我的待办 holds what is mine once claimed.
 */
export const QueueList = () => (
    <RecordList<Task>
        filter={{ status: 'open', offered: 'mine' }}
        filters={queueFilters}
        sort={{ field: 'dueAt', order: 'ASC' }}
        perPage={25}
        rowTestId="queue-row"
        rowClick={showTask}
        bulkActionButtons={queueBulkActions}
        aside={<SavedViews />}
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
        <DataTable.Col source="createdAt">
            <ShanghaiTimeField source="createdAt" />
        </DataTable.Col>
        <DataTable.Col source="dueAt" sx={{ whiteSpace: 'nowrap' }}>
            <DueAtField />
        </DataTable.Col>
        <DataTable.Col label={false} disableSort>
            <ClaimButton />
        </DataTable.Col>
    </RecordList>
);
