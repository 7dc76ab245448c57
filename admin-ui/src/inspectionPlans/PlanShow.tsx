import { Chip, Grid, Stack } from '@mui/material';
import {
    DataTable,
    FunctionField,
    ReferenceManyField,
    SelectField,
    Show,
    TextField,
    useRecordContext,
    useTranslate,
} from 'react-admin';

import { useCheckItems } from '../checkItems/useCheckItems';
import { useDepartments } from '../departments/useDepartmentNames';
import { inspectionOutcomeChoices } from '../inspections/choices';
import { InspectionEntityField } from '../inspections/InspectionEntityField';
import { InspectionStatusField } from '../inspections/InspectionStatusField';
import { TeamField } from '../inspections/TeamField';
import { RecordTitle } from '../RecordTitle';
import { FieldsSection, Section } from '../Section';
import { personName } from '../tasks/personName';
import { withRowTestId } from '../tasks/withRowTestId';
import { formatShanghaiTime } from '../time';
import { useLicenseItems } from '../licenseItems/useLicenseItems';
import { useRegions } from '../regions/useRegions';
import type { Inspection, InspectionPlan } from '../types';
import { drawModeChoices } from './choices';
import { DrawVerification } from './DrawVerification';
import { strataSummary } from './format';
import { PlanStatusField } from './PlanStatusField';
import { StaffingAlert } from './StaffingAlert';

const P = 'resources.inspection-plans';

const Chips = ({ labels }: { labels: string[] }) => (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
        {labels.map(label => (
            <Chip key={label} size="small" label={label} />
        ))}
    </Stack>
);

const InspectionRows = withRowTestId('inspection-row');

/** The plan's inspections, one per drawn and staffed entity; a row opens the inspection. */
const PlanInspections = () => (
    <ReferenceManyField<InspectionPlan, Inspection>
        reference="inspections"
        target="planId"
        perPage={50}
        sort={{ field: 'id', order: 'ASC' }}
        empty={<EmptyInspections />}
    >
        <DataTable<Inspection> rowClick="show" bulkActionButtons={false} body={InspectionRows}>
            <DataTable.Col source="entityName" disableSort>
                <InspectionEntityField />
            </DataTable.Col>
            <DataTable.Col source="team" disableSort>
                <TeamField />
            </DataTable.Col>
            <DataTable.Col source="status">
                <InspectionStatusField />
            </DataTable.Col>
            <DataTable.Col source="outcome" disableSort>
                <SelectField source="outcome" choices={inspectionOutcomeChoices} />
            </DataTable.Col>
            <DataTable.Col source="recordedAt">
                <FunctionField<Inspection> render={inspection => formatShanghaiTime(inspection.recordedAt)} />
            </DataTable.Col>
        </DataTable>
    </ReferenceManyField>
);

const EmptyInspections = () => {
    const translate = useTranslate();
    return <span>{translate('resources.inspections.empty')}</span>;
};

const PlanDetails = () => {
    const plan = useRecordContext<InspectionPlan>();
    const translate = useTranslate();
    const { nameOf: departmentName } = useDepartments();
    // Items by their names, as people know them; their codes are for integrators.
    const { byCode: checkItemOf } = useCheckItems();
    const itemLabel = (code: string) => checkItemOf.get(code)?.name ?? code;
    const { nameOf: townName } = useRegions();
    const { licenseItems } = useLicenseItems();
    const licenseItemLabel = (code: string) => licenseItems.find(item => item.code === code)?.name ?? code;
    if (!plan) return null;
    const { entityFilter, inspectorFilter } = plan;
    return (
        <Grid container spacing={2}>
            <Grid size={12}>
                <StaffingAlert />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
                <FieldsSection title={`${P}.sections.plan`}>
                    <TextField source="title" />
                    <PlanStatusField source="status" />
                    <FunctionField<InspectionPlan>
                        source="departmentCode"
                        render={record => departmentName(record.departmentCode)}
                    />
                    {plan.jointDepartmentCodes.length > 0 && (
                        <FunctionField<InspectionPlan>
                            source="jointDepartmentCodes"
                            render={record => <Chips labels={record.jointDepartmentCodes.map(departmentName)} />}
                        />
                    )}
                    <FunctionField<InspectionPlan>
                        source="checkItemCodes"
                        render={record => (
                            <Chips labels={record.checkItemCodes.map(itemLabel)} />
                        )}
                    />
                    <FunctionField<InspectionPlan>
                        source="period"
                        render={record => `${record.periodFrom} ~ ${record.periodTo}`}
                    />
                    <FunctionField<InspectionPlan>
                        source="createdBy"
                        render={record =>
                            record.creator ? personName(translate, record.creator.displayName, record.creator.department.name) : record.createdBy
                        }
                    />
                    <FunctionField<InspectionPlan>
                        source="createdAt"
                        render={record => formatShanghaiTime(record.createdAt)}
                    />
                </FieldsSection>
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
                <FieldsSection title={`${P}.sections.pool`}>
                    <FunctionField<InspectionPlan>
                        source="strata"
                        render={record => strataSummary(record.strata, translate)}
                    />
                    {entityFilter.regionCodes?.length ? (
                        <FunctionField source="regionCodes" render={() => <Chips labels={entityFilter.regionCodes!.map(townName)} />} />
                    ) : null}
                    {entityFilter.riskClasses?.length ? (
                        <FunctionField source="riskClasses" render={() => <Chips labels={entityFilter.riskClasses!} />} />
                    ) : null}
                    {entityFilter.licenseItemCodes?.length ? (
                        <FunctionField
                            source="licenseItemCodes"
                            render={() => <Chips labels={entityFilter.licenseItemCodes!.map(licenseItemLabel)} />}
                        />
                    ) : null}
                    {entityFilter.listTypes?.length ? (
                        <FunctionField
                            source="listTypes"
                            render={() => <Chips labels={entityFilter.listTypes!.map(t => translate(`resources.credit-listings.listTypes.${t}`))} />}
                        />
                    ) : null}
                </FieldsSection>
                <FieldsSection title={`${P}.sections.inspectors`}>
                    <SelectField source="drawMode" choices={drawModeChoices} />
                    {plan.receivingDepartmentCode && (
                        <FunctionField<InspectionPlan>
                            source="receivingDepartmentCode"
                            render={record => departmentName(record.receivingDepartmentCode)}
                        />
                    )}
                    <TextField source="teamSize" />
                    {inspectorFilter.regionCodes?.length ? (
                        <FunctionField
                            source="inspectorRegionCodes"
                            render={() => <Chips labels={inspectorFilter.regionCodes!.map(townName)} />}
                        />
                    ) : null}
                </FieldsSection>
            </Grid>
            <Grid size={12}>
                <Section title={`${P}.sections.draw`}>
                    <DrawVerification />
                </Section>
                <Section title={`${P}.sections.inspections`}>
                    <PlanInspections />
                </Section>
            </Grid>
        </Grid>
    );
};

/** A plan: its fields, its status (and why no team, if so), its draw with the verification folded away, its inspections. */
export const PlanShow = () => (
    <Show title={<RecordTitle<InspectionPlan> resource="inspection-plans" subject={plan => plan.title} />} component="div">
        <PlanDetails />
    </Show>
);
