import { Link as MuiLink } from '@mui/material';
import { Link } from 'react-router-dom';

import { tasksLocation } from './drillDown';

/** A count that opens the tasks behind it; a zero, or a count no list can select, is plain text. */
export const CountLink = ({ value, filter, testId, danger }: { value: number; filter: Record<string, unknown> | null; testId: string; danger?: boolean }) =>
    value > 0 && filter ? (
        <MuiLink
            component={Link}
            to={tasksLocation(filter)}
            data-testid={testId}
            sx={{ fontWeight: 'medium', ...(danger ? { color: 'error.main' } : {}) }}
        >
            {value}
        </MuiLink>
    ) : (
        <span data-testid={testId}>{value}</span>
    );
