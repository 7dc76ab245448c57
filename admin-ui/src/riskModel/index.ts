import TuneIcon from '@mui/icons-material/Tune';

import { RiskModelPage } from './RiskModelPage';

/** 风险模型: the credit-risk model in force (F14); the district office sets new versions. */
export default {
    list: RiskModelPage,
    icon: TuneIcon,
};
