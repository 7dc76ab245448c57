import { Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Labeled, Link, useGetMany, useGetOne, useRecordContext, useTranslate } from 'react-admin';

import { listingShowPath, warningShowPath } from '../creditListings/paths';
import { MeasuresTable } from '../punishmentMeasures/MeasuresTable';
import type { NoticeMeasure, Task, TeamMember, WarningLevel } from '../types';
import { formatShanghaiTime } from '../time';
import { WarningLevelField } from '../warnings/WarningLevelField';
import { candidateText } from './candidates';

// Keys of `task.data` the UI has names for, in the order shown; any other key is shown as sent.
const NAMED_KEYS = [
    // A warning: how serious and why, first.
    'level',
    'reason',
    // Joint punishment: what to apply (or lift), because of which listing or screening.
    'measures',
    'listType',
    'listingId',
    'listingIds',
    'scenario',
    'screeningId',
    'endStatus',
    'endedOn',
    'warningId',
    'licenseItem',
    // The catalog version the process started with (a later change of the item does not change this step).
    'licenseItemVersion',
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
    'finding',
    'checkItemCodes',
    'team',
    // A zj-draw-3 or zj-draw-4 plan's inspection: the outside experts drawn into the team, by name; and (zj-draw-4)
    // the third-party bodies assigned to it, by name.
    'experts',
    'thirdParties',
    // A case step: when the case was filed, and why its deadline was extended (the one extension, approved).
    'filedAt',
    'extension',
    // A paused webhook subscription: which, where it delivers, what failed and how often.
    'subscriptionId',
    'url',
    'eventType',
    'attempts',
    // A row of a batch import whose name several entities share: which row, and the entities to choose from.
    'importId',
    'row',
    'candidates',
];

// A plan step shows its plan in a section of its own.
const PLAN_STEPS: readonly Task['type'][] = ['planApproval', 'draw'];

const isPresent = (value: unknown) =>
    value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

// Codes for systems, beside the names people read (licenseItem): kept off the page. Who may not complete
// the step (separation of duties: excludedActors, exclusion) is for the complete button, not a value.
const INTERNAL_KEYS = ['licenseItemCode', 'licenseItemVersionId', 'excludedActors', 'exclusion', 'seq'];
// A case step links its inspection (TaskShow) instead of showing the inspection's key.
const CASE_STEPS: readonly Task['type'][] = ['caseFiling', 'caseDecision'];

const presentKeys = (task: Task) => {
    // A case step links its inspection, and an inspection task shows its record (TaskShow): the key is for systems.
    const hidden = [...INTERNAL_KEYS, ...(PLAN_STEPS.includes(task.type) ? ['planId'] : []), ...(CASE_STEPS.includes(task.type) || task.type === 'inspection' ? ['inspectionKey'] : [])];
    const keys = Object.keys(task.data ?? {}).filter(key => isPresent(task.data[key]) && !hidden.includes(key));
    const named = NAMED_KEYS.filter(key => keys.includes(key));
    return [...named, ...keys.filter(key => !NAMED_KEYS.includes(key))];
};

export const hasTaskData = (task: Task) => presentKeys(task).length > 0;

const isTeamMember = (item: unknown): item is TeamMember =>
    typeof item === 'object' && item !== null && 'username' in item;

/** A team member as `name（enforcement credential no.）`; an expert or a third-party body by name; any other object as JSON. */
const itemText = (item: unknown) => {
    if (isTeamMember(item)) {
        const name = item.displayName ?? item.username;
        return item.credentialNo ? `${name}（${item.credentialNo}）` : name;
    }
    if (typeof item === 'object' && item !== null && 'name' in item) return String(item.name);
    return typeof item === 'object' ? JSON.stringify(item) : String(item);
};

const ListingLink = ({ id }: { id: string }) => (
    <Link to={listingShowPath(id)} sx={{ fontFamily: 'monospace' }} data-testid="open-listing">
        {id}
    </Link>
);

/** Values that mean more than their text: translated codes, links to the listing or the warning. */
const SpecialValue = ({ name, value }: { name: string; value: unknown }): ReactNode => {
    const translate = useTranslate();
    const text = String(value);
    switch (name) {
        case 'measures':
            return <MeasuresTable measures={value as NoticeMeasure[]} />;
        case 'candidates':
            return (
                <Stack spacing={0.5} data-testid="task-candidates">
                    {(value as NonNullable<Task['data']['candidates']>).map(c => (
                        <Typography key={c.creditCode} variant="body2">
                            {candidateText(c)}
                        </Typography>
                    ))}
                </Stack>
            );
        case 'importId':
            return <ImportLink id={text} />;
        case 'checkItemCodes':
            return <CheckItemNames codes={value as string[]} />;
        case 'level':
            return <WarningLevelField level={value as WarningLevel} />;
        case 'reason':
            return (
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} data-testid="task-reason">
                    {text}
                </Typography>
            );
        case 'filedAt':
            return <Typography variant="body2">{formatShanghaiTime(text)}</Typography>;
        case 'listType':
            return <Typography variant="body2">{translate(`resources.credit-listings.listTypes.${text}`, { _: text })}</Typography>;
        case 'endStatus':
            return <Typography variant="body2">{translate(`resources.credit-listings.statuses.${text}`, { _: text })}</Typography>;
        case 'scenario':
            return <Typography variant="body2">{translate(`resources.punishment-measures.scenarios.${text}`, { _: text })}</Typography>;
        case 'listingId':
            return (
                <Typography variant="body2">
                    <ListingLink id={text} />
                </Typography>
            );
        case 'listingIds':
            return (
                <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
                    {(value as string[]).map(id => (
                        <Typography key={id} variant="body2">
                            <ListingLink id={id} />
                        </Typography>
                    ))}
                </Stack>
            );
        case 'subscriptionId':
            return (
                <Typography variant="body2">
                    <Link to={`/subscriptions/${encodeURIComponent(text)}/show`} sx={{ fontFamily: 'monospace' }} data-testid="open-subscription">
                        {text}
                    </Link>
                </Typography>
            );
        case 'eventType':
            return <Typography variant="body2">{translate(`resources.subscriptions.eventTypes.${text}`, { _: text })}</Typography>;
        case 'warningId':
            return (
                <Typography variant="body2">
                    <Link to={warningShowPath(text)} sx={{ fontFamily: 'monospace' }} data-testid="open-warning">
                        {text}
                    </Link>
                </Typography>
            );
        default:
            return <DataValue value={value} />;
    }
};

/** The import a row came from, by its file name, opening the import's page. */
const ImportLink = ({ id }: { id: string }) => {
    const { data } = useGetOne<{ id: string; fileName: string }>('imports', { id });
    return (
        <Typography variant="body2">
            {/* A file name is the uploader's own text, in no language of ours. */}
            <Link to={`/imports/${encodeURIComponent(id)}/show`} data-testid="open-import" lang="zxx">
                {data?.fileName ?? '…'}
            </Link>
        </Typography>
    );
};

/** Check items by name (the catalog), the code only until the names arrive. */
const CheckItemNames = ({ codes }: { codes: string[] }) => {
    const { data } = useGetMany<{ id: string; name: string }>('check-items', { ids: codes });
    const nameOf = new Map((data ?? []).map(item => [item.id, item.name]));
    return <DataValue value={codes.map(code => nameOf.get(code) ?? code)} />;
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
 * for a spot check, the inspection, its check items and its team; for joint punishment the measures
 * with their legal basis and the listing; for a warning its level and reason.
 */
export const TaskData = () => {
    const task = useRecordContext<Task>();
    if (!task) return null;
    return (
        <Stack spacing={1}>
            {presentKeys(task).map(key => (
                <Labeled
                    key={key}
                    label={NAMED_KEYS.includes(key) ? `resources.tasks.fields.${key}` : key}
                    fullWidth={key === 'measures'}
                >
                    <SpecialValue name={key} value={task.data[key]} />
                </Labeled>
            ))}
        </Stack>
    );
};
