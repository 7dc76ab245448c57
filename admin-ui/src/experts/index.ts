import PsychologyIcon from '@mui/icons-material/Psychology';

import { ExpertCreate, ExpertEdit } from './ExpertForm';
import { ExpertList } from './ExpertList';

/** 专家库: outside experts a plan draws into teams for check items that need one (监管资源, F2). */
export default {
    list: ExpertList,
    create: ExpertCreate,
    edit: ExpertEdit,
    icon: PsychologyIcon,
    recordRepresentation: 'name',
    options: { label: 'resources.experts.menu' },
};
