import MoreTimeIcon from '@mui/icons-material/MoreTime';
import { TextInput, maxLength, required, useDataProvider, useRecordContext } from 'react-admin';

import type { ZongjianDataProvider } from '../dataProvider';
import { ActionDialog, SupervisorAction } from '../SupervisorAction';
import type { EnforcementCase } from '../types';

const C = 'resources.cases';

// 409: already extended once; the dialog shows the API's problem detail.
const ExtendDialog = ({ record, onClose }: { record: EnforcementCase; onClose: () => void }) => {
    const dataProvider = useDataProvider<ZongjianDataProvider>();
    return (
        <ActionDialog<{ reason: string }>
            name="extend"
            title={`${C}.dialogs.extend_title`}
            titleArgs={{ id: record.id }}
            hint={`${C}.dialogs.extend_hint`}
            submitLabel={`${C}.action.extend`}
            succeeded={`${C}.notifications.extended`}
            failed={`${C}.notifications.extend_failed`}
            initialValues={{ reason: '' }}
            send={values => dataProvider.approveCaseExtension(record.id, String(values.reason).trim())}
            onClose={onClose}
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
    );
};

/** 批准延期: a supervisor or an admin extends the open step's deadline of a case, once. */
export const ExtendButton = () => {
    const record = useRecordContext<EnforcementCase>();
    return (
        <SupervisorAction
            available={!!record && record.stage !== 'closed'}
            label={`${C}.action.extend`}
            testId="extend-case"
            icon={<MoreTimeIcon />}
        >
            {close => record && <ExtendDialog record={record} onClose={close} />}
        </SupervisorAction>
    );
};
