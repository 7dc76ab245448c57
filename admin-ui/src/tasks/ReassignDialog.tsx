import type { HTMLAttributes } from 'react';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import {
    Button,
    Form,
    FormDataConsumer,
    SelectInput,
    required,
    useGetList,
    useTranslate,
} from 'react-admin';

import { PICKER_PAGE_SIZE } from '../dataProvider';
import type { Task, User } from '../types';
import { stopPropagation } from './stopPropagation';
import { useTaskAction } from './useTaskAction';

interface ReassignValues {
    department: string;
    assignee: string;
}

const userLabel = (user: User) => `${user.displayName}（${user.username}）`;

/** The people of one department, except the one who holds the task now. */
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
            optionText={userLabel}
            translateChoice={false}
            isPending={Boolean(department) && isPending}
            validate={required()}
            fullWidth
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'reassign-user' } as HTMLAttributes<HTMLDivElement> } }}
        />
    );
};

export const ReassignDialog = ({ task, onClose }: { task: Task; onClose: () => void }) => {
    const translate = useTranslate();
    const { run, isPending } = useTaskAction('reassign');
    // A task nobody has claimed yet belongs to no department: pick among its candidates.
    const departments = task.department ? [task.department] : task.candidateDepartments;
    const initialValues: ReassignValues = { department: departments[0]?.code ?? '', assignee: '' };

    // The form does not submit until its validators pass, so an assignee is chosen.
    const submit = async (values: Partial<ReassignValues>) => {
        const { assignee } = values as ReassignValues;
        if (await run(api => api.reassignTask(task.id, assignee))) onClose();
    };

    return (
        <Dialog
            open
            onClose={onClose}
            onClick={stopPropagation}
            fullWidth
            maxWidth="xs"
            aria-labelledby="reassign-dialog-title"
        >
            <Form<ReassignValues> record={initialValues} onSubmit={submit}>
                <DialogTitle id="reassign-dialog-title">
                    {translate('resources.tasks.dialogs.reassign_title', { title: task.title })}
                </DialogTitle>
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
                        {({ formData }) => (
                            <AssigneeInput
                                department={formData.department}
                                currentAssignee={task.assignee?.username}
                            />
                        )}
                    </FormDataConsumer>
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
