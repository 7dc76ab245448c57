import { Alert, Box, Card, CardContent, CardHeader, Grid, Stack, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import {
    AutocompleteArrayInput,
    Button,
    CheckboxGroupInput,
    Create,
    DateInput,
    Form,
    HttpError,
    NumberInput,
    RadioButtonGroupInput,
    SelectArrayInput,
    SelectInput,
    TextInput,
    maxLength,
    minValue,
    number,
    required,
    useDataProvider,
    useGetIdentity,
    useNotify,
    useRedirect,
    useTranslate,
    type Validator,
    useRecordFromLocation,
} from 'react-admin';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';

import { errorDetail, fieldMessage } from '../api';
import { useCheckItems } from '../checkItems/useCheckItems';
import { useDepartments } from '../departments/useDepartmentNames';
import { useLicenseItems } from '../licenseItems/useLicenseItems';
import { useRegions } from '../regions/useRegions';
import { DRAW_MODES, RISK_CLASSES, type CheckItem, type Problem } from '../types';
import { riskClassChoices } from './choices';
import { listTypeChoices } from '../creditListings/choices';
import { PlanPreview } from './PlanPreview';
import {
    STEP_FIELDS,
    defaultPlanValues,
    mapFieldErrors,
    stepOf,
    toPlanInput,
    type PlanFormValues,
} from './planForm';
import { LoadingBar } from '../LoadingBar';

const STEPS = ['basics', 'pool', 'inspectors'] as const;
const LAST_STEP = STEPS.length - 1;
const P = 'resources.inspection-plans';

// DateInput values are `YYYY-MM-DD`, so string order is date order.
const notBeforePeriodFrom: Validator = (periodTo: string, values: PlanFormValues) =>
    periodTo && values.periodFrom && periodTo < values.periodFrom ? `${P}.validation.period_order` : undefined;

const percent: Validator = (value: number | null) =>
    value === null || value === undefined || (value > 0 && value <= 100) ? undefined : `${P}.validation.ratio_range`;

const integer: Validator = (value: number | null) =>
    value === null || value === undefined || Number.isInteger(value) ? undefined : 'ra.validation.number';

const oneStratum: Validator = (mode: string, values: PlanFormValues) =>
    mode === 'risk' && RISK_CLASSES.every(key => values.ratios?.[key] === null || values.ratios?.[key] === undefined)
        ? `${P}.validation.one_stratum`
        : undefined;

const stratumModeChoices = [
    { id: 'risk', name: `${P}.strata.by_risk` },
    { id: 'all', name: `${P}.strata.all` },
];
const allByChoices = [
    { id: 'ratio', name: `${P}.strata.by_ratio` },
    { id: 'count', name: `${P}.strata.by_count` },
];

const checkItemText = (item: CheckItem) => `${item.code} ${item.name}`;

/** Step 1: what is checked (the items, of my department and of the joint ones), when, under what title. */
const BasicsStep = () => {
    const { data: identity } = useGetIdentity();
    const myDepartment = (identity?.department as { code?: string } | undefined)?.code;
    const { departments } = useDepartments();
    const { checkItems, isPending } = useCheckItems();
    const { setValue, getValues } = useFormContext<PlanFormValues>();
    const joint = useWatch<PlanFormValues, 'jointDepartmentCodes'>({ name: 'jointDepartmentCodes' });
    const allowed = new Set([myDepartment, ...(joint ?? [])]);
    const choices = checkItems.filter(item => allowed.has(item.departmentCode));
    const allowedKey = [...allowed].join(',');

    // An item of a department no longer joined cannot stay chosen.
    useEffect(() => {
        if (isPending || !myDepartment) return;
        const chosen = getValues('checkItemCodes') ?? [];
        const kept = chosen.filter(code => checkItems.some(item => item.code === code && allowed.has(item.departmentCode)));
        if (kept.length !== chosen.length) setValue('checkItemCodes', kept, { shouldDirty: true });
        // `allowed` is rebuilt every render; `allowedKey` is its content.
    }, [allowedKey, isPending, checkItems, myDepartment, getValues, setValue]);

    return (
        <>
            <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
                <DateInput source="periodFrom" validate={required()} />
                <DateInput source="periodTo" validate={[required(), notBeforePeriodFrom]} />
            </Stack>
            <AutocompleteArrayInput
                source="jointDepartmentCodes"
                choices={departments.filter(department => department.code !== myDepartment)}
                optionValue="code"
                optionText="name"
                translateChoice={false}
                fullWidth
            />
            {isPending || !identity ? (
                <LoadingBar />
            ) : (
                <CheckboxGroupInput
                    source="checkItemCodes"
                    choices={choices}
                    optionValue="code"
                    optionText={checkItemText}
                    translateChoice={false}
                    row={false}
                    validate={required()}
                    helperText={choices.length ? `${P}.help.checkItemCodes` : `${P}.help.no_check_items`}
                />
            )}
        </>
    );
};

/** Step 2: which entities make the pool, and how much of each stratum is drawn. */
const PoolStep = () => {
    const translate = useTranslate();
    const mode = useWatch<PlanFormValues, 'stratumMode'>({ name: 'stratumMode' });
    const allBy = useWatch<PlanFormValues, 'allBy'>({ name: 'allBy' });
    const { choices: townChoices } = useRegions();
    const { choices: licenseItemChoices } = useLicenseItems();
    return (
        <>
            <SelectArrayInput
                source="regionCodes"
                label={`${P}.fields.regionCodes`}
                choices={townChoices}
                translateChoice={false}
                helperText={`${P}.help.regionCodes`}
                fullWidth
            />
            <CheckboxGroupInput
                source="riskClasses"
                label={`${P}.fields.riskClasses`}
                choices={riskClassChoices}
                helperText={`${P}.help.riskClasses`}
            />
            <AutocompleteArrayInput
                source="licenseItemCodes"
                label={`${P}.fields.licenseItemCodes`}
                choices={licenseItemChoices}
                translateChoice={false}
                helperText={`${P}.help.licenseItemCodes`}
                fullWidth
            />
            <CheckboxGroupInput
                source="listTypes"
                label={`${P}.fields.listTypes`}
                choices={listTypeChoices}
                helperText={`${P}.help.listTypes`}
            />
            <RadioButtonGroupInput
                source="stratumMode"
                label={`${P}.strata.mode`}
                choices={stratumModeChoices}
                validate={oneStratum}
            />
            {mode === 'all' ? (
                <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }} sx={{ alignItems: { sm: 'center' } }}>
                    <RadioButtonGroupInput source="allBy" label={`${P}.strata.all_by`} choices={allByChoices} />
                    {allBy === 'count' ? (
                        <NumberInput
                            key="allCount"
                            source="allCount"
                            label={`${P}.strata.count`}
                            validate={[required(), number(), integer, minValue(1)]}
                            min={1}
                            step={1}
                        />
                    ) : (
                        <NumberInput
                            key="allRatio"
                            source="allRatio"
                            label={`${P}.strata.ratio`}
                            validate={[required(), number(), percent]}
                            min={0}
                            max={100}
                        />
                    )}
                </Stack>
            ) : (
                <>
                    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
                        {RISK_CLASSES.map(key => (
                            <NumberInput
                                key={key}
                                source={`ratios.${key}`}
                                label={translate(`${P}.strata.class_ratio`, { key })}
                                validate={[number(), percent]}
                                min={0}
                                max={100}
                            />
                        ))}
                    </Stack>
                    <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                        {translate(`${P}.strata.risk_help`)}
                    </Typography>
                </>
            )}
        </>
    );
};

/** Step 3: who inspects: the team size, who draws, and from which grids. */
const InspectorsStep = () => {
    const translate = useTranslate();
    const { departments } = useDepartments();
    const { choices: townChoices } = useRegions();
    const drawMode = useWatch<PlanFormValues, 'drawMode'>({ name: 'drawMode' });
    const drawModeChoices = DRAW_MODES.map(id => ({ id }));
    return (
        <>
            <NumberInput
                source="teamSize"
                validate={[required(), number(), integer, minValue(2, `${P}.validation.team_size`)]}
                min={2}
                step={1}
            />
            <RadioButtonGroupInput
                source="drawMode"
                choices={drawModeChoices}
                row={false}
                validate={required()}
                optionText={(choice: { id: string }) => (
                    <Box sx={{ py: 0.5 }}>
                        <Typography variant="body2">{translate(`${P}.drawModes.${choice.id}`)}</Typography>
                        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                            {translate(`${P}.drawModeHelp.${choice.id}`)}
                        </Typography>
                    </Box>
                )}
            />
            {drawMode !== 'planning' && (
                <SelectInput
                    source="receivingDepartmentCode"
                    choices={departments.filter(department => department.kind === 'bureau')}
                    optionValue="code"
                    optionText="name"
                    translateChoice={false}
                    validate={required()}
                    fullWidth
                />
            )}
            <SelectArrayInput
                source="inspectorRegionCodes"
                label={`${P}.fields.inspectorRegionCodes`}
                choices={townChoices}
                translateChoice={false}
                helperText={`${P}.help.inspectorRegionCodes`}
                fullWidth
            />
        </>
    );
};

/** The step buttons: back, next (checks the step's fields first), and create on the last step. */
const WizardButtons = ({ step, setStep }: { step: number; setStep: (step: number) => void }) => {
    const { trigger } = useFormContext<PlanFormValues>();
    const { isSubmitting } = useFormState();
    const next = async () => {
        if (await trigger(STEP_FIELDS[step] as (keyof PlanFormValues)[])) setStep(step + 1);
    };
    return (
        <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
            <Button
                label={`${P}.action.back`}
                onClick={() => setStep(step - 1)}
                disabled={step === 0}
                data-testid="wizard-back"
            />
            {/* Distinct keys: the button that was clicked for "next" must not turn into the submit button
                before the browser finishes handling the click, or that click would submit the form. */}
            {step < LAST_STEP ? (
                <Button
                    key="next"
                    label={`${P}.action.next`}
                    variant="contained"
                    onClick={() => void next()}
                    data-testid="wizard-next"
                />
            ) : (
                <Button
                    key="submit"
                    label={`${P}.action.create`}
                    type="submit"
                    variant="contained"
                    disabled={isSubmitting}
                    data-testid="wizard-submit"
                />
            )}
        </Stack>
    );
};

/**
 * After a submit that failed (the browser's checks or the API's), shows the step with the first
 * error, and marks every step that has one.
 */
const useStepsWithErrors = (setStep: (step: number) => void) => {
    const { errors, submitCount } = useFormState<PlanFormValues>();
    const fields = Object.keys(errors).flatMap(key => {
        const value = (errors as Record<string, unknown>)[key];
        // `ratios` holds one error per class.
        return key === 'ratios' && value && typeof value === 'object'
            ? Object.keys(value).map(sub => `${key}.${sub}`)
            : [key];
    });
    const steps = new Set(fields.map(stepOf));
    const firstStep = steps.size ? Math.min(...steps) : undefined;
    const seen = useRef(submitCount);
    useEffect(() => {
        if (submitCount === seen.current) return;
        seen.current = submitCount;
        if (firstStep !== undefined) setStep(firstStep);
    }, [submitCount, firstStep, setStep]);
    return steps;
};

const WizardBody = ({
    step,
    setStep,
    unmatched,
}: {
    step: number;
    setStep: (step: number) => void;
    unmatched: string[];
}) => {
    const translate = useTranslate();
    const stepsWithErrors = useStepsWithErrors(setStep);
    return (
        <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: step > 0 ? 8 : 12 }}>
                <Stepper activeStep={step} sx={{ mb: 3 }} data-testid="plan-wizard-steps">
                    {STEPS.map((name, index) => (
                        <Step key={name} completed={index < step}>
                            <StepLabel error={stepsWithErrors.has(index)}>{translate(`${P}.steps.${name}`)}</StepLabel>
                        </Step>
                    ))}
                </Stepper>
                {unmatched.length > 0 && (
                    <Alert severity="error" sx={{ mb: 2 }}>
                        {unmatched.map(message => (
                            <div key={message}>{message}</div>
                        ))}
                    </Alert>
                )}
                {/* Every step stays mounted, so its values and its checks are there on the final submit. */}
                <Box hidden={step !== 0} data-testid="plan-step-basics">
                    <BasicsStep />
                </Box>
                <Box hidden={step !== 1} data-testid="plan-step-pool">
                    <PoolStep />
                </Box>
                <Box hidden={step !== 2} data-testid="plan-step-inspectors">
                    <InspectorsStep />
                </Box>
                <WizardButtons step={step} setStep={setStep} />
            </Grid>
            {step > 0 && (
                <Grid size={{ xs: 12, md: 4 }}>
                    <Card variant="outlined">
                        <CardHeader
                            title={translate(`${P}.preview.title`)}
                            slotProps={{ title: { variant: 'subtitle1' } }}
                        />
                        <CardContent sx={{ pt: 0 }}>
                            <PlanPreview />
                        </CardContent>
                    </Card>
                </Grid>
            )}
        </Grid>
    );
};

/**
 * 新建抽查计划: a three-step wizard (basics; entity pool and sampling; inspectors) with a live preview
 * of what the plan would draw. The API's field errors are shown on their inputs, and the wizard goes
 * back to the first step that has one.
 */
export const PlanCreate = () => {
    const dataProvider = useDataProvider();
    const notify = useNotify();
    const redirect = useRedirect();
    const translate = useTranslate();
    const [step, setStep] = useState(0);
    const [unmatched, setUnmatched] = useState<string[]>([]);
    // "Plan again" on an understaffed plan's page opens the wizard with that plan's values (planValuesOf).
    const fromPlan = useRecordFromLocation() as PlanFormValues | null;
    const [initialValues] = useState(() => fromPlan ?? defaultPlanValues());

    // Returns the errors per field; react-admin's Form puts them on the inputs.
    const submit = async (values: Partial<PlanFormValues>) => {
        // Enter in a field of an earlier step moves on rather than creating the plan.
        if (step < LAST_STEP) {
            setStep(step + 1);
            return undefined;
        }
        setUnmatched([]);
        try {
            const { data } = await dataProvider.create('inspection-plans', {
                data: toPlanInput(values as PlanFormValues),
            });
            notify(`${P}.notifications.created`, { type: 'success' });
            redirect('show', 'inspection-plans', data.id);
            return undefined;
        } catch (error) {
            const detail = errorDetail(error);
            notify(`${P}.notifications.create_failed`, {
                type: 'error',
                messageArgs: { detail: translate(detail, { _: detail }) },
            });
            const problem = error instanceof HttpError ? (error.body as Problem | undefined) : undefined;
            // Each field's error in the user's words (its rule's or problem's code), not the server's English.
            const { byField, unmatched: others } = mapFieldErrors((problem?.errors ?? []).map(e => ({ field: e.field, message: fieldMessage(e) })));
            setUnmatched(others);
            return Object.keys(byField).length ? byField : undefined;
        }
    };

    return (
        <Create>
            <Form<PlanFormValues>
                record={initialValues}
                onSubmit={submit}
                disableInvalidFormNotification
                noValidate
            >
                <Box sx={{ p: 2 }}>
                    <WizardBody step={step} setStep={setStep} unmatched={unmatched} />
                </Box>
            </Form>
        </Create>
    );
};
