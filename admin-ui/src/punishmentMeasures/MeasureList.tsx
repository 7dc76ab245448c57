import { Chip, Stack } from '@mui/material';
import {
    BooleanField,
    BooleanInput,
    DataTable,
    FunctionField,
    SearchInput,
    SelectField,
    SelectInput,
    usePermissions,
    useTranslate,
} from 'react-admin';

import { listTypeChoices } from '../creditListings/choices';
import { DepartmentName } from '../departments/DepartmentName';
import { canSupervise } from '../permissions';
import { RecordList } from '../RecordList';
import type { PunishmentMeasure } from '../types';
import { scenarioChoices } from './choices';

// The catalog is answered whole; these filters apply in the browser (dataProvider `wholeLists`).
const measureFilters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="listTypes" source="listTypes" choices={listTypeChoices} alwaysOn />,
    <SelectInput key="scenario" source="scenario" choices={scenarioChoices} alwaysOn />,
    <BooleanInput key="active" source="active" alwaysOn />,
];

const ListTypes = ({ measure }: { measure: PunishmentMeasure }) => {
    const translate = useTranslate();
    return (
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
            {measure.listTypes.map(listType => (
                <Chip key={listType} size="small" label={translate(`resources.credit-listings.listTypes.${listType}`)} />
            ))}
        </Stack>
    );
};

/**
 * 惩戒措施目录: what each credit list entails, where, who applies it and on which basis. Supervisors
 * and admins add and change measures (a supervisor only their own department's, as the API enforces).
 */
export const MeasureList = () => {
    const { permissions } = usePermissions();
    return (
        <RecordList<PunishmentMeasure>
            filters={measureFilters}
            create={{ allowed: canSupervise, testId: 'create-measure' }}
            sort={{ field: 'code', order: 'ASC' }}
            perPage={50}
            rowTestId="measure-row"
            rowClick={canSupervise(permissions) ? 'edit' : false}
        >
            <DataTable.Col source="code" sx={{ fontFamily: 'monospace' }} />
            <DataTable.Col source="name" />
            <DataTable.Col source="listTypes" disableSort>
                <FunctionField<PunishmentMeasure> render={measure => <ListTypes measure={measure} />} />
            </DataTable.Col>
            <DataTable.Col source="scenario">
                <SelectField source="scenario" choices={scenarioChoices} />
            </DataTable.Col>
            <DataTable.Col source="departmentCode">
                <FunctionField<PunishmentMeasure> render={measure => <DepartmentName code={measure.departmentCode} />} />
            </DataTable.Col>
            <DataTable.Col source="legalBasis" disableSort />
            <DataTable.Col source="active">
                <BooleanField source="active" />
            </DataTable.Col>
        </RecordList>
    );
};
