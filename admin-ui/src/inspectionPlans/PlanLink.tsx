import type { ReactNode } from 'react';
import { Link } from 'react-admin';

import { stopPropagation } from '../tasks/stopPropagation';
import { planShowPath } from './paths';

/** A link to a plan's page; it also sits inside clickable rows, which must not open their own record. */
export const PlanLink = ({ planId, children }: { planId: string; children?: ReactNode }) => (
    <Link to={planShowPath(planId)} onClick={stopPropagation} sx={{ fontFamily: 'monospace' }}>
        {children ?? planId}
    </Link>
);
