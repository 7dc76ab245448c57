import {
    AutocompleteInput,
    DataTable,
    FunctionField,
    Link,
    ReferenceInput,
    SelectField,
    SelectInput,
} from 'react-admin';

import { DepartmentInput } from '../departments/DepartmentInput';
import { entityShowPath } from '../entities';
import { NameAndCode } from '../NameAndCode';
import { entersRecords } from '../permissions';
import { RecordList } from '../RecordList';
import { formatShanghaiTime } from '../time';
import type { CollectedRecord } from '../types';
import { recordKindChoices } from './choices';
import { recordSummary } from './summary';
import { useSeesAll } from '../useSeesAll';

const entityText = (entity: { name: string; creditCode: string }) => `${entity.name}（${entity.creditCode}）`;

/**
 * 归集记录: the records collected for my department (every department's for those who see all), pushed by
 * other systems or entered here, newest first; each entity opens its dossier (一户一档).
 */
export const CollectedRecordList = () => {
    const seesAll = useSeesAll();
    const filters = [
        <SelectInput key="kind" source="kind" choices={recordKindChoices} alwaysOn />,
        <ReferenceInput key="entity" source="entity" reference="entities" perPage={20} alwaysOn>
            <AutocompleteInput
                label="resources.records.fields.entity"
                optionText={entityText}
                optionValue="creditCode"
                filterToQuery={q => ({ q })}
                sx={{ minWidth: 360 }}
            />
        </ReferenceInput>,
        ...(seesAll ? [<DepartmentInput key="department" source="department" alwaysOn />] : []),
    ];
    return (
        <RecordList<CollectedRecord>
            filters={filters}
            create={{ allowed: entersRecords, testId: 'create-record' }}
            sort={{ field: 'occurredOn', order: 'DESC' }}
            perPage={25}
            rowTestId="record-row"
            rowClick={false}
        >
            <DataTable.Col source="kind" disableSort>
                <SelectField source="kind" choices={recordKindChoices} />
            </DataTable.Col>
            <DataTable.Col source="key" disableSort />
            <DataTable.Col source="entity" disableSort>
                <FunctionField<CollectedRecord>
                    render={record => (
                        <Link to={entityShowPath(record.entity.creditCode)}>
                            <NameAndCode name={record.entity.name} code={record.entity.creditCode} />
                        </Link>
                    )}
                />
            </DataTable.Col>
            <DataTable.Col source="summary" disableSort>
                <FunctionField<CollectedRecord> render={record => recordSummary(record)} />
            </DataTable.Col>
            <DataTable.Col source="department" disableSort>
                <FunctionField<CollectedRecord> render={record => record.department.name} />
            </DataTable.Col>
            <DataTable.Col source="occurredOn" />
            <DataTable.Col source="updatedAt">
                <FunctionField<CollectedRecord> render={record => formatShanghaiTime(record.updatedAt)} />
            </DataTable.Col>
        </RecordList>
    );
};
