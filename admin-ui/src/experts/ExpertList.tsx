import { DataTable, FunctionField } from 'react-admin';

import type { components } from '../api/schema';
import { canSupervise } from '../permissions';
import { RecordList } from '../RecordList';
import { ActiveToggle, FieldChips, StatusChip, usePoolList } from '../supervision/fields';

export type Expert = components['schemas']['Expert'];

/** 专家库: the outside experts of one's department (every department for those who see all), phone masked unless one manages them. */
export const ExpertList = () => {
    const { filters, manages } = usePoolList();
    return (
        <RecordList<Expert> filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} rowTestId="expert-row" rowClick={manages ? 'edit' : false} create={{ allowed: canSupervise, testId: 'expert-create' }}>
            <DataTable.Col source="name" disableSort />
            <DataTable.Col source="employer" disableSort />
            <DataTable.Col source="fields" disableSort>
                <FunctionField<Expert> render={e => <FieldChips fields={e.fields} />} />
            </DataTable.Col>
            <DataTable.Col source="phone" disableSort>
                <FunctionField<Expert> render={e => <span lang="en">{e.phone}</span>} />
            </DataTable.Col>
            <DataTable.Col source="department" disableSort>
                <FunctionField<Expert> render={e => e.department.name} />
            </DataTable.Col>
            <DataTable.Col source="status" disableSort>
                <FunctionField<Expert> render={e => <StatusChip kind="resourceStatuses" status={e.status} good="active" />} />
            </DataTable.Col>
            {manages && (
                <DataTable.Col source="actions" disableSort>
                    <ActiveToggle path="/experts" fromRow />
                </DataTable.Col>
            )}
        </RecordList>
    );
};
