import { Grid, Typography } from '@mui/material';
import {
    FunctionField,
    SelectField,
    Show,
    TextField,
    TopToolbar,
    useRecordContext,
    useTranslate,
} from 'react-admin';

import { useDepartments } from '../departments/useDepartmentNames';
import { FieldsSection, Section } from '../Section';
import { outcomeChoices, penaltyKindChoices } from '../tasks/choices';
import { personName } from '../tasks/personName';
import { formatShanghaiTime } from '../time';
import type { EnforcementCase } from '../types';
import { caseStageChoices } from './choices';
import { DeadlineField } from './DeadlineField';
import { ExtendButton, RequestExtensionButton } from './ExtendButton';

const C = 'resources.cases';

const CaseTitle = () => {
    const record = useRecordContext<EnforcementCase>();
    const translate = useTranslate();
    if (!record) return null;
    return <span>{`${translate(`${C}.name`, { smart_count: 1 })} · ${record.entityName}`}</span>;
};

const CaseShowActions = () => (
    <TopToolbar>
        <RequestExtensionButton />
        <ExtendButton />
    </TopToolbar>
);

const mono = { fontFamily: 'monospace' };

const CaseDetails = () => {
    const record = useRecordContext<EnforcementCase>();
    const translate = useTranslate();
    const { nameOf: departmentName } = useDepartments();
    if (!record) return null;
    return (
        <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 6 }}>
                <FieldsSection title={`${C}.sections.case`}>
                    <TextField source="entityName" />
                    <TextField source="creditCode" sx={mono} />
                    <FunctionField<EnforcementCase>
                        source="departmentCode"
                        render={row => departmentName(row.departmentCode)}
                    />
                    <SelectField source="stage" choices={caseStageChoices} data-testid="case-stage" />
                    {record.parties && record.parties.length > 0 && (
                        <FunctionField<EnforcementCase>
                            source="parties"
                            render={row => (
                                <span data-testid="case-parties">
                                    {row.parties!.map(person => personName(translate, person.displayName, person.department.name)).join('、')}
                                </span>
                            )}
                        />
                    )}
                </FieldsSection>
                {record.extensionRequest && (
                    <Section title={`${C}.sections.extension`}>
                        <Typography variant="body2" data-testid="case-extension-request">
                            {translate(`${C}.request_text`, {
                                name: record.extensionRequest.requestedBy.displayName,
                                department: record.extensionRequest.requestedBy.department.name,
                                reason: record.extensionRequest.reason,
                            })}
                        </Typography>
                        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                            {formatShanghaiTime(record.extensionRequest.requestedAt)}
                        </Typography>
                    </Section>
                )}
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
                <FieldsSection title={`${C}.sections.deadlines`}>
                    <DeadlineField source="filingDueAt" label={`${C}.fields.filingDueAt`} />
                    <FunctionField<EnforcementCase> source="filedAt" render={row => formatShanghaiTime(row.filedAt) || '—'} />
                    <DeadlineField source="decisionDueAt" label={`${C}.fields.decisionDueAt`} />
                    <FunctionField<EnforcementCase>
                        source="decidedAt"
                        render={row => formatShanghaiTime(row.decidedAt) || '—'}
                    />
                </FieldsSection>
                <FieldsSection title={`${C}.sections.decision`}>
                    <SelectField source="outcome" choices={outcomeChoices} emptyText="—" />
                    {record.penalty && <TextField source="penalty.decisionNo" label={`${C}.fields.decisionNo`} />}
                    {/* The penalty item as it read when the decision was taken (its version), not as it reads now. */}
                    {record.penalty?.penaltyItem && <TextField source="penalty.penaltyItem.name" label={`${C}.fields.penaltyItem`} />}
                    {record.penalty?.penaltyItem && <TextField source="penalty.penaltyItem.legalBasis" label={`${C}.fields.penaltyItemLegalBasis`} data-testid="case-penalty-basis" />}
                    {record.penalty && (
                        <SelectField
                            source="penalty.penaltyKind"
                            label={`${C}.fields.penaltyKind`}
                            choices={penaltyKindChoices}
                        />
                    )}
                    {record.penalty?.amount !== undefined && record.penalty?.amount !== null && (
                        <FunctionField<EnforcementCase>
                            source="penalty.amount"
                            label={`${C}.fields.amount`}
                            render={row => row.penalty?.amount?.toLocaleString('zh-CN')}
                        />
                    )}
                </FieldsSection>
            </Grid>
        </Grid>
    );
};

/**
 * A case: its entity, stage, who found it (they do not decide it), deadlines and decision; whoever works it
 * asks for the one extension of a step, and a supervisor other than the asker approves it.
 */
export const CaseShow = () => (
    <Show title={<CaseTitle />} actions={<CaseShowActions />} component="div">
        <CaseDetails />
    </Show>
);
