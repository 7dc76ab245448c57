import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutline';
import { useState } from 'react';
import { DateInput, RadioButtonGroupInput, TextInput, maxLength, required, useDataProvider, useRecordContext } from 'react-admin';

import type { ZongjianDataProvider } from '../dataProvider';
import { ActionDialog, SupervisorAction } from '../SupervisorAction';
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

// The API's refusals (403 not this listing's authority, 409 already ended, 422 a date before the listing
// or too early for credit repair) stay in the dialog, the dates' on the date input.
const DelistDialog = ({ listing, onClose }: { listing: CreditListing; onClose: () => void }) => {
    const dataProvider = useDataProvider<ZongjianDataProvider>();
    const [initialValues] = useState<DelistValues>(() => ({ exitType: 'removed', reason: '', delistedOn: shanghaiToday() }));

    const send = ({ exitType, reason, delistedOn }: DelistValues) => {
        const input: DelistInput = { exitType, reason: reason.trim(), ...(delistedOn ? { delistedOn } : {}) };
        return dataProvider.delistListing(listing.id, input);
    };

    return (
        <ActionDialog<DelistValues>
            name="delist"
            title={`${L}.dialogs.delist_title`}
            titleArgs={{ name: listing.entityName }}
            hint={`${L}.dialogs.delist_hint`}
            submitLabel={`${L}.action.delist`}
            submitColor="error"
            succeeded={`${L}.notifications.delisted`}
            failed={`${L}.notifications.delist_failed`}
            initialValues={initialValues}
            fields={FIELDS}
            send={send}
            onClose={onClose}
        >
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
            <DateInput source="delistedOn" label={`${L}.delist.delistedOn`} validate={required()} data-testid="delist-date" />
        </ActionDialog>
    );
};

/**
 * 移出: a supervisor or an admin ends an active listing early, by credit repair or removal. Whether this
 * supervisor may (their department decided the listing, or they are of the district office) is the
 * API's to say; the dialog shows its answer.
 */
export const DelistButton = () => {
    const listing = useRecordContext<CreditListing>();
    return (
        <SupervisorAction
            available={listing?.status === 'active'}
            label={`${L}.action.delist`}
            color="error"
            testId="delist-listing"
            icon={<RemoveCircleOutlineIcon />}
        >
            {close => listing && <DelistDialog listing={listing} onClose={close} />}
        </SupervisorAction>
    );
};
