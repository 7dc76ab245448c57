import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, AlertTitle, Box, Button, Stack } from '@mui/material';
import { useState } from 'react';
import {
    BooleanInput,
    Create,
    PasswordInput,
    SimpleForm,
    TextInput,
    maxLength,
    minLength,
    regex,
    required,
    useNotify,
    useRedirect,
    useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';

import { postJson } from '../api';
import { SaveOnlyToolbar, useApiSubmit } from '../forms';
import type { CreatedUser, UserInput } from '../types';
import { AssignmentInputs, U } from './UserFields';

const FIELDS = ['username', 'displayName', 'departmentCode', 'roles', 'credentialNo', 'regionCode', 'password'] as const;
const username = regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, `${U}.validation.username`);

/** The generated password, shown once: the API never answers it again. */
const PasswordOnce = ({ created }: { created: CreatedUser & { password: string } }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const redirect = useRedirect();
    const copy = async () => {
        try {
            await navigator.clipboard.writeText(created.password);
            notify(`${U}.notifications.password_copied`, { type: 'success' });
        } catch {
            notify(`${U}.notifications.password_copy_failed`, { type: 'warning' });
        }
    };
    return (
        <Box sx={{ p: 2, maxWidth: 880 }} data-testid="user-password">
            <Alert severity="warning" sx={{ mb: 2 }}>
                <AlertTitle>{translate(`${U}.password.title`, { name: created.user.displayName, username: created.user.username })}</AlertTitle>
                {translate(`${U}.password.note`)}
            </Alert>
            <Box
                component="code"
                lang="en"
                data-testid="user-password-value"
                sx={{ display: 'block', fontFamily: 'monospace', fontSize: '1.1rem', p: 1.5, my: 1, bgcolor: 'action.hover', borderRadius: 1, userSelect: 'all' }}
            >
                {created.password}
            </Box>
            <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
                <Button variant="outlined" startIcon={<ContentCopyIcon />} onClick={copy}>
                    {translate(`${U}.action.copy_password`)}
                </Button>
                <Button variant="contained" onClick={() => redirect('list', 'users')} data-testid="user-password-done">
                    {translate(`${U}.action.password_noted`)}
                </Button>
            </Stack>
        </Box>
    );
};

const PasswordInputs = () => {
    const generate = useWatch({ name: 'generatePassword' }) as boolean;
    return (
        <>
            <BooleanInput source="generatePassword" helperText={`${U}.help.generatePassword`} />
            {!generate && <PasswordInput source="password" validate={[required(), minLength(8), maxLength(200)]} helperText={`${U}.help.password`} autoComplete="new-password" />}
        </>
    );
};

/**
 * 新建用户: username, name, department and roles (an inspector also their credential number and town), and an
 * initial password — typed, or generated and shown once. The API's refusals (a taken username, a weak password)
 * are shown on their inputs.
 */
export const UserCreate = () => {
    const redirect = useRedirect();
    const notify = useNotify();
    const [created, setCreated] = useState<(CreatedUser & { password: string }) | null>(null);
    type Values = UserInput & { generatePassword: boolean };
    const submit = useApiSubmit<Values>(
        async values => {
            const input: UserInput = {
                username: values.username.trim(),
                displayName: values.displayName.trim(),
                departmentCode: values.departmentCode,
                roles: values.roles,
                ...(values.roles.includes('inspector') ? { credentialNo: values.credentialNo, regionCode: values.regionCode } : {}),
                ...(values.generatePassword ? {} : { password: values.password }),
            };
            const answer = await postJson<CreatedUser>('/users', input);
            if (answer.password) setCreated({ ...answer, password: answer.password });
            else {
                notify(`${U}.notifications.created`, { type: 'success', messageArgs: { name: answer.user.displayName } });
                redirect('list', 'users');
            }
        },
        `${U}.notifications.create_failed`,
        FIELDS
    );
    return (
        <Create>
            {created ? (
                <PasswordOnce created={created} />
            ) : (
                <SimpleForm record={{ username: '', displayName: '', departmentCode: '', roles: [], generatePassword: true }} onSubmit={submit} toolbar={<SaveOnlyToolbar />}>
                    <TextInput source="username" validate={[required(), username]} helperText={`${U}.help.username`} inputProps={{ lang: 'en', spellCheck: false, autoComplete: 'off' }} />
                    <AssignmentInputs />
                    <PasswordInputs />
                </SimpleForm>
            )}
        </Create>
    );
};
