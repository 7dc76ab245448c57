import { Edit } from 'react-admin';

import { CatalogForm } from './CatalogForm';
import { useSaveCatalogItem } from './useSaveCatalogItem';

/** 修改事项: a new version; running processes keep the version they started with (the API's rule). */
export const CatalogEdit = () => {
    const save = useSaveCatalogItem('update');
    return (
        <Edit mutationMode="pessimistic" redirect="show">
            <CatalogForm isEdit onSubmit={save} />
        </Edit>
    );
};
