import FactCheckIcon from '@mui/icons-material/FactCheck';

import { InspectionList } from './InspectionList';
import { InspectionShow } from './InspectionShow';

export default {
    list: InspectionList,
    show: InspectionShow,
    icon: FactCheckIcon,
    recordRepresentation: 'entityName',
};
