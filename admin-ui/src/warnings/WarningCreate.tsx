import { useState } from 'react';
import {
    Create,
    RadioButtonGroupInput,
    SimpleForm,
    TextInput,
    maxLength,
    required,
    useDataProvider,
    useNotify,
    useRedirect,
} from 'react-admin';

import { creditCodeShape } from '../creditListings/validation';
import { DepartmentInput } from '../departments/DepartmentInput';
import { useApiSubmit } from '../forms';
import type { ManualWarningInput, WarningLevel } from '../types';
import { warningLevelChoices } from './choices';
import { WarningLevelField } from './WarningLevelField';

const W = 'resources.warnings';
const FIELDS = ['creditCode', 'level', 'subject', 'reason', 'departmentCode'] as const;

interface WarningValues {
    creditCode: string;
    level: WarningLevel | '';
    subject: string;
    reason: string;
    departmentCode: string;
}

const toInput = (values: WarningValues): ManualWarningInput => ({
    creditCode: values.creditCode.trim().toUpperCase(),
    level: values.level as WarningLevel,
    subject: values.subject.trim(),
    reason: values.reason.trim(),
    // No department chosen: the API makes it the inspector's own.
    ...(values.departmentCode ? { departmentCode: values.departmentCode } : {}),
});

/**
 * 主动预警: an inspector raises a warning about a registered entity; the responsible department (their
 * own unless chosen) gets a handling task. One open warning per entity and subject: a second is refused.
 */
export const WarningCreate = () => {
    const dataProvider = useDataProvider();
    const notify = useNotify();
    const redirect = useRedirect();
    const [initialValues] = useState<WarningValues>({ creditCode: '', level: '', subject: '', reason: '', departmentCode: '' });

    const submit = useApiSubmit<WarningValues>(
        async values => {
            const { data } = await dataProvider.create('warnings', { data: toInput(values) });
            notify(`${W}.notifications.created`, { type: 'success' });
            redirect('show', 'warnings', data.id);
        },
        `${W}.notifications.create_failed`,
        FIELDS
    );

    return (
        <Create>
            <SimpleForm record={initialValues} onSubmit={submit}>
                <TextInput source="creditCode" validate={[required(), creditCodeShape]} sx={{ fontFamily: 'monospace' }} />
                <RadioButtonGroupInput
                    source="level"
                    choices={warningLevelChoices}
                    // Each level in its colour, as the list shows it.
                    optionText={(choice: { id: WarningLevel }) => <WarningLevelField level={choice.id} />}
                    validate={required()}
                />
                <TextInput
                    source="subject"
                    validate={[required(), maxLength(200)]}
                    helperText={`${W}.help.subject`}
                    fullWidth
                />
                <TextInput source="reason" validate={[required(), maxLength(2000)]} multiline minRows={3} fullWidth />
                <DepartmentInput
                    source="departmentCode"
                    emptyText={`${W}.help.departmentCode`}
                    helperText={`${W}.help.departmentCode`}
                />
            </SimpleForm>
        </Create>
    );
};
