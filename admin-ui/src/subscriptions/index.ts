import WebhookIcon from '@mui/icons-material/Webhook';

import { SubscriptionList } from './SubscriptionList';
import { SubscriptionShow } from './SubscriptionShow';

export default {
    list: SubscriptionList,
    show: SubscriptionShow,
    icon: WebhookIcon,
    recordRepresentation: 'url',
};
