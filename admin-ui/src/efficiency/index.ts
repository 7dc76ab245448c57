import SpeedIcon from '@mui/icons-material/Speed';

import { EfficiencyBoard } from './EfficiencyBoard';
import { EfficiencyTaskList, EfficiencyTaskShow } from './EfficiencyTaskList';

export default {
    list: EfficiencyBoard,
    icon: SpeedIcon,
};

/** The drill-down (效能明细): reached from a number of the efficiency page, not from the menu. */
export const efficiencyTasks = {
    list: EfficiencyTaskList,
    show: EfficiencyTaskShow,
    options: { menu: false },
    recordRepresentation: 'title',
};
