import { useState } from 'react';
import {
    AutocompleteArrayInput,
    CheckboxGroupInput,
    Create,
    DateInput,
    SimpleForm,
    minLength,
    required,
    useDataProvider,
    useGetIdentity,
    useGetList,
    useNotify,
    useRedirect,
    type Validator,
} from 'react-admin';
import { EntityPicker } from '../entities/EntityPicker';

import { useCheckItems } from '../checkItems/useCheckItems';
import type { ZongjianDataProvider } from '../dataProvider';
import { PICKER_PAGE_SIZE } from '../dataProvider';
import { useApiSubmit } from '../forms';
import type { RoutineInspectionInput, User } from '../types';

const R = 'resources.my-inspections.routine';
const FIELDS = ['creditCode', 'checkItemCodes', 'team', 'dueOn'] as const;

interface RoutineValues {
    creditCode: string;
    checkItemCodes: string[];
    team: string[];
    dueOn: string | null;
}



/** 行政处罚法 Art. 42: at least two inspectors; the one starting the check takes part (the API says so too). */
const teamWith =
    (username: string | undefined): Validator =>
    (team: string[] | undefined) =>
        username && !(team ?? []).includes(username) ? `${R}.validation.include_yourself` : undefined;

const toInput = (values: RoutineValues): RoutineInspectionInput => ({
    creditCode: values.creditCode,
    checkItemCodes: values.checkItemCodes,
    team: values.team,
    ...(values.dueOn ? { dueOn: values.dueOn } : {}),
});

/**
 * 发起日常检查: an inspector starts a routine check (日常监管) of an entity found by name or credit code,
 * with check items of their department and a team of at least two of its inspectors, themselves included.
 * The check then sits in 我的检查 like a drawn one.
 */
export const RoutineInspectionCreate = () => {
    const dataProvider = useDataProvider<ZongjianDataProvider>();
    const notify = useNotify();
    const redirect = useRedirect();
    const { data: identity } = useGetIdentity();
    const username = identity?.username as string | undefined;
    const department = (identity?.department as { code: string } | undefined)?.code;
    const { checkItems } = useCheckItems();
    const { data: inspectors = [] } = useGetList<User & { id: number }>('users', {
        filter: { role: 'inspector' },
        pagination: { page: 1, perPage: PICKER_PAGE_SIZE },
        sort: { field: 'username', order: 'ASC' },
    });
    const [record] = useState<RoutineValues>({ creditCode: '', checkItemCodes: [], team: [], dueOn: null });

    const submit = useApiSubmit<RoutineValues>(
        async values => {
            await dataProvider.startRoutineInspection(toInput(values));
            notify(`${R}.notifications.started`, { type: 'success' });
            redirect('list', 'my-inspections');
        },
        `${R}.notifications.start_failed`,
        FIELDS
    );

    if (!username) return null;
    const itemChoices = checkItems
        .filter(item => item.departmentCode === department)
        .map(item => ({ id: item.code, name: `${item.code} ${item.name}` }));
    const teamChoices = inspectors
        .filter(user => user.department.code === department)
        .map(user => ({ id: user.username, name: user.displayName }));

    return (
        <Create resource="my-inspections" title={`${R}.title`}>
            <SimpleForm record={{ ...record, team: [username] }} onSubmit={submit}>
                <EntityPicker label={`${R}.fields.entity`} helperText={`${R}.help.entity`} testId="routine-entity" />
                <CheckboxGroupInput
                    source="checkItemCodes"
                    label={`${R}.fields.checkItems`}
                    choices={itemChoices}
                    validate={[required(), minLength(1)]}
                    row={false}
                />
                <AutocompleteArrayInput
                    source="team"
                    label={`${R}.fields.team`}
                    choices={teamChoices}
                    helperText={`${R}.help.team`}
                    validate={[required(), minLength(2, `${R}.validation.two_inspectors`), teamWith(username)]}
                    sx={{ minWidth: 480 }}
                    data-testid="routine-team"
                />
                <DateInput source="dueOn" label={`${R}.fields.dueOn`} helperText={`${R}.help.dueOn`} />
            </SimpleForm>
        </Create>
    );
};
