import type { HTMLAttributes } from 'react';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import {
    Button,
    Form,
    FormDataConsumer,
    SelectInput,
    TextInput,
    maxLength,
    required,
    useGetList,
    useTranslate,
} from 'react-admin';

import { PICKER_PAGE_SIZE } from '../dataProvider';
import type { DepartmentRef, Reassignment, User } from '../types';
import { stopPropagation } from './stopPropagation';

interface ReassignValues extends Reassignment {
    department: string;
}

/** The API's limit on a reason (api/tasks/routes.ts). */
const REASON_MAX = 500;

/** The people of one department, by name, except the one who holds the task now. */
const AssigneeInput = ({ department, currentAssignee }: { department: string; currentAssignee?: string }) => {
    const { data = [], isPending } = useGetList<User>(
        'users',
        {
            filter: { department },
            pagination: { page: 1, perPage: PICKER_PAGE_SIZE },
            sort: { field: 'displayName', order: 'ASC' },
        },
        { enabled: Boolean(department) }
    );
    return (
        <SelectInput
            source="assignee"
            label="resources.tasks.dialogs.reassign_user"
            choices={data.filter(user => user.username !== currentAssignee)}
            optionValue="username"
            optionText="displayName"
            translateChoice={false}
            isPending={Boolean(department) && isPending}
            validate={required()}
            fullWidth
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'reassign-user' } as HTMLAttributes<HTMLDivElement> } }}
        />
    );
};

interface ReassignDialogProps {
    /** The dialog's title, translated: which task or how many. */
    title: string;
    /** The departments the new assignee may come from; a choice is offered when there are several. */
    departments: DepartmentRef[];
    /** Who holds the task now, left out of the choices. */
    currentAssignee?: string;
    isPending: boolean;
    /** Sends the reassignment; resolves to whether the dialog may close. */
    onReassign: (reassignment: Reassignment) => Promise<boolean>;
    onClose: () => void;
}

/** 转派: pick the person (of the task's department) and say why; the timeline shows both. */
export const ReassignDialog = ({ title, departments, currentAssignee, isPending, onReassign, onClose }: ReassignDialogProps) => {
    const translate = useTranslate();
    const initialValues: ReassignValues = { department: departments[0]?.code ?? '', assignee: '', reason: '' };

    // The form does not submit until its validators pass, so an assignee and a reason are given.
    const submit = async (values: Partial<ReassignValues>) => {
        const { assignee, reason } = values as ReassignValues;
        if (await onReassign({ assignee, reason: reason.trim() })) onClose();
    };

    return (
        <Dialog open onClose={onClose} onClick={stopPropagation} fullWidth maxWidth="xs" aria-labelledby="reassign-dialog-title">
            <Form<ReassignValues> record={initialValues} onSubmit={submit}>
                <DialogTitle id="reassign-dialog-title">{title}</DialogTitle>
                <DialogContent>
                    {departments.length > 1 && (
                        <SelectInput
                            source="department"
                            label="resources.tasks.dialogs.reassign_department"
                            choices={departments}
                            optionValue="code"
                            optionText="name"
                            translateChoice={false}
                            validate={required()}
                            fullWidth
                        />
                    )}
                    <FormDataConsumer<ReassignValues>>
                        {({ formData }) => <AssigneeInput department={formData.department} currentAssignee={currentAssignee} />}
                    </FormDataConsumer>
                    <TextInput
                        source="reason"
                        label="resources.tasks.dialogs.reassign_reason"
                        helperText={translate('resources.tasks.dialogs.reassign_reason_help')}
                        multiline
                        minRows={2}
                        validate={[required(), maxLength(REASON_MAX)]}
                        fullWidth
                        slotProps={{ htmlInput: { 'data-testid': 'reassign-reason', maxLength: REASON_MAX } }}
                    />
                </DialogContent>
                <DialogActions>
                    <Button label="ra.action.cancel" onClick={onClose} />
                    <Button
                        label="resources.tasks.action.reassign"
                        type="submit"
                        variant="contained"
                        disabled={isPending}
                        data-testid="reassign-submit"
                    />
                </DialogActions>
            </Form>
        </Dialog>
    );
};
