import {
    BooleanInput,
    Edit,
    FormDataConsumer,
    NumberInput,
    SaveButton,
    SelectInput,
    SimpleForm,
    Toolbar,
    maxValue,
    minValue,
    number,
    required,
    useDataProvider,
    useNotify,
    useRecordContext,
    useRedirect,
    useTranslate,
} from 'react-admin';

import { errorDetail, fieldErrorsOf } from '../api';
import { useDepartments } from '../departments/useDepartmentNames';
import type { WarningRule } from '../types';
import { warningLevelChoices } from '../warnings/choices';

const R = 'resources.warning-rules';
const FIELDS = ['enabled', 'thresholdDays', 'level', 'departmentCode'] as const;

const RuleTitle = () => {
    const rule = useRecordContext<WarningRule>();
    const translate = useTranslate();
    if (!rule) return null;
    return <span>{`${translate(`${R}.name`, { smart_count: 1 })} · ${translate(`resources.warnings.rules.${rule.code}`)}`}</span>;
};

/**
 * A rule's switch, level and responsible department; the days ahead only for the rule that looks ahead
 * (a license expiring). The API refuses anyone but an admin or the district office (403, notified).
 */
export const RuleEdit = () => {
    const dataProvider = useDataProvider();
    const notify = useNotify();
    const redirect = useRedirect();
    const translate = useTranslate();
    const { departments } = useDepartments();

    const save = async (values: Partial<WarningRule>) => {
        const rule = values as WarningRule;
        try {
            await dataProvider.update('warning-rules', { id: rule.code, data: rule, previousData: rule });
            notify(`${R}.notifications.updated`, { type: 'success' });
            redirect('list', 'warning-rules');
            return undefined;
        } catch (error) {
            const detail = errorDetail(error);
            notify(`${R}.notifications.update_failed`, { type: 'error', messageArgs: { detail: translate(detail, { _: detail }) } });
            const byField = fieldErrorsOf(error, FIELDS);
            return Object.keys(byField).length ? byField : undefined;
        }
    };

    return (
        <Edit title={<RuleTitle />} mutationMode="pessimistic">
            {/* The rules are fixed; only their settings change. */}
            <SimpleForm
                onSubmit={save}
                toolbar={
                    <Toolbar>
                        <SaveButton />
                    </Toolbar>
                }
            >
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
                <SelectInput
                    source="departmentCode"
                    choices={departments}
                    optionValue="code"
                    optionText="name"
                    translateChoice={false}
                    emptyText={`${R}.subject_department`}
                    helperText={`${R}.help.departmentCode`}
                />
            </SimpleForm>
        </Edit>
    );
};
