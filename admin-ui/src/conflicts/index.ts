import GavelIcon from '@mui/icons-material/Gavel';

import { ConflictCreate } from './ConflictCreate';
import { ConflictList } from './ConflictList';

/** 利益冲突: declared, confirmed and lifted conflicts of interest of inspectors and experts (回避). */
export default {
    list: ConflictList,
    create: ConflictCreate,
    icon: GavelIcon,
};
