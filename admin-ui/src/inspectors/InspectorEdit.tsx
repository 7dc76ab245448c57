import { Edit, RadioButtonGroupInput, SelectInput, SimpleForm, TextInput, required, useGetList, useNotify, useRedirect, useTranslate } from 'react-admin';

import { apiFetch } from '../api';
import { SaveOnlyToolbar, useApiSubmit } from '../forms';
import { FieldsInput, Z } from '../supervision/fields';
import type { Inspector } from './InspectorList';

const I = 'resources.inspectors';
const FIELDS = ['fields', 'status', 'regionCode'] as const;
type Values = Inspector & { regionCode: string | null; departmentName: string };

/** An inspector's profile: fields of competence, status (only those on duty are drawn) and town. */
export const InspectorEdit = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const redirect = useRedirect();
    const { data: regions = [] } = useGetList<{ id: string; code: string; name: string }>('regions', { pagination: { page: 1, perPage: 1000 }, sort: { field: 'code', order: 'ASC' } });
    const submit = useApiSubmit<Values>(
        async values => {
            const saved = await apiFetch<Inspector>(`/inspectors/${values.id}/profile`, {
                method: 'PUT',
                body: JSON.stringify({ fields: values.fields ?? [], status: values.status, ...(values.regionCode ? { regionCode: values.regionCode } : {}) }),
            });
            notify(`${I}.notifications.changed`, { type: 'success', messageArgs: { name: saved.displayName } });
            redirect('list', 'inspectors');
        },
        `${I}.notifications.change_failed`,
        FIELDS
    );
    return (
        <Edit mutationMode="pessimistic" queryOptions={{ select: (i: Inspector) => ({ ...i, regionCode: i.region?.code ?? null, departmentName: i.department.name }) as Values }}>
            <SimpleForm onSubmit={submit} toolbar={<SaveOnlyToolbar />}>
                <TextInput source="displayName" disabled />
                <TextInput source="credentialNo" disabled inputProps={{ lang: 'en' }} />
                <TextInput source="departmentName" label={`${I}.fields.department`} disabled />
                <SelectInput source="regionCode" choices={regions} optionValue="code" optionText="name" translateChoice={false} validate={required()} />
                <FieldsInput helperText={`${I}.help.fields`} validate={[]} />
                <RadioButtonGroupInput
                    source="status"
                    choices={(['onDuty', 'onLeave', 'transferred'] as const).map(id => ({ id, name: translate(`${Z}.inspectorStatuses.${id}`) }))}
                    translateChoice={false}
                    validate={required()}
                    helperText={`${I}.help.status`}
                />
            </SimpleForm>
        </Edit>
    );
};
