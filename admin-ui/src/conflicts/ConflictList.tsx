import { useState } from 'react';
import { Button, Confirm, DataTable, DateField, FunctionField, SelectInput, TextInput, useGetIdentity, useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Stack, TextField } from '@mui/material';

import { errorDetail, postJson } from '../api';
import type { components } from '../api/schema';
import { canSupervise, worksInspections } from '../permissions';
import { RecordList } from '../RecordList';
import { StatusChip, Z } from '../supervision/fields';

export type Conflict = components['schemas']['Conflict'];
const C = 'resources.conflicts';

/** 确认 (a declaration awaiting it, not one's own) and 解除 (with a reason) for the party's supervisor. */
const Decide = () => {
    const c = useRecordContext<Conflict>();
    const translate = useTranslate();
    const notify = useNotify();
    const refresh = useRefresh();
    const [lifting, setLifting] = useState(false);
    const [reason, setReason] = useState('');
    const [busy, setBusy] = useState(false);
    const { identity } = useGetIdentity();
    if (!c || c.status === 'lifted') return null;
    // Nobody confirms what they declared (the API refuses it: own-conflict-decision).
    const mayConfirm = c.status === 'declared' && identity?.username !== c.declaredBy.username;
    const act = async (action: 'confirm' | 'lift', body?: object) => {
        setBusy(true);
        try {
            await postJson(`/conflicts/${c.id}/${action}`, body);
            notify(`${C}.notifications.${action === 'confirm' ? 'confirmed' : 'lifted'}`, { type: 'success' });
            setLifting(false);
            refresh();
        } catch (error) {
            const detail = errorDetail(error);
            notify(`${C}.notifications.failed`, { type: 'error', messageArgs: { detail: translate(detail, { _: detail }) } });
        } finally {
            setBusy(false);
        }
    };
    return (
        <Stack direction="row" spacing={1} onClick={event => event.stopPropagation()}>
            {mayConfirm && <Button label={`${C}.action.confirm`} disabled={busy} onClick={() => act('confirm')} data-testid="conflict-confirm" />}
            <Button label={`${C}.action.lift`} color="warning" disabled={busy} onClick={() => setLifting(true)} data-testid="conflict-lift" />
            <Confirm
                isOpen={lifting}
                loading={busy}
                title={translate(`${C}.lift.title`, { name: c.party.name, entity: c.entity.name })}
                content={
                    <Stack spacing={2}>
                        <span>{translate(`${C}.lift.content`)}</span>
                        <TextField label={translate(`${C}.fields.liftReason`)} value={reason} onChange={e => setReason(e.target.value)} multiline minRows={2} required inputProps={{ maxLength: 300, 'data-testid': 'conflict-lift-reason' }} />
                    </Stack>
                }
                onConfirm={() => (reason.trim().length >= 2 ? act('lift', { reason: reason.trim() }) : undefined)}
                onClose={() => setLifting(false)}
            />
        </Stack>
    );
};

const StatusFilter = (_props: { source: string; alwaysOn?: boolean }) => {
    const translate = useTranslate();
    return <SelectInput source="status" choices={(['declared', 'confirmed', 'lifted'] as const).map(id => ({ id, name: translate(`${Z}.conflictStatuses.${id}`) }))} translateChoice={false} />;
};
const PartyFilter = (_props: { source: string; alwaysOn?: boolean }) => {
    const translate = useTranslate();
    return <SelectInput source="partyType" choices={(['inspector', 'expert', 'thirdParty'] as const).map(id => ({ id, name: translate(`${C}.parties.${id}`) }))} translateChoice={false} />;
};

/**
 * 利益冲突: declarations of inspectors, experts and third-party bodies for entities (an inspector: their own; a
 * supervisor: their department's), newest first; the supervisor confirms or lifts each. Declared and confirmed ones
 * keep the party out of that entity's teams (行政处罚法 Art. 43).
 */
export const ConflictList = () => {
    const { permissions } = usePermissions();
    const translate = useTranslate();
    const decides = canSupervise(permissions);
    return (
        <RecordList<Conflict>
            filters={[<StatusFilter key="status" source="status" alwaysOn />, <PartyFilter key="partyType" source="partyType" alwaysOn />, <TextInput key="creditCode" source="creditCode" alwaysOn />]}
            sort={{ field: 'id', order: 'DESC' }}
            perPage={25}
            rowTestId="conflict-row"
            rowClick={false}
            create={{ allowed: p => canSupervise(p) || worksInspections(p), testId: 'conflict-create' }}
        >
            <DataTable.Col source="party" disableSort>
                <FunctionField<Conflict> render={c => `${c.party.name}（${translate(`${C}.parties.${c.party.type}`)}）`} />
            </DataTable.Col>
            <DataTable.Col source="department" disableSort>
                <FunctionField<Conflict> render={c => c.party.department.name} />
            </DataTable.Col>
            <DataTable.Col source="entity" disableSort>
                <FunctionField<Conflict> render={c => c.entity.name} />
            </DataTable.Col>
            <DataTable.Col source="reason" disableSort />
            <DataTable.Col source="status" disableSort>
                <FunctionField<Conflict> render={c => <StatusChip kind="conflictStatuses" status={c.status} good="confirmed" />} />
            </DataTable.Col>
            <DataTable.Col source="declaredBy" disableSort>
                <FunctionField<Conflict> render={c => c.declaredBy.displayName} />
            </DataTable.Col>
            <DataTable.Col source="declaredAt" disableSort>
                <DateField source="declaredAt" showTime />
            </DataTable.Col>
            {decides && (
                <DataTable.Col source="actions" disableSort>
                    <Decide />
                </DataTable.Col>
            )}
        </RecordList>
    );
};
