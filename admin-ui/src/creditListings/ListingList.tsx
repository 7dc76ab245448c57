import { DataTable, DateInput, FunctionField, SearchInput, SelectField, SelectInput, TextInput } from 'react-admin';

import { DepartmentInput } from '../departments/DepartmentInput';
import { NameAndCode } from '../NameAndCode';
import { entersListings } from '../permissions';
import { RecordList } from '../RecordList';
import type { CreditListing } from '../types';
import { listingStatusChoices, listTypeChoices } from './choices';
import { ListingStatusField } from './ListingStatusField';

// `q` searches entity names (the API's LIKE); `entity` is an exact credit code. The deciding department and the
// listing days when set (the credit statistic's drill-down sets them).
const listingFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={listingStatusChoices} alwaysOn />,
    <SelectInput key="listType" source="listType" choices={listTypeChoices} alwaysOn />,
    <TextInput key="entity" source="entity" />,
    <DepartmentInput key="department" source="department" />,
    <DateInput key="listedFrom" source="listedFrom" />,
    <DateInput key="listedTo" source="listedTo" />,
];

/** 信用名单: every credit-list entry, the most recently listed first (paged by the API). */
export const ListingList = () => (
    <RecordList<CreditListing>
        filters={listingFilters}
        create={{ allowed: entersListings, testId: 'create-listing' }}
        sort={{ field: 'listedOn', order: 'DESC' }}
        perPage={25}
        rowTestId="listing-row"
    >
        <DataTable.Col source="entityName" disableSort>
            <FunctionField<CreditListing> render={listing => <NameAndCode name={listing.entityName} code={listing.creditCode} />} />
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
    </RecordList>
);
