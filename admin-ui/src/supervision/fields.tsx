import { Chip, Stack } from '@mui/material';
import { useState } from 'react';
import { Button, CheckboxGroupInput, Confirm, SearchInput, SelectInput, required, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate, type Validator } from 'react-admin';

import { errorDetail, postJson } from '../api';
import type { components } from '../api/schema';
import { DepartmentInput } from '../departments/DepartmentInput';
import { canSupervise } from '../permissions';
import { useSeesAll } from '../useSeesAll';

// What the supervision-resource pages share (监管资源, F2): fields of competence as chips, inputs and a filter; the
// statuses as chips; 停用 / 启用 of an expert or a third-party body. The codes come from domain/resources.ts.

export const Z = 'zongjian.supervision';
export type FieldCode = components['schemas']['Expert']['fields'][number];
export const FIELDS: readonly FieldCode[] = ['food', 'specialEquipment', 'drugs', 'productQuality', 'price', 'advertising', 'metrology'];

export const FieldChips = ({ fields }: { fields: readonly string[] }) => {
    const translate = useTranslate();
    return (
        <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
            {fields.map(f => (
                <Chip key={f} size="small" variant="outlined" label={translate(`${Z}.fields.${f}`, { _: f })} />
            ))}
        </Stack>
    );
};

export const useFieldChoices = () => {
    const translate = useTranslate();
    return FIELDS.map(id => ({ id, name: translate(`${Z}.fields.${id}`) }));
};

export const FieldsInput = ({ helperText, validate = required() }: { helperText?: string; validate?: Validator | Validator[] }) => (
    <CheckboxGroupInput source="fields" choices={useFieldChoices()} translateChoice={false} validate={validate} helperText={helperText} />
);

export const FieldFilter = (_props: { source: string; alwaysOn?: boolean }) => <SelectInput source="field" choices={useFieldChoices()} translateChoice={false} />;

/** A status as a chip: `kind` names its words (inspectorStatuses, resourceStatuses, conflictStatuses). */
export const StatusChip = ({ kind, status, good }: { kind: string; status: string; good: string }) => {
    const translate = useTranslate();
    return <Chip size="small" color={status === good ? 'success' : 'default'} label={translate(`${Z}.${kind}.${status}`, { _: status })} data-testid="resource-status" data-status={status} />;
};

export const ResourceStatusFilter = (_props: { source: string; alwaysOn?: boolean }) => {
    const translate = useTranslate();
    return <SelectInput source="status" choices={(['active', 'inactive'] as const).map(id => ({ id, name: translate(`${Z}.resourceStatuses.${id}`) }))} translateChoice={false} />;
};

/** 停用 / 启用 of an expert or a third-party body (`path` is its API collection), with a confirmation. */
export const ActiveToggle = ({ path, fromRow = false }: { path: string; fromRow?: boolean }) => {
    const record = useRecordContext<{ id: number; name: string; status: string }>();
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const [open, setOpen] = useState(false);
    const [busy, setBusy] = useState(false);
    if (!record) return null;
    const action = record.status === 'active' ? 'deactivate' : 'reactivate';
    const run = async () => {
        setBusy(true);
        try {
            await postJson(`${path}/${record.id}/${action}`);
            notify(`${Z}.notifications.${action}d`, { type: 'success', messageArgs: { name: record.name } });
            refresh();
        } catch (error) {
            const detail = errorDetail(error);
            notify(`${Z}.notifications.failed`, { type: 'error', messageArgs: { detail: translate(detail, { _: detail }) } });
        } finally {
            setBusy(false);
            setOpen(false);
        }
    };
    return (
        <>
            <Button
                label={`${Z}.action.${action}`}
                color={action === 'deactivate' ? 'warning' : 'primary'}
                onClick={event => {
                    if (fromRow) event.stopPropagation();
                    setOpen(true);
                }}
                data-testid={`resource-${action}`}
            />
            <Confirm isOpen={open} loading={busy} title={`${Z}.action.${action}`} content={record.name} onConfirm={run} onClose={() => setOpen(false)} />
        </>
    );
};

/** The filters of the expert and third-party lists, and whether the reader manages (edits, deactivates) them. */
export const usePoolList = () => {
    const seesAll = useSeesAll();
    const { permissions } = usePermissions();
    const filters = [
        <SearchInput key="q" source="q" alwaysOn />,
        <FieldFilter key="field" source="field" alwaysOn />,
        <ResourceStatusFilter key="status" source="status" alwaysOn />,
        ...(seesAll ? [<DepartmentInput key="department" source="department" alwaysOn />] : []),
    ];
    return { filters, manages: canSupervise(permissions) };
};
