import type { Identifier } from 'react-admin';

// Hash-router paths of the spot-check pages, for links from other resources' pages.
export const planShowPath = (id: Identifier) => `/inspection-plans/${encodeURIComponent(String(id))}/show`;
export const inspectionShowPath = (id: Identifier) => `/inspections/${encodeURIComponent(String(id))}/show`;
export const taskShowPath = (id: Identifier) => `/tasks/${encodeURIComponent(String(id))}/show`;

/** Where an outsider downloads the published draw (pool, seeds, result) of a plan. */
export const publicDrawUrl = (id: Identifier) => `/public/v1/inspection-plans/${encodeURIComponent(String(id))}/draw`;

/** The public disclosure page (not part of this app; served by the API). */
export const PUBLIC_PAGE_URL = '/public';

/** The command that repeats a plan's draw from the published data (README "draw verify"). */
export const verifyCommand = (id: Identifier, origin: string) => `npm run cli -- draw verify ${id} --url ${origin}`;
