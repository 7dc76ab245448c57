import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import FactCheckIcon from '@mui/icons-material/FactCheck';

import { InspectionList } from './InspectionList';
import { InspectionShow } from './InspectionShow';
import { MyInspectionList } from './MyInspectionList';
import { RoutineInspectionCreate } from './RoutineInspectionCreate';

export default {
    list: InspectionList,
    show: InspectionShow,
    icon: FactCheckIcon,
    recordRepresentation: 'entityName',
};

/** 我的检查: the inspections of my teams (a view of inspections), where a routine check is started too. */
export const myInspections = {
    list: MyInspectionList,
    create: RoutineInspectionCreate,
    icon: AssignmentIndIcon,
};
