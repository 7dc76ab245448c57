import { Typography } from '@mui/material';
import { Link, useRecordContext, useTranslate } from 'react-admin';

import { entityShowPath } from '../entities';
import { PlanLink } from '../inspectionPlans/PlanLink';
import { NameAndCode } from '../NameAndCode';
import type { Task } from '../types';
import { stopPropagation } from './stopPropagation';
import type { TaskFieldProps } from './TaskFieldProps';

/**
 * The market entity's name, with its unified social credit code underneath. A step about a whole
 * spot-check plan (approval, draw) has no entity: it shows the plan instead, linked to its page.
 */
export const EntityField = (_props: TaskFieldProps) => {
    const task = useRecordContext<Task>();
    const translate = useTranslate();
    if (!task) return null;
    if (!task.entity) {
        if (!task.data.planId) return null;
        return (
            <>
                <Typography variant="body2">
                    <PlanLink planId={task.data.planId} />
                </Typography>
                <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                    {translate('resources.tasks.fields.plan')}
                </Typography>
            </>
        );
    }
    // The name opens the entity's dossier (一户一档); the click is the link's, not the list row's.
    return (
        <Link to={entityShowPath(task.entity.creditCode)} onClick={stopPropagation} underline="hover" color="inherit">
            <NameAndCode name={task.entity.name} code={task.entity.creditCode} />
        </Link>
    );
};
