import { Stack } from '@mui/material';
import { Edit, SaveButton, SimpleForm, TextInput, Toolbar, useNotify, useRecordContext, useRedirect } from 'react-admin';

import { apiFetch } from '../api';
import { useApiSubmit } from '../forms';
import type { User, UserChange } from '../types';
import { ActiveChip, ActiveToggle, AssignmentInputs, U } from './UserFields';

const FIELDS = ['displayName', 'departmentCode', 'roles', 'credentialNo', 'regionCode'] as const;

const EditToolbar = () => (
    <Toolbar>
        <Stack direction="row" spacing={2} sx={{ width: '100%', justifyContent: 'space-between' }}>
            <SaveButton />
            <ActiveToggle />
        </Stack>
    </Toolbar>
);

const Status = () => {
    const user = useRecordContext<User>();
    return user ? <ActiveChip user={user} /> : null;
};

type Values = User & { departmentCode: string; regionCode?: string | null };

/** 修改用户: name, department, roles and an inspector's details; they take effect at the user's next request. */
export const UserEdit = () => {
    const notify = useNotify();
    const redirect = useRedirect();
    const submit = useApiSubmit<Values>(
        async values => {
            const change: UserChange = {
                displayName: values.displayName.trim(),
                departmentCode: values.departmentCode,
                roles: values.roles,
                ...(values.roles.includes('inspector') ? { credentialNo: values.credentialNo ?? null, regionCode: values.regionCode ?? null } : {}),
            };
            const user = await apiFetch<User>(`/users/${values.id}`, { method: 'PATCH', body: JSON.stringify(change) });
            notify(`${U}.notifications.changed`, { type: 'success', messageArgs: { name: user.displayName } });
            redirect('list', 'users');
        },
        `${U}.notifications.change_failed`,
        FIELDS
    );
    return (
        <Edit
            mutationMode="pessimistic"
            queryOptions={{ select: (user: User) => ({ ...user, departmentCode: user.department.code, regionCode: user.region?.code ?? null }) as Values }}
        >
            <SimpleForm onSubmit={submit} toolbar={<EditToolbar />}>
                <Status />
                <TextInput source="username" disabled inputProps={{ lang: 'en' }} />
                <AssignmentInputs />
            </SimpleForm>
        </Edit>
    );
};
