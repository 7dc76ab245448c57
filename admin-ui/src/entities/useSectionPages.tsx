import { Button, Stack } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useNotify, useTranslate } from 'react-admin';

import { apiFetch } from '../api';
import type { DossierRecord, EntityDossier } from './types';

// A long section of the dossier holds its first `pageSize` rows; `totals` says how many it has. "More" reads the
// next page from GET /api/v1/entities/{creditCode}/sections/{section} (masked as the dossier is) and adds it.
// Collected records hold their first `pageSize` of each kind, with the kind's `count`: each kind has its own "more".

export type PagedSection = 'registrations' | 'licenses' | 'notifications' | 'inspections' | 'cases' | 'listings' | 'warnings' | 'tasks' | 'timeline';

/** Reads the page after the `shown` rows of a section (of one kind of collected record), adding it through `add`. */
const useNextPage = (d: EntityDossier) => {
    const notify = useNotify();
    const [loading, setLoading] = useState(false);
    const pageSize = d.pageSize ?? 0;
    const load = async <T,>(section: PagedSection | 'records', shown: number, add: (rows: T[]) => void, kind?: string) => {
        setLoading(true);
        try {
            const query = new URLSearchParams({ page: String(Math.floor(shown / pageSize) + 1), perPage: String(pageSize), ...(kind ? { kind } : {}) });
            const answer = await apiFetch<{ data: T[]; total: number }>(`/entities/${encodeURIComponent(d.entity.creditCode)}/sections/${section}?${query}`);
            add(answer.data);
        } catch {
            notify('resources.entities.moreFailed', { type: 'error' });
        } finally {
            setLoading(false);
        }
    };
    return { load, loading, pageSize };
};

/** The section's rows so far, and the "more" button while there are more. */
export function useSectionPages<T>(d: EntityDossier, section: PagedSection, first: T[]): { rows: T[]; more: ReactNode } {
    const translate = useTranslate();
    const [extra, setExtra] = useState<T[]>([]);
    const { load, loading, pageSize } = useNextPage(d);
    const total = d.totals?.[section] ?? first.length;
    const rows = [...first, ...extra];
    if (rows.length >= total || pageSize === 0) return { rows, more: null };
    return {
        rows,
        more: (
            <Button
                size="small"
                onClick={() => load<T>(section, rows.length, page => setExtra(previous => [...previous, ...page]))}
                disabled={loading}
                data-testid={`dossier-more-${section}`}
                sx={{ mt: 1, displayPrint: 'none' }}
            >
                {translate('resources.entities.more', { shown: rows.length, total })}
            </Button>
        ),
    };
}

export type KindedRecord = DossierRecord & { kind: string };

/** Collected records of every kind so far (kind by kind, as the dossier groups them), and a "more" for each kind that has more. */
export function useRecordPages(d: EntityDossier): { rows: KindedRecord[]; more: ReactNode } {
    const translate = useTranslate();
    const [extra, setExtra] = useState<Record<string, DossierRecord[]>>({});
    const { load, loading, pageSize } = useNextPage(d);
    const groups = d.records.byKind.map(g => ({ ...g, items: [...g.items, ...(extra[g.kind] ?? [])] }));
    const rows = groups.flatMap(g => g.items.map(item => ({ ...item, kind: g.kind })));
    const longer = groups.filter(g => g.items.length < g.count && pageSize > 0);
    const add = (kind: string) => (page: DossierRecord[]) => setExtra(previous => ({ ...previous, [kind]: [...(previous[kind] ?? []), ...page] }));
    return {
        rows,
        more: longer.length === 0 ? null : (
            <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ mt: 1, displayPrint: 'none' }}>
                {longer.map(g => (
                    <Button key={g.kind} size="small" onClick={() => load<DossierRecord>('records', g.items.length, add(g.kind), g.kind)} disabled={loading} data-testid={`dossier-more-records-${g.kind}`}>
                        {translate('resources.entities.moreOfKind', { kind: translate(`resources.entities.recordKinds.${g.kind}`), shown: g.items.length, total: g.count })}
                    </Button>
                ))}
            </Stack>
        ),
    };
}
