import BlockIcon from '@mui/icons-material/Block';

import { ListingCreate } from './ListingCreate';
import { ListingList } from './ListingList';
import { ListingShow } from './ListingShow';

export default {
    list: ListingList,
    show: ListingShow,
    create: ListingCreate,
    icon: BlockIcon,
    recordRepresentation: 'entityName',
};
