import { DataTable, FunctionField, SelectField } from 'react-admin';

import { entersRecords } from '../permissions';
import { RecordList } from '../RecordList';
import { recordKindChoices } from '../records/choices';
import { formatShanghaiTime } from '../time';
import type { ImportView } from './api';
import { ImportStatusField } from './ImportStatusField';

/** 导入记录: the department's imports, newest first; each opens its page (progress, errors, review). */
export const ImportList = () => (
    <RecordList<ImportView & { id: number }>
        create={{ allowed: entersRecords, testId: 'create-import' }}
        sort={{ field: 'createdAt', order: 'DESC' }}
        perPage={25}
        rowTestId="import-row"
    >
        <DataTable.Col source="kind" disableSort>
            <SelectField source="kind" choices={recordKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="fileName" disableSort>
            <FunctionField<ImportView> render={imp => <span lang="zxx">{imp.fileName}</span>} />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
            <ImportStatusField />
        </DataTable.Col>
        <DataTable.Col source="rowsTotal" disableSort />
        <DataTable.Col source="errorsTotal" disableSort />
        <DataTable.Col source="rowsDone" disableSort />
        <DataTable.Col source="uploadedBy" disableSort>
            <FunctionField<ImportView> render={imp => imp.uploadedBy?.displayName ?? ''} />
        </DataTable.Col>
        <DataTable.Col source="createdAt">
            <FunctionField<ImportView> render={imp => formatShanghaiTime(imp.createdAt)} />
        </DataTable.Col>
    </RecordList>
);
