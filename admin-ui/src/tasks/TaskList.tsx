import { BooleanInput, DataTable, SearchInput, SelectArrayInput, SelectField, SelectInput } from 'react-admin';

import { RecordList } from '../RecordList';
import type { Task } from '../types';
import { lightChoices, taskStatusChoices, taskTypeChoices } from './choices';
import { DepartmentField } from './DepartmentField';
import { DueAtField } from './DueAtField';
import { EntityField } from './EntityField';
import { EscalationLevelField } from './EscalationLevelField';
import { SavedViews } from './SavedViews';
import { departmentFilter, entityAndDueFilters } from './taskFilters';

const inboxFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectArrayInput key="status" source="status" choices={taskStatusChoices} alwaysOn />,
    <SelectInput key="type" source="type" choices={taskTypeChoices} alwaysOn />,
    <SelectInput key="light" source="light" choices={lightChoices} alwaysOn />,
    <BooleanInput key="overdue" source="overdue" alwaysOn />,
    ...entityAndDueFilters,
    departmentFilter(),
];

/** 我的待办: the tasks assigned to me (claimed or given to me; 部门待认领 holds the rest), still open by default, the nearest deadline first. */
export const TaskList = () => (
    <RecordList<Task>
        filter={{ assignee: 'me' }}
        filterDefaultValues={{ status: ['open', 'claimed'] }}
        filters={inboxFilters}
        sort={{ field: 'dueAt', order: 'ASC' }}
        perPage={25}
        rowTestId="task-row"
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
        <DataTable.Col source="dueAt" sx={{ whiteSpace: 'nowrap' }}>
            <DueAtField />
        </DataTable.Col>
        {/* A narrow table squeezed 状态 to one character per line. */}
        <DataTable.Col source="status" disableSort sx={{ whiteSpace: 'nowrap' }}>
            <SelectField source="status" choices={taskStatusChoices} />
        </DataTable.Col>
        <DataTable.Col source="escalationLevel" sortByOrder="DESC" sx={{ whiteSpace: 'nowrap' }}>
            <EscalationLevelField />
        </DataTable.Col>
    </RecordList>
);
