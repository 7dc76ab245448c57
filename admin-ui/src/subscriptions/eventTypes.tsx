import { Chip, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';

import type { Subscription } from '../types';

const S = 'resources.subscriptions';

/** CONTRACT.md "Shared event types", in the order a person reads them: the entity, licenses, lists, cases, results, warnings. */
export const SHARED_EVENT_TYPES: readonly Subscription['types'][number][] = [
    'entity.registered',
    'entity.changed',
    'entity.deregistered',
    'license.issued',
    'license.revoked',
    'listing.listed',
    'listing.delisted',
    'case.filed',
    'case.decided',
    'inspection.published',
    'warning.raised',
];

/** A shared event type by its name in the user's language (`entity.registered` → 主体设立登记). */
export const useEventTypeName = () => {
    const translate = useTranslate();
    return (type: string): string => translate(`${S}.eventTypes.${type}`, { _: type });
};

/** The event types of a subscription, as chips. */
export const EventTypeChips = ({ types }: { types: Subscription['types'] }) => {
    const nameOf = useEventTypeName();
    return (
        <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
            {types.map((type: string) => (
                <Chip key={type} size="small" variant="outlined" label={nameOf(type)} />
            ))}
        </Stack>
    );
};
