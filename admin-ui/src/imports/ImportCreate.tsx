import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button, Typography } from '@mui/material';
import { useLocation } from 'react-router-dom';
import {
    Create,
    FileField,
    FileInput,
    FormDataConsumer,
    SaveButton,
    SelectInput,
    SimpleForm,
    Toolbar,
    required,
    useNotify,
    useRedirect,
    useTranslate,
} from 'react-admin';

import { useApiSubmit } from '../forms';
import { recordKindChoices, type RecordKind } from '../records/choices';
import { templateHref, uploadImport } from './api';

const I = 'resources.imports';

interface UploadValues {
    kind: RecordKind | '';
    file: { rawFile: File; title: string } | null;
}

/** The template of the chosen kind: Chinese column headers, one sample row. */
const TemplateLink = ({ kind }: { kind: RecordKind }) => {
    const translate = useTranslate();
    return (
        <Button
            component="a"
            href={templateHref(kind)}
            download
            startIcon={<DownloadIcon />}
            sx={{ mb: 2 }}
            data-testid="import-template"
        >
            {translate(`${I}.action.template`, { kind: translate(`resources.records.kinds.${kind}`) })}
        </Button>
    );
};

/**
 * 导入: a department uploads a workbook (.xlsx) or CSV of one kind of record, from the kind's template. Every row
 * is checked before anything is stored; the import's page then shows the errors, or the progress.
 */
export const ImportCreate = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const redirect = useRedirect();
    // "Upload the fixed file" from an import's page comes with its kind.
    const kind = (useLocation().state as { record?: { kind?: RecordKind } } | null)?.record?.kind ?? '';
    const submit = useApiSubmit<UploadValues>(
        async values => {
            const { importId } = await uploadImport(values.kind as RecordKind, values.file!.rawFile);
            notify(`${I}.notifications.uploaded`, { type: 'info' });
            redirect('show', 'imports', importId);
        },
        `${I}.notifications.upload_failed`,
        ['kind', 'file']
    );
    return (
        <Create title={`${I}.action.upload`}>
            <SimpleForm
                record={{ kind, file: null }}
                onSubmit={submit}
                toolbar={
                    <Toolbar>
                        <SaveButton label={`${I}.action.check`} icon={<UploadFileIcon />} alwaysEnable data-testid="import-upload" />
                    </Toolbar>
                }
            >
                <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
                    {translate(`${I}.help.upload`)}
                </Typography>
                <SelectInput source="kind" choices={recordKindChoices} validate={required()} data-testid="import-kind" />
                <FormDataConsumer<UploadValues>>{({ formData }) => (formData.kind ? <TemplateLink kind={formData.kind} /> : null)}</FormDataConsumer>
                <FileInput
                    source="file"
                    accept={{
                        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
                        'text/csv': ['.csv'],
                    }}
                    multiple={false}
                    validate={required()}
                    helperText={`${I}.help.file`}
                    inputProps={{ 'aria-label': translate(`${I}.fields.file`) }}
                >
                    <FileField source="src" title="title" />
                </FileInput>
            </SimpleForm>
        </Create>
    );
};
