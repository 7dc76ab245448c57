import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

import type { CreditListing, ListingStatus } from '../types';

// An active listing restricts the entity; every other status means it no longer does.
const COLORS: Record<ListingStatus, ChipProps['color']> = {
    active: 'error',
    expired: 'default',
    repaired: 'success',
    removed: 'success',
    moved: 'warning',
};

/** The listing's status as a coloured chip; `source` and `label` only name the row or column. */
export const ListingStatusField = (_props: { source?: string; label?: string }) => {
    const listing = useRecordContext<CreditListing>();
    const translate = useTranslate();
    if (!listing) return null;
    return (
        <Chip
            size="small"
            color={COLORS[listing.status] ?? 'default'}
            label={translate(`resources.credit-listings.statuses.${listing.status}`, { _: listing.status })}
            data-testid="listing-status"
            data-status={listing.status}
        />
    );
};
