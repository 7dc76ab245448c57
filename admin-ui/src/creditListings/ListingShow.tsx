import { Alert, Chip, Grid } from '@mui/material';
import {
    FunctionField,
    Link,
    SelectField,
    Show,
    TextField,
    TopToolbar,
    useRecordContext,
    useTranslate,
} from 'react-admin';

import { RecordTitle } from '../RecordTitle';
import { FieldsSection, Section } from '../Section';
import { formatShanghaiTime } from '../time';
import type { CreditListing, ProcessStatus } from '../types';
import { listTypeChoices } from './choices';
import { DelistButton } from './DelistButton';
import { ListingStatusField } from './ListingStatusField';
import { listingShowPath } from './paths';
import { ProcessSteps } from './ProcessSteps';

const L = 'resources.credit-listings';

const ListingShowActions = () => (
    <TopToolbar>
        <DelistButton />
    </TopToolbar>
);

const PROCESS_COLORS: Record<ProcessStatus, 'error' | 'warning' | 'success'> = {
    active: 'error',
    ending: 'warning',
    ended: 'success',
};

/** Where the joint punishment stands, as the listing's workflow says (nothing once its history is gone). */
const ProcessState = ({ listing }: { listing: CreditListing }) => {
    const translate = useTranslate();
    if (!listing.process) return null;
    return (
        <Chip
            size="small"
            color={PROCESS_COLORS[listing.process.status]}
            label={translate(`${L}.processStatuses.${listing.process.status}`)}
            data-testid="process-status"
            data-status={listing.process.status}
        />
    );
};

const mono = { fontFamily: 'monospace' };

/** How often to look again while the workflow is sending notices or liftings. */
const AWAITING_TASKS_MS = 2000;

/** A new listing's workflow finds the implementing departments within moments; after this, none means none. */
const NOTICES_EXPECTED_WITHIN_MS = 60_000;

/**
 * Whether the listing's workflow is about to write tasks: a new listing whose notices are not out yet, a
 * step it knows of without its task, or a listing just ended whose liftings are not out. The page then
 * looks again until they are.
 */
const awaitsTasks = (listing: CreditListing | undefined): boolean => {
    const process = listing?.process;
    if (!listing || !process) return false;
    const keys = new Set((listing.tasks ?? []).map(task => task.taskKey));
    // Another department's task rows are not shown to this reader: only its own can be awaited.
    const mine = (step: { departmentCode: string }) => listing.tasksOfDepartment == null || step.departmentCode === listing.tasksOfDepartment;
    const pending = [...process.notices, ...process.liftings].some(step => mine(step) && !keys.has(step.taskKey));
    const justListed =
        process.status === 'active' &&
        process.notices.length === 0 &&
        Date.now() - new Date(listing.createdAt).getTime() < NOTICES_EXPECTED_WITHIN_MS;
    return pending || justListed || (process.status === 'ending' && process.liftings.length === 0);
};

const ListingDetails = () => {
    const listing = useRecordContext<CreditListing>();
    const translate = useTranslate();
    if (!listing) return null;
    const ended = listing.status !== 'active';
    return (
        <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 6 }}>
                <FieldsSection title={`${L}.sections.listing`}>
                    <TextField source="entityName" />
                    <TextField source="creditCode" sx={mono} />
                    <SelectField source="listType" choices={listTypeChoices} />
                    <ListingStatusField source="status" />
                    <TextField source="documentNo" />
                    <TextField source="authority" />
                    <TextField source="reason" sx={{ whiteSpace: 'pre-wrap' }} />
                    <TextField source="listedOn" />
                    <TextField source="expiresOn" emptyText="—" />
                    <FunctionField<CreditListing> source="createdAt" render={row => formatShanghaiTime(row.createdAt)} />
                    <TextField source="id" sx={mono} />
                </FieldsSection>
            </Grid>
            {ended && (
                <Grid size={{ xs: 12, md: 6 }}>
                    <FieldsSection title={`${L}.sections.end`}>
                        <ListingStatusField source="status" />
                        <TextField source="endedOn" emptyText="—" />
                        <TextField source="endReason" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
                        {listing.previousListingId && (
                            <FunctionField<CreditListing>
                                source="previousListingId"
                                render={row => (
                                    <Link to={listingShowPath(row.previousListingId!)} sx={mono}>
                                        {row.previousListingId}
                                    </Link>
                                )}
                            />
                        )}
                    </FieldsSection>
                </Grid>
            )}
            {/* The departments' tables are wide (measures, feedback): the page's full width. */}
            <Grid size={12}>
                <Section title={`${L}.sections.notices`} action={<ProcessState listing={listing} />}>
                    {!listing.process && (
                        <Alert severity="info" sx={{ mb: 1 }}>
                            {translate(`${L}.process.unavailable`)}
                        </Alert>
                    )}
                    <ProcessSteps listing={listing} kind="punishmentNotice" />
                </Section>
                <Section title={`${L}.sections.liftings`}>
                    <ProcessSteps listing={listing} kind="punishmentLifting" />
                </Section>
            </Grid>
        </Grid>
    );
};

/**
 * A credit-list entry and its joint punishment: each implementing department's notice with its measures
 * and feedback, and after the entry ends, the liftings. Supervisors end an entry early (移出).
 */
export const ListingShow = () => (
    <Show
        title={<RecordTitle<CreditListing> resource="credit-listings" subject={listing => listing.entityName} />}
        actions={<ListingShowActions />}
        component="div"
        queryOptions={{ refetchInterval: query => (awaitsTasks(query.state.data as CreditListing | undefined) ? AWAITING_TASKS_MS : false) }}
    >
        <ListingDetails />
    </Show>
);
