import { Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
    Button,
    Confirm,
    DataTable,
    FunctionField,
    SelectInput,
    useNotify,
    useRecordContext,
    useRefresh,
    useTranslate,
} from 'react-admin';

import { errorDetail, postJson } from '../api';
import { RecordList } from '../RecordList';
import { formatShanghaiTime } from '../time';
import type { ApiKey } from '../types';

const K = 'resources.api-keys';

const StatusFilter = (_props: { source: string; alwaysOn: boolean }) => {
    const translate = useTranslate();
    return <SelectInput source="status" choices={(['active', 'revoked'] as const).map(id => ({ id, name: translate(`${K}.statuses.${id}`) }))} alwaysOn />;
};

const StatusChip = ({ apiKey }: { apiKey: ApiKey }) => {
    const translate = useTranslate();
    const status = apiKey.revokedAt ? 'revoked' : 'active';
    return (
        <Chip
            size="small"
            color={apiKey.revokedAt ? 'default' : 'success'}
            label={apiKey.revokedAt ? translate(`${K}.revoked_at`, { at: formatShanghaiTime(apiKey.revokedAt) }) : translate(`${K}.statuses.active`)}
            data-testid="api-key-status"
            data-status={status}
        />
    );
};

/** 吊销: asks first (the system's calls fail from the next one), then revokes; a revoked key shows no button. */
/** A scope in words (its code is CONTRACT.md's, for `apikey create --scopes`). */
const ScopeChip = ({ scope }: { scope: string }) => {
    const translate = useTranslate();
    return <Chip size="small" variant="outlined" label={translate(`${K}.scopes.${scope}`, { _: scope })} />;
};

const RevokeButton = () => {
    const apiKey = useRecordContext<ApiKey>();
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const [open, setOpen] = useState(false);
    const [busy, setBusy] = useState(false);
    if (!apiKey || apiKey.revokedAt) return null;
    const revoke = async () => {
        setBusy(true);
        try {
            await postJson<ApiKey>(`/api-keys/${apiKey.id}/revoke`);
            notify(`${K}.notifications.revoked`, { type: 'success', messageArgs: { system: apiKey.system } });
            refresh();
        } catch (error) {
            const detail = errorDetail(error);
            notify(`${K}.notifications.revoke_failed`, { type: 'error', messageArgs: { detail: translate(detail, { _: detail }) } });
        } finally {
            setBusy(false);
            setOpen(false);
        }
    };
    return (
        <>
            <Button label={`${K}.action.revoke`} color="error" onClick={() => setOpen(true)} data-testid="api-key-revoke" />
            <Confirm
                isOpen={open}
                loading={busy}
                title={`${K}.confirm.title`}
                content={
                    <>
                        <Typography component="span" sx={{ display: 'block', mb: 1 }} data-testid="api-key-revoke-which">
                            {translate(`${K}.confirm.system`)}
                            <span lang="en">{apiKey.system}</span> <code lang="en">{`zjk_${apiKey.prefix}_…`}</code>
                        </Typography>
                        <Typography component="span" sx={{ display: 'block', mb: 1 }}>
                            {translate(`${K}.confirm.content`)}
                        </Typography>
                        <code lang="en">npm run cli -- apikey create</code>
                    </>
                }
                confirm={`${K}.action.revoke`}
                confirmColor="warning"
                onConfirm={revoke}
                onClose={() => setOpen(false)}
            />
        </>
    );
};

/**
 * 接口密钥: each external system's key by its public prefix, its scopes and department, when it was created and
 * whether it was revoked. The secret is never shown: `npm run cli -- apikey create` prints it once.
 */
export const ApiKeyList = () => (
    <RecordList<ApiKey> filters={[<StatusFilter key="status" source="status" alwaysOn />]} sort={{ field: 'id', order: 'DESC' }} perPage={25} rowTestId="api-key-row" rowClick={false}>
        <DataTable.Col source="system" disableSort>
            <FunctionField<ApiKey> render={k => <span lang="en">{k.system}</span>} />
        </DataTable.Col>
        <DataTable.Col source="prefix" disableSort>
            <FunctionField<ApiKey> render={k => <code lang="en">{`zjk_${k.prefix}_…`}</code>} />
        </DataTable.Col>
        <DataTable.Col source="scopes" disableSort>
            <FunctionField<ApiKey>
                render={k => (
                    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
                        {k.scopes.map(s => (
                            <ScopeChip key={s} scope={s} />
                        ))}
                    </Stack>
                )}
            />
        </DataTable.Col>
        <DataTable.Col source="department" disableSort>
            <FunctionField<ApiKey> render={k => k.department?.name ?? '—'} />
        </DataTable.Col>
        <DataTable.Col source="createdAt" disableSort>
            <FunctionField<ApiKey> render={k => formatShanghaiTime(k.createdAt)} />
        </DataTable.Col>
        <DataTable.Col source="revokedAt" disableSort>
            <FunctionField<ApiKey> render={k => <StatusChip apiKey={k} />} />
        </DataTable.Col>
        <DataTable.Col source="actions" disableSort>
            <RevokeButton />
        </DataTable.Col>
    </RecordList>
);
