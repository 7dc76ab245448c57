import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, AlertTitle, Box, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
    CheckboxGroupInput,
    Create,
    SimpleForm,
    TextInput,
    maxLength,
    regex,
    required,
    useNotify,
    useRedirect,
    useTranslate,
} from 'react-admin';

import { postJson } from '../api';
import { DepartmentInput } from '../departments/DepartmentInput';
import { SaveOnlyToolbar, useApiSubmit } from '../forms';
import type { CreatedSubscription as Created, SubscriptionInput as Input } from '../types';
import { SHARED_EVENT_TYPES, useEventTypeName } from './eventTypes';

const S = 'resources.subscriptions';
const FIELDS = ['departmentCode', 'url', 'types'] as const;

/** The API's first rule for a URL (http or https); whether it points at the platform itself only the API can tell. */
const httpUrl = regex(/^https?:\/\/\S+$/i, `${S}.validation.url`);

/**
 * The signing secret, shown once: the API answers it only when the subscription is created and never again,
 * so the page says to copy it now, offers a copy button, and moves on only when asked.
 */
const SecretOnce = ({ created }: { created: Created }) => {
    const translate = useTranslate();
    const notify = useNotify();
    const redirect = useRedirect();
    const copy = async () => {
        try {
            await navigator.clipboard.writeText(created.secret);
            notify(`${S}.notifications.secret_copied`, { type: 'success' });
        } catch {
            notify(`${S}.notifications.secret_copy_failed`, { type: 'warning' });
        }
    };
    return (
        <Box sx={{ p: 2, maxWidth: 880 }} data-testid="subscription-secret">
            <Alert severity="warning" sx={{ mb: 2 }}>
                <AlertTitle>{translate(`${S}.secret.title`)}</AlertTitle>
                {translate(`${S}.secret.note`)}
            </Alert>
            <Typography variant="caption" color="text.secondary" component="div">
                {translate(`${S}.secret.label`)}
            </Typography>
            <Box
                component="code"
                lang="en"
                data-testid="subscription-secret-value"
                sx={{ display: 'block', fontFamily: 'monospace', fontSize: '1rem', p: 1.5, my: 1, bgcolor: 'action.hover', borderRadius: 1, overflowWrap: 'anywhere', userSelect: 'all' }}
            >
                {created.secret}
            </Box>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {translate(`${S}.secret.how`)}
            </Typography>
            <Stack direction="row" spacing={1}>
                <Button variant="outlined" startIcon={<ContentCopyIcon />} onClick={copy}>
                    {translate(`${S}.action.copy_secret`)}
                </Button>
                <Button variant="contained" onClick={() => redirect('show', 'subscriptions', created.id)} data-testid="subscription-secret-done">
                    {translate(`${S}.action.secret_copied`)}
                </Button>
            </Stack>
        </Box>
    );
};

/**
 * 新建订阅: the administrator subscribes a department's webhook to shared events, chosen by their names.
 * The API refuses a URL that is not http(s), carries a user or password, or points at the platform itself;
 * its words are shown on the URL input. Created, the secret is shown once (SecretOnce).
 */
export const SubscriptionCreate = () => {
    const nameOf = useEventTypeName();
    const [created, setCreated] = useState<Created | null>(null);
    const submit = useApiSubmit<Input>(
        async values => {
            const input: Input = { departmentCode: values.departmentCode, url: values.url.trim(), types: values.types };
            setCreated(await postJson<Created>('/subscriptions', input));
        },
        `${S}.notifications.create_failed`,
        FIELDS
    );
    return (
        <Create>
            {created ? (
                <SecretOnce created={created} />
            ) : (
                <SimpleForm record={{ departmentCode: '', url: '', types: [] }} onSubmit={submit} toolbar={<SaveOnlyToolbar />}>
                    <DepartmentInput source="departmentCode" validate={required()} helperText={`${S}.help.departmentCode`} />
                    <TextInput source="url" validate={[required(), maxLength(2000), httpUrl]} helperText={`${S}.help.url`} fullWidth inputProps={{ lang: 'en', spellCheck: false }} />
                    <CheckboxGroupInput
                        source="types"
                        choices={SHARED_EVENT_TYPES.map(id => ({ id, name: nameOf(id) }))}
                        translateChoice={false}
                        validate={required()}
                        helperText={`${S}.help.types`}
                        row={false}
                    />
                </SimpleForm>
            )}
        </Create>
    );
};
