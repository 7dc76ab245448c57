import { Create } from 'react-admin';

import { CatalogForm } from './CatalogForm';
import { useSaveCatalogItem } from './useSaveCatalogItem';

/** 新增事项: version 1 of a new item. */
export const CatalogCreate = () => {
    const save = useSaveCatalogItem('create');
    return (
        <Create>
            <CatalogForm onSubmit={save} />
        </Create>
    );
};
