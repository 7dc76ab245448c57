import { AutocompleteInput, ReferenceInput, required } from 'react-admin';

/** An entity as a picker shows it: its name and credit code. */
const entityText = (entity: { name: string; creditCode: string }) => `${entity.name}（${entity.creditCode}）`;

/**
 * The one way a form picks a market entity (`creditCode`): typed as a fragment of its name or the beginning of
 * its credit code, found by the entity search (GET /api/v1/entities?q=).
 */
export const EntityPicker = ({ label, helperText, testId }: { label: string; helperText: string; testId: string }) => (
    <ReferenceInput source="creditCode" reference="entities" perPage={20}>
        <AutocompleteInput
            label={label}
            optionText={entityText}
            optionValue="creditCode"
            filterToQuery={q => ({ q })}
            helperText={helperText}
            validate={required()}
            sx={{ minWidth: 480 }}
            data-testid={testId}
        />
    </ReferenceInput>
);
