import type { HTMLAttributes, ReactNode } from 'react';
import { Box, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import {
    Button,
    DateInput,
    Form,
    FormDataConsumer,
    NumberInput,
    SelectInput,
    TextInput,
    minValue,
    required,
    useTranslate,
    type Validator,
} from 'react-admin';

import { PenaltyItemInput } from '../catalogs/PenaltyItemInput';
import { MeasuresTable } from '../punishmentMeasures/MeasuresTable';
import type { Completion, Outcome, PenaltyKind, Task } from '../types';
import { WarningLevelField } from '../warnings/WarningLevelField';
import { candidateText } from './candidates';
import { outcomeChoices, penaltyKindChoices } from './choices';
import { stopPropagation } from './stopPropagation';
import { PUNISHMENT_TYPES, requiresComment } from './taskRules';
import { useTaskAction } from './useTaskAction';

interface CompletionValues {
    outcome: Outcome | '';
    comment?: string;
    licenseNo?: string;
    validFrom?: string;
    validTo?: string;
    decisionNo?: string;
    penaltyKind?: PenaltyKind;
    penaltyItem?: string;
    amount?: number | null;
    chosenCreditCode?: string;
}

// DateInput values are `YYYY-MM-DD`, so string order is date order.
const notBeforeValidFrom = (validTo: string | undefined, values: CompletionValues) =>
    validTo && values.validFrom && validTo < values.validFrom
        ? 'resources.tasks.validation.validTo_before_validFrom'
        : undefined;

// 罚款 needs its amount; the other kinds may name one (没收违法所得) or not.
const amountForFine: Validator = (amount: number | null | undefined, values: CompletionValues) =>
    values.penaltyKind === 'fine' && (amount === null || amount === undefined) ? 'ra.validation.required' : undefined;

// The API trims the comment, so spaces alone are no comment.
const notBlank: Validator = (comment: string | undefined) => (comment?.trim() ? undefined : 'ra.validation.required');

/**
 * What the decision is about, in the dialog itself: the measures to apply or lift, or the warning's
 * level and reason. The task page shows them too, but the dialog covers it.
 */
const CompletionBrief = ({ task }: { task: Task }) => {
    const translate = useTranslate();
    if (PUNISHMENT_TYPES.includes(task.type) && task.data.measures?.length) {
        return (
            <Box sx={{ mb: 2 }} data-testid="complete-brief">
                <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                    {translate('resources.tasks.fields.measures')}
                </Typography>
                <MeasuresTable measures={task.data.measures} testId="complete-measures" />
            </Box>
        );
    }
    if (task.type === 'warningHandling' && (task.data.level || task.data.reason)) {
        return (
            <Stack spacing={1} sx={{ mb: 2, alignItems: 'flex-start' }} data-testid="complete-brief">
                {task.data.level && <WarningLevelField level={task.data.level} />}
                {task.data.reason && (
                    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                        {task.data.reason}
                    </Typography>
                )}
            </Stack>
        );
    }
    return null;
};

const hasAmount = (amount: number | null | undefined): amount is number =>
    amount !== null && amount !== undefined && !Number.isNaN(amount);

const toCompletion = ({
    outcome,
    comment,
    licenseNo,
    validFrom,
    validTo,
    decisionNo,
    penaltyKind,
    penaltyItem,
    amount,
    chosenCreditCode,
}: CompletionValues): Completion => ({
    outcome: outcome as Outcome,
    ...(comment?.trim() ? { comment: comment.trim() } : {}),
    // 已发证 also records the license that was issued.
    ...(outcome === 'issued' && licenseNo && validFrom && validTo
        ? { data: { licenseNo: licenseNo.trim(), validFrom, validTo } }
        : {}),
    // 给予处罚 also records the decision: its number, the penalty item (F1), the kind of penalty and the fine.
    ...(outcome === 'penalty' && decisionNo && penaltyKind
        ? { data: { decisionNo: decisionNo.trim(), penaltyKind, ...(penaltyItem ? { penaltyItem } : {}), ...(hasAmount(amount) ? { amount } : {}) } }
        : {}),
    // 已选定主体 (an imported row's entity among those of its name) names the one chosen.
    ...(outcome === 'matched' && chosenCreditCode ? { data: { creditCode: chosenCreditCode } } : {}),
});

/** The inputs an outcome needs (a license's number and validity, a penalty's decision), shown once it is chosen. */
const OutcomeFields = ({ outcome, children }: { outcome: string; children: ReactNode }) => (
    <FormDataConsumer<CompletionValues>>{({ formData }) => formData.outcome === outcome && <>{children}</>}</FormDataConsumer>
);

export const CompleteDialog = ({ task, onClose, onCompleted }: { task: Task; onClose: () => void; onCompleted?: () => void }) => {
    const translate = useTranslate();
    const { run, isPending } = useTaskAction('complete');
    const choices = outcomeChoices.filter(choice => task.allowedOutcomes.includes(choice.id));
    const commentRequired = requiresComment(task);
    // The form starts from these values, not from the task that is in the record context.
    const initialValues: CompletionValues = {
        outcome: choices.length === 1 ? choices[0].id : '',
        comment: '',
    };

    // The form does not submit until its validators pass, so the required values are there.
    const submit = async (values: Partial<CompletionValues>) => {
        if (await run(api => api.completeTask(task.id, toCompletion(values as CompletionValues)))) {
            onClose();
            onCompleted?.();
        }
    };

    return (
        <Dialog
            open
            onClose={onClose}
            onClick={stopPropagation}
            fullWidth
            maxWidth="sm"
            aria-labelledby="complete-dialog-title"
        >
            <Form<CompletionValues> record={initialValues} onSubmit={submit}>
                <DialogTitle id="complete-dialog-title">
                    {translate('resources.tasks.dialogs.complete_title', { title: task.title })}
                </DialogTitle>
                <DialogContent>
                    <CompletionBrief task={task} />
                    <SelectInput
                        source="outcome"
                        label="resources.tasks.fields.outcome"
                        choices={choices}
                        validate={required()}
                        fullWidth
                        slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'outcome-select' } as HTMLAttributes<HTMLDivElement> } }}
                    />
                    <OutcomeFields outcome="issued">
                        <TextInput
                            source="licenseNo"
                            label="resources.tasks.fields.licenseNo"
                            validate={required()}
                            fullWidth
                        />
                        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
                            <DateInput
                                source="validFrom"
                                label="resources.tasks.fields.validFrom"
                                validate={required()}
                                fullWidth
                            />
                            <DateInput
                                source="validTo"
                                label="resources.tasks.fields.validTo"
                                validate={[required(), notBeforeValidFrom]}
                                fullWidth
                            />
                        </Stack>
                    </OutcomeFields>
                    <OutcomeFields outcome="penalty">
                        <TextInput
                            source="decisionNo"
                            label="resources.tasks.fields.decisionNo"
                            validate={required()}
                            fullWidth
                        />
                        <PenaltyItemInput departmentCode={task.department?.code} />
                        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
                            <SelectInput
                                source="penaltyKind"
                                label="resources.tasks.fields.penaltyKind"
                                choices={penaltyKindChoices}
                                validate={required()}
                                fullWidth
                            />
                            <NumberInput
                                source="amount"
                                label="resources.tasks.fields.amount"
                                validate={[amountForFine, minValue(0)]}
                                min={0}
                                fullWidth
                            />
                        </Stack>
                    </OutcomeFields>
                    <OutcomeFields outcome="matched">
                        <SelectInput
                            source="chosenCreditCode"
                            label="resources.tasks.fields.chosenEntity"
                            choices={(task.data.candidates ?? []).map(c => ({ id: c.creditCode, name: candidateText(c) }))}
                            translateChoice={false}
                            validate={required()}
                            fullWidth
                        />
                    </OutcomeFields>
                    <TextInput
                        source="comment"
                        label="resources.tasks.fields.comment"
                        validate={commentRequired ? notBlank : undefined}
                        // The asterisk of a required input, which a custom validator does not add by itself.
                        isRequired={commentRequired}
                        helperText={commentRequired ? `resources.tasks.commentHelp.${task.type}` : undefined}
                        multiline
                        minRows={3}
                        fullWidth
                        data-testid="complete-comment"
                    />
                </DialogContent>
                <DialogActions>
                    <Button label="ra.action.cancel" onClick={onClose} />
                    <Button
                        label="resources.tasks.action.complete"
                        type="submit"
                        variant="contained"
                        disabled={isPending}
                        data-testid="complete-submit"
                    />
                </DialogActions>
            </Form>
        </Dialog>
    );
};
