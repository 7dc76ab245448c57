import { Alert, Box, Card, CardContent, CardHeader, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';

import { apiFetch, errorDetail } from '../api';
import type { components } from '../api/schema';
import { WorkbookButton } from '../ExportButton';
import { LoadingBar } from '../LoadingBar';
import { StatisticsChart } from '../statistics/StatisticsChart';
import type { StatisticSection } from '../statistics/types';

// 资源分布 (F2): GET /api/v1/resources/distribution, sections in the statistics' shape, each drawn by the
// dashboard's chart (StatisticsChart) with its numbers as a table below and its own export.

const R = 'resources.resource-distribution';
type Distribution = components['schemas']['ResourceDistribution'];

const SectionExport = ({ section }: { section: StatisticSection }) => (
    <WorkbookButton path={`/resources/distribution?format=xlsx&section=${section.key}`} disabled={section.rows.length === 0} testId={`export-resources-${section.key}`} />
);

const cellText = (value: unknown) => (value === null || value === undefined ? '—' : String(value));

const SectionCard = ({ section }: { section: StatisticSection }) => {
    const translate = useTranslate();
    const [locale] = useLocaleState();
    // The server's Chinese words as they are; English from the catalog.
    const header = (key: string, title: string) => (locale !== 'en' ? title : translate(key === 'label' ? `${R}.labels.${section.key}` : `${R}.columns.${key}`, { _: title }));
    const title = locale !== 'en' ? section.title : translate(`${R}.sections.${section.key}`, { _: section.title });
    const label = (row: StatisticSection['rows'][number]) => (locale !== 'en' || section.key === 'byDepartment' || section.key === 'byRegion' ? row.label : translate(section.key === 'byField' ? `zongjian.supervision.fields.${row.id}` : `zongjian.supervision.inspectorStatuses.${row.id}`, { _: row.label }));
    const shown = { ...section, rows: section.rows.map(r => ({ ...r, label: label(r) })) };
    return (
        <Card variant="outlined" data-testid={`section-resources-${section.key}`} sx={{ gridColumn: section.columns.length > 4 ? '1 / -1' : undefined }}>
            <CardHeader title={title} titleTypographyProps={{ variant: 'subtitle1', component: 'h2' }} action={<SectionExport section={section} />} />
            <CardContent sx={{ pt: 0 }}>
                {section.rows.length === 0 ? (
                    <Typography variant="body2" color="text.secondary">{translate(`${R}.empty`)}</Typography>
                ) : (
                    <>
                        <StatisticsChart section={shown} header={header} />
                        <Box sx={{ overflowX: 'auto' }}>
                            <Table size="small" data-testid={`table-resources-${section.key}`}>
                                <TableHead>
                                    <TableRow>
                                        {section.columns.map(c => (
                                            <TableCell key={c.key} align={c.type === 'text' ? 'left' : 'right'}>{header(c.key, c.title)}</TableCell>
                                        ))}
                                    </TableRow>
                                </TableHead>
                                <TableBody>
                                    {shown.rows.map(row => (
                                        <TableRow key={row.id}>
                                            {section.columns.map(c => (
                                                <TableCell key={c.key} align={c.type === 'text' ? 'left' : 'right'} data-field={c.key}>{cellText((row as Record<string, unknown>)[c.key])}</TableCell>
                                            ))}
                                        </TableRow>
                                    ))}
                                </TableBody>
                            </Table>
                        </Box>
                    </>
                )}
            </CardContent>
        </Card>
    );
};

/** 资源分布: who supervises where and in what, and how many entities each department's inspectors carry. */
export const ResourceDistribution = () => {
    const translate = useTranslate();
    const [data, setData] = useState<Distribution | null>(null);
    const [error, setError] = useState<string | null>(null);
    useEffect(() => {
        let current = true;
        apiFetch<Distribution>('/resources/distribution')
            .then(d => current && setData(d))
            .catch(e => current && setError(errorDetail(e)));
        return () => {
            current = false;
        };
    }, []);
    return (
        <Box sx={{ mt: 1, mb: 4 }}>
            <Title title={translate(`${R}.name`)} />
            <Typography variant="body2" color="text.secondary" sx={{ my: 2 }}>{translate(`${R}.intro`)}</Typography>
            {!data && !error && <LoadingBar sx={{ mb: 1 }} />}
            {error && <Alert severity="error" sx={{ mb: 2 }}>{translate(error, { _: error })}</Alert>}
            {data && (
                <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }} data-testid="resource-distribution">
                    {data.sections.map(section => (
                        <SectionCard key={section.key} section={section} />
                    ))}
                </Box>
            )}
        </Box>
    );
};
