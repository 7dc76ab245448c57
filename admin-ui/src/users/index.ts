import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';

import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';

/** 用户管理: the administrator's accounts page (the task pickers read /users without a page of their own). */
export default {
    list: UserList,
    create: UserCreate,
    edit: UserEdit,
    icon: ManageAccountsIcon,
    recordRepresentation: 'displayName',
    // The menu and the list say 用户管理; a record's pages say 用户 (新建用户).
    options: { label: 'resources.users.menu' },
};
