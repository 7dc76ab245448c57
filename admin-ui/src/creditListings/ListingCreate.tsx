import { useEffect, useState } from 'react';
import {
    Create,
    DateInput,
    SelectInput,
    SimpleForm,
    TextInput,
    maxLength,
    required,
    useDataProvider,
    useNotify,
    useRedirect,
    type Validator,
} from 'react-admin';

import { apiFetch } from '../api';
import { useApiSubmit } from '../forms';
import { shanghaiToday } from '../time';
import type { ListingAnswer, ListingInput, ListType } from '../types';
import { listTypeChoices } from './choices';
import { creditCodeShape } from './validation';

const L = 'resources.credit-listings';
const FIELDS = ['listType', 'creditCode', 'entityName', 'reason', 'documentNo', 'listedOn', 'expiresOn'] as const;

interface ListingValues {
    listType: ListType | '';
    creditCode: string;
    entityName: string;
    reason: string;
    documentNo: string;
    listedOn: string;
    expiresOn: string | null;
}

// DateInput values are `YYYY-MM-DD`, so string order is date order.
const notBeforeListedOn: Validator = (expiresOn: string | null, values: ListingValues) =>
    expiresOn && values.listedOn && expiresOn < values.listedOn ? `${L}.validation.expires_before_listed` : undefined;

const toInput = (values: ListingValues): ListingInput => ({
    listType: values.listType as ListType,
    creditCode: values.creditCode.trim().toUpperCase(),
    ...(values.entityName?.trim() ? { entityName: values.entityName.trim() } : {}),
    reason: values.reason.trim(),
    documentNo: values.documentNo.trim(),
    listedOn: values.listedOn,
    ...(values.expiresOn ? { expiresOn: values.expiresOn } : {}),
});

/**
 * 列入: a clerk enters a listing decided by their department (the API records the department as the
 * deciding authority); the implementing departments are then notified. The same decision entered again
 * is one listing: the API says so and the page shows the existing entry.
 */
/** The lists this user's department enters (RULES.md "entered by"), as the API says; none until it has. */
const useEnterableListTypes = () => {
    const [enterable, setEnterable] = useState<Set<string>>(new Set());
    useEffect(() => {
        apiFetch<{ data: Array<{ id: string; mayEnter: boolean }> }>('/credit-list-types')
            .then(({ data }) => setEnterable(new Set(data.filter(t => t.mayEnter).map(t => t.id))))
            .catch(() => setEnterable(new Set()));
    }, []);
    return enterable;
};

export const ListingCreate = () => {
    const enterable = useEnterableListTypes();
    const dataProvider = useDataProvider();
    const notify = useNotify();
    const redirect = useRedirect();
    const [initialValues] = useState<ListingValues>(() => ({
        listType: '',
        creditCode: '',
        entityName: '',
        reason: '',
        documentNo: '',
        listedOn: shanghaiToday(),
        expiresOn: null,
    }));

    const submit = useApiSubmit<ListingValues>(
        async values => {
            const { data } = await dataProvider.create('credit-listings', { data: toInput(values) });
            const answer = data as unknown as ListingAnswer & { id: string };
            if (answer.status === 'alreadyListed') {
                notify(`${L}.notifications.already_listed`, { type: 'info', messageArgs: { message: answer.message } });
            } else {
                notify(`${L}.notifications.created`, { type: 'success' });
            }
            redirect('show', 'credit-listings', answer.id);
        },
        `${L}.notifications.create_failed`,
        FIELDS
    );

    return (
        <Create>
            <SimpleForm record={initialValues} onSubmit={submit}>
                <SelectInput
                    source="listType"
                    choices={listTypeChoices.filter(choice => enterable.has(choice.id))}
                    validate={required()}
                    helperText={`${L}.help.listType`}
                />
                <TextInput
                    source="creditCode"
                    validate={[required(), creditCodeShape]}
                    sx={{ fontFamily: 'monospace' }}
                />
                <TextInput source="entityName" validate={maxLength(200)} helperText={`${L}.help.entityName`} fullWidth />
                <TextInput source="documentNo" validate={[required(), maxLength(100)]} fullWidth />
                <TextInput source="reason" validate={[required(), maxLength(2000)]} multiline minRows={3} fullWidth />
                <DateInput source="listedOn" validate={required()} helperText={`${L}.help.listedOn`} />
                <DateInput source="expiresOn" validate={notBeforeListedOn} helperText={`${L}.help.expiresOn`} />
            </SimpleForm>
        </Create>
    );
};
