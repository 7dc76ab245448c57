import { Chip, Stack, Typography } from '@mui/material';
import { Labeled, useRecordContext } from 'react-admin';

import type { Task, TeamMember } from '../types';

// Keys of `task.data` the UI has names for, in the order shown; any other key is shown as sent.
const NAMED_KEYS = [
    'licenseItem',
    'scopeItems',
    'legalBasis',
    'licenseNo',
    'validFrom',
    'validTo',
    'decisionNo',
    'penaltyKind',
    'amount',
    'eventId',
    'planId',
    'inspectionKey',
    'checkItemCodes',
    'team',
];

// A plan step shows its plan in a section of its own.
const PLAN_STEPS: readonly Task['type'][] = ['planApproval', 'draw'];

const isPresent = (value: unknown) =>
    value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

const presentKeys = (task: Task) => {
    const hidden = PLAN_STEPS.includes(task.type) ? ['planId'] : [];
    const keys = Object.keys(task.data ?? {}).filter(key => isPresent(task.data[key]) && !hidden.includes(key));
    const named = NAMED_KEYS.filter(key => keys.includes(key));
    return [...named, ...keys.filter(key => !NAMED_KEYS.includes(key))];
};

export const hasTaskData = (task: Task) => presentKeys(task).length > 0;

const isTeamMember = (item: unknown): item is TeamMember =>
    typeof item === 'object' && item !== null && 'username' in item;

/** A team member as `username（credential no.）`; any other object as JSON. */
const itemText = (item: unknown) => {
    if (isTeamMember(item)) return item.credentialNo ? `${item.username}（${item.credentialNo}）` : item.username;
    return typeof item === 'object' ? JSON.stringify(item) : String(item);
};

const DataValue = ({ value }: { value: unknown }) => {
    if (Array.isArray(value)) {
        return (
            <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                {value.map((item, index) => (
                    <Chip key={index} size="small" label={itemText(item)} />
                ))}
            </Stack>
        );
    }
    return <Typography variant="body2">{itemText(value)}</Typography>;
};

/**
 * What the workflow attached to the task: license item, business scope, legal basis, license issued;
 * for a spot check, the inspection, its check items and its team.
 */
export const TaskData = () => {
    const task = useRecordContext<Task>();
    if (!task) return null;
    return (
        <Stack spacing={1}>
            {presentKeys(task).map(key => (
                <Labeled key={key} label={NAMED_KEYS.includes(key) ? `resources.tasks.fields.${key}` : key}>
                    <DataValue value={task.data[key]} />
                </Labeled>
            ))}
        </Stack>
    );
};
