import type { Identifier } from 'react-admin';

// Hash-router paths of the joint-punishment and warning pages, for links from tasks.
export const listingShowPath = (id: Identifier) => `/credit-listings/${encodeURIComponent(String(id))}/show`;
export const warningShowPath = (id: Identifier) => `/warnings/${encodeURIComponent(String(id))}/show`;
