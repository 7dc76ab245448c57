import { Typography } from '@mui/material';
import {
    Create,
    FileField,
    FileInput,
    SelectInput,
    SimpleForm,
    required,
    useGetList,
    useNotify,
    useRedirect,
    useTranslate,
} from 'react-admin';

import { useApiSubmit } from '../forms';
import { runEligibilityCheck, type EligibilityPolicy } from './api';

const I = 'resources.eligibility-checks';

interface CheckValues {
    policy: string;
    file: { rawFile: File; title: string } | null;
}

/**
 * 资格核查: a department uploads its list (.xlsx or CSV, a 统一社会信用代码 and/or 企业名称 column, up to 10,000
 * rows) for a policy; the answer is stored and its page shows every row.
 */
export const EligibilityCheckCreate = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const redirect = useRedirect();
    const { data: policies = [] } = useGetList<EligibilityPolicy & { id: string }>('eligibility-policies', {
        pagination: { page: 1, perPage: 100 },
        sort: { field: 'code', order: 'ASC' },
    });
    const submit = useApiSubmit<CheckValues>(
        async values => {
            const check = await runEligibilityCheck(values.policy, values.file!.rawFile);
            notify(`${I}.notifications.checked`, { type: 'info', messageArgs: { total: check.total, eligible: check.eligible } });
            redirect('show', 'eligibility-checks', check.id);
        },
        `${I}.notifications.check_failed`,
        ['policy', 'file']
    );
    return (
        <Create title={`${I}.action.check`}>
            <SimpleForm record={{ policy: '', file: null }} onSubmit={submit}>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                    {translate(`${I}.help.upload`)}
                </Typography>
                <SelectInput
                    source="policy"
                    choices={policies.filter(p => p.active).map(p => ({ id: p.code, name: p.name }))}
                    validate={required()}
                    data-testid="eligibility-policy"
                />
                <FileInput
                    source="file"
                    accept={{
                        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
                        'text/csv': ['.csv'],
                    }}
                    multiple={false}
                    validate={required()}
                    helperText={`${I}.help.file`}
                    inputProps={{ 'aria-label': translate(`${I}.fields.file`), 'data-testid': 'eligibility-file' } as object}
                >
                    <FileField source="src" title="title" />
                </FileInput>
            </SimpleForm>
        </Create>
    );
};
