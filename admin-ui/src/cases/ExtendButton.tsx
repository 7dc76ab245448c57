import MoreTimeIcon from '@mui/icons-material/MoreTime';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useState } from 'react';
import {
    Button,
    Form,
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

import { errorDetail, errorStatus } from '../api';
import type { ZongjianDataProvider } from '../dataProvider';
import { canSupervise } from '../permissions';
import type { EnforcementCase } from '../types';

const C = 'resources.cases';

const ExtendDialog = ({ record, onClose }: { record: EnforcementCase; onClose: () => void }) => {
    const dataProvider = useDataProvider<ZongjianDataProvider>();
    const notify = useNotify();
    const refresh = useRefresh();
    const translate = useTranslate();
    const [isPending, setPending] = useState(false);
    const [problem, setProblem] = useState<string | null>(null);

    const submit = async (values: Record<string, unknown>) => {
        setPending(true);
        setProblem(null);
        try {
            await dataProvider.approveCaseExtension(record.id, String(values.reason).trim());
            notify(`${C}.notifications.extended`, { type: 'success' });
            refresh();
            onClose();
        } catch (error) {
            // 409: already extended once; the dialog shows the API's problem detail.
            const detail = errorDetail(error);
            setProblem(translate(`${C}.notifications.extend_failed`, { detail: translate(detail, { _: detail }) }));
            if (errorStatus(error) === 409) refresh();
        } finally {
            setPending(false);
        }
    };

    return (
        <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="extend-dialog-title">
            <Form record={{ reason: '' }} onSubmit={submit}>
                <DialogTitle id="extend-dialog-title">{translate(`${C}.dialogs.extend_title`, { id: record.id })}</DialogTitle>
                <DialogContent>
                    <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
                        {translate(`${C}.dialogs.extend_hint`)}
                    </Typography>
                    <TextInput
                        source="reason"
                        label={`${C}.fields.reason`}
                        validate={[required(), maxLength(1000)]}
                        multiline
                        minRows={3}
                        fullWidth
                        data-testid="extend-reason"
                    />
                    {problem && (
                        <Alert severity="error" data-testid="extend-problem">
                            {problem}
                        </Alert>
                    )}
                </DialogContent>
                <DialogActions>
                    <Button label="ra.action.cancel" onClick={onClose} />
                    <Button
                        label={`${C}.action.extend`}
                        type="submit"
                        variant="contained"
                        disabled={isPending}
                        data-testid="extend-submit"
                    />
                </DialogActions>
            </Form>
        </Dialog>
    );
};

/** 批准延期: a supervisor or an admin extends the open step's deadline of a case, once. */
export const ExtendButton = () => {
    const record = useRecordContext<EnforcementCase>();
    const { permissions } = usePermissions();
    const [open, setOpen] = useState(false);
    if (!record || record.stage === 'closed' || !canSupervise(permissions)) return null;
    return (
        <>
            <Button label={`${C}.action.extend`} data-testid="extend-case" onClick={() => setOpen(true)}>
                <MoreTimeIcon />
            </Button>
            {open && <ExtendDialog record={record} onClose={() => setOpen(false)} />}
        </>
    );
};
