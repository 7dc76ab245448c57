import { useState } from 'react';
import { Button, Create, DataTable, FunctionField, RadioButtonGroupInput, SelectInput, SimpleForm, required, useNotify, usePermissions, useRecordContext, useRedirect, useRefresh, useTranslate } from 'react-admin';

import { apiFetch, errorDetail } from '../api';
import type { components } from '../api/schema';
import { useCheckItems } from '../checkItems/useCheckItems';
import { SaveOnlyToolbar, useApiSubmit } from '../forms';
import { canSupervise } from '../permissions';
import { RecordList } from '../RecordList';
import { useFieldChoices, Z } from '../supervision/fields';

// 需专家的检查事项: which check items need an expert (the draw adds one of the field to each team of a plan holding
// the item: zj-draw-3) or a third-party body. PUT / DELETE /api/v1/check-items/{code}/expertise.

type Expertise = components['schemas']['CheckItemExpertise'] & { id: string };
const X = 'resources.check-item-expertise';

const Clear = () => {
    const row = useRecordContext<Expertise>();
    const notify = useNotify();
    const refresh = useRefresh();
    const translate = useTranslate();
    const [busy, setBusy] = useState(false);
    if (!row) return null;
    const clear = async () => {
        setBusy(true);
        try {
            await apiFetch(`/check-items/${encodeURIComponent(row.checkItem.code)}/expertise`, { method: 'DELETE' });
            notify(`${X}.notifications.cleared`, { type: 'success', messageArgs: { name: row.checkItem.name } });
            refresh();
        } catch (error) {
            const detail = errorDetail(error);
            notify(`${Z}.notifications.failed`, { type: 'error', messageArgs: { detail: translate(detail, { _: detail }) } });
        } finally {
            setBusy(false);
        }
    };
    return <Button label={`${X}.action.clear`} color="warning" disabled={busy} onClick={clear} data-testid="expertise-clear" />;
};

export const ExpertiseList = () => {
    const translate = useTranslate();
    const { permissions } = usePermissions();
    const manages = canSupervise(permissions);
    return (
        <RecordList<Expertise> sort={{ field: 'id', order: 'ASC' }} perPage={25} rowTestId="expertise-row" rowClick={false} create={{ allowed: canSupervise, testId: 'expertise-create' }}>
            <DataTable.Col source="checkItem" disableSort>
                <FunctionField<Expertise> render={x => `${x.checkItem.code} ${x.checkItem.name}`} />
            </DataTable.Col>
            <DataTable.Col source="department" disableSort>
                <FunctionField<Expertise> render={x => x.department.name} />
            </DataTable.Col>
            <DataTable.Col source="field" disableSort>
                <FunctionField<Expertise> render={x => translate(`${Z}.fields.${x.field}`)} />
            </DataTable.Col>
            <DataTable.Col source="need" disableSort>
                <FunctionField<Expertise> render={x => translate(`${X}.needs.${x.need}`)} />
            </DataTable.Col>
            {manages && (
                <DataTable.Col source="actions" disableSort>
                    <Clear />
                </DataTable.Col>
            )}
        </RecordList>
    );
};

export const ExpertiseCreate = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const redirect = useRedirect();
    const { checkItems } = useCheckItems();
    const submit = useApiSubmit<{ checkItemCode: string; field: string; need: string }>(
        async v => {
            const saved = await apiFetch<Expertise>(`/check-items/${encodeURIComponent(v.checkItemCode)}/expertise`, { method: 'PUT', body: JSON.stringify({ field: v.field, need: v.need }) });
            notify(`${X}.notifications.set`, { type: 'success', messageArgs: { name: saved.checkItem.name } });
            redirect('list', 'check-item-expertise');
        },
        `${X}.notifications.failed`,
        ['field', 'need']
    );
    return (
        <Create>
            <SimpleForm onSubmit={submit} toolbar={<SaveOnlyToolbar />} defaultValues={{ need: 'expert' }}>
                <SelectInput source="checkItemCode" choices={checkItems.map(c => ({ id: c.code, name: `${c.code} ${c.name}` }))} translateChoice={false} validate={required()} />
                <SelectInput source="field" choices={useFieldChoices()} translateChoice={false} validate={required()} />
                <RadioButtonGroupInput source="need" choices={(['expert', 'thirdParty'] as const).map(id => ({ id, name: translate(`${X}.needs.${id}`) }))} translateChoice={false} helperText={`${X}.help.need`} />
            </SimpleForm>
        </Create>
    );
};
