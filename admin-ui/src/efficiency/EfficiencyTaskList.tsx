import { DataTable, DateInput, SelectArrayInput, SelectField, SelectInput, usePermissions } from 'react-admin';

import { DepartmentInput } from '../departments/DepartmentInput';
import { worksTasks } from '../permissions';
import { RecordList } from '../RecordList';
import { AssigneeField } from '../tasks/AssigneeField';
import { taskStatusChoices, taskTypeChoices } from '../tasks/choices';
import { DepartmentField } from '../tasks/DepartmentField';
import { DueAtField } from '../tasks/DueAtField';
import { EntityField } from '../tasks/EntityField';
import { EscalationLevelField } from '../tasks/EscalationLevelField';
import { ShanghaiTimeField } from '../tasks/ShanghaiTimeField';
import { TaskShow } from '../tasks/TaskShow';
import type { Task } from '../types';

// The filters the page names, and the days created; the drill-down's others (person, on time or late, due by) come
// from the link and hold as long as the page is open.
const drillDownFilters = [
    <SelectInput key="type" source="type" choices={taskTypeChoices} alwaysOn />,
    <SelectArrayInput key="status" source="status" choices={taskStatusChoices} alwaysOn />,
    <DepartmentInput key="department" source="department" alwaysOn />,
    <DateInput key="createdFrom" source="createdFrom" />,
    <DateInput key="createdTo" source="createdTo" />,
];

/**
 * 效能明细: the tasks behind a number of the efficiency page (GET /tasks with its filter), read-only; a
 * row opens the task, where those who work tasks act on it as in their inbox.
 */
export const EfficiencyTaskList = () => {
    const { permissions } = usePermissions();
    return (
        <RecordList<Task>
            filters={drillDownFilters}
            sort={{ field: 'dueAt', order: 'ASC' }}
            perPage={25}
            rowTestId="efficiency-task"
            rowClick={id => (worksTasks(permissions) ? `/tasks/${encodeURIComponent(String(id))}/show` : `/efficiency-tasks/${encodeURIComponent(String(id))}/show`)}
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
            <DataTable.Col source="assignee" disableSort>
                <AssigneeField />
            </DataTable.Col>
            <DataTable.Col source="createdAt" sx={{ whiteSpace: 'nowrap' }}>
                <ShanghaiTimeField source="createdAt" />
            </DataTable.Col>
            <DataTable.Col source="dueAt" sx={{ whiteSpace: 'nowrap' }}>
                <DueAtField />
            </DataTable.Col>
            <DataTable.Col source="completedAt" disableSort sx={{ whiteSpace: 'nowrap' }}>
                <ShanghaiTimeField source="completedAt" />
            </DataTable.Col>
            <DataTable.Col source="status" disableSort sx={{ whiteSpace: 'nowrap' }}>
                <SelectField source="status" choices={taskStatusChoices} />
            </DataTable.Col>
            <DataTable.Col source="escalationLevel" sortByOrder="DESC" sx={{ whiteSpace: 'nowrap' }}>
                <EscalationLevelField />
            </DataTable.Col>
        </RecordList>
    );
};

/** A task opened from the drill-down, for those who read tasks but act on none. */
export const EfficiencyTaskShow = () => <TaskShow readOnly />;
