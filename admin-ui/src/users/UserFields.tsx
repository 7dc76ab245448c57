import { Chip, Stack } from '@mui/material';
import { useState } from 'react';
import {
    Button,
    CheckboxGroupInput,
    Confirm,
    SelectInput,
    TextInput,
    maxLength,
    required,
    useGetIdentity,
    useGetList,
    useNotify,
    useRecordContext,
    useRefresh,
    useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';

import { errorDetail, postJson } from '../api';
import { DepartmentInput } from '../departments/DepartmentInput';
import { ROLES, type User } from '../types';

export const U = 'resources.users';

/** A user's roles by their names, in the order of ROLES. */
export const RoleChips = ({ roles }: { roles: readonly string[] }) => {
    const translate = useTranslate();
    return (
        <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
            {roles.map(role => (
                <Chip key={role} size="small" variant="outlined" label={translate(`${U}.roles.${role}`, { _: role })} />
            ))}
        </Stack>
    );
};

/** 启用 / 停用. */
export const ActiveChip = ({ user }: { user: User }) => {
    const translate = useTranslate();
    return (
        <Chip
            size="small"
            color={user.active ? 'success' : 'default'}
            label={translate(`${U}.statuses.${user.active ? 'active' : 'inactive'}`)}
            data-testid="user-status"
            data-status={user.active ? 'active' : 'inactive'}
        />
    );
};

const InspectorInputs = () => {
    const roles = useWatch({ name: 'roles' }) as string[] | undefined;
    const { data: regions = [] } = useGetList<{ id: string; code: string; name: string }>('regions', {
        pagination: { page: 1, perPage: 1000 },
        sort: { field: 'code', order: 'ASC' },
    });
    if (!roles?.includes('inspector')) return null;
    return (
        <>
            <TextInput source="credentialNo" validate={[required(), maxLength(32)]} helperText={`${U}.help.credentialNo`} inputProps={{ lang: 'en' }} />
            <SelectInput source="regionCode" choices={regions} optionValue="code" optionText="name" translateChoice={false} validate={required()} helperText={`${U}.help.regionCode`} />
        </>
    );
};

/** The fields of the create and edit forms after the username: name, department, roles, an inspector's details. */
export const AssignmentInputs = () => {
    const translate = useTranslate();
    return (
        <>
            <TextInput source="displayName" validate={[required(), maxLength(64)]} />
            <DepartmentInput source="departmentCode" validate={required()} />
            <CheckboxGroupInput
                source="roles"
                choices={ROLES.map(id => ({ id, name: translate(`${U}.roles.${id}`) }))}
                translateChoice={false}
                validate={required()}
                helperText={`${U}.help.roles`}
                row={false}
            />
            <InspectorInputs />
        </>
    );
};

/** 停用 / 启用 with a confirmation that says what happens. */
export const ActiveToggle = ({ fromRow = false }: { fromRow?: boolean }) => {
    const user = useRecordContext<User>();
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const [open, setOpen] = useState(false);
    const [busy, setBusy] = useState(false);
    const { identity } = useGetIdentity();
    // One's own account is not deactivated (the API refuses it too).
    if (!user || (user.active && identity?.id === user.id)) return null;
    const action = user.active ? 'deactivate' : 'reactivate';
    const run = async () => {
        setBusy(true);
        try {
            await postJson<User>(`/users/${user.id}/${action}`);
            notify(`${U}.notifications.${action}d`, { type: 'success', messageArgs: { name: user.displayName } });
            refresh();
        } catch (error) {
            const detail = errorDetail(error);
            notify(`${U}.notifications.failed`, { type: 'error', messageArgs: { detail: translate(detail, { _: detail }) } });
        } finally {
            setBusy(false);
            setOpen(false);
        }
    };
    return (
        <>
            <Button
                label={`${U}.action.${action}`}
                color={user.active ? 'warning' : 'primary'}
                onClick={event => {
                    if (fromRow) event.stopPropagation();
                    setOpen(true);
                }}
                data-testid={`user-${action}`}
            />
            <Confirm
                isOpen={open}
                loading={busy}
                title={translate(`${U}.confirm.${action}_title`, { name: user.displayName })}
                content={translate(`${U}.confirm.${action}_content`, { name: user.displayName })}
                onConfirm={run}
                onClose={() => setOpen(false)}
            />
        </>
    );
};
