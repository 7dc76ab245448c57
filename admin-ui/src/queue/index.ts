import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';

import { QueueList } from './QueueList';

export default {
    list: QueueList,
    icon: MoveToInboxIcon,
};
