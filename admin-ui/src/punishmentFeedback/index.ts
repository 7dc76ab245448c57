import AssessmentIcon from '@mui/icons-material/Assessment';

import { FeedbackBoard } from './FeedbackBoard';

export default {
    list: FeedbackBoard,
    icon: AssessmentIcon,
};
