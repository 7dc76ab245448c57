import { statusChipField } from '../StatusChipField';
import type { ListingStatus } from '../types';

/**
 * The listing's status as a coloured chip: an active listing restricts the entity; every other status
 * means it no longer does.
 */
export const ListingStatusField = statusChipField<ListingStatus>('credit-listings', 'listing-status', {
    active: 'error',
    expired: 'default',
    repaired: 'success',
    removed: 'success',
    moved: 'warning',
});
