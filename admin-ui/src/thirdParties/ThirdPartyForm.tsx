import { Create, DateInput, Edit, SimpleForm, TextInput, maxLength, minLength, required, useNotify, useRedirect } from 'react-admin';

import { apiFetch, postJson } from '../api';
import { DepartmentInput } from '../departments/DepartmentInput';
import { SaveOnlyToolbar, useApiSubmit } from '../forms';
import { FieldsInput } from '../supervision/fields';
import { useSeesAll } from '../useSeesAll';
import type { ThirdParty } from './ThirdPartyList';

const T = 'resources.third-parties';
const FIELDS = ['name', 'creditCode', 'fields', 'qualificationNo', 'validUntil', 'departmentCode'] as const;

const Common = () => (
    <>
        <FieldsInput />
        <TextInput source="qualificationNo" validate={[required(), maxLength(64)]} inputProps={{ lang: 'en' }} />
        <DateInput source="validUntil" validate={required()} />
    </>
);

/** 新增第三方机构: the credit code is checked (GB 32100-2015) and never changes afterwards. */
export const ThirdPartyCreate = () => {
    const notify = useNotify();
    const redirect = useRedirect();
    const seesAll = useSeesAll();
    const submit = useApiSubmit<ThirdParty & { departmentCode?: string }>(
        async v => {
            const saved = await postJson<ThirdParty>('/third-parties', { name: v.name.trim(), creditCode: v.creditCode.trim().toUpperCase(), fields: v.fields, qualificationNo: v.qualificationNo.trim(), validUntil: v.validUntil, ...(v.departmentCode ? { departmentCode: v.departmentCode } : {}) });
            notify(`${T}.notifications.created`, { type: 'success', messageArgs: { name: saved.name } });
            redirect('list', 'third-parties');
        },
        `${T}.notifications.create_failed`,
        FIELDS
    );
    return (
        <Create>
            <SimpleForm onSubmit={submit} toolbar={<SaveOnlyToolbar />} defaultValues={{ fields: [] }}>
                <TextInput source="name" validate={[required(), maxLength(200)]} />
                <TextInput source="creditCode" validate={[required(), minLength(18), maxLength(18)]} inputProps={{ lang: 'en' }} />
                <Common />
                {seesAll && <DepartmentInput source="departmentCode" />}
            </SimpleForm>
        </Create>
    );
};

export const ThirdPartyEdit = () => {
    const notify = useNotify();
    const redirect = useRedirect();
    const submit = useApiSubmit<ThirdParty>(
        async v => {
            const saved = await apiFetch<ThirdParty>(`/third-parties/${v.id}`, { method: 'PATCH', body: JSON.stringify({ name: v.name.trim(), fields: v.fields, qualificationNo: v.qualificationNo.trim(), validUntil: v.validUntil }) });
            notify(`${T}.notifications.changed`, { type: 'success', messageArgs: { name: saved.name } });
            redirect('list', 'third-parties');
        },
        `${T}.notifications.change_failed`,
        FIELDS
    );
    return (
        <Edit mutationMode="pessimistic">
            <SimpleForm onSubmit={submit} toolbar={<SaveOnlyToolbar />}>
                <TextInput source="name" validate={[required(), maxLength(200)]} />
                <TextInput source="creditCode" disabled inputProps={{ lang: 'en' }} />
                <Common />
            </SimpleForm>
        </Edit>
    );
};
