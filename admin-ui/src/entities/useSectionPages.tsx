import { Button } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useNotify, useTranslate } from 'react-admin';

import { apiFetch } from '../api';
import type { EntityDossier } from './types';

// A long section of the dossier holds its first `pageSize` rows; `totals` says how many it has. "More" reads the
// next page from GET /api/v1/entities/{creditCode}/sections/{section} (masked as the dossier is) and adds it.

export type PagedSection = 'registrations' | 'licenses' | 'notifications' | 'inspections' | 'cases' | 'listings' | 'warnings' | 'tasks' | 'timeline';

/** The section's rows so far, and the "more" button while there are more. */
export function useSectionPages<T>(d: EntityDossier, section: PagedSection, first: T[]): { rows: T[]; more: ReactNode } {
    const translate = useTranslate();
    const notify = useNotify();
    const [extra, setExtra] = useState<T[]>([]);
    const [loading, setLoading] = useState(false);
    const total = d.totals?.[section] ?? first.length;
    const pageSize = d.pageSize ?? first.length;
    const rows = [...first, ...extra];
    if (rows.length >= total || pageSize === 0) return { rows, more: null };
    const load = async () => {
        setLoading(true);
        try {
            const page = Math.floor(rows.length / pageSize) + 1;
            const answer = await apiFetch<{ data: T[]; total: number }>(`/entities/${encodeURIComponent(d.entity.creditCode)}/sections/${section}?page=${page}&perPage=${pageSize}`);
            setExtra(previous => [...previous, ...answer.data]);
        } catch {
            notify('resources.entities.moreFailed', { type: 'error' });
        } finally {
            setLoading(false);
        }
    };
    return {
        rows,
        more: (
            <Button size="small" onClick={load} disabled={loading} data-testid={`dossier-more-${section}`} sx={{ mt: 1, displayPrint: 'none' }}>
                {translate('resources.entities.more', { shown: rows.length, total })}
            </Button>
        ),
    };
}
