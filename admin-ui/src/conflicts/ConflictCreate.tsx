import { Create, RadioButtonGroupInput, SelectInput, SimpleForm, TextInput, maxLength, minLength, required, useGetList, useNotify, usePermissions, useRedirect, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';

import { postJson } from '../api';
import { EntityPicker } from '../entities/EntityPicker';
import { SaveOnlyToolbar, useApiSubmit } from '../forms';
import { canSupervise } from '../permissions';
import type { Expert } from '../experts/ExpertList';
import type { Inspector } from '../inspectors/InspectorList';
import type { ThirdParty } from '../thirdParties/ThirdPartyList';

const C = 'resources.conflicts';
const FIELDS = ['partyType', 'partyKey', 'creditCode', 'reason'] as const;
type Values = { partyType: 'inspector' | 'expert' | 'thirdParty'; partyKey?: string; creditCode: string; reason: string };

/** Whose conflict: an inspector by credential number, an expert by id or a third-party body by credit code, of the supervisor's department. */
const PartyInput = () => {
    const partyType = useWatch({ name: 'partyType' }) as Values['partyType'];
    const { data: inspectors = [] } = useGetList<Inspector>('inspectors', { pagination: { page: 1, perPage: 500 }, sort: { field: 'displayName', order: 'ASC' } });
    const { data: experts = [] } = useGetList<Expert>('experts', { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' }, filter: { status: 'active' } });
    const { data: bodies = [] } = useGetList<ThirdParty>('third-parties', { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' }, filter: { status: 'active' } });
    const choices =
        partyType === 'expert'
            ? experts.map(e => ({ id: String(e.id), name: `${e.name}（${e.employer}）` }))
            : partyType === 'thirdParty'
              ? bodies.map(b => ({ id: b.creditCode, name: `${b.name}（${b.creditCode}）` }))
              : inspectors.map(i => ({ id: i.credentialNo, name: `${i.displayName}（${i.department.name}）` }));
    return <SelectInput source="partyKey" choices={choices} translateChoice={false} validate={required()} />;
};

/** 申报利益冲突: an inspector for themself; a supervisor for an inspector, an expert or a third-party body of the department. */
export const ConflictCreate = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const redirect = useRedirect();
    const { permissions } = usePermissions();
    const supervises = canSupervise(permissions);
    const submit = useApiSubmit<Values>(
        async v => {
            await postJson('/conflicts', { partyType: supervises ? v.partyType : 'inspector', ...(supervises ? { partyKey: v.partyKey } : {}), creditCode: v.creditCode, reason: v.reason.trim() });
            notify(`${C}.notifications.declared`, { type: 'success' });
            redirect('list', 'conflicts');
        },
        `${C}.notifications.declare_failed`,
        FIELDS
    );
    return (
        <Create>
            <SimpleForm onSubmit={submit} toolbar={<SaveOnlyToolbar />} defaultValues={{ partyType: 'inspector' }}>
                {supervises ? (
                    <>
                        <RadioButtonGroupInput source="partyType" choices={(['inspector', 'expert', 'thirdParty'] as const).map(id => ({ id, name: translate(`${C}.parties.${id}`) }))} translateChoice={false} />
                        <PartyInput />
                    </>
                ) : (
                    <p>{translate(`${C}.help.self`)}</p>
                )}
                <EntityPicker label={`${C}.fields.entity`} helperText={`${C}.help.entity`} testId="conflict-entity" />
                <TextInput source="reason" multiline minRows={2} validate={[required(), minLength(2), maxLength(300)]} helperText={`${C}.help.reason`} />
            </SimpleForm>
        </Create>
    );
};
