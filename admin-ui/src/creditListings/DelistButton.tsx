import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutline';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useState } from 'react';
import {
    Button,
    DateInput,
    Form,
    RadioButtonGroupInput,
    TextInput,
    maxLength,
    required,
    useDataProvider,
    useNotify,
    usePermissions,
    useRecordContext,
    useRefresh,
    useTranslate,
} from 'react-admin';

import { errorDetail, errorStatus, fieldErrorsOf } from '../api';
import type { ZongjianDataProvider } from '../dataProvider';
import { canSupervise } from '../permissions';
import { shanghaiToday } from '../time';
import type { CreditListing, DelistInput, ExitType } from '../types';
import { exitTypeChoices } from './choices';

const L = 'resources.credit-listings';
const FIELDS = ['exitType', 'reason', 'delistedOn'] as const;

interface DelistValues {
    exitType: ExitType;
    reason: string;
    delistedOn: string;
}

const DelistDialog = ({ listing, onClose }: { listing: CreditListing; onClose: () => void }) => {
    const dataProvider = useDataProvider<ZongjianDataProvider>();
    const notify = useNotify();
    const refresh = useRefresh();
    const translate = useTranslate();
    const [isPending, setPending] = useState(false);
    const [problem, setProblem] = useState<string | null>(null);
    const [initialValues] = useState<DelistValues>(() => ({ exitType: 'removed', reason: '', delistedOn: shanghaiToday() }));

    // Returns the API's field errors (a date before the listing, too early for credit repair) for the form to show.
    const submit = async (values: Partial<DelistValues>) => {
        const { exitType, reason, delistedOn } = values as DelistValues;
        const input: DelistInput = { exitType, reason: reason.trim(), ...(delistedOn ? { delistedOn } : {}) };
        setPending(true);
        setProblem(null);
        try {
            await dataProvider.delistListing(listing.id, input);
            notify(`${L}.notifications.delisted`, { type: 'success' });
            refresh();
            onClose();
            return undefined;
        } catch (error) {
            // 403 not this listing's authority, 409 already ended, 422 a date the rules refuse: the
            // dialog keeps the API's own words where the supervisor is looking.
            const detail = errorDetail(error);
            setProblem(translate(`${L}.notifications.delist_failed`, { detail: translate(detail, { _: detail }) }));
            if (errorStatus(error) === 409) refresh();
            const byField = fieldErrorsOf(error, FIELDS);
            return Object.keys(byField).length ? byField : undefined;
        } finally {
            setPending(false);
        }
    };

    return (
        <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="delist-dialog-title">
            <Form<DelistValues> record={initialValues} onSubmit={submit}>
                <DialogTitle id="delist-dialog-title">
                    {translate(`${L}.dialogs.delist_title`, { name: listing.entityName })}
                </DialogTitle>
                <DialogContent>
                    <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
                        {translate(`${L}.dialogs.delist_hint`)}
                    </Typography>
                    <RadioButtonGroupInput
                        source="exitType"
                        label={`${L}.delist.exitType`}
                        choices={exitTypeChoices}
                        validate={required()}
                        data-testid="delist-exit-type"
                    />
                    <TextInput
                        source="reason"
                        label={`${L}.delist.reason`}
                        validate={[required(), maxLength(2000)]}
                        multiline
                        minRows={3}
                        fullWidth
                        data-testid="delist-reason"
                    />
                    <DateInput
                        source="delistedOn"
                        label={`${L}.delist.delistedOn`}
                        validate={required()}
                        data-testid="delist-date"
                    />
                    {problem && (
                        <Alert severity="error" data-testid="delist-problem">
                            {problem}
                        </Alert>
                    )}
                </DialogContent>
                <DialogActions>
                    <Button label="ra.action.cancel" onClick={onClose} />
                    <Button
                        label={`${L}.action.delist`}
                        type="submit"
                        variant="contained"
                        color="error"
                        disabled={isPending}
                        data-testid="delist-submit"
                    />
                </DialogActions>
            </Form>
        </Dialog>
    );
};

/**
 * 移出: a supervisor or an admin ends an active listing early, by credit repair or removal. Whether this
 * supervisor may (their department decided the listing, or they are of the district office) is the
 * API's to say; the dialog shows its answer.
 */
export const DelistButton = () => {
    const listing = useRecordContext<CreditListing>();
    const { permissions } = usePermissions();
    const [open, setOpen] = useState(false);
    if (!listing || listing.status !== 'active' || !canSupervise(permissions)) return null;
    return (
        <>
            <Button label={`${L}.action.delist`} color="error" data-testid="delist-listing" onClick={() => setOpen(true)}>
                <RemoveCircleOutlineIcon />
            </Button>
            {open && <DelistDialog listing={listing} onClose={() => setOpen(false)} />}
        </>
    );
};
