import { BooleanField, DataTable, FunctionField, List, SelectField, usePermissions } from 'react-admin';

import { administers } from '../permissions';
import { scenarioChoices } from '../punishmentMeasures/choices';
import type { EligibilityPolicy } from '../eligibility/api';

const P = 'resources.eligibility-policies';

/** 核查政策: what each policy checks; the administrator changes them. */
export const PolicyList = () => {
    const { permissions } = usePermissions();
    return (
        <List pagination={false} actions={false} sort={{ field: 'code', order: 'ASC' }}>
            <DataTable rowClick={administers(permissions) ? 'edit' : false} bulkActionButtons={false}>
                <DataTable.Col source="name" />
                <DataTable.Col source="scenario">
                    <SelectField source="scenario" choices={scenarioChoices} />
                </DataTable.Col>
                <DataTable.Col source="criteria.penaltyWindowMonths" label={`${P}.fields.criteria.penaltyWindowMonths`}>
                    <FunctionField<EligibilityPolicy> render={p => p.criteria.penaltyWindowMonths ?? '—'} />
                </DataTable.Col>
                <DataTable.Col source="active">
                    <BooleanField source="active" />
                </DataTable.Col>
            </DataTable>
        </List>
    );
};
