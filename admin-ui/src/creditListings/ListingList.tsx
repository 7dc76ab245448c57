import { Typography } from '@mui/material';
import {
    CreateButton,
    DataTable,
    FunctionField,
    List,
    SearchInput,
    SelectField,
    SelectInput,
    TextInput,
    TopToolbar,
    usePermissions,
} from 'react-admin';

import { entersListings } from '../permissions';
import { withRowTestId } from '../tasks/withRowTestId';
import type { CreditListing } from '../types';
import { listingStatusChoices, listTypeChoices } from './choices';
import { ListingStatusField } from './ListingStatusField';

// `q` searches entity names (the API's LIKE); `entity` is an exact credit code.
const listingFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={listingStatusChoices} alwaysOn />,
    <SelectInput key="listType" source="listType" choices={listTypeChoices} alwaysOn />,
    <TextInput key="entity" source="entity" />,
];

const ListingRows = withRowTestId('listing-row');

const ListingListActions = () => {
    const { permissions } = usePermissions();
    return <TopToolbar>{entersListings(permissions) && <CreateButton data-testid="create-listing" />}</TopToolbar>;
};

/** 信用名单: every credit-list entry, the most recently listed first (paged by the API). */
export const ListingList = () => (
    <List
        filters={listingFilters}
        actions={<ListingListActions />}
        empty={false}
        sort={{ field: 'listedOn', order: 'DESC' }}
        perPage={25}
        exporter={false}
    >
        <DataTable<CreditListing> rowClick="show" bulkActionButtons={false} body={ListingRows}>
            <DataTable.Col source="entityName" disableSort>
                <FunctionField<CreditListing>
                    render={listing => (
                        <>
                            <Typography variant="body2">{listing.entityName}</Typography>
                            <Typography variant="caption" sx={{ color: 'text.secondary', fontFamily: 'monospace' }}>
                                {listing.creditCode}
                            </Typography>
                        </>
                    )}
                />
            </DataTable.Col>
            <DataTable.Col source="listType" disableSort>
                <SelectField source="listType" choices={listTypeChoices} />
            </DataTable.Col>
            <DataTable.Col source="documentNo" disableSort />
            <DataTable.Col source="authority" disableSort />
            <DataTable.Col source="listedOn" />
            <DataTable.Col source="expiresOn">
                <FunctionField<CreditListing> render={listing => listing.expiresOn ?? '—'} />
            </DataTable.Col>
            <DataTable.Col source="status">
                <ListingStatusField />
            </DataTable.Col>
        </DataTable>
    </List>
);
