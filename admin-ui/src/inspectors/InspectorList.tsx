import { DataTable, FunctionField, SearchInput, SelectInput, useGetList, usePermissions, useTranslate } from 'react-admin';

import type { components } from '../api/schema';
import { DepartmentInput } from '../departments/DepartmentInput';
import { canSupervise } from '../permissions';
import { RecordList } from '../RecordList';
import { FieldChips, FieldFilter, StatusChip, Z } from '../supervision/fields';
import { useSeesAll } from '../useSeesAll';

export type Inspector = components['schemas']['Inspector'];

const RegionFilter = (_props: { source: string; alwaysOn?: boolean }) => {
    const { data: regions = [] } = useGetList<{ id: string; code: string; name: string }>('regions', { pagination: { page: 1, perPage: 1000 }, sort: { field: 'code', order: 'ASC' } });
    return <SelectInput source="region" choices={regions} optionValue="code" optionText="name" translateChoice={false} />;
};

const StatusFilter = (_props: { source: string; alwaysOn?: boolean }) => {
    const translate = useTranslate();
    return <SelectInput source="status" choices={(['onDuty', 'onLeave', 'transferred'] as const).map(id => ({ id, name: translate(`${Z}.inspectorStatuses.${id}`) }))} translateChoice={false} />;
};

/**
 * 执法人员: the inspectors of one's department (every department for the district office, leaders and the
 * administrator) with their credential number, town, fields of competence and status; a row opens the profile.
 */
export const InspectorList = () => {
    const seesAll = useSeesAll();
    const { permissions } = usePermissions();
    const filters = [
        <SearchInput key="q" source="q" alwaysOn />,
        <FieldFilter key="field" source="field" alwaysOn />,
        <RegionFilter key="region" source="region" alwaysOn />,
        <StatusFilter key="status" source="status" alwaysOn />,
        ...(seesAll ? [<DepartmentInput key="department" source="department" alwaysOn />] : []),
    ];
    return (
        <RecordList<Inspector> filters={filters} sort={{ field: 'displayName', order: 'ASC' }} perPage={25} rowTestId="inspector-row" rowClick={canSupervise(permissions) ? 'edit' : false}>
            <DataTable.Col source="displayName" disableSort />
            <DataTable.Col source="credentialNo" disableSort>
                <FunctionField<Inspector> render={i => <span lang="en">{i.credentialNo}</span>} />
            </DataTable.Col>
            <DataTable.Col source="department" disableSort>
                <FunctionField<Inspector> render={i => i.department.name} />
            </DataTable.Col>
            <DataTable.Col source="region" disableSort>
                <FunctionField<Inspector> render={i => i.region?.name ?? '—'} />
            </DataTable.Col>
            <DataTable.Col source="fields" disableSort>
                <FunctionField<Inspector> render={i => <FieldChips fields={i.fields} />} />
            </DataTable.Col>
            <DataTable.Col source="status" disableSort>
                <FunctionField<Inspector> render={i => <StatusChip kind="inspectorStatuses" status={i.status} good="onDuty" />} />
            </DataTable.Col>
        </RecordList>
    );
};
