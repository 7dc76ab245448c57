import { Grid } from '@mui/material';
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
import { FieldsSection } from '../Section';
import { outcomeChoices, penaltyKindChoices } from '../tasks/choices';
import { formatShanghaiTime } from '../time';
import type { EnforcementCase } from '../types';
import { caseStageChoices } from './choices';
import { DeadlineField } from './DeadlineField';
import { ExtendButton } from './ExtendButton';

const C = 'resources.cases';

const CaseTitle = () => {
    const record = useRecordContext<EnforcementCase>();
    const translate = useTranslate();
    if (!record) return null;
    return <span>{`${translate(`${C}.name`, { smart_count: 1 })} ${record.id} · ${record.entityName}`}</span>;
};

const CaseShowActions = () => (
    <TopToolbar>
        <ExtendButton />
    </TopToolbar>
);

const mono = { fontFamily: 'monospace' };

const CaseDetails = () => {
    const record = useRecordContext<EnforcementCase>();
    const { nameOf: departmentName } = useDepartments();
    if (!record) return null;
    return (
        <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 6 }}>
                <FieldsSection title={`${C}.sections.case`}>
                    <TextField source="id" />
                    <TextField source="caseKey" sx={mono} />
                    <TextField source="entityName" />
                    <TextField source="creditCode" sx={mono} />
                    <TextField source="inspectionKey" sx={mono} emptyText="—" />
                    <FunctionField<EnforcementCase>
                        source="departmentCode"
                        render={row => departmentName(row.departmentCode)}
                    />
                    <SelectField source="stage" choices={caseStageChoices} data-testid="case-stage" />
                </FieldsSection>
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

/** A case: its entity, stage, deadlines and decision; supervisors approve a one-time extension. */
export const CaseShow = () => (
    <Show title={<CaseTitle />} actions={<CaseShowActions />} component="div">
        <CaseDetails />
    </Show>
);
