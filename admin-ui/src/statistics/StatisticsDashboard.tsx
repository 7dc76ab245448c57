import {
    Alert,
    Box,
    Card,
    CardContent,
    CardHeader,
    MenuItem,
    Stack,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableRow,
    TextField,
    Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';

import { apiFetch, errorDetail } from '../api';
import { useDepartments } from '../departments/useDepartmentNames';
import { StatisticsChart } from './StatisticsChart';
import { STATISTIC_NAMES, type Statistic, type StatisticName, type StatisticSection } from './types';
import { WorkbookButton } from '../ExportButton';
import { useSeesAll } from '../useSeesAll';
import { LoadingBar } from '../LoadingBar';
import { formatShanghaiTime, monthLabel } from '../time';

// 综合统计 (F9): the leader's home page, and a supervisor's department version. Each statistic of
// GET /api/v1/statistics/{name} is a few sections; each section is a chart, its numbers as a table below,
// and an export of that table. A click on a bar, a heat cell or a table row opens the list behind it (the entity
// search, cases, credit listings, warnings) with that row's filters.

const S = 'resources.statistics';

/** Today in Shanghai (YYYY-MM-DD). */
const shanghaiToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

interface Period {
    from: string;
    to: string;
    department: string;
}

const query = (p: Period, extra: Record<string, string> = {}) => {
    const params = new URLSearchParams({ from: p.from, to: p.to, ...(p.department ? { department: p.department } : {}), ...extra });
    return params.toString();
};

/** Administrators, leaders and the district office see every department (api/lists.ts seesAll). */
/** 导出: one section's table as the server writes it (names in words, Chinese headers). */
const SectionExport = ({ name, section, period }: { name: StatisticName; section: StatisticSection; period: Period }) => (
    <WorkbookButton path={`/statistics/${name}?${query(period, { format: 'xlsx', section: section.key })}`} disabled={section.rows.length === 0} testId={`export-${name}-${section.key}`} />
);

const cellText = (value: unknown, type: string) =>
    value === null || value === undefined ? '—' : type === 'percent' ? `${value}%` : type === 'amount' ? Number(value).toLocaleString('zh-CN', { maximumFractionDigits: 2 }) : String(value);

/** The columns a heat matrix may colour its cells by: every number of a cell. */
const measuresOf = (section: StatisticSection) => section.columns.filter(c => c.type !== 'text');

const SectionCard = ({ name, section, period }: { name: StatisticName; section: StatisticSection; period: Period }) => {
    const translate = useTranslate();
    const navigate = useNavigate();
    const [locale] = useLocaleState();
    // The server's Chinese words as they are (a column's title may say more than its key: 存续主体); English from the catalog.
    const header = (key: string, title: string) =>
        locale !== 'en' ? title : translate(key === 'label' ? `${S}.labels.${name}.${section.key}` : `${S}.columns.${key}`, { _: title });
    const title = locale !== 'en' ? section.title : translate(`${S}.sections.${name}.${section.key}`, { _: section.title, year: period.to.slice(0, 4) });
    // A month row reads as the reader's month (the server writes 2026年1月); the export keeps the server's words.
    const shown: StatisticSection = { ...section, rows: section.rows.map(r => ({ ...r, label: monthLabel(locale, r) })) };
    const drill = section.drill;
    const measures = measuresOf(section);
    const [measure, setMeasure] = useState(measures[0]?.key ?? '');
    // The list a bar, cell or row opens: filtered by the row's value (its id, or the field `key`) and any further filters.
    const open = (index: number) => {
        const row = section.rows[index];
        const value = drill && row ? row[drill.key ?? 'id'] : null;
        if (!drill || !row || value === null || value === undefined || value === '') return;
        const filter: Record<string, unknown> = { [drill.filter]: value };
        for (const more of drill.also ?? []) if (row[more.key] !== null && row[more.key] !== undefined && row[more.key] !== '') filter[more.filter] = row[more.key];
        Object.assign(filter, drill.fixed ?? {});
        // The list shows what the number counted: the same period, by the same date.
        if (drill.period) Object.assign(filter, { [drill.period.from]: period.from, [drill.period.to]: period.to });
        navigate({ pathname: `/${drill.resource}`, search: `?${new URLSearchParams({ filter: JSON.stringify(filter) }).toString()}` });
    };
    const drillable = (row: StatisticSection['rows'][number]) => !!drill && !!row[drill.key ?? 'id'];
    // A row of several numbers opens the list behind one of them: the hint names it.
    const drillColumn = drill?.column ? section.columns.find(c => c.key === drill.column) : undefined;
    return (
        // A table of many columns (a department's receipts, decisions and rates) takes the whole width.
        <Card variant="outlined" data-testid={`section-${name}-${section.key}`} sx={{ gridColumn: section.columns.length > 4 ? '1 / -1' : undefined }}>
            <CardHeader
                title={title}
                titleTypographyProps={{ variant: 'subtitle1', component: 'h3' }}
                subheader={
                    [
                        drill && section.rows.length > 0 ? translate(`${S}.drillHints.${drill.resource}`) : '',
                        drillColumn && section.rows.length > 0 ? translate(`${S}.drillColumn`, { column: header(drillColumn.key, drillColumn.title) }) : '',
                        // Counted from the register's tallies, which a Schedule refreshes: say when, and how often.
                        section.asOf ? translate(`${S}.asOf`, { time: formatShanghaiTime(section.asOf), minutes: section.countedEveryMinutes ?? '' }) : '',
                    ]
                        .filter(Boolean)
                        .join(' · ') || undefined
                }
                action={<SectionExport name={name} section={section} period={period} />}
            />
            <CardContent sx={{ pt: 0 }}>
                {section.rows.length === 0 ? (
                    <Typography variant="body2" color="text.secondary" data-testid={`empty-${name}-${section.key}`}>
                        {translate(`${S}.empty`)}
                    </Typography>
                ) : (
                    <>
                        {section.chart === 'heatmap' && (
                            <TextField
                                select
                                size="small"
                                label={translate(`${S}.fields.measure`)}
                                value={measure}
                                onChange={e => setMeasure(e.target.value)}
                                sx={{ width: 240, mb: 1 }}
                                data-testid={`measure-${name}-${section.key}`}
                            >
                                {measures.map(c => (
                                    <MenuItem key={c.key} value={c.key}>
                                        {header(c.key, c.title)}
                                    </MenuItem>
                                ))}
                            </TextField>
                        )}
                        <Box data-testid={`chart-${name}-${section.key}`}>
                            <StatisticsChart section={shown} header={header} onPick={drill ? open : undefined} measure={measure} />
                        </Box>
                        <Box sx={{ overflowX: 'auto' }}>
                            <Table size="small" data-testid={`table-${name}-${section.key}`}>
                                <TableHead>
                                    <TableRow>
                                        {section.columns.map(c => (
                                            <TableCell key={c.key} align={c.type === 'text' ? 'left' : 'right'}>
                                                {header(c.key, c.title)}
                                            </TableCell>
                                        ))}
                                    </TableRow>
                                </TableHead>
                                <TableBody>
                                    {shown.rows.map((row, i) => (
                                        <TableRow key={row.id || `row-${i}`} hover={drillable(row)} onClick={drillable(row) ? () => open(i) : undefined} sx={drillable(row) ? { cursor: 'pointer' } : undefined}>
                                            {section.columns.map(c => (
                                                <TableCell key={c.key} align={c.type === 'text' ? 'left' : 'right'} data-field={c.key} sx={c.type === 'text' ? { minWidth: 160 } : { whiteSpace: 'nowrap' }}>
                                                    {cellText(row[c.key], c.type)}
                                                </TableCell>
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

export const StatisticsDashboard = () => {
    const translate = useTranslate();
    const seesAll = useSeesAll();
    const { departments } = useDepartments();
    const today = shanghaiToday();
    const [period, setPeriod] = useState<Period>({ from: `${today.slice(0, 4)}-01-01`, to: today, department: '' });
    const [data, setData] = useState<Partial<Record<StatisticName, Statistic>>>({});
    const [error, setError] = useState<string | null>(null);
    const [loading, setLoading] = useState(true);

    useEffect(() => {
        if (!period.from || !period.to) return;
        let current = true;
        setLoading(true);
        Promise.all(STATISTIC_NAMES.map(name => apiFetch<Statistic>(`/statistics/${name}?${query(period)}`)))
            .then(all => {
                if (!current) return;
                setData(Object.fromEntries(all.map(s => [s.name, s])));
                setError(null);
            })
            .catch(e => current && setError(errorDetail(e)))
            .finally(() => current && setLoading(false));
        return () => {
            current = false;
        };
    }, [period]);

    const department = Object.values(data)[0]?.department;
    return (
        <Box sx={{ mt: 1, mb: 4 }}>
            <Title title={translate(`${S}.name`)} />
            <Stack direction="row" spacing={2} sx={{ my: 2, flexWrap: 'wrap', alignItems: 'center' }} useFlexGap>
                <TextField type="date" size="small" sx={{ width: 180 }} label={translate(`${S}.fields.from`)} value={period.from} onChange={e => setPeriod(p => ({ ...p, from: e.target.value }))} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'statistics-from' } }} />
                <TextField type="date" size="small" sx={{ width: 180 }} label={translate(`${S}.fields.to`)} value={period.to} onChange={e => setPeriod(p => ({ ...p, to: e.target.value }))} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'statistics-to' } }} />
                {seesAll ? (
                    <TextField
                        select
                        size="small"
                        label={translate(`${S}.fields.department`)}
                        value={period.department}
                        onChange={e => setPeriod(p => ({ ...p, department: e.target.value }))}
                        sx={{ width: 300 }}
                        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
                        data-testid="statistics-department"
                    >
                        <MenuItem value="">{translate(`${S}.allDepartments`)}</MenuItem>
                        {departments.map(d => (
                            <MenuItem key={d.code} value={d.code}>
                                {d.name}
                            </MenuItem>
                        ))}
                    </TextField>
                ) : (
                    department && <Typography variant="body2" data-testid="statistics-own-department">{translate(`${S}.ownDepartment`, { name: department.name })}</Typography>
                )}
            </Stack>
            {loading && <LoadingBar sx={{ mb: 1 }} />}
            {error && <Alert severity="error" sx={{ mb: 2 }}>{error}</Alert>}
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                {translate(`${S}.help`)}
            </Typography>
            {STATISTIC_NAMES.map(name =>
                data[name] ? (
                    <Box key={name} component="section" sx={{ mb: 3 }} data-testid={`statistic-${name}`}>
                        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
                            {translate(`${S}.statistics.${name}`)}
                        </Typography>
                        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
                            {data[name]!.sections.map(section => (
                                <SectionCard key={section.key} name={name} section={section} period={period} />
                            ))}
                        </Box>
                    </Box>
                ) : null,
            )}
        </Box>
    );
};
