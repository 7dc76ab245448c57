import { Chip, Stack } from '@mui/material';
import { DataTable, FunctionField, useTranslate } from 'react-admin';

import type { components } from '../api/schema';
import { canSupervise } from '../permissions';
import { RecordList } from '../RecordList';
import { ActiveToggle, FieldChips, StatusChip, usePoolList } from '../supervision/fields';

export type ThirdParty = components['schemas']['ThirdParty'];

const ValidUntil = ({ body }: { body: ThirdParty }) => {
    const translate = useTranslate();
    return (
        <Stack direction="row" spacing={1} alignItems="center">
            <span>{body.validUntil}</span>
            {body.lapsed && <Chip size="small" color="warning" label={translate('resources.third-parties.lapsed')} />}
        </Stack>
    );
};

/** 第三方机构: testing, appraisal and inspection bodies, by name, with their qualification and its validity. */
export const ThirdPartyList = () => {
    const { filters, manages } = usePoolList();
    return (
        <RecordList<ThirdParty> filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} rowTestId="third-party-row" rowClick={manages ? 'edit' : false} create={{ allowed: canSupervise, testId: 'third-party-create' }}>
            <DataTable.Col source="name" disableSort />
            <DataTable.Col source="creditCode" disableSort>
                <FunctionField<ThirdParty> render={x => <span lang="en">{x.creditCode}</span>} />
            </DataTable.Col>
            <DataTable.Col source="fields" disableSort>
                <FunctionField<ThirdParty> render={x => <FieldChips fields={x.fields} />} />
            </DataTable.Col>
            <DataTable.Col source="qualificationNo" disableSort />
            <DataTable.Col source="validUntil" disableSort>
                <FunctionField<ThirdParty> render={x => <ValidUntil body={x} />} />
            </DataTable.Col>
            <DataTable.Col source="department" disableSort>
                <FunctionField<ThirdParty> render={x => x.department.name} />
            </DataTable.Col>
            <DataTable.Col source="status" disableSort>
                <FunctionField<ThirdParty> render={x => <StatusChip kind="resourceStatuses" status={x.status} good="active" />} />
            </DataTable.Col>
            {manages && (
                <DataTable.Col source="actions" disableSort>
                    <ActiveToggle path="/third-parties" fromRow />
                </DataTable.Col>
            )}
        </RecordList>
    );
};
