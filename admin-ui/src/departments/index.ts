import AccountBalanceIcon from '@mui/icons-material/AccountBalance';

import { DepartmentList } from './DepartmentList';

export default {
    list: DepartmentList,
    icon: AccountBalanceIcon,
    recordRepresentation: 'name',
};
