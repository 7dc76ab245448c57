import { DataTable, List, SelectField, TopToolbar } from 'react-admin';

import { PICKER_PAGE_SIZE } from '../dataProvider';
import { ExportButton } from '../ExportButton';
import { DEPARTMENT_KINDS, type Department } from '../types';

const kindChoices = DEPARTMENT_KINDS.map(id => ({ id, name: `resources.departments.kinds.${id}` }));

/** 部门: every department, read-only. The API answers with all of them at once, hence one page. */
export const DepartmentList = () => (
    <List
        sort={{ field: 'code', order: 'ASC' }}
        perPage={PICKER_PAGE_SIZE}
        pagination={false}
        exporter={false}
        actions={
            <TopToolbar>
                <ExportButton />
            </TopToolbar>
        }
    >
        <DataTable<Department> rowClick={false} bulkActionButtons={false}>
            <DataTable.Col source="code" />
            <DataTable.Col source="name" disableSort />
            <DataTable.Col source="kind" disableSort>
                <SelectField source="kind" choices={kindChoices} />
            </DataTable.Col>
        </DataTable>
    </List>
);
