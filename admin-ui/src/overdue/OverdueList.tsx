import { BooleanInput, DataTable, SearchInput, SelectInput, type Identifier } from 'react-admin';

import { RecordList } from '../RecordList';
import { AssigneeField } from '../tasks/AssigneeField';
import { BulkReassignButton } from '../tasks/BulkReassignButton';
import { taskTypeChoices } from '../tasks/choices';
import { DepartmentField } from '../tasks/DepartmentField';
import { DueAtField } from '../tasks/DueAtField';
import { EntityField } from '../tasks/EntityField';
import { EscalationLevelField } from '../tasks/EscalationLevelField';
import { OverdueForField } from '../tasks/OverdueForField';
import { assigneeFilter, departmentFilter, entityAndDueFilters } from '../tasks/taskFilters';
import { ReassignButton } from '../tasks/ReassignButton';
import { SavedViews } from '../tasks/SavedViews';
import type { Task } from '../types';

const overdueFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    departmentFilter(true),
    <BooleanInput key="escalated" source="escalated" alwaysOn />,
    <SelectInput key="type" source="type" choices={taskTypeChoices} />,
    assigneeFilter(),
    ...entityAndDueFilters,
];

// The board is a view of tasks: a row opens the task itself.
const showTask = (id: Identifier) => `/tasks/${encodeURIComponent(String(id))}/show`;

type Board = 'overdue' | 'dueSoon';

// 超期督办: every active task past its deadline, the most escalated first. 临期提醒: every task due
// within its type's due-soon working days (light yellow), the nearest deadline first. A list sorts on
// one field, so ordering within a level (longest overdue first) is the API's tiebreak to apply.
const boards = {
    overdue: { filter: { overdue: true }, sort: { field: 'escalationLevel', order: 'DESC' }, rowTestId: 'overdue-row' },
    dueSoon: { filter: { dueSoon: true }, sort: { field: 'dueAt', order: 'ASC' }, rowTestId: 'due-soon-row' },
} as const;

/** The supervisor's board of tasks to chase: one component, two filters. */
const SupervisionBoard = ({ board }: { board: Board }) => (
    <RecordList<Task>
        filter={{ ...boards[board].filter, status: ['open', 'claimed'] }}
        filters={overdueFilters}
        sort={boards[board].sort}
        perPage={25}
        rowTestId={boards[board].rowTestId}
        rowClick={showTask}
        bulkActionButtons={<BulkReassignButton />}
        aside={<SavedViews />}
    >
        <DataTable.Col source="escalationLevel" sortByOrder="DESC" sx={{ whiteSpace: 'nowrap' }}>
            <EscalationLevelField />
        </DataTable.Col>
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="entity" disableSort>
            <EntityField />
        </DataTable.Col>
        <DataTable.Col source="dueAt" sx={{ whiteSpace: 'nowrap' }}>
            <DueAtField />
        </DataTable.Col>
        {board === 'overdue' && (
            <DataTable.Col source="overdueFor" disableSort>
                <OverdueForField />
            </DataTable.Col>
        )}
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

export const OverdueList = () => <SupervisionBoard board="overdue" />;
export const DueSoonList = () => <SupervisionBoard board="dueSoon" />;
