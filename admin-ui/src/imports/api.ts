import { apiFetch } from '../api';
import type { RecordKind } from '../records/choices';

// The batch import's calls (归集, CONTRACT.md `POST /api/v1/imports`, `GET /api/v1/imports/{id}`,
// `GET /api/v1/import-templates/{kind}`), and the review's confirm and cancel.

export const IMPORT_STATUSES = ['validating', 'needsReview', 'importing', 'done', 'failed', 'cancelled'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Still moving: the page asks again until the import waits for a person or has ended. */
export const isRunning = (status: ImportStatus) => status === 'validating' || status === 'importing';

export interface RowError {
    row: number;
    column: string;
    message: string;
    code?: string;
    params?: Record<string, string | number>;
}

export interface ImportView {
    id: number;
    kind: RecordKind;
    fileName: string;
    status: ImportStatus;
    rowsTotal: number;
    rowsValid?: number;
    rowsRejected?: number;
    rowsAmbiguous?: number;
    rowsDone: number;
    stored?: number;
    merged?: number;
    secondsLeft?: number | null;
    errors: RowError[];
    errorsTotal?: number;
    /** Why a failed import failed as a whole: no valid row, or the file refused by validation (merged cells…). */
    failure?: { code: string; message: string; params?: Record<string, string | number> } | null;
    department?: { code: string; name: string };
    uploadedBy?: { username: string; displayName: string };
    createdAt?: string;
    finishedAt?: string | null;
}

const path = (id: number | string, action = '') => `/imports/${encodeURIComponent(String(id))}${action}`;

/** The file goes as multipart form data (the browser writes its boundary): `kind` and `file`. */
export const uploadImport = (kind: RecordKind, file: File) => {
    const form = new FormData();
    form.set('kind', kind);
    form.set('file', file, file.name);
    return apiFetch<{ importId: number; workflowId: string }>('/imports', { method: 'POST', body: form });
};

export const readImport = (id: number | string) => apiFetch<ImportView>(path(id));
export const confirmImport = (id: number | string) => apiFetch<ImportView>(path(id, '/confirm'), { method: 'POST' });
export const cancelImport = (id: number | string) => apiFetch<ImportView>(path(id, '/cancel'), { method: 'POST' });

/** Links the browser follows itself (the session cookie goes with them): the template and the errors as .xlsx. */
export const templateHref = (kind: RecordKind) => `/api/v1/import-templates/${encodeURIComponent(kind)}`;
export const errorsHref = (id: number | string) => `/api/v1${path(id, '/errors')}?format=xlsx`;
