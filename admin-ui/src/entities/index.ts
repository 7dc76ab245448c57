import StoreIcon from '@mui/icons-material/Store';

import { EntityShow } from './EntityShow';

/**
 * Market entities: the pickers' search rows (`recordRepresentation` their name) and the dossier page
 * (一户一档, `#/entities/<creditCode>/show`), read with `meta.dossier` (dataProvider getOne).
 */
export default {
    show: EntityShow,
    icon: StoreIcon,
    recordRepresentation: 'name',
};

/** The dossier page of an entity. */
export const entityShowPath = (creditCode: string) => `/entities/${encodeURIComponent(creditCode)}/show`;
