import InsightsIcon from '@mui/icons-material/Insights';

import { StatisticsDashboard } from './StatisticsDashboard';

export default {
    list: StatisticsDashboard,
    icon: InsightsIcon,
};
