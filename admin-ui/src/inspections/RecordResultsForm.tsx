import type { HTMLAttributes } from 'react';
import { Alert, Box, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import {
    Button,
    DateTimeInput,
    Form,
    RadioButtonGroupInput,
    SelectInput,
    TextInput,
    maxLength,
    required,
    useDataProvider,
    useNotify,
    useRefresh,
    useTranslate,
    type Validator,
} from 'react-admin';
import { useWatch } from 'react-hook-form';

import { errorDetail, errorStatus } from '../api';
import { useCheckItems } from '../checkItems/useCheckItems';
import type { ZongjianDataProvider } from '../dataProvider';
import type { CheckResult, Inspection, InspectionOutcome, ResultsInput } from '../types';
import { checkResultChoices, inspectionOutcomeChoices } from './choices';

const I = 'resources.inspections';

interface ItemValues {
    result: CheckResult | '';
    finding: string;
}

interface RecordValues {
    /** Keyed by check item code. */
    items: Record<string, ItemValues>;
    outcome: InspectionOutcome | '';
    finding: string;
    /** When the team was on site (the input's value: a Date or an ISO string). */
    onSiteAt: Date | string | null;
    onSitePlace: string;
}

// Only an entity not found at its address may leave items without a result (domain/inspections.ts).
const resultRequired: Validator = (value: string, values: RecordValues) =>
    !value && values.outcome !== 'not_found_at_address' ? `${I}.validation.result_required` : undefined;

const findingRequired =
    (code: string): Validator =>
    (value: string, values: RecordValues) =>
        values.items?.[code]?.result === 'non_compliant' && !value?.trim() ? `${I}.validation.finding_required` : undefined;

const notContradicted: Validator = (outcome: string, values: RecordValues) =>
    outcome === 'no_problem' && Object.values(values.items ?? {}).some(item => item.result === 'non_compliant')
        ? `${I}.validation.no_problem_conflict`
        : undefined;

/** As the API allows: a few minutes of clock difference, no more. */
const CLOCK_SKEW_MS = 5 * 60_000;

// A visit has happened: not in the future. (Not before the inspection was drawn or started: the API says so.)
const onSiteTimeValid: Validator = (value: Date | string | null) =>
    value && new Date(value).getTime() > Date.now() + CLOCK_SKEW_MS ? `${I}.validation.on_site_future` : undefined;

/** Now, to the minute: the time a member records on site, which they correct when they record later. */
const thisMinute = () => {
    const now = new Date();
    now.setSeconds(0, 0);
    return now;
};

const initialValues = (inspection: Inspection): RecordValues => ({
    items: Object.fromEntries(
        inspection.checkItemCodes.map(code => {
            const recorded = inspection.results.find(result => result.checkItemCode === code);
            return [code, { result: recorded?.result ?? '', finding: recorded?.finding ?? '' }];
        })
    ),
    outcome: inspection.outcome ?? '',
    finding: inspection.finding ?? '',
    // What was recorded, else now at the entity's registered address: where most visits happen.
    onSiteAt: inspection.onSiteAt ?? thisMinute(),
    onSitePlace: inspection.onSitePlace ?? inspection.entityAddress ?? '',
});

const toInput = (inspection: Inspection, values: RecordValues): ResultsInput => ({
    results: inspection.checkItemCodes.flatMap(code => {
        const item = values.items?.[code];
        if (!item?.result) return [];
        const finding = item.finding?.trim();
        return [
            {
                checkItemCode: code,
                result: item.result,
                ...(item.result === 'non_compliant' && finding ? { finding } : {}),
            },
        ];
    }),
    outcome: values.outcome as InspectionOutcome,
    ...(values.finding?.trim() ? { finding: values.finding.trim() } : {}),
    ...(values.onSiteAt ? { onSiteAt: new Date(values.onSiteAt).toISOString() } : {}),
    ...(values.onSitePlace?.trim() ? { onSitePlace: values.onSitePlace.trim() } : {}),
});

/** One check item: its name and legal basis, the result, and what is wrong when it is non-compliant. */
const CheckItemRow = ({ code }: { code: string }) => {
    const { byCode } = useCheckItems();
    const result = useWatch<RecordValues>({ name: `items.${code}.result` });
    const item = byCode.get(code);
    return (
        <Box
            data-testid={`check-item-${code}`}
            sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 2, py: 1 }}
        >
            <Typography variant="body2" sx={{ fontWeight: 'medium' }}>
                {code} {item?.name}
            </Typography>
            {item && (
                <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                    {item.legalBasis} · {item.method}
                </Typography>
            )}
            <RadioButtonGroupInput
                source={`items.${code}.result`}
                label={`${I}.fields.result`}
                choices={checkResultChoices}
                validate={resultRequired}
            />
            {result === 'non_compliant' && (
                <TextInput
                    source={`items.${code}.finding`}
                    label={`${I}.fields.itemFinding`}
                    validate={[findingRequired(code), maxLength(2000)]}
                    multiline
                    fullWidth
                />
            )}
        </Box>
    );
};

/**
 * A team member records the inspection: a result per check item (a finding for each non-compliant
 * one), the conclusion and what was found. The members then confirm on their tasks; once one has,
 * the API refuses a new recording (409).
 */
export const RecordResultsForm = ({ inspection }: { inspection: Inspection }) => {
    const dataProvider = useDataProvider<ZongjianDataProvider>();
    const notify = useNotify();
    const refresh = useRefresh();
    const translate = useTranslate();
    const [isPending, setPending] = useState(false);
    const [record] = useState(() => initialValues(inspection));

    const submit = async (values: Partial<RecordValues>) => {
        setPending(true);
        try {
            await dataProvider.recordResults(inspection.id, toInput(inspection, values as RecordValues));
            notify(`${I}.notifications.recorded`, { type: 'success' });
            refresh();
        } catch (error) {
            const detail = errorDetail(error);
            notify(`${I}.notifications.record_failed`, {
                type: 'error',
                messageArgs: { detail: translate(detail, { _: detail }) },
            });
            // 409: another member has confirmed meanwhile; show the inspection as it now is.
            if (errorStatus(error) === 409) refresh();
        } finally {
            setPending(false);
        }
    };

    return (
        <Form<RecordValues> record={record} onSubmit={submit}>
            <Stack spacing={1.5} data-testid="record-results">
                <Alert severity="info" role="status">{translate(`${I}.hints.record`)}</Alert>
                <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
                    <DateTimeInput
                        source="onSiteAt"
                        label={`${I}.fields.onSiteAt`}
                        validate={[required(), onSiteTimeValid]}
                        sx={{ minWidth: 220 }}
                    />
                    <TextInput
                        source="onSitePlace"
                        label={`${I}.fields.onSitePlace`}
                        validate={[required(), maxLength(300)]}
                        helperText={`${I}.hints.on_site_place`}
                        fullWidth
                    />
                </Stack>
                {inspection.checkItemCodes.map(code => (
                    <CheckItemRow key={code} code={code} />
                ))}
                <SelectInput
                    source="outcome"
                    label={`${I}.fields.outcome`}
                    choices={inspectionOutcomeChoices}
                    validate={[required(), notContradicted]}
                    fullWidth
                    slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'record-outcome' } as HTMLAttributes<HTMLDivElement> } }}
                />
                <TextInput
                    source="finding"
                    label={`${I}.fields.finding`}
                    validate={maxLength(5000)}
                    multiline
                    minRows={3}
                    fullWidth
                />
                <Box>
                    <Button
                        label={`${I}.action.record`}
                        type="submit"
                        variant="contained"
                        disabled={isPending}
                        data-testid="record-submit"
                    />
                </Box>
            </Stack>
        </Form>
    );
};
