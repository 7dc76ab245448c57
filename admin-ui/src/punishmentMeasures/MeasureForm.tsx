import {
    BooleanInput,
    CheckboxGroupInput,
    SelectInput,
    SimpleForm,
    TextInput,
    maxLength,
    regex,
    required,
    type SimpleFormProps,
} from 'react-admin';

import { listTypeChoices } from '../creditListings/choices';
import { DepartmentInput } from '../departments/DepartmentInput';
import { SaveOnlyToolbar } from '../forms';
import { scenarioChoices } from './choices';

const M = 'resources.punishment-measures';

/** The API's rule for a code: letters, digits and -, at most 16. */
const codeShape = regex(/^[A-Za-z0-9-]{1,16}$/, `${M}.validation.code`);

export const MEASURE_FIELDS = ['code', 'name', 'listTypes', 'scenario', 'departmentCode', 'legalBasis', 'active'] as const;

/** The inputs of a measure, for adding one and for changing one (whose code stays as it is). */
export const MeasureForm = ({ isEdit, ...props }: Omit<SimpleFormProps, 'children'> & { isEdit?: boolean }) => (
    // Save only: the API keeps every measure (an old notice names it); one is switched off, not deleted.
    <SimpleForm toolbar={<SaveOnlyToolbar />} {...props}>
        <TextInput
            source="code"
            validate={[required(), codeShape]}
            // Read-only rather than disabled: a disabled input's value is left out of the submitted values.
            readOnly={isEdit}
            helperText={isEdit ? false : `${M}.help.code`}
            sx={{ fontFamily: 'monospace' }}
        />
        <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
        <CheckboxGroupInput source="listTypes" choices={listTypeChoices} validate={required()} />
        <SelectInput source="scenario" choices={scenarioChoices} validate={required()} />
        <DepartmentInput source="departmentCode" validate={required()} helperText={`${M}.help.departmentCode`} />
        <TextInput
            source="legalBasis"
            validate={[required(), maxLength(300)]}
            helperText={`${M}.help.legalBasis`}
            multiline
            fullWidth
        />
        <BooleanInput source="active" />
    </SimpleForm>
);
