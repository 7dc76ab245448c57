import { Create, Edit, SimpleForm, TextInput, maxLength, regex, required, useNotify, useRedirect } from 'react-admin';

import { apiFetch, postJson } from '../api';
import { DepartmentInput } from '../departments/DepartmentInput';
import { SaveOnlyToolbar, useApiSubmit } from '../forms';
import { FieldsInput } from '../supervision/fields';
import { useSeesAll } from '../useSeesAll';
import type { Expert } from './ExpertList';

const E = 'resources.experts';
const FIELDS = ['name', 'employer', 'fields', 'phone', 'departmentCode'] as const;
// domain/resources.ts PHONE_PATTERN: a mobile number or a landline with its area code.
const phone = regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, `${E}.help.phone`);

const Inputs = ({ create }: { create?: boolean }) => {
    const seesAll = useSeesAll();
    return (
        <>
            <TextInput source="name" validate={[required(), maxLength(64)]} />
            <TextInput source="employer" validate={[required(), maxLength(200)]} />
            <FieldsInput helperText={`${E}.help.fields`} />
            <TextInput source="phone" validate={[required(), phone]} helperText={`${E}.help.phone`} inputProps={{ lang: 'en', inputMode: 'tel' }} />
            {create && seesAll && <DepartmentInput source="departmentCode" />}
        </>
    );
};

/** 新增专家: into one's own department's pool (the district office may name another department). */
export const ExpertCreate = () => {
    const notify = useNotify();
    const redirect = useRedirect();
    const submit = useApiSubmit<Expert & { departmentCode?: string }>(
        async v => {
            const saved = await postJson<Expert>('/experts', { name: v.name.trim(), employer: v.employer.trim(), fields: v.fields, phone: v.phone.trim(), ...(v.departmentCode ? { departmentCode: v.departmentCode } : {}) });
            notify(`${E}.notifications.created`, { type: 'success', messageArgs: { name: saved.name } });
            redirect('list', 'experts');
        },
        `${E}.notifications.create_failed`,
        FIELDS
    );
    return (
        <Create>
            <SimpleForm onSubmit={submit} toolbar={<SaveOnlyToolbar />} defaultValues={{ fields: [] }}>
                <Inputs create />
            </SimpleForm>
        </Create>
    );
};

export const ExpertEdit = () => {
    const notify = useNotify();
    const redirect = useRedirect();
    const submit = useApiSubmit<Expert>(
        async v => {
            const saved = await apiFetch<Expert>(`/experts/${v.id}`, { method: 'PATCH', body: JSON.stringify({ name: v.name.trim(), employer: v.employer.trim(), fields: v.fields, phone: v.phone.trim() }) });
            notify(`${E}.notifications.changed`, { type: 'success', messageArgs: { name: saved.name } });
            redirect('list', 'experts');
        },
        `${E}.notifications.change_failed`,
        FIELDS
    );
    return (
        <Edit mutationMode="pessimistic">
            <SimpleForm onSubmit={submit} toolbar={<SaveOnlyToolbar />}>
                <Inputs />
            </SimpleForm>
        </Edit>
    );
};
