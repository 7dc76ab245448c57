import TuneIcon from '@mui/icons-material/Tune';

import { RuleEdit } from './RuleEdit';
import { RuleList } from './RuleList';

export default {
    list: RuleList,
    edit: RuleEdit,
    icon: TuneIcon,
};
