import GavelIcon from '@mui/icons-material/Gavel';

import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';

export default {
    list: CaseList,
    show: CaseShow,
    icon: GavelIcon,
    recordRepresentation: 'entityName',
};
