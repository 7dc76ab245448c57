import { DateInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';

import { PICKER_PAGE_SIZE } from '../dataProvider';
import { shanghaiDayOf, shanghaiDayStart } from '../time';
import { escalationChoices } from './choices';

// The API filters on instants (dueFrom inclusive, dueBefore exclusive); a person picks Shanghai days.
const dueDay = (source: 'dueFrom' | 'dueBefore', bound: 'from' | 'to') => (
    <DateInput
        key={source}
        source={source}
        parse={(day: string) => (day ? shanghaiDayStart(day, bound) : null)}
        format={(iso: string | null | undefined) => (iso ? shanghaiDayOf(iso, bound) : '')}
    />
);

/** Filters a task view offers besides its own (the list's add-filter button): entity, due range, escalation. */
export const entityAndDueFilters = [
    <TextInput key="entity" source="entity" label="resources.tasks.fields.creditCode" />,
    dueDay('dueFrom', 'from'),
    dueDay('dueBefore', 'to'),
    <SelectInput key="escalation" source="escalation" choices={escalationChoices} />,
];

/** The department filter of the task lists and the overdue and due-soon boards. */
export const departmentFilter = (alwaysOn = false) => (
    <ReferenceInput
        key="department"
        source="department"
        reference="departments"
        perPage={PICKER_PAGE_SIZE}
        sort={{ field: 'code', order: 'ASC' }}
        alwaysOn={alwaysOn}
    >
        <SelectInput optionText="name" />
    </ReferenceInput>
);
