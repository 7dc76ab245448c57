import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Alert, Chip, Grid, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
    Button,
    FunctionField,
    Link,
    SelectField,
    Show,
    SimpleShowLayout,
    useGetIdentity,
    useGetList,
    usePermissions,
    useRecordContext,
    useTranslate,
} from 'react-admin';

import { useCheckItems } from '../checkItems/useCheckItems';
import { useDepartments } from '../departments/useDepartmentNames';
import { taskShowPath } from '../inspectionPlans/paths';
import { PlanLink } from '../inspectionPlans/PlanLink';
import { RecordTitle } from '../RecordTitle';
import { FieldsSection, Section } from '../Section';
import { formatShanghaiTime } from '../time';
import type { CheckResult, Inspection, Task } from '../types';
import { canSupervise } from '../permissions';
import { inspectionKindChoices, inspectionOutcomeChoices } from './choices';
import { EvidencePanel } from './EvidencePanel';
import { InspectionStatusField } from './InspectionStatusField';
import { RecordResultsForm } from './RecordResultsForm';
import { TeamField, useMemberName } from './TeamField';

const I = 'resources.inspections';

const RESULT_COLORS: Record<CheckResult, 'success' | 'error' | 'default'> = {
    compliant: 'success',
    non_compliant: 'error',
    not_applicable: 'default',
};

/** The results per check item, as recorded. */
const ResultsTable = ({ inspection }: { inspection: Inspection }) => {
    const translate = useTranslate();
    const { labelOf } = useCheckItems();
    return (
        <Table size="small" data-testid="inspection-results">
            <TableHead>
                <TableRow>
                    <TableCell>{translate(`${I}.fields.checkItem`)}</TableCell>
                    <TableCell>{translate(`${I}.fields.result`)}</TableCell>
                    <TableCell>{translate(`${I}.fields.itemFinding`)}</TableCell>
                </TableRow>
            </TableHead>
            <TableBody>
                {inspection.checkItemCodes.map(code => {
                    const recorded = inspection.results.find(result => result.checkItemCode === code);
                    return (
                        <TableRow key={code} data-testid={`result-${code}`} data-result={recorded?.result}>
                            <TableCell>{labelOf(code)}</TableCell>
                            <TableCell>
                                {recorded && (
                                    <Chip
                                        size="small"
                                        color={RESULT_COLORS[recorded.result]}
                                        label={translate(`${I}.results.${recorded.result}`)}
                                    />
                                )}
                            </TableCell>
                            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{recorded?.finding}</TableCell>
                        </TableRow>
                    );
                })}
            </TableBody>
        </Table>
    );
};

/** The member's own inspection task, where they confirm the recorded results. */
const MyTaskLink = ({ inspection }: { inspection: Inspection }) => {
    const { data = [] } = useGetList<Task>('tasks', {
        filter: { assignee: 'me', type: 'inspection', entity: inspection.creditCode, status: ['open', 'claimed'] },
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'dueAt', order: 'ASC' },
    });
    const task = data.find(row => row.data.inspectionKey === inspection.inspectionKey);
    if (!task) return null;
    return (
        <Button
            component={Link}
            to={taskShowPath(task.id)}
            label={`${I}.action.confirm`}
            variant="contained"
            data-testid="open-my-task"
        >
            <TaskAltIcon />
        </Button>
    );
};

const InspectionDetails = () => {
    const inspection = useRecordContext<Inspection>();
    const translate = useTranslate();
    const { data: identity } = useGetIdentity();
    const { permissions } = usePermissions();
    const { nameOf: departmentName } = useDepartments();
    const { labelOf: itemLabel } = useCheckItems();
    const nameOf = useMemberName(inspection);
    if (!inspection) return null;
    // The workflow saves the row at each confirmation, so its `confirmedBy` is current.
    const { confirmedBy } = inspection;
    const me = identity?.username as string | undefined;
    const member = Boolean(me && inspection.team.includes(me));
    // The API takes a recording from a member until the first confirmation.
    const canRecord = member && inspection.status !== 'completed' && confirmedBy.length === 0;
    const toConfirm = member && inspection.status === 'recorded' && !confirmedBy.includes(me!);
    const recorded = inspection.status !== 'open';
    // Evidence backs the results: a member, or a supervisor of the department, adds it until someone confirms.
    const myDepartment = (identity?.department as { code: string } | undefined)?.code;
    const canUpload =
        (member || (canSupervise(permissions) && myDepartment === inspection.departmentCode)) &&
        inspection.status !== 'completed' &&
        confirmedBy.length === 0;
    return (
        <>
            <Grid container spacing={2}>
                <Grid size={{ xs: 12, md: canRecord ? 5 : 6 }}>
                    <FieldsSection title={`${I}.sections.inspection`}>
                        <FunctionField<Inspection> source="entityName" render={record => record.entityName} />
                        <FunctionField<Inspection>
                            source="creditCode"
                            render={record => <span style={{ fontFamily: 'monospace' }}>{record.creditCode}</span>}
                        />
                        {inspection.entityAddress && (
                            <FunctionField<Inspection>
                                source="entityAddress"
                                render={record =>
                                    record.regionName ? `${record.entityAddress}（${record.regionName}）` : record.entityAddress
                                }
                            />
                        )}
                        {inspection.planId && (
                            <FunctionField<Inspection>
                                source="planId"
                                render={record => record.planId && <PlanLink planId={record.planId} />}
                            />
                        )}
                        <SelectField source="kind" choices={inspectionKindChoices} />
                        <FunctionField<Inspection>
                            source="departmentCode"
                            render={record => departmentName(record.departmentCode)}
                        />
                        <FunctionField<Inspection>
                            source="checkItemCodes"
                            render={record => record.checkItemCodes.map(itemLabel).join('；')}
                        />
                        <TeamField source="team" />
                        <InspectionStatusField source="status" />
                        <FunctionField<Inspection> source="dueAt" render={record => formatShanghaiTime(record.dueAt)} />
                    </FieldsSection>
                </Grid>
                <Grid size={{ xs: 12, md: canRecord ? 7 : 6 }}>
                    {toConfirm && (
                        <Alert severity="success" role="status" sx={{ mb: 2 }} action={<MyTaskLink inspection={inspection} />}>
                            {translate(`${I}.hints.confirm`)}
                        </Alert>
                    )}
                    <Section title={`${I}.sections.results`}>
                        {recorded ? (
                            <Stack spacing={1}>
                                <ResultsTable inspection={inspection} />
                                <SimpleShowLayout sx={{ p: 0 }}>
                                    <SelectField source="outcome" choices={inspectionOutcomeChoices} />
                                    {inspection.finding && (
                                        <FunctionField<Inspection>
                                            source="finding"
                                            render={record => (
                                                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                                                    {record.finding}
                                                </Typography>
                                            )}
                                        />
                                    )}
                                    {inspection.onSiteAt && (
                                        <FunctionField<Inspection>
                                            source="onSiteAt"
                                            render={record => (
                                                <span data-testid="on-site-at">{formatShanghaiTime(record.onSiteAt)}</span>
                                            )}
                                        />
                                    )}
                                    {inspection.onSitePlace && (
                                        <FunctionField<Inspection>
                                            source="onSitePlace"
                                            render={record => <span data-testid="on-site-place">{record.onSitePlace}</span>}
                                        />
                                    )}
                                    <FunctionField<Inspection>
                                        source="recordedBy"
                                        render={record => (record.recordedBy ? nameOf(record.recordedBy) : '')}
                                    />
                                    <FunctionField<Inspection>
                                        source="recordedAt"
                                        render={record => formatShanghaiTime(record.recordedAt)}
                                    />
                                    {confirmedBy.length > 0 && (
                                        <FunctionField<Inspection>
                                            source="confirmedBy"
                                            render={record => record.confirmedBy.map(nameOf).join('、')}
                                        />
                                    )}
                                </SimpleShowLayout>
                            </Stack>
                        ) : (
                            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                                {translate(`${I}.hints.no_results`)}
                            </Typography>
                        )}
                    </Section>
                    <Section title={`${I}.sections.evidence`}>
                        <EvidencePanel inspection={inspection} canUpload={canUpload} />
                    </Section>
                    {canRecord && (
                        <Section title={`${I}.sections.record`}>
                            {/* A new form for each recording, so it starts from what was last saved. */}
                            <RecordResultsForm key={inspection.recordedAt ?? 'new'} inspection={inspection} />
                        </Section>
                    )}
                </Grid>
            </Grid>
        </>
    );
};

/** An inspection: entity, plan, team, results; a team member records the results here. */
export const InspectionShow = () => (
    <Show title={<RecordTitle<Inspection> resource="inspections" subject={inspection => inspection.entityName} />} component="div">
        <InspectionDetails />
    </Show>
);
