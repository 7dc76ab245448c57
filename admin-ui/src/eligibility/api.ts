import { apiFetch } from '../api';
import type { components } from '../api/schema';

// The support-eligibility check's calls (资格核查, CONTRACT.md `POST /api/v1/eligibility-checks`).

export type EligibilityCheck = components['schemas']['EligibilityCheck'];
export type EligibilityRow = components['schemas']['EligibilityCheckRow'];
export type EligibilityPolicy = components['schemas']['EligibilityPolicy'];
export type ReasonKind = EligibilityRow['reasons'][number]['kind'];

/** The list goes as multipart form data (the browser writes its boundary): `policy` and `file`. */
export const runEligibilityCheck = (policy: string, file: File) => {
    const form = new FormData();
    form.set('policy', policy);
    form.set('file', file, file.name);
    return apiFetch<EligibilityCheck>('/eligibility-checks', { method: 'POST', body: form });
};

/** The link the browser follows itself (the session cookie goes with it): the check's rows as .xlsx. */
export const workbookHref = (id: number | string) => `/api/v1/eligibility-checks/${encodeURIComponent(String(id))}?format=xlsx`;
