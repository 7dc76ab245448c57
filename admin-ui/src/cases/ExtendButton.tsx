import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import MoreTimeIcon from '@mui/icons-material/MoreTime';
import { Typography } from '@mui/material';
import { useState } from 'react';
import { Button, TextInput, maxLength, required, useDataProvider, useGetIdentity, usePermissions, useRecordContext, useTranslate } from 'react-admin';

import type { ZongjianDataProvider } from '../dataProvider';
import { worksTasks } from '../permissions';
import { ActionDialog, SupervisorAction } from '../SupervisorAction';
import type { EnforcementCase } from '../types';

const C = 'resources.cases';

/** The open step may still be extended once: not closed, not extended before, nothing awaiting approval. */
const extensible = (record: EnforcementCase) =>
    record.stage !== 'closed' && !record.extensionRequest && !(record.extended?.[record.stage as 'filing' | 'deciding'] ?? false);

/** 申请延期: whoever works the case asks for the open step's one extension, saying why. */
export const RequestExtensionButton = () => {
    const record = useRecordContext<EnforcementCase>();
    const { permissions } = usePermissions();
    const dataProvider = useDataProvider<ZongjianDataProvider>();
    const [open, setOpen] = useState(false);
    if (!record || !extensible(record) || !worksTasks(permissions)) return null;
    return (
        <>
            <Button label={`${C}.action.request_extension`} data-testid="request-extension" onClick={() => setOpen(true)}>
                <EventRepeatIcon />
            </Button>
            {open && (
                <ActionDialog<{ reason: string }>
                    name="request-extension"
                    title={`${C}.dialogs.request_title`}
                    titleArgs={{ entity: record.entityName }}
                    hint={`${C}.dialogs.request_hint`}
                    submitLabel={`${C}.action.request_extension`}
                    succeeded={`${C}.notifications.requested`}
                    failed={`${C}.notifications.request_failed`}
                    initialValues={{ reason: '' }}
                    fields={['reason']}
                    send={values => dataProvider.requestCaseExtension(record.id, String(values.reason).trim())}
                    onClose={() => setOpen(false)}
                >
                    <TextInput
                        source="reason"
                        label={`${C}.fields.reason`}
                        validate={[required(), maxLength(1000)]}
                        multiline
                        minRows={3}
                        fullWidth
                        data-testid="extend-reason"
                    />
                </ActionDialog>
            )}
        </>
    );
};

/**
 * 批准延期: a supervisor other than the one who asked approves the requested extension, once. The asker
 * sees why there is no button for them (the API refuses them too: own-extension-approval).
 */
export const ExtendButton = () => {
    const record = useRecordContext<EnforcementCase>();
    const dataProvider = useDataProvider<ZongjianDataProvider>();
    const { identity } = useGetIdentity();
    const translate = useTranslate();
    const request = record?.extensionRequest;
    if (!record || !request || record.stage === 'closed') return null;
    if (identity && request.requestedBy.username === identity.username) {
        return (
            <Typography variant="body2" sx={{ color: 'text.secondary', alignSelf: 'center' }} data-testid="own-extension-request">
                {translate(`${C}.own_request`)}
            </Typography>
        );
    }
    return (
        <SupervisorAction available label={`${C}.action.extend`} testId="extend-case" icon={<MoreTimeIcon />}>
            {close => (
                <ActionDialog<{ comment: string }>
                    name="extend"
                    title={`${C}.dialogs.extend_title`}
                    titleArgs={{ entity: record.entityName }}
                    hint={`${C}.dialogs.extend_hint`}
                    submitLabel={`${C}.action.extend`}
                    succeeded={`${C}.notifications.extended`}
                    failed={`${C}.notifications.extend_failed`}
                    initialValues={{ comment: '' }}
                    send={values => dataProvider.approveCaseExtension(record.id, String(values.comment ?? '').trim() || undefined)}
                    onClose={close}
                >
                    <Typography variant="body2" sx={{ mb: 1 }} data-testid="extend-request-reason">
                        {translate(`${C}.request_text`, { name: request.requestedBy.displayName, department: request.requestedBy.department.name, reason: request.reason })}
                    </Typography>
                    <TextInput source="comment" label={`${C}.fields.comment`} validate={[maxLength(1000)]} multiline minRows={2} fullWidth />
                </ActionDialog>
            )}
        </SupervisorAction>
    );
};
