import BlockIcon from '@mui/icons-material/Block';
import { useState } from 'react';
import { DateInput, TextInput, maxLength, required, useRecordContext, useResourceContext } from 'react-admin';

import { postJson } from '../api';
import { ActionDialog, SupervisorAction } from '../SupervisorAction';
import { shanghaiToday } from '../time';
import { CATALOG_RESOURCES, type CatalogItem, type CatalogResource } from './catalogs';
import { useManagesCatalogs } from './useManagesCatalogs';

const C = 'resources.catalogs';
const FIELDS = ['reason', 'effectiveTo'] as const;

interface RetireValues {
    reason: string;
    effectiveTo: string;
}

/** 废止: the district office ends an item from a date, after confirming; the item and its versions stay readable. */
export const RetireButton = () => {
    const item = useRecordContext<CatalogItem>();
    const resource = useResourceContext() as CatalogResource;
    const manages = useManagesCatalogs();
    const [initialValues] = useState<RetireValues>(() => ({ reason: '', effectiveTo: shanghaiToday() }));
    return (
        <SupervisorAction available={manages && item?.status === 'current'} label={`${C}.action.retire`} color="error" testId="retire-catalog-item" icon={<BlockIcon />}>
            {close =>
                item && (
                    <ActionDialog<RetireValues>
                        name="retire"
                        title={`${C}.dialogs.retire_title`}
                        titleArgs={{ name: item.name }}
                        hint={`${C}.dialogs.retire_hint`}
                        submitLabel={`${C}.action.retire`}
                        submitColor="error"
                        succeeded={`${C}.notifications.retired`}
                        failed={`${C}.notifications.retire_failed`}
                        initialValues={initialValues}
                        fields={FIELDS}
                        send={({ reason, effectiveTo }) => postJson(`/catalogs/${CATALOG_RESOURCES[resource]}/${encodeURIComponent(item.code)}/retire`, { reason: reason.trim(), ...(effectiveTo ? { effectiveTo } : {}) })}
                        onClose={close}
                    >
                        <TextInput source="reason" label={`${C}.fields.retireReason`} validate={[required(), maxLength(300)]} multiline minRows={2} fullWidth data-testid="retire-reason" />
                        <DateInput source="effectiveTo" label={`${C}.fields.effectiveTo`} helperText={`${C}.help.effectiveTo`} />
                    </ActionDialog>
                )
            }
        </SupervisorAction>
    );
};
