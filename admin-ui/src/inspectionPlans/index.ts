import EventNoteIcon from '@mui/icons-material/EventNote';

import { PlanCreate } from './PlanCreate';
import { PlanList } from './PlanList';
import { PlanShow } from './PlanShow';

export default {
    list: PlanList,
    show: PlanShow,
    create: PlanCreate,
    icon: EventNoteIcon,
    recordRepresentation: 'title',
};
