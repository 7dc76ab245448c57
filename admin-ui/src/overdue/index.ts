import AlarmIcon from '@mui/icons-material/Alarm';

import { OverdueList } from './OverdueList';

export default {
    list: OverdueList,
    icon: AlarmIcon,
};
