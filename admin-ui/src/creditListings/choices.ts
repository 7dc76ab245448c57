import { EXIT_TYPES, LISTING_STATUSES, LIST_TYPES, PROCESS_STATUSES } from '../types';

// react-admin translates a choice's name, so each choice points at its message key.
const choicesOf = <T extends string>(values: readonly T[], group: string) =>
    values.map(id => ({ id, name: `resources.credit-listings.${group}.${id}` }));

export const listTypeChoices = choicesOf(LIST_TYPES, 'listTypes');
export const listingStatusChoices = choicesOf(LISTING_STATUSES, 'statuses');
export const exitTypeChoices = choicesOf(EXIT_TYPES, 'exitTypes');
export const processStatusChoices = choicesOf(PROCESS_STATUSES, 'processStatuses');
