import PieChartIcon from '@mui/icons-material/PieChart';

import { ResourceDistribution } from './ResourceDistribution';

/** 资源分布: the distribution analysis of supervision resources (F2). */
export default {
    list: ResourceDistribution,
    icon: PieChartIcon,
};
