import RuleIcon from '@mui/icons-material/Rule';

import { MeasureCreate } from './MeasureCreate';
import { MeasureEdit } from './MeasureEdit';
import { MeasureList } from './MeasureList';

export default {
    list: MeasureList,
    create: MeasureCreate,
    edit: MeasureEdit,
    icon: RuleIcon,
    recordRepresentation: 'name',
};
