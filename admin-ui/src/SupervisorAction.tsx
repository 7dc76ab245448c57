import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useState, type ReactElement, type ReactNode } from 'react';
import {
    Button,
    Form,
    useNotify,
    usePermissions,
    useRefresh,
    useTranslate,
    type ButtonProps,
} from 'react-admin';

import { errorDetail, errorStatus, fieldErrorsOf } from './api';
import { canSupervise } from './permissions';

interface SupervisorActionProps {
    /** Whether the record allows the action at all (a case not closed, a listing still active). */
    available: boolean;
    label: string;
    color?: ButtonProps['color'];
    testId: string;
    icon: ReactElement;
    /** The dialog, given how to close it. */
    children: (close: () => void) => ReactNode;
}

/**
 * A supervisor's (or an admin's) button on a record's page that opens the action's dialog; nobody else
 * sees it. Whether this supervisor may act on this record is the API's to say, in the dialog.
 */
export const SupervisorAction = ({ available, label, color, testId, icon, children }: SupervisorActionProps) => {
    const { permissions } = usePermissions();
    const [open, setOpen] = useState(false);
    if (!available || !canSupervise(permissions)) return null;
    return (
        <>
            <Button label={label} color={color} data-testid={testId} onClick={() => setOpen(true)}>
                {icon}
            </Button>
            {open && children(() => setOpen(false))}
        </>
    );
};

interface ActionDialogProps<V extends object> {
    /** Names the dialog's parts: `<name>-dialog-title`, and the test ids `<name>-problem`, `<name>-submit`. */
    name: string;
    /** Message keys (the title's with its arguments). */
    title: string;
    titleArgs?: Record<string, unknown>;
    hint: string;
    submitLabel: string;
    submitColor?: ButtonProps['color'];
    /** Notified when the API has done it. */
    succeeded: string;
    /** Shown in the dialog when the API refuses, with the API's `%{detail}`. */
    failed: string;
    initialValues: V;
    /** The inputs that show the API's field errors (problem+json `errors[].field`) on themselves. */
    fields?: readonly string[];
    send: (values: V) => Promise<unknown>;
    onClose: () => void;
    /** The inputs. */
    children: ReactNode;
}

/**
 * A supervisor action's dialog: its inputs, sent to the API; done, it is notified and the page refreshed.
 * A refusal (403 not theirs to decide, 409 already done, 422 values the rules refuse) stays in the dialog
 * in the API's own words, where the supervisor is looking, with its field errors on the inputs; a 409
 * also refreshes the page, which then shows the record as it now is.
 */
export const ActionDialog = <V extends object>({
    name,
    title,
    titleArgs,
    hint,
    submitLabel,
    submitColor,
    succeeded,
    failed,
    initialValues,
    fields = [],
    send,
    onClose,
    children,
}: ActionDialogProps<V>) => {
    const notify = useNotify();
    const refresh = useRefresh();
    const translate = useTranslate();
    const [isPending, setPending] = useState(false);
    const [problem, setProblem] = useState<string | null>(null);

    // The form's values (react-hook-form's, untyped), which its validators have let through.
    const submit = async (values: Record<string, unknown>) => {
        setPending(true);
        setProblem(null);
        try {
            await send(values as V);
            notify(succeeded, { type: 'success' });
            refresh();
            onClose();
            return undefined;
        } catch (error) {
            const detail = errorDetail(error);
            setProblem(translate(failed, { detail: translate(detail, { _: detail }) }));
            if (errorStatus(error) === 409) refresh();
            const byField = fieldErrorsOf(error, fields);
            return Object.keys(byField).length ? byField : undefined;
        } finally {
            setPending(false);
        }
    };

    return (
        <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={`${name}-dialog-title`}>
            <Form<V> record={initialValues} onSubmit={submit}>
                <DialogTitle id={`${name}-dialog-title`}>{translate(title, titleArgs)}</DialogTitle>
                <DialogContent>
                    <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
                        {translate(hint)}
                    </Typography>
                    {children}
                    {problem && (
                        <Alert severity="error" data-testid={`${name}-problem`}>
                            {problem}
                        </Alert>
                    )}
                </DialogContent>
                <DialogActions>
                    <Button label="ra.action.cancel" onClick={onClose} />
                    <Button
                        label={submitLabel}
                        type="submit"
                        variant="contained"
                        color={submitColor}
                        disabled={isPending}
                        data-testid={`${name}-submit`}
                    />
                </DialogActions>
            </Form>
        </Dialog>
    );
};
