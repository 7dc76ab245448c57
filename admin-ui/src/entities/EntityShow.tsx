import {
    Alert,
    Chip,
    Grid,
    List,
    ListItem,
    ListItemText,
    Stack,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableRow,
    Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { Link, RecordContextProvider, Show, useRecordContext, useResourceDefinitions, useTranslate } from 'react-admin';

import { RecordTitle } from '../RecordTitle';
import { recordSummary } from '../records/summary';
import { Section } from '../Section';
import { DueAtField } from '../tasks/DueAtField';
import { formatShanghaiMoment, formatShanghaiTime } from '../time';
import { DossierActions, DossierPrintHeader } from './DossierPrint';
import { useRecordPages, useSectionPages, type PagedSection } from './useSectionPages';
import type { DepartmentRef, DossierLink, EntityDossier } from './types';

const L = 'resources.entities';

/** A label's key, or the catch-all when the value has no translation (nothing untranslated shows). */
const useLabel = () => {
    const translate = useTranslate();
    return (key: string, args: Record<string, unknown> = {}) => translate(key, { _: translate(`${L}.unknownValue`), ...args });
};

/** Where a dossier item's page is; null when this user has no page for it (e.g. leaders have no task pages). */
const useLinkPath = () => {
    const resources = useResourceDefinitions();
    return (link: DossierLink | null): string | null => {
        if (!link || link.resource === 'entities' || !resources[link.resource]) return null;
        return `/${link.resource}/${encodeURIComponent(link.id)}/show`;
    };
};

const ItemLink = ({ link, children }: { link: DossierLink | null; children: ReactNode }) => {
    const pathOf = useLinkPath();
    const path = pathOf(link);
    return path ? <Link to={path}>{children}</Link> : <>{children}</>;
};

const dept = (d: DepartmentRef | null | undefined) => d?.name ?? '—';
const day = (iso: string | null | undefined) => (iso ? formatShanghaiTime(iso).slice(0, 10) : '—');

interface Column<T> {
    label: string;
    render: (row: T) => ReactNode;
}

/** A section's rows as a small table with labelled columns; a sentence when there are none. */
function Rows<T>({ rows, columns, testId }: { rows: T[]; columns: Column<T>[]; testId: string }) {
    const translate = useTranslate();
    if (rows.length === 0) return <Typography variant="body2" color="text.secondary" data-testid={`${testId}-empty`}>{translate(`${L}.empty`)}</Typography>;
    return (
        <Table size="small" data-testid={testId}>
            <TableHead>
                <TableRow>
                    {columns.map(c => (
                        <TableCell key={c.label}>{translate(c.label)}</TableCell>
                    ))}
                </TableRow>
            </TableHead>
            <TableBody>
                {rows.map((row, i) => (
                    <TableRow key={i}>
                        {columns.map(c => (
                            <TableCell key={c.label}>{c.render(row)}</TableCell>
                        ))}
                    </TableRow>
                ))}
            </TableBody>
        </Table>
    );
}

/** A long section's rows: its first page from the dossier, and "more" while it has more (useSectionPages). */
function PagedRows<T>({ d, section, rows, ...props }: { d: EntityDossier; section: PagedSection; rows: T[]; columns: Column<T>[]; testId: string }) {
    const pages = useSectionPages(d, section, rows);
    return (
        <>
            <Rows rows={pages.rows} {...props} />
            {pages.more}
        </>
    );
}

const Field = ({ label, children }: { label: string; children: ReactNode }) => {
    const translate = useTranslate();
    return (
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <Typography variant="caption" color="text.secondary" component="div">
                {translate(label)}
            </Typography>
            <Typography variant="body2">{children}</Typography>
        </Grid>
    );
};

const F = `${L}.fields`;

const Register = ({ d }: { d: EntityDossier }) => {
    const label = useLabel();
    const e = d.entity;
    return (
        <Section title={`${L}.sections.register`}>
            <Grid container spacing={2} sx={{ mb: 2 }}>
                <Field label={`${F}.name`}>{e.name}</Field>
                <Field label={`${F}.creditCode`}>
                    <span style={{ fontFamily: 'monospace' }}>{e.creditCode}</span>
                </Field>
                <Field label={`${F}.status`}>{label(`${L}.statuses.${e.status}`)}</Field>
                <Field label={`${F}.entityType`}>{e.entityType}</Field>
                <Field label={`${F}.legalRepresentative`}>{e.legalRepresentative}</Field>
                <Field label={`${F}.establishedOn`}>{e.establishedOn ?? '—'}</Field>
                <Field label={`${F}.address`}>{e.address}</Field>
                <Field label={`${F}.registrationAuthority`}>{e.registrationAuthority}</Field>
                {/* The class and why (the risk model's score, F14), in one cell: the printed dossier stays one page. */}
                <Field label={`${F}.riskClass`}>
                    {label(`${L}.riskClasses.${d.risk.class}`)}
                    <Typography variant="caption" color="text.secondary" component="span" display="block" data-testid="dossier-risk">
                        {label(`${L}.risk.score`, { score: d.risk.score, version: d.risk.modelVersion, asOf: d.risk.asOf })}
                        {d.risk.factors.length === 0
                            ? label(`${L}.risk.none`)
                            : d.risk.factors.map(f => label(`${L}.risk.factor`, { name: label(`${L}.risk.factors.${f.factor}`), count: f.count, points: f.points })).join(label(`${L}.risk.separator`))}
                    </Typography>
                </Field>
                <Grid size={12}>
                    <Field label={`${F}.businessScope`}>{e.businessScope}</Field>
                </Grid>
            </Grid>
            <Typography variant="subtitle2">{label(`${L}.sections.history`)}</Typography>
            <PagedRows d={d} section="registrations"
                testId="dossier-registrations"
                rows={d.registrations}
                columns={[
                    { label: `${F}.occurredAt`, render: r => formatShanghaiTime(r.occurredAt) },
                    { label: `${F}.action`, render: r => label(`${L}.actions.${r.action}`) },
                ]}
            />
        </Section>
    );
};

const LICENSE_COLORS = { valid: 'success', expiring: 'warning', expired: 'default', revoked: 'error' } as const;

const Licenses = ({ d }: { d: EntityDossier }) => {
    const label = useLabel();
    return (
        <Section title={`${L}.sections.licenses`}>
            <PagedRows d={d} section="licenses"
                testId="dossier-licenses"
                rows={d.licenses}
                columns={[
                    { label: `${F}.licenseItem`, render: r => r.licenseItem.name },
                    { label: `${F}.licenseNo`, render: r => r.licenseNo },
                    { label: `${F}.department`, render: r => dept(r.department) },
                    { label: `${F}.validity`, render: r => `${r.validFrom ?? '—'} ~ ${r.validTo ?? '—'}` },
                    { label: `${F}.licenseState`, render: r => <Chip size="small" variant="outlined" color={LICENSE_COLORS[r.state]} label={label(`${L}.licenseStates.${r.state}`)} /> },
                ]}
            />
        </Section>
    );
};

const Notifications = ({ d }: { d: EntityDossier }) => {
    const label = useLabel();
    return (
        <Section title={`${L}.sections.notifications`}>
            <PagedRows d={d} section="notifications"
                testId="dossier-notifications"
                rows={d.notifications}
                columns={[
                    { label: `${F}.notice`, render: r => r.licenseItem?.name ?? r.scopeItems.join('、') },
                    { label: `${F}.department`, render: r => (r.department ? r.department.name : r.candidateDepartments.map(c => c.name).join('、') || '—') },
                    { label: `${F}.stage`, render: r => label(`${L}.noticeStages.${r.stage}`) },
                    { label: `${F}.decision`, render: r => (r.decision ? label(`${L}.decisions.${r.decision}`) : '—') },
                    { label: `${F}.pushedAt`, render: r => formatShanghaiTime(r.pushedAt) },
                ]}
            />
        </Section>
    );
};

const Inspections = ({ d }: { d: EntityDossier }) => {
    const label = useLabel();
    return (
        <Section title={`${L}.sections.inspections`}>
            <PagedRows d={d} section="inspections"
                testId="dossier-inspections"
                rows={d.inspections}
                columns={[
                    { label: `${F}.kind`, render: r => <ItemLink link={{ resource: 'inspections', id: String(r.id) }}>{label(`resources.inspections.kinds.${r.kind}`)}</ItemLink> },
                    { label: `${F}.department`, render: r => dept(r.department) },
                    { label: `${F}.inspectionStatus`, render: r => label(`resources.inspections.statuses.${r.status}`) },
                    { label: `${F}.result`, render: r => (r.outcome ? label(`resources.inspections.outcomes.${r.outcome}`) : '—') },
                    { label: `${F}.recordedBy`, render: r => r.recordedBy?.displayName ?? '—' },
                    { label: `${F}.date`, render: r => day(r.recordedAt ?? r.dueAt) },
                ]}
            />
        </Section>
    );
};

const Cases = ({ d }: { d: EntityDossier }) => {
    const label = useLabel();
    return (
        <Section title={`${L}.sections.cases`}>
            <PagedRows d={d} section="cases"
                testId="dossier-cases"
                rows={d.cases}
                columns={[
                    { label: `${F}.case`, render: r => <ItemLink link={{ resource: 'cases', id: String(r.id) }}>{label(`resources.cases.stages.${r.stage}`)}</ItemLink> },
                    { label: `${F}.department`, render: r => dept(r.department) },
                    { label: `${F}.filedAt`, render: r => day(r.filedAt) },
                    { label: `${F}.decidedAt`, render: r => day(r.decidedAt) },
                    {
                        label: `${F}.penalty`,
                        render: r => {
                            const p = d.penalties.find(x => x.caseId === r.id);
                            return p ? [p.decisionNo, p.fineAmount ?? p.amount].filter(x => x != null).join(' · ') || label(`${L}.penalized`) : '—';
                        },
                    },
                ]}
            />
        </Section>
    );
};

const Listings = ({ d }: { d: EntityDossier }) => {
    const label = useLabel();
    return (
        <Section title={`${L}.sections.listings`}>
            <PagedRows d={d} section="listings"
                testId="dossier-listings"
                rows={d.listings}
                columns={[
                    { label: `${F}.listType`, render: r => <ItemLink link={{ resource: 'credit-listings', id: r.id }}>{label(`resources.credit-listings.listTypes.${r.listType}`)}</ItemLink> },
                    { label: `${F}.listingStatus`, render: r => label(`resources.credit-listings.statuses.${r.status}`) },
                    { label: `${F}.authority`, render: r => r.authority },
                    { label: `${F}.listedOn`, render: r => `${r.listedOn} ~ ${r.endedOn ?? r.expiresOn ?? ''}` },
                    { label: `${F}.measures`, render: r => r.measures.map(m => m.name).join('；') || '—' },
                    { label: `${F}.endReason`, render: r => r.endReason ?? '—' },
                ]}
            />
        </Section>
    );
};

const Warnings = ({ d }: { d: EntityDossier }) => {
    const label = useLabel();
    return (
        <Section title={`${L}.sections.warnings`}>
            <PagedRows d={d} section="warnings"
                testId="dossier-warnings"
                rows={d.warnings}
                columns={[
                    { label: `${F}.subject`, render: r => <ItemLink link={{ resource: 'warnings', id: r.id }}>{r.subject}</ItemLink> },
                    { label: `${F}.level`, render: r => label(`resources.warnings.levels.${r.level}`) },
                    { label: `${F}.department`, render: r => dept(r.department) },
                    { label: `${F}.warningStatus`, render: r => label(`resources.warnings.statuses.${r.status}`) },
                    { label: `${F}.reason`, render: r => r.reason },
                    { label: `${F}.date`, render: r => day(r.raisedAt) },
                ]}
            />
        </Section>
    );
};

/** Collected records kind by kind: the first page of each kind, and "more" for each kind that has more (useRecordPages). */
const RecordRows = ({ d }: { d: EntityDossier }) => {
    const label = useLabel();
    const { rows, more } = useRecordPages(d);
    return (
        <>
            <Rows
                testId="dossier-records"
                rows={rows}
                columns={[
                    { label: `${F}.recordKind`, render: r => label(`${L}.recordKinds.${r.kind}`) },
                    { label: `${F}.recordKey`, render: r => r.key },
                    { label: `${F}.recordSummary`, render: r => recordSummary(r) },
                    { label: `${F}.department`, render: r => dept(r.department) },
                    { label: `${F}.date`, render: r => r.occurredOn },
                ]}
            />
            {more}
        </>
    );
};

const Records = ({ d }: { d: EntityDossier }) => {
    const translate = useTranslate();
    return (
        <Section title={`${L}.sections.records`}>
            {!d.records.available ? (
                <Typography variant="body2" color="text.secondary" data-testid="dossier-records-empty">
                    {translate(`${L}.recordsUnavailable`)}
                </Typography>
            ) : (
                <RecordRows d={d} />
            )}
        </Section>
    );
};

const OpenTasks = ({ d }: { d: EntityDossier }) => {
    const translate = useTranslate();
    const label = useLabel();
    return (
        <Section title={`${L}.sections.openTasks`}>
            <Rows
                testId="dossier-task-counts"
                rows={d.openTasks.byDepartment}
                columns={[
                    { label: `${F}.department`, render: r => r.department?.name ?? translate(`${L}.pool`) },
                    { label: `${F}.count`, render: r => r.count },
                    { label: `${F}.titles`, render: r => r.titles.join('；') },
                ]}
            />
            {d.openTasks.tasks.length > 0 && (
                <>
                    <Typography variant="subtitle2" sx={{ mt: 2 }}>
                        {translate(d.openTasks.tasksOfDepartment ? `${L}.myDepartmentTasks` : `${L}.allTasks`)}
                    </Typography>
                    <PagedRows d={d} section="tasks"
                        testId="dossier-tasks"
                        rows={d.openTasks.tasks}
                        columns={[
                            { label: `${F}.title`, render: r => <ItemLink link={{ resource: 'tasks', id: String(r.id) }}>{r.title}</ItemLink> },
                            { label: `${F}.taskType`, render: r => label(`resources.tasks.types.${r.type}`) },
                            { label: `${F}.assignee`, render: r => r.assignee?.displayName ?? translate(`${L}.unassigned`) },
                            {
                                label: `${F}.due`,
                                render: r => (
                                    <RecordContextProvider value={{ ...r, overdue: (r.workingDaysLeft ?? 0) < 0 }}>
                                        <DueAtField />
                                    </RecordContextProvider>
                                ),
                            },
                        ]}
                    />
                </>
            )}
        </Section>
    );
};

const Timeline = ({ d }: { d: EntityDossier }) => {
    const translate = useTranslate();
    const label = useLabel();
    const { rows: items, more } = useSectionPages(d, 'timeline', d.timeline);
    return (
        <Section title={`${L}.sections.timeline`}>
            {d.timeline.length === 0 ? (
                <Typography variant="body2">{translate(`${L}.empty`)}</Typography>
            ) : (
                <List dense data-testid="dossier-timeline">
                    {items.map((item, i) => (
                        <ListItem key={i} disableGutters data-kind={item.kind}>
                            <ListItemText
                                primary={
                                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                                        <Chip size="small" variant="outlined" label={label(`${L}.kinds.${item.kind}`)} />
                                        <ItemLink link={item.link}>{timelineTitle(item.kind, item.title, label)}</ItemLink>
                                    </Stack>
                                }
                                secondary={`${formatShanghaiMoment(item.at)}${item.department ? ` · ${item.department.name}` : ''}`}
                            />
                        </ListItem>
                    ))}
                </List>
            )}
            {more}
        </Section>
    );
};

/** Some kinds carry a code as their title (the registration's action, the case's stage, the list type). */
function timelineTitle(kind: string, title: string, label: (key: string) => string): string {
    if (kind === 'registration') return label(`${L}.actions.${title}`);
    if (kind === 'record') return label(`${L}.recordKinds.${title}`);
    if (kind === 'inspection') return label(`resources.inspections.kinds.${title}`);
    if (kind === 'case' || kind === 'penalty') return label(`resources.cases.stages.${title}`);
    if (kind === 'listing' || kind === 'delisting') return label(`resources.credit-listings.listTypes.${title}`);
    return title;
}

const DossierBody = () => {
    const d = useRecordContext<EntityDossier>();
    const translate = useTranslate();
    if (!d) return null;
    return (
        <Grid container spacing={2} data-testid="dossier">
            <Grid size={12} sx={{ display: 'none' }} data-print-only>
                <DossierPrintHeader />
            </Grid>
            <Grid size={{ xs: 12, lg: 8 }}>
                {d.masking.names && (
                    <Alert severity="info" sx={{ mb: 2 }}>
                        {translate(`${L}.masked`)}
                    </Alert>
                )}
                <Register d={d} />
                <Licenses d={d} />
                <Notifications d={d} />
                <Inspections d={d} />
                <Cases d={d} />
                <Listings d={d} />
                <Warnings d={d} />
                <Records d={d} />
                <OpenTasks d={d} />
            </Grid>
            <Grid size={{ xs: 12, lg: 4 }}>
                <Timeline d={d} />
            </Grid>
        </Grid>
    );
};

/** The dossier (一户一档): everything known about one market entity, on one screen. */
export const EntityShow = () => (
    <Show
        title={<RecordTitle<EntityDossier> resource="entities" subject={d => d.entity.name} />}
        component="div"
        actions={<DossierActions />}
        queryOptions={{ meta: { dossier: true } }}
    >
        <DossierBody />
    </Show>
);
