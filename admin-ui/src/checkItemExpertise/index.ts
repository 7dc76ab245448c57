import EngineeringIcon from '@mui/icons-material/Engineering';

import { ExpertiseCreate, ExpertiseList } from './ExpertiseList';

/** 需专家的检查事项: check items that need an expert or a third-party body (监管资源, F2). */
export default {
    list: ExpertiseList,
    create: ExpertiseCreate,
    icon: EngineeringIcon,
};
