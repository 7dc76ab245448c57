import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

import { personName } from '../tasks/personName';
import type { Inspection } from '../types';

/** A member (or the recording member) by name and department; the username only when the API knows no such person. */
export const useMemberName = (inspection: Inspection | undefined) => {
    const translate = useTranslate();
    return (username: string) => {
        const person = inspection?.people?.[username];
        return person ? personName(translate, person.displayName, person.department.name) : username;
    };
};

/**
 * The team by name; a member who has confirmed the results is marked. A completed inspection has
 * been confirmed by every member; the row's `confirmedBy` is saved at each confirmation.
 */
export const TeamField = (_props: { source?: string; label?: string }) => {
    const inspection = useRecordContext<Inspection>();
    const nameOf = useMemberName(inspection);
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
                        label={confirmed ? `${nameOf(username)} ✓` : nameOf(username)}
                        data-confirmed={confirmed || undefined}
                    />
                );
            })}
        </Stack>
    );
};
