import {
    DateInput,
    NumberInput,
    SelectInput,
    SimpleForm,
    TextInput,
    maxLength,
    minValue,
    maxValue,
    regex,
    required,
    useResourceContext,
    type SimpleFormProps,
} from 'react-admin';

import { DepartmentInput } from '../departments/DepartmentInput';
import { SaveOnlyToolbar } from '../forms';
import { DETAIL_FIELDS, kindChoices, type CatalogResource } from './catalogs';

const C = 'resources.catalogs';
const F = `${C}.fields`;

/** The API's rule for a code: letters, digits and -, at most 16. */
const codeShape = regex(/^[A-Za-z0-9-]{1,16}$/, `${C}.validation.code`);

/**
 * The inputs of an item, for adding one and for changing one: a change is a new version (its code stays, it is in
 * force from the date given or today, and it says why).
 */
export const CatalogForm = ({ isEdit, ...props }: Omit<SimpleFormProps, 'children'> & { isEdit?: boolean }) => {
    const resource = useResourceContext() as CatalogResource;
    const details = DETAIL_FIELDS[resource];
    return (
        <SimpleForm toolbar={<SaveOnlyToolbar />} {...props}>
            <TextInput
                source="code"
                label={`${F}.code`}
                validate={[required(), codeShape]}
                // Read-only rather than disabled: a disabled input's value is left out of the submitted values.
                readOnly={isEdit}
                helperText={isEdit ? false : `${C}.help.code`}
                sx={{ fontFamily: 'monospace' }}
            />
            <TextInput source="name" label={`${F}.name`} validate={[required(), maxLength(200)]} fullWidth />
            <DepartmentInput source="departmentCode" label={`${F}.departmentCode`} validate={required()} />
            <TextInput source="legalBasis" label={`${F}.legalBasis`} validate={[required(), maxLength(300)]} helperText={`${C}.help.legalBasis`} multiline fullWidth />
            {details.includes('method') && <TextInput source="method" label={`${F}.method`} validate={[required(), maxLength(100)]} />}
            {details.includes('kind') && <SelectInput source="kind" label={`${F}.kind`} choices={kindChoices} validate={required()} />}
            {details.includes('expiryWarningDays') && (
                <NumberInput source="expiryWarningDays" label={`${F}.expiryWarningDays`} min={1} max={365} validate={[minValue(1), maxValue(365)]} helperText={`${C}.help.expiryWarningDays`} />
            )}
            {isEdit ? (
                <DateInput source="changeEffectiveFrom" label={`${F}.effectiveFrom`} helperText={`${C}.help.changeEffectiveFrom`} />
            ) : (
                <DateInput source="effectiveFrom" label={`${F}.effectiveFrom`} helperText={`${C}.help.effectiveFrom`} />
            )}
            {isEdit && <TextInput source="reason" label={`${F}.reason`} validate={[required(), maxLength(300)]} helperText={`${C}.help.reason`} fullWidth />}
        </SimpleForm>
    );
};
