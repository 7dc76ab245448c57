import RuleIcon from '@mui/icons-material/Rule';

import { PolicyEdit } from './PolicyEdit';
import { PolicyList } from './PolicyList';

/** 核查政策: the policies of the eligibility check and their criteria (F12). */
export default {
    list: PolicyList,
    edit: PolicyEdit,
    icon: RuleIcon,
    recordRepresentation: 'name',
};
