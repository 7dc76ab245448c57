import { Chip, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';

import type { Subscription } from '../types';

const S = 'resources.subscriptions';

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
