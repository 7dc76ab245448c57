import { BooleanInput, Edit, NumberInput, SelectInput, SimpleForm, TextInput, maxValue, minValue, required } from 'react-admin';

import { SaveOnlyToolbar } from '../forms';
import { scenarioChoices } from '../punishmentMeasures/choices';

const SWITCHES = ['requireActive', 'restricted', 'seriousViolation', 'abnormalOperation', 'warningOnlyCounts', 'openCases'] as const;

/** A policy's criteria, changed by the administrator (the API refuses anyone else); applies to the next check. */
export const PolicyEdit = () => (
    <Edit mutationMode="pessimistic">
        <SimpleForm toolbar={<SaveOnlyToolbar />}>
            <TextInput source="name" validate={required()} />
            <SelectInput source="scenario" choices={scenarioChoices} validate={required()} />
            {SWITCHES.map(key => (
                <BooleanInput key={key} source={`criteria.${key}`} />
            ))}
            <NumberInput
                source="criteria.penaltyWindowMonths"
                min={1}
                max={120}
                step={1}
                validate={[minValue(1), maxValue(120)]}
                helperText="resources.eligibility-policies.help.penaltyWindowMonths"
            />
            <BooleanInput source="active" />
        </SimpleForm>
    </Edit>
);
