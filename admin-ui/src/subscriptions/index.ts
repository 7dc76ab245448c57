import WebhookIcon from '@mui/icons-material/Webhook';

import { SubscriptionCreate } from './SubscriptionCreate';
import { SubscriptionList } from './SubscriptionList';
import { SubscriptionShow } from './SubscriptionShow';

export default {
    list: SubscriptionList,
    show: SubscriptionShow,
    create: SubscriptionCreate,
    icon: WebhookIcon,
    recordRepresentation: 'url',
};
