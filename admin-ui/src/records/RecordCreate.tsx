import { Alert, Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
    CheckboxGroupInput,
    Create,
    DateInput,
    FormDataConsumer,
    Link,
    NumberInput,
    SelectInput,
    SimpleForm,
    TextInput,
    maxLength,
    minValue,
    required,
    useDataProvider,
    useGetIdentity,
    usePermissions,
    useTranslate,
    type Validator,
} from 'react-admin';
import { EntityPicker } from '../entities/EntityPicker';

import { DepartmentInput } from '../departments/DepartmentInput';
import { entityShowPath } from '../entities';
import { useApiSubmit } from '../forms';
import { penaltyKindChoices } from '../tasks/choices';
import { shanghaiToday } from '../time';
import type { CollectedRecord } from '../types';
import { recordKindChoices, type RecordKind } from './choices';

const R = 'resources.records';

/** The form's values: every kind's fields, of which the chosen kind's are sent. */
interface RecordValues {
    kind: RecordKind | '';
    creditCode: string;
    department: string;
    occurredOn: string;
    key?: string;
    licenseItem?: string;
    licenseNo?: string;
    validFrom?: string | null;
    validTo?: string | null;
    decisionNo?: string;
    penaltyItem?: string;
    legalBasis?: string;
    penaltyKinds?: string[];
    fineAmount?: number | null;
    summary?: string;
    checkItems?: string;
    result?: string;
    findings?: string;
    court?: string;
    documentNo?: string;
    measure?: string;
    personName?: string;
    personIdNo?: string;
    amount?: number | null;
    channel?: string;
    outcome?: string;
    complainantName?: string;
    complainantIdNo?: string;
    complainantPhone?: string;
}

/**
 * Each kind's own fields (api/ext/records.ts ITEM_SCHEMAS) and the one that is its natural key: a license,
 * decision or document number is the key itself; a check or a complaint has a record number of its own.
 */
const KIND_FIELDS: Record<RecordKind, { key: keyof RecordValues; fields: Array<keyof RecordValues> }> = {
    license: { key: 'licenseNo', fields: ['licenseItem', 'licenseNo', 'validFrom', 'validTo'] },
    penalty: { key: 'decisionNo', fields: ['decisionNo', 'penaltyItem', 'legalBasis', 'penaltyKinds', 'fineAmount', 'summary'] },
    inspection: { key: 'key', fields: ['key', 'checkItems', 'result', 'findings'] },
    judicial_assistance: { key: 'documentNo', fields: ['court', 'documentNo', 'measure', 'personName', 'personIdNo', 'amount'] },
    complaint: { key: 'key', fields: ['key', 'channel', 'summary', 'outcome', 'complainantName', 'complainantIdNo', 'complainantPhone'] },
};

const ALL_FIELDS = ['kind', 'creditCode', 'department', 'occurredOn', ...new Set(Object.values(KIND_FIELDS).flatMap(k => k.fields))];

const isBlank = (value: unknown) => value === undefined || value === null || value === '' || (typeof value === 'number' && Number.isNaN(value)) || (Array.isArray(value) && value.length === 0);

/** Check items are written one a line (or separated by 、；). */
const splitItems = (text: string) =>
    text
        .split(/[\n；;、]/)
        .map(item => item.trim())
        .filter(Boolean);

/** The body of `POST /api/v1/records`: the kind, the shared fields and the kind's own, blanks left out. */
const toEntry = (values: RecordValues) => {
    const kind = values.kind as RecordKind;
    const { key, fields } = KIND_FIELDS[kind];
    const entry: Record<string, unknown> = {
        kind,
        creditCode: values.creditCode,
        department: values.department,
        occurredOn: values.occurredOn,
    };
    for (const field of fields) {
        const value = values[field];
        if (isBlank(value)) continue;
        entry[field] = field === 'checkItems' ? splitItems(String(value)) : typeof value === 'string' ? value.trim() : value;
    }
    entry.key = typeof values[key] === 'string' ? (values[key] as string).trim() : values[key];
    return entry;
};

// DateInput values are `YYYY-MM-DD`, so string order is date order.
const notBeforeValidFrom: Validator = (validTo: string | null, values: RecordValues) =>
    validTo && values.validFrom && validTo < values.validFrom ? `${R}.validation.valid_to_before_from` : undefined;

const line = (max: number, needed = false) => (needed ? [required(), maxLength(max)] : [maxLength(max)]);

/** The inputs of one kind, shown once the kind is chosen. */
const KindInputs = ({ kind }: { kind: RecordKind }) => {
    switch (kind) {
        case 'license':
            return (
                <>
                    <TextInput source="licenseItem" validate={line(100, true)} helperText={`${R}.help.licenseItem`} fullWidth />
                    <TextInput source="licenseNo" validate={line(64, true)} />
                    <Stack direction="row" gap={2}>
                        <DateInput source="validFrom" />
                        <DateInput source="validTo" validate={notBeforeValidFrom} />
                    </Stack>
                </>
            );
        case 'penalty':
            return (
                <>
                    <TextInput source="decisionNo" validate={line(100, true)} helperText={`${R}.help.decisionNo`} fullWidth />
                    <TextInput source="penaltyItem" validate={line(200, true)} fullWidth />
                    <TextInput source="legalBasis" validate={line(300, true)} helperText={`${R}.help.legalBasis`} fullWidth />
                    <CheckboxGroupInput source="penaltyKinds" choices={penaltyKindChoices} />
                    <NumberInput source="fineAmount" validate={minValue(0)} helperText={`${R}.help.yuan`} />
                    <TextInput source="summary" label={`${R}.fields.penaltySummary`} validate={maxLength(2000)} multiline minRows={2} fullWidth />
                </>
            );
        case 'inspection':
            return (
                <>
                    <TextInput source="key" label={`${R}.fields.inspectionNo`} validate={line(150, true)} fullWidth />
                    <TextInput source="checkItems" validate={required()} helperText={`${R}.help.checkItems`} multiline minRows={2} fullWidth />
                    <TextInput source="result" validate={line(64, true)} helperText={`${R}.help.result`} />
                    <TextInput source="findings" validate={maxLength(5000)} multiline minRows={2} fullWidth />
                </>
            );
        case 'judicial_assistance':
            return (
                <>
                    <TextInput source="court" validate={line(100, true)} fullWidth />
                    <TextInput source="documentNo" validate={line(100, true)} fullWidth />
                    <TextInput source="measure" validate={line(100, true)} helperText={`${R}.help.measure`} />
                    <Stack direction="row" gap={2}>
                        <TextInput source="personName" validate={maxLength(64)} />
                        <TextInput source="personIdNo" validate={maxLength(32)} />
                    </Stack>
                    <NumberInput source="amount" validate={minValue(0)} helperText={`${R}.help.yuan`} />
                </>
            );
        case 'complaint':
            return (
                <>
                    <TextInput source="key" label={`${R}.fields.complaintNo`} validate={line(150, true)} fullWidth />
                    <TextInput source="channel" validate={line(32, true)} helperText={`${R}.help.channel`} />
                    <TextInput source="summary" label={`${R}.fields.complaintSummary`} validate={[required(), maxLength(5000)]} multiline minRows={2} fullWidth />
                    <TextInput source="outcome" validate={maxLength(2000)} fullWidth />
                    <Stack direction="row" gap={2}>
                        <TextInput source="complainantName" validate={maxLength(64)} />
                        <TextInput source="complainantIdNo" validate={maxLength(32)} />
                        <TextInput source="complainantPhone" validate={maxLength(32)} />
                    </Stack>
                </>
            );
    }
};

/** What was saved, and the way to the entity's dossier. */
const Saved = ({ saved, onNext }: { saved: CollectedRecord & { status: 'stored' | 'merged' }; onNext: () => void }) => {
    const translate = useTranslate();
    return (
        <Alert
            severity="success"
            sx={{ mb: 2 }}
            data-testid="record-saved"
            action={
                <Button color="inherit" size="small" onClick={onNext}>
                    {translate(`${R}.action.next`)}
                </Button>
            }
        >
            <Typography variant="body2">
                {translate(`${R}.notifications.${saved.status}`, {
                    kind: translate(`${R}.kinds.${saved.kind}`),
                    key: saved.key,
                    entity: saved.entity.name,
                })}
            </Typography>
            <Link to={entityShowPath(saved.entity.creditCode)} data-testid="record-dossier-link">
                {translate(`${R}.action.open_dossier`, { entity: saved.entity.name })}
            </Link>
        </Alert>
    );
};


/**
 * 在线录入: one collected record, entered by a clerk or supervisor for their department (the administrator for
 * any): the kind first, then its fields; the entity found by a fragment of its name or its credit code. The API
 * checks it as it checks a pushed record; the same number again updates the record (merged).
 */
export const RecordCreate = () => {
    const dataProvider = useDataProvider();
    const translate = useTranslate();
    const { permissions } = usePermissions();
    const { data: identity } = useGetIdentity();
    const own = identity?.department as { code: string; name: string } | undefined;
    const isAdmin = Array.isArray(permissions) && permissions.includes('admin');
    const [saved, setSaved] = useState<(CollectedRecord & { status: 'stored' | 'merged' }) | null>(null);
    const [formKey, setFormKey] = useState(0);

    const submit = useApiSubmit<RecordValues>(
        async values => {
            const { data } = await dataProvider.create('records', { data: toEntry(values) });
            setSaved(data as unknown as CollectedRecord & { status: 'stored' | 'merged' });
        },
        `${R}.notifications.create_failed`,
        ALL_FIELDS
    );

    if (!own) return null;
    const record: RecordValues = { kind: '', creditCode: '', department: own.code, occurredOn: shanghaiToday() };
    return (
        <Create title={`${R}.action.create`}>
            {saved && (
                <Saved
                    saved={saved}
                    onNext={() => {
                        setSaved(null);
                        setFormKey(formKey + 1);
                    }}
                />
            )}
            <SimpleForm key={formKey} record={record} onSubmit={submit}>
                <SelectInput source="kind" choices={recordKindChoices} validate={required()} data-testid="record-kind" />
                <FormDataConsumer<RecordValues>>
                    {({ formData }) =>
                        formData.kind ? (
                            <>
                                <EntityPicker label={`${R}.fields.entity`} helperText={`${R}.help.entity`} testId="record-entity" />
                                {isAdmin ? (
                                    <DepartmentInput source="department" validate={required()} />
                                ) : (
                                    <Typography variant="body2" sx={{ mb: 2 }} data-testid="record-department">
                                        {translate(`${R}.departmentLine`, { department: own.name })}
                                    </Typography>
                                )}
                                <DateInput source="occurredOn" label={`${R}.occurredOn.${formData.kind}`} validate={required()} />
                                <KindInputs kind={formData.kind} />
                            </>
                        ) : null
                    }
                </FormDataConsumer>
            </SimpleForm>
        </Create>
    );
};
