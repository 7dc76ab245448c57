import HourglassBottomIcon from '@mui/icons-material/HourglassBottom';

import { DueSoonList } from '../overdue/OverdueList';

// 临期提醒 beside 超期督办: the same board, for the tasks whose light is yellow.
export default {
    list: DueSoonList,
    icon: HourglassBottomIcon,
};
