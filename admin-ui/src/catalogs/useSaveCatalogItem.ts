import { useDataProvider, useNotify, useRedirect, useResourceContext } from 'react-admin';

import { useApiSubmit } from '../forms';
import { CATALOG_FIELDS, type CatalogItem } from './catalogs';

const C = 'resources.catalogs';

/**
 * Saves an item, new or changed (a new version), and opens it. A refusal is notified in the user's language (403:
 * not the district office; 409: the code is taken, or someone changed the item first), its field errors on the inputs.
 */
export const useSaveCatalogItem = (mode: 'create' | 'update') => {
    const dataProvider = useDataProvider();
    const notify = useNotify();
    const redirect = useRedirect();
    const resource = useResourceContext()!;
    return useApiSubmit<CatalogItem>(
        async item => {
            const saved = mode === 'create'
                ? await dataProvider.create(resource, { data: item })
                : await dataProvider.update(resource, { id: item.code, data: item, previousData: item });
            notify(`${C}.notifications.${mode === 'create' ? 'created' : 'updated'}`, { type: 'success' });
            redirect('show', resource, saved.data.id);
        },
        `${C}.notifications.save_failed`,
        CATALOG_FIELDS,
    );
};
