import {
    DataTable,
    DateField,
    FunctionField,
    SearchInput,
    SelectInput,
    useResourceContext,
} from 'react-admin';

import { DepartmentInput } from '../departments/DepartmentInput';
import { DepartmentName } from '../departments/DepartmentName';
import { RecordList } from '../RecordList';
import { statusChipField } from '../StatusChipField';
import { ImportCatalogButton } from './ImportCatalogButton';
import { statusChoices, type CatalogItem, type CatalogResource } from './catalogs';
import { useManagesCatalogs } from './useManagesCatalogs';

const F = 'resources.catalogs.fields';

const catalogFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <DepartmentInput key="department" source="department" label={`${F}.departmentCode`} alwaysOn />,
    <SelectInput key="status" source="status" label={`${F}.status`} choices={statusChoices} alwaysOn />,
];

export const ItemStatusField = statusChipField<'current' | 'retired'>('catalogs', 'catalog-status', { current: 'success', retired: 'default' });

/**
 * 事项清单: one catalog's items in force (a department sees its own, the district every department's), filtered by
 * department and status; the district office adds, imports and, from an item's page, changes and retires.
 */
export const CatalogList = () => {
    const manages = useManagesCatalogs();
    const resource = useResourceContext() as CatalogResource;
    return (
        <RecordList<CatalogItem>
            filters={catalogFilters}
            filterDefaultValues={{ status: 'current' }}
            create={{ allowed: () => manages, testId: 'create-catalog-item' }}
            extraActions={manages ? <ImportCatalogButton resource={resource} /> : undefined}
            sort={{ field: 'code', order: 'ASC' }}
            perPage={25}
            rowTestId="catalog-row"
        >
            <DataTable.Col source="code" label={`${F}.code`} sx={{ fontFamily: 'monospace' }} />
            <DataTable.Col source="name" label={`${F}.name`} />
            <DataTable.Col source="departmentCode" label={`${F}.departmentCode`}>
                <FunctionField<CatalogItem> render={item => <DepartmentName code={item.departmentCode} />} />
            </DataTable.Col>
            <DataTable.Col source="legalBasis" label={`${F}.legalBasis`} disableSort />
            <DataTable.Col source="version" label={`${F}.version`} />
            <DataTable.Col source="effectiveFrom" label={`${F}.effectiveFrom`}>
                <DateField source="effectiveFrom" />
            </DataTable.Col>
            <DataTable.Col source="status" label={`${F}.status`} disableSort>
                <ItemStatusField />
            </DataTable.Col>
        </RecordList>
    );
};
