import ForwardIcon from '@mui/icons-material/Forward';
import { useState } from 'react';
import { Button, useListContext, usePermissions, useTranslate } from 'react-admin';

import { canSupervise } from '../permissions';
import type { DepartmentRef, Task } from '../types';
import { ReassignDialog } from './ReassignDialog';
import { useBulkTaskAction } from './useBulkTaskAction';

/** The departments of the selected tasks: where the new assignee may come from. */
const departmentsOf = (tasks: Task[]): DepartmentRef[] => {
    const byCode = new Map<string, DepartmentRef>();
    for (const t of tasks) for (const d of t.department ? [t.department] : t.candidateDepartments) byCode.set(d.code, d);
    return [...byCode.values()];
};

/** 批量转派: supervisors hand every selected task to one person, saying why. */
export const BulkReassignButton = () => {
    const { permissions } = usePermissions();
    const { data = [] } = useListContext<Task>();
    const { run, isPending, selectedIds } = useBulkTaskAction('reassign');
    const translate = useTranslate();
    const [open, setOpen] = useState(false);
    if (!canSupervise(permissions)) return null;
    const selected = data.filter(t => selectedIds.includes(t.id));
    return (
        <>
            <Button label="resources.tasks.action.bulk_reassign" data-testid="bulk-reassign" onClick={() => setOpen(true)}>
                <ForwardIcon />
            </Button>
            {open && (
                <ReassignDialog
                    title={translate('resources.tasks.dialogs.bulk_reassign_title', { smart_count: selectedIds.length })}
                    departments={departmentsOf(selected)}
                    isPending={isPending}
                    onReassign={reassignment => run(api => api.bulkReassignTasks(selectedIds, reassignment))}
                    onClose={() => setOpen(false)}
                />
            )}
        </>
    );
};
