import { AutocompleteInput, DateInput, ReferenceInput, SelectInput, TextInput, useGetList, useTranslate } from 'react-admin';

import { PICKER_PAGE_SIZE } from '../dataProvider';
import { shanghaiDayOf, shanghaiDayStart } from '../time';
import type { User } from '../types';
import { escalationChoices } from './choices';
import { personName } from './personName';

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

/**
 * Who holds the task, picked by name among the people a supervisor may see (the API lists a department
 * supervisor's own department, the district office and admins every one); the filter sends the username.
 */
const AssigneeInput = ({ source, alwaysOn }: { source: string; alwaysOn?: boolean }) => {
    const translate = useTranslate();
    const { data = [], isPending } = useGetList<User>('users', {
        pagination: { page: 1, perPage: PICKER_PAGE_SIZE },
        sort: { field: 'displayName', order: 'ASC' },
    });
    return (
        <AutocompleteInput
            source={source}
            alwaysOn={alwaysOn}
            choices={data}
            optionValue="username"
            optionText={(user: User) => personName(translate, user.displayName, user.department.name)}
            translateChoice={false}
            isPending={isPending}
            sx={{ minWidth: 220 }}
        />
    );
};

/** The assignee filter of the supervisors' boards. */
export const assigneeFilter = () => <AssigneeInput key="assignee" source="assignee" />;
