import { Alert } from '@mui/material';
import { useState } from 'react';
import {
    BooleanField,
    DataTable,
    FunctionField,
    List,
    TopToolbar,
    useGetIdentity,
    usePermissions,
    useTranslate,
} from 'react-admin';

import { DepartmentName } from '../departments/DepartmentName';
import { ExportButton } from '../ExportButton';
import { setsWarningRules } from '../permissions';
import { withRowTestId } from '../tasks/withRowTestId';
import { formatShanghaiTime } from '../time';
import type { WarningRule } from '../types';
import { WarningLevelField } from '../warnings/WarningLevelField';
import { RunScanButton } from './RunScanButton';

const R = 'resources.warning-rules';

const RuleRows = withRowTestId('rule-row');

/** Whether this user may change the rules: an admin, or a supervisor of the district office. */
export const useSetsWarningRules = () => {
    const { permissions } = usePermissions();
    const { data: identity } = useGetIdentity();
    const kind = (identity?.department as { kind?: string } | undefined)?.kind;
    return setsWarningRules(permissions, kind);
};

/** 预警规则: the automatic rules and their settings; "run now" scans at once and shows what it raised. */
export const RuleList = () => {
    const translate = useTranslate();
    const editable = useSetsWarningRules();
    const [raised, setRaised] = useState<number | null>(null);
    return (
        <>
            {raised !== null && (
                <Alert severity="success" sx={{ mt: 2 }} data-testid="scan-result" data-raised={raised}>
                    {translate(`${R}.scan_result`, { smart_count: raised })}
                </Alert>
            )}
            <List
                actions={
                    <TopToolbar>
                        <RunScanButton onRan={setRaised} />
                        <ExportButton />
                    </TopToolbar>
                }
                empty={false}
                pagination={false}
                perPage={100}
                exporter={false}
            >
                <DataTable<WarningRule> rowClick={editable ? 'edit' : false} bulkActionButtons={false} body={RuleRows}>
                    <DataTable.Col source="code" disableSort>
                        <FunctionField<WarningRule> render={rule => translate(`resources.warnings.rules.${rule.code}`, { _: rule.code })} />
                    </DataTable.Col>
                    <DataTable.Col source="enabled" disableSort>
                        <BooleanField source="enabled" />
                    </DataTable.Col>
                    <DataTable.Col source="thresholdDays" disableSort>
                        <FunctionField<WarningRule> render={rule => rule.thresholdDays ?? '—'} />
                    </DataTable.Col>
                    <DataTable.Col source="level" disableSort>
                        <WarningLevelField />
                    </DataTable.Col>
                    <DataTable.Col source="departmentCode" disableSort>
                        <FunctionField<WarningRule>
                            render={rule =>
                                rule.departmentCode ? <DepartmentName code={rule.departmentCode} /> : translate(`${R}.subject_department`)
                            }
                        />
                    </DataTable.Col>
                    <DataTable.Col source="updatedAt" disableSort>
                        <FunctionField<WarningRule> render={rule => formatShanghaiTime(rule.updatedAt)} />
                    </DataTable.Col>
                    <DataTable.Col source="updatedBy" disableSort />
                </DataTable>
            </List>
            {!editable && (
                <Alert severity="info" sx={{ mt: 2 }}>
                    {translate(`${R}.help.editors`)}
                </Alert>
            )}
        </>
    );
};
