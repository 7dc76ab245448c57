import { DataTable, FunctionField, SearchInput, SelectInput, useTranslate } from 'react-admin';

import { DepartmentInput } from '../departments/DepartmentInput';
import { administers } from '../permissions';
import { RecordList } from '../RecordList';
import type { User } from '../types';
import { ActiveChip, ActiveToggle, RoleChips, U } from './UserFields';

const StatusFilter = (_props: { source: string; alwaysOn: boolean }) => {
    const translate = useTranslate();
    return (
        <SelectInput
            source="status"
            choices={(['active', 'inactive', 'all'] as const).map(id => ({ id, name: translate(`${U}.statuses.${id}`) }))}
            alwaysOn
        />
    );
};

/**
 * 用户管理: every account (the active ones first shown; 停用 to find the deactivated), by name, department and
 * roles; a row opens the account to change it, and deactivates or reactivates it in place.
 */
export const UserList = () => (
    <RecordList<User>
        filters={[<SearchInput key="q" source="q" alwaysOn />, <StatusFilter key="status" source="status" alwaysOn />, <DepartmentInput key="department" source="department" alwaysOn />]}
        filterDefaultValues={{ status: 'active' }}
        sort={{ field: 'username', order: 'ASC' }}
        perPage={25}
        title="resources.users.menu"
        rowTestId="user-row"
        rowClick="edit"
        create={{ allowed: administers, testId: 'user-create' }}
    >
        <DataTable.Col source="username" disableSort>
            <FunctionField<User> render={u => <span lang="en">{u.username}</span>} />
        </DataTable.Col>
        <DataTable.Col source="displayName" disableSort />
        <DataTable.Col source="department" disableSort>
            <FunctionField<User> render={u => u.department.name} />
        </DataTable.Col>
        <DataTable.Col source="roles" disableSort>
            <FunctionField<User> render={u => <RoleChips roles={u.roles} />} />
        </DataTable.Col>
        <DataTable.Col source="active" disableSort>
            <FunctionField<User> render={u => <ActiveChip user={u} />} />
        </DataTable.Col>
        <DataTable.Col source="actions" disableSort>
            <ActiveToggle fromRow />
        </DataTable.Col>
    </RecordList>
);
