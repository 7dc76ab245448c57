import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

import { formatShanghaiTime } from '../time';
import type { EnforcementCase } from '../types';

type Deadline = 'filingDueAt' | 'decisionDueAt';

// A deadline is met once its step is done: filing by `filedAt`, the decision by `decidedAt`.
const doneAt: Record<Deadline, 'filedAt' | 'decidedAt'> = { filingDueAt: 'filedAt', decisionDueAt: 'decidedAt' };

/** Whether the case's step is still open past its deadline. */
export const isOverdue = (record: EnforcementCase, source: Deadline, now: number = Date.now()) => {
    const due = record[source];
    return Boolean(due && !record[doneAt[source]] && record.stage !== 'closed' && new Date(due).getTime() < now);
};

/**
 * A case's deadline in Shanghai time, in red once it has passed with its step still open. Before filing the
 * decision has no deadline yet: it says that it runs from filing rather than showing nothing.
 */
export const DeadlineField = ({ source }: { source: Deadline; label?: string }) => {
    const record = useRecordContext<EnforcementCase>();
    const translate = useTranslate();
    if (!record) return null;
    if (!record[source]) {
        return (
            <Typography component="span" variant="body2" color="text.secondary">
                {source === 'decisionDueAt' && !record.filedAt ? translate('resources.cases.deadline.from_filing') : '—'}
            </Typography>
        );
    }
    const overdue = isOverdue(record, source);
    return (
        <Typography
            component="span"
            variant="body2"
            data-overdue={overdue || undefined}
            sx={overdue ? { color: 'error.main', fontWeight: 'medium' } : undefined}
        >
            {formatShanghaiTime(record[source])}
        </Typography>
    );
};
