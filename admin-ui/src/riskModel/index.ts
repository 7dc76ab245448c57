import GppMaybeIcon from '@mui/icons-material/GppMaybe';

import { RiskModelPage } from './RiskModelPage';

/** 风险模型: the credit-risk model in force (F14); the district office sets new versions. */
export default {
    list: RiskModelPage,
    icon: GppMaybeIcon,
};
