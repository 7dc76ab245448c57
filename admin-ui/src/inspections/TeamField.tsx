import { Chip, Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';

import type { Inspection } from '../types';

/**
 * The team's usernames; a member who has confirmed the results is marked. A completed inspection has
 * been confirmed by every member; the row's `confirmedBy` is saved at each confirmation.
 */
export const TeamField = (_props: { source?: string; label?: string }) => {
    const inspection = useRecordContext<Inspection>();
    if (!inspection) return null;
    return (
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
            {inspection.team.map(username => {
                const confirmed = inspection.status === 'completed' || inspection.confirmedBy.includes(username);
                return (
                    <Chip
                        key={username}
                        size="small"
                        variant={confirmed ? 'filled' : 'outlined'}
                        color={confirmed ? 'success' : 'default'}
                        label={confirmed ? `${username} ✓` : username}
                        data-confirmed={confirmed || undefined}
                    />
                );
            })}
        </Stack>
    );
};
