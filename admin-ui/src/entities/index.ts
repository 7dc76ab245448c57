import StoreIcon from '@mui/icons-material/Store';

import { EntityList } from './EntityList';
import { EntityShow } from './EntityShow';

/**
 * Market entities: the search (市场主体 / 一户一档, `#/entities`), also the pickers' rows (`recordRepresentation` their
 * name), and the dossier page (`#/entities/<creditCode>/show`), read with `meta.dossier` (dataProvider getOne).
 */
export default {
    list: EntityList,
    show: EntityShow,
    options: { label: 'resources.entities.menu' },
    icon: StoreIcon,
    recordRepresentation: 'name',
};

/** The dossier page of an entity. */
export const entityShowPath = (creditCode: string) => `/entities/${encodeURIComponent(creditCode)}/show`;
