import WarningAmberIcon from '@mui/icons-material/WarningAmber';

import { WarningCreate } from './WarningCreate';
import { WarningList } from './WarningList';
import { WarningShow } from './WarningShow';

export default {
    list: WarningList,
    show: WarningShow,
    create: WarningCreate,
    icon: WarningAmberIcon,
    recordRepresentation: 'subject',
};
