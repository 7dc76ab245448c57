import ReportProblemIcon from '@mui/icons-material/ReportProblem';

import { StuckProcessList } from './StuckProcessList';

export default {
    list: StuckProcessList,
    icon: ReportProblemIcon,
};
