import FactCheckIcon from '@mui/icons-material/FactCheck';

import { EligibilityCheckCreate } from './EligibilityCheckCreate';
import { EligibilityCheckList } from './EligibilityCheckList';
import { EligibilityCheckShow } from './EligibilityCheckShow';

/** 资格核查: support-eligibility checks of a department's list against a policy (F12). */
export default {
    list: EligibilityCheckList,
    create: EligibilityCheckCreate,
    show: EligibilityCheckShow,
    icon: FactCheckIcon,
    recordRepresentation: 'policyName',
};
