import {
    BooleanInput,
    Edit,
    FormDataConsumer,
    NumberInput,
    SelectInput,
    SimpleForm,
    maxValue,
    minValue,
    number,
    required,
    useDataProvider,
    useNotify,
    useRedirect,
} from 'react-admin';

import { DepartmentInput } from '../departments/DepartmentInput';
import { SaveOnlyToolbar, useApiSubmit } from '../forms';
import { RecordTitle } from '../RecordTitle';
import type { WarningRule } from '../types';
import { warningLevelChoices } from '../warnings/choices';

const R = 'resources.warning-rules';
const FIELDS = ['enabled', 'thresholdDays', 'level', 'departmentCode'] as const;

/**
 * A rule's switch, level and responsible department; the days ahead only for the rule that looks ahead
 * (a license expiring). The API refuses anyone but an admin or the district office (403, notified).
 */
export const RuleEdit = () => {
    const dataProvider = useDataProvider();
    const notify = useNotify();
    const redirect = useRedirect();

    const save = useApiSubmit<WarningRule>(
        async rule => {
            await dataProvider.update('warning-rules', { id: rule.code, data: rule, previousData: rule });
            notify(`${R}.notifications.updated`, { type: 'success' });
            redirect('list', 'warning-rules');
        },
        `${R}.notifications.update_failed`,
        FIELDS
    );

    return (
        <Edit title={<RecordTitle<WarningRule> resource="warning-rules" subject={(rule, translate) => translate(`resources.warnings.rules.${rule.code}`)} />} mutationMode="pessimistic">
            {/* The rules are fixed; only their settings change. */}
            <SimpleForm onSubmit={save} toolbar={<SaveOnlyToolbar />}>
                <BooleanInput source="enabled" />
                <FormDataConsumer<WarningRule>>
                    {({ formData }) =>
                        formData.code === 'licenseExpiring' && (
                            <NumberInput
                                source="thresholdDays"
                                validate={[number(), minValue(1), maxValue(365)]}
                                min={1}
                                max={365}
                                step={1}
                                helperText={`${R}.help.thresholdDays`}
                            />
                        )
                    }
                </FormDataConsumer>
                <SelectInput source="level" choices={warningLevelChoices} validate={required()} />
                <DepartmentInput
                    source="departmentCode"
                    emptyText={`${R}.subject_department`}
                    helperText={`${R}.help.departmentCode`}
                />
            </SimpleForm>
        </Edit>
    );
};
