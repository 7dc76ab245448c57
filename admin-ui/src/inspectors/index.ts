import BadgeIcon from '@mui/icons-material/Badge';

import { InspectorEdit } from './InspectorEdit';
import { InspectorList } from './InspectorList';

/** 执法人员: inspectors' fields of competence, town and status (监管资源, F2); accounts stay in 用户管理. */
export default {
    list: InspectorList,
    edit: InspectorEdit,
    icon: BadgeIcon,
    recordRepresentation: 'displayName',
};
